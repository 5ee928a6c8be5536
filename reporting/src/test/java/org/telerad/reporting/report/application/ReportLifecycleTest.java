package org.telerad.reporting.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.ReadType;
import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.report.domain.SignatureKind;
import org.telerad.reporting.report.domain.TemplateRef;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

class ReportLifecycleTest {

    private final ReportingDesk desk = new ReportingDesk();

    private static <T> T as(String username, Supplier<T> work) {
        return CurrentCaller.callAs(new Caller(username, Set.of(Roles.RADIOLOGIST), Set.of(), "10.0.0.1"), work);
    }

    private static ReportText text(String impression) {
        return new ReportText("Fall.", "Axial CT.", null, "No hemorrhage.", impression);
    }

    @Test
    void a_report_not_started_is_prefilled_from_the_template_and_the_priors() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");

        ReportViews.ReportView view = as("rad-tx", () -> desk.lifecycle.forTask("1.1"));

        assertThat(view.state()).isEqualTo("NOT_STARTED");
        assertThat(view.revision()).isZero();
        assertThat(view.template()).isEqualTo(new TemplateRef("ct-head", 1));
        assertThat(view.draft().technique()).isEqualTo("Axial CT.");
        assertThat(view.draft().comparison()).isEqualTo("CT CT HEAD WO, 2025-03-01.");
        assertThat(desk.audit).extracting(AuditRecord::detail).containsExactly("report viewed on task 1.1");
    }

    @Test
    void signing_the_final_stops_the_clock_fires_the_event_and_completes_the_task() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");
        as("rad-tx", () -> desk.lifecycle.saveDraft("1.1", 0, new ReportLifecycle.DraftInput(text("Normal."), null)));

        ReportViews.ReportView signed = as("rad-tx", () -> desk.lifecycle.sign("1.1", SignatureKind.FINAL, 1L));

        assertThat(signed.state()).isEqualTo("FINAL");
        assertThat(signed.revision()).isEqualTo(2);
        assertThat(signed.taskState()).isEqualTo("COMPLETED");
        assertThat(desk.clockSignals).containsExactly("signed final 1.1");
        assertThat(desk.signed.fired()).singleElement().satisfies(e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.status()).isEqualTo(ReportStatus.FINAL);
            assertThat(e.facilityCode()).isEqualTo("tx-dallas");
        });
        assertThat(desk.tasks.completions).singleElement().satisfies(c -> {
            assertThat(c.performerCode()).isEqualTo("1234567893");
            assertThat(c.performerCodingScheme()).isEqualTo("NPI");
            assertThat(c.signedAs()).isEqualTo(ReadType.FINAL);
            assertThat(c.reportReference()).isEqualTo("urn:telerad:report:" + signed.id() + ":1");
            assertThat(c.startedAt()).isEqualTo(ReportingDesk.NOW);
        });
        SignedReportVersion v = desk.signedReports.version(signed.id(), 1).orElseThrow();
        assertThat(v.accessionNumber()).isEqualTo("ACC-1");
        assertThat(v.patient().id()).isEqualTo("PID-1");
        assertThat(v.principalInterpreter().familyName()).isEqualTo("Texas");
        assertThat(v.templateId()).isEqualTo("ct-head");
        assertThat(v.sections().impression()).isEqualTo("Normal.");
    }

    @Test
    void a_preliminary_on_a_final_task_leaves_the_task_in_progress() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");
        as("rad-tx", () -> desk.lifecycle.saveDraft("1.1", 0, new ReportLifecycle.DraftInput(text("Normal."), null)));

        as("rad-tx", () -> desk.lifecycle.sign("1.1", SignatureKind.PRELIMINARY, null));

        assertThat(desk.tasks.completions).isEmpty();
        assertThat(desk.clockSignals).containsExactly("signed preliminary 1.1");
    }

    @Test
    void a_cross_border_read_is_signed_preliminary_abroad_and_final_on_the_chained_task() {
        desk.claimedTask("1.prelim", "2.25.1", ReadType.PRELIMINARY, "rad-abroad");
        as("rad-abroad", () -> desk.lifecycle.saveDraft("1.prelim", 0,
                new ReportLifecycle.DraftInput(text("Probable small subdural hematoma."), null)));
        assertThatThrownBy(() -> as("rad-abroad", () -> desk.lifecycle.sign("1.prelim", SignatureKind.FINAL, null)))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-041");
        ReportViews.ReportView prelim = as("rad-abroad", () -> desk.lifecycle.sign("1.prelim",
                SignatureKind.PRELIMINARY, null));
        assertThat(desk.tasks.completions).extracting(c -> c.workitemUid()).containsExactly("1.prelim");

        desk.claimedTask("1.final", "2.25.1", ReadType.FINAL, "rad-tx");
        ReportViews.ReportView seen = as("rad-tx", () -> desk.lifecycle.forTask("1.final"));
        assertThat(seen.id()).isEqualTo(prelim.id());
        as("rad-tx", () -> desk.lifecycle.saveDraft("1.final", seen.revision(),
                new ReportLifecycle.DraftInput(text("Acute left subdural hematoma, 6 mm."), null)));
        ReportViews.ReportView fin = as("rad-tx", () -> desk.lifecycle.sign("1.final", SignatureKind.FINAL, null));

        assertThat(fin.versions()).extracting(ReportViews.VersionView::status).containsExactly("preliminary", "final");
        SignedReportVersion v2 = desk.signedReports.version(fin.id(), 2).orElseThrow();
        assertThat(v2.workitemUid()).isEqualTo("1.final");
        assertThat(v2.principalInterpreter().username()).isEqualTo("rad-tx");
        assertThat(v2.assistantInterpreter().username()).isEqualTo("rad-abroad");
        assertThat(desk.tasks.completions).extracting(c -> c.workitemUid()).containsExactly("1.prelim", "1.final");
    }

    @Test
    void an_expired_license_at_signing_is_refused_audited_and_nothing_is_signed() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");
        as("rad-tx", () -> desk.lifecycle.saveDraft("1.1", 0, new ReportLifecycle.DraftInput(text("Normal."), null)));
        desk.registry.radTxRejections.put(ReadType.FINAL, List.of(new EligibilityRejection(
                "LicensedInPatientJurisdiction", "TELERAD-ELIG-021", "The license covering US-TX (Texas) has expired.")));

        assertThatThrownBy(() -> as("rad-tx", () -> desk.lifecycle.sign("1.1", SignatureKind.FINAL, null)))
                .isInstanceOfSatisfying(ReportRefused.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REPORT-042");
                    assertThat(e.kind()).isEqualTo(TeleradException.Kind.FORBIDDEN);
                    assertThat(e.getMessage()).contains("has expired");
                });

        assertThat(desk.audit).last().satisfies(a -> {
            assertThat(a.outcome()).isEqualTo(AuditOutcome.MINOR_FAILURE);
            assertThat(a.detail()).isEqualTo("final on task 1.1 refused: TELERAD-REPORT-042"
                    + " LicensedInPatientJurisdictionAtSigning");
        });
        assertThat(desk.signed.fired()).isEmpty();
        assertThat(desk.clockSignals).isEmpty();
        assertThat(desk.tasks.completions).isEmpty();
        assertThat(desk.reports.findByStudy("2.25.1").orElseThrow().versions()).isEmpty();
    }

    @Test
    void only_the_claiming_performer_drafts_and_a_stale_revision_is_refused() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");

        assertThatThrownBy(() -> as("rad-abroad", () -> desk.lifecycle.saveDraft("1.1", 0,
                new ReportLifecycle.DraftInput(text("x"), null)))).hasFieldOrPropertyWithValue("code",
                        "TELERAD-REPORT-006");
        as("rad-tx", () -> desk.lifecycle.saveDraft("1.1", 0, new ReportLifecycle.DraftInput(text("A."), null)));
        assertThatThrownBy(() -> as("rad-tx", () -> desk.lifecycle.saveDraft("1.1", 0,
                new ReportLifecycle.DraftInput(text("B."), null)))).hasFieldOrPropertyWithValue("code",
                        "TELERAD-REPORT-002");
    }

    @Test
    void critical_findings_start_and_stop_their_clock() {
        desk.claimedTask("1.1", "2.25.1", ReadType.FINAL, "rad-tx");

        ReportViews.FindingView f = as("rad-tx", () -> desk.lifecycle.recordCriticalFinding("1.1", 1,
                "Acute subdural hematoma."));
        as("rad-tx", () -> desk.lifecycle.documentCommunication("1.1", f.id(), new ReportLifecycle.CommunicationInput(
                "Dr. Lee, ED attending", Instant.parse("2026-11-30T07:55:00Z"), "telephone", true)));

        assertThat(desk.clockSignals).containsExactly("finding 1 1.1", "communicated " + f.id());
        assertThatThrownBy(() -> as("rad-tx", () -> desk.lifecycle.recordCriticalFinding("1.1", 0, "x")))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-030");
        assertThatThrownBy(() -> as("rad-tx", () -> desk.lifecycle.documentCommunication("1.1", UUID.randomUUID(),
                new ReportLifecycle.CommunicationInput("Dr. Lee", Instant.parse("2026-11-30T07:55:00Z"), "telephone",
                        true)))).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-036");
    }
}
