package org.telerad.reporting.template.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.reporting.report.persistence.ReportingTables;
import org.telerad.reporting.template.domain.ReportTemplate;

@ExtendWith(ReportingTables.class)
class JdbcReportTemplatesTest {

    @Test
    void the_four_first_templates_are_shipped_with_real_text(DataSource db) {
        JdbcReportTemplates templates = new JdbcReportTemplates(db);

        assertThat(templates.latest(null, false)).extracting(ReportTemplate::id)
                .containsExactlyInAnyOrder("ct-head", "xr-chest", "ct-abdomen-pelvis", "mr-brain");
        ReportTemplate ctHead = templates.latest("ct-head").orElseThrow();
        assertThat(ctHead.fit("CT", "HEAD")).isEqualTo(2);
        assertThat(ctHead.sections().findings()).contains("No intracranial hemorrhage");
        assertThat(ctHead.sections().impression()).isEqualTo("No acute intracranial abnormality.");
        assertThat(templates.latest("MR", false)).extracting(ReportTemplate::id).containsExactly("mr-brain");
    }

    @Test
    void a_revision_is_a_new_version_and_the_old_one_stays(DataSource db) {
        JdbcReportTemplates templates = new JdbcReportTemplates(db);
        ReportTemplate v1 = templates.latest("xr-chest").orElseThrow();
        ReportTemplate v2 = v1.revise(null, null, null, new ReportContent(null, "Single AP view.", null, null,
                "No acute cardiopulmonary process."), true, "credentialing", Instant.parse("2026-11-30T09:00:00Z"));
        templates.add(v2);

        assertThat(templates.latest("xr-chest").orElseThrow().version()).isEqualTo(2);
        assertThat(templates.version("xr-chest", 1).orElseThrow().sections().technique())
                .isEqualTo("PA and lateral views of the chest.");
        assertThat(templates.versions("xr-chest")).hasSize(2);
        assertThatThrownBy(() -> templates.add(v2)).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-062");
        assertThatThrownBy(() -> templates.add(ReportTemplate.first("xr-chest", "again", "CR", "CHEST",
                ReportContent.empty(), "c", Instant.now()))).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-061");
    }
}
