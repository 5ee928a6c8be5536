package org.telerad.reporting.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.telerad.reporting.report.domain.ReportFixtures.RAD_ABROAD;
import static org.telerad.reporting.report.domain.ReportFixtures.RAD_TX;
import static org.telerad.reporting.report.domain.ReportFixtures.T0;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.reporting.api.ReportStatus;
import org.telerad.shared.problem.TeleradException;

class ReportTest {

    @Test
    void a_draft_is_signed_preliminary_then_final_then_amended_by_an_addendum() {
        Report r = ReportFixtures.draftOnTask("1.2.3.1");

        SignedVersion prelim = r.signPreliminary("1.2.3.1", RAD_TX, T0.plusSeconds(120));
        assertThat(prelim.number()).isEqualTo(1);
        assertThat(prelim.status()).isEqualTo(ReportStatus.PRELIMINARY);
        assertThat(r.state()).isEqualTo(ReportState.PRELIMINARY);

        SignedVersion fin = r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(180));
        assertThat(fin.number()).isEqualTo(2);
        assertThat(fin.preliminaryReader()).as("same reader: no assistant").isNull();
        assertThat(r.state()).isEqualTo(ReportState.FINAL);

        SignedVersion amended = r.addAddendum("1.2.3.1", RAD_TX, "Small left frontal scalp hematoma.",
                T0.plusSeconds(600));
        assertThat(amended.number()).isEqualTo(3);
        assertThat(amended.status()).isEqualTo(ReportStatus.AMENDED);
        assertThat(amended.content()).isEqualTo(fin.content());
        assertThat(amended.addenda()).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Small left frontal scalp hematoma.");
            assertThat(a.signedBy()).isEqualTo("Riley Texas");
        });
        assertThat(r.state()).isEqualTo(ReportState.AMENDED);
        assertThat(r.takeEvents()).hasSize(3).allMatch(e -> e instanceof ReportEvent.ReportSigned);
    }

    @Test
    void the_final_of_a_cross_border_read_keeps_the_preliminary_reader_as_assistant() {
        Report r = ReportFixtures.draftOnTask("1.2.3.prelim");
        r.signPreliminary("1.2.3.prelim", RAD_ABROAD, T0.plusSeconds(100));
        r.saveDraft("1.2.3.final", "rad-tx", ReportFixtures.ctHeadNormal(), null, T0.plusSeconds(200));

        SignedVersion fin = r.signFinal("1.2.3.final", RAD_TX, T0.plusSeconds(300));

        assertThat(fin.workitemUid()).isEqualTo("1.2.3.final");
        assertThat(fin.signer()).isEqualTo(RAD_TX);
        assertThat(fin.preliminaryReader()).isEqualTo(RAD_ABROAD);
        SignedVersion corrected = r.correct("1.2.3.final", RAD_TX, new ReportContent(null, null, null, "Corrected.",
                "Corrected impression."), "laterality", T0.plusSeconds(400));
        assertThat(corrected.preliminaryReader()).as("kept on amendments").isEqualTo(RAD_ABROAD);
        assertThat(corrected.correctionReason()).isEqualTo("laterality");
    }

    @Test
    void an_empty_impression_is_refused_and_nothing_is_signed() {
        Report r = ReportFixtures.draftOnTask("1.2.3.1");
        r.saveDraft("1.2.3.1", "rad-tx", ReportFixtures.withoutImpression(), null, T0.plusSeconds(90));

        assertThatThrownBy(() -> r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(100)))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REPORT-011");
                    assertThat(e.violations()).extracting("field").containsExactly("impression");
                });
        assertThat(r.versions()).isEmpty();
        assertThat(r.state()).isEqualTo(ReportState.DRAFT);
    }

    @Test
    void oversized_sections_are_refused_naming_the_field() {
        String huge = "x".repeat(ReportContent.MAX_SECTION + 1);
        assertThatThrownBy(() -> new ReportContent(null, null, null, huge, "ok"))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REPORT-010");
                    assertThat(e.violations()).extracting("field").containsExactly("findings");
                });
        String big = "y".repeat(ReportContent.MAX_SECTION);
        assertThatThrownBy(() -> new ReportContent(big, big, big, null, "ok"))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code())
                        .isEqualTo("TELERAD-REPORT-010"));
    }

    @Test
    void a_final_report_changes_only_through_addenda_and_corrections() {
        Report r = ReportFixtures.draftOnTask("1.2.3.1");
        r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(100));

        assertThatThrownBy(() -> r.saveDraft("1.2.3.1", "rad-tx", ReportFixtures.ctHeadNormal(), null, T0))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-020");
        assertThatThrownBy(() -> r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(200)))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-021");
        assertThatThrownBy(() -> r.signPreliminary("1.2.3.1", RAD_TX, T0.plusSeconds(200)))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-021");
        assertThatThrownBy(() -> r.correct("1.2.3.1", RAD_TX, ReportFixtures.ctHeadNormal(), " ", T0))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-013");
        assertThat(r.versions()).hasSize(1);
    }

    @Test
    void an_addendum_waits_for_the_final_and_needs_text() {
        Report r = ReportFixtures.draftOnTask("1.2.3.1");
        assertThatThrownBy(() -> r.addAddendum("1.2.3.1", RAD_TX, "more", T0))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-022");
        r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(100));
        assertThatThrownBy(() -> r.addAddendum("1.2.3.1", RAD_TX, "  ", T0.plusSeconds(200)))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-012");
        assertThat(r.versions()).hasSize(1);
    }

    @Test
    void a_category_1_finding_is_communicated_directly_and_documented_once() {
        Report r = ReportFixtures.draftOnTask("1.2.3.1");
        UUID id = UUID.randomUUID();
        CriticalFinding f = r.recordCriticalFinding(id, AcrCategory.of(1), "Acute subdural hematoma, 9 mm.",
                "1.2.3.1", "rad-tx", T0.plusSeconds(30));
        assertThat(f.isCommunicated()).isFalse();
        Instant called = T0.plusSeconds(300);

        assertThatThrownBy(() -> r.documentCommunication(id, new Communication("Dr. Lee, ED attending", called,
                CommunicationMethod.SECURE_MESSAGE, true, "rad-tx", called), called))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-035");
        CriticalFinding documented = r.documentCommunication(id, new Communication("Dr. Lee, ED attending", called,
                CommunicationMethod.TELEPHONE, true, "rad-tx", called), called);
        assertThat(documented.communication().readBack()).isTrue();
        assertThatThrownBy(() -> r.documentCommunication(id, new Communication("Dr. Lee", called,
                CommunicationMethod.TELEPHONE, true, "rad-tx", called), called))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-032");

        SignedVersion fin = r.signFinal("1.2.3.1", RAD_TX, T0.plusSeconds(400));
        assertThat(fin.criticalFindings()).singleElement().satisfies(x -> assertThat(x.isCommunicated()).isTrue());
    }

    @Test
    void only_acr_categories_1_to_3_exist() {
        assertThat(AcrCategory.of(2)).isEqualTo(AcrCategory.CATEGORY_2);
        assertThatThrownBy(() -> AcrCategory.of(4)).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-030");
        assertThatThrownBy(() -> AcrCategory.of(null)).hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-030");
    }

    @Test
    void a_communication_says_to_whom_when_and_how() {
        assertThatThrownBy(() -> new Communication(" ", null, null, false, "rad-tx", T0))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting("field").containsExactly("communicatedTo", "communicatedAt", "method"));
        assertThatThrownBy(() -> CommunicationMethod.of("carrier pigeon"))
                .hasFieldOrPropertyWithValue("code", "TELERAD-REPORT-033");
    }
}
