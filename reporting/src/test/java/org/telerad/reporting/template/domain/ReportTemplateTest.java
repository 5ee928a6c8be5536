package org.telerad.reporting.template.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.telerad.reporting.report.domain.ReportContent;
import org.telerad.shared.problem.TeleradException;

class ReportTemplateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    private static ReportTemplate ctHead() {
        return ReportTemplate.first("ct-head", "CT head", "ct", "head",
                new ReportContent(null, "Axial CT.", null, "No hemorrhage.", "Normal."), "credentialing", NOW);
    }

    @Test
    void a_template_fits_its_modality_and_body_part_best() {
        ReportTemplate head = ctHead();
        ReportTemplate anyCt = ReportTemplate.first("ct-any", "CT", "CT", null, ReportContent.empty(), "c", NOW);

        assertThat(head.modality()).isEqualTo("CT");
        assertThat(head.fit("CT", "HEAD")).isEqualTo(2);
        assertThat(anyCt.fit("CT", "HEAD")).isEqualTo(1);
        assertThat(head.fit("CT", "CHEST")).isZero();
        assertThat(head.fit("MR", "HEAD")).isZero();
    }

    @Test
    void revising_a_template_makes_its_next_version() {
        ReportTemplate v2 = ctHead().revise("CT head (non-contrast)", null, null,
                new ReportContent(null, "Axial CT, 5 mm.", null, null, "Normal."), true, "credentialing", NOW);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.ref().version()).isEqualTo(2);
        assertThat(v2.id()).isEqualTo("ct-head");
    }

    @Test
    void an_invalid_template_is_refused_naming_the_fields() {
        assertThatThrownBy(() -> ReportTemplate.first("CT Head!", " ", null, null, ReportContent.empty(), "c", NOW))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REPORT-060");
                    assertThat(e.violations()).extracting("field").containsExactly("id", "name", "modality");
                });
    }
}
