package org.telerad.reporting.report.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.report.domain.AcrCategory;
import org.telerad.reporting.report.domain.Communication;
import org.telerad.reporting.report.domain.CommunicationMethod;
import org.telerad.reporting.report.domain.Report;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.report.domain.ReportState;
import org.telerad.reporting.report.domain.SignedVersion;
import org.telerad.reporting.report.domain.Signer;
import org.telerad.reporting.report.domain.TemplateRef;

@ExtendWith(ReportingTables.class)
class JdbcReportsTest {

    private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
    private static final Signer PRELIM = new Signer("rad-abroad", UUID.randomUUID(), "Anna Weber", null);
    private static final Signer FINAL = new Signer("rad-tx", UUID.randomUUID(), "Riley Texas", "1234567893");

    private static ReportContent text(String impression) {
        return new ReportContent("Headache.", "Axial CT.", "CT head 2025-01-02.", "No hemorrhage.", impression);
    }

    @Test
    void a_report_is_stored_with_its_versions_addenda_and_critical_findings(DataSource db) {
        JdbcReports reports = new JdbcReports(db);
        Report r = Report.start(UUID.randomUUID(), "2.25.77", "tx-dallas", "PID-9", "HOSP", "1.2.prelim", "rad-abroad",
                ReportContent.empty(), new TemplateRef("ct-head", 1), T0);
        r.saveDraft("1.2.prelim", "rad-abroad", text("Normal."), null, T0.plusSeconds(10));
        UUID finding = UUID.randomUUID();
        r.recordCriticalFinding(finding, AcrCategory.CATEGORY_1, "Subdural hematoma.", "1.2.prelim", "rad-abroad",
                T0.plusSeconds(20));
        reports.add(r);

        Report loaded = reports.findByStudyForUpdate("2.25.77").orElseThrow();
        assertThat(loaded.revision()).isEqualTo(1);
        assertThat(loaded.draft()).isEqualTo(text("Normal."));
        loaded.signPreliminary("1.2.prelim", PRELIM, T0.plusSeconds(30));
        loaded.documentCommunication(finding, new Communication("Dr. Lee, ED", T0.plusSeconds(40),
                CommunicationMethod.TELEPHONE, true, "rad-abroad", T0.plusSeconds(45)), T0.plusSeconds(45));
        reports.update(loaded);

        Report again = reports.findByStudyForUpdate("2.25.77").orElseThrow();
        again.saveDraft("1.2.final", "rad-tx", text("Acute subdural hematoma."), null, T0.plusSeconds(60));
        again.signFinal("1.2.final", FINAL, T0.plusSeconds(70));
        again.addAddendum("1.2.final", FINAL, "Neurosurgery informed.", T0.plusSeconds(80));
        reports.update(again);

        Report stored = reports.find(r.id()).orElseThrow();
        assertThat(stored.revision()).isEqualTo(3);
        assertThat(stored.state()).isEqualTo(ReportState.AMENDED);
        assertThat(stored.versions()).extracting(SignedVersion::status).containsExactly(ReportStatus.PRELIMINARY,
                ReportStatus.FINAL, ReportStatus.AMENDED);
        SignedVersion v1 = stored.version(1).orElseThrow();
        assertThat(v1.criticalFindings()).singleElement().satisfies(f -> assertThat(f.isCommunicated())
                .as("documented after version 1 was signed").isFalse());
        SignedVersion v2 = stored.version(2).orElseThrow();
        assertThat(v2.signer()).isEqualTo(FINAL);
        assertThat(v2.preliminaryReader()).isEqualTo(PRELIM);
        assertThat(v2.content().impression()).isEqualTo("Acute subdural hematoma.");
        assertThat(v2.template()).isEqualTo(new TemplateRef("ct-head", 1));
        assertThat(v2.criticalFindings()).singleElement().satisfies(f -> {
            assertThat(f.isCommunicated()).isTrue();
            assertThat(f.communication().method()).isEqualTo(CommunicationMethod.TELEPHONE);
        });
        assertThat(v2.addenda()).isEmpty();
        assertThat(stored.version(3).orElseThrow().addenda()).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Neurosurgery informed."));
        assertThat(reports.search("PID-9", "HOSP", null, EnumSet.of(ReportState.AMENDED), null, 0, 10))
                .extracting(Report::id).containsExactly(r.id());
        assertThat(reports.search("PID-9", null, null, Set.of(), Set.of("ny-albany"), 0, 10)).isEmpty();
    }

    @Test
    void a_stale_revision_is_refused(DataSource db) {
        JdbcReports reports = new JdbcReports(db);
        Report r = Report.start(UUID.randomUUID(), "2.25.78", "tx-dallas", null, null, "1.2.3", "rad-tx",
                ReportContent.empty(), null, T0);
        reports.add(r);
        Report first = reports.find(r.id()).orElseThrow();
        Report second = reports.find(r.id()).orElseThrow();
        first.saveDraft("1.2.3", "rad-tx", text("A."), null, T0.plusSeconds(1));
        reports.update(first);
        second.saveDraft("1.2.3", "rad-tx", text("B."), null, T0.plusSeconds(2));

        assertThatThrownBy(() -> reports.update(second)).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-002");
        assertThatThrownBy(() -> reports.add(Report.start(UUID.randomUUID(), "2.25.78", "tx-dallas", null, null,
                "1.2.3", "rad-tx", ReportContent.empty(), null, T0)))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-003");
    }

    @Test
    void signed_versions_cannot_be_changed_in_the_database(DataSource db) throws SQLException {
        JdbcReports reports = new JdbcReports(db);
        Report r = Report.start(UUID.randomUUID(), "2.25.79", "tx-dallas", null, null, "1.2.3", "rad-tx",
                text("Normal."), null, T0);
        r.signFinal("1.2.3", FINAL, T0.plusSeconds(5));
        reports.add(r);

        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update reporting_report_version set impression = 'changed'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("immutable");
        }
        assertThat(reports.find(r.id()).orElseThrow().version(1).orElseThrow().content().impression())
                .isEqualTo("Normal.");
    }
}
