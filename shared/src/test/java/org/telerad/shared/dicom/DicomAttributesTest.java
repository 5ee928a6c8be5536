package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DicomAttributesTest {

    @Test
    void builds_a_scheduled_human_performer_the_way_the_task_manager_assigns_a_radiologist() {
        DicomAttributes performer = DicomAttributes.builder()
                .sequence(Tag.HumanPerformerCodeSequence, DicomAttributes.builder()
                        .string(Tag.CodeValue, "1234567893")
                        .string(Tag.CodingSchemeDesignator, "US-NPI")
                        .string(Tag.CodeMeaning, "Lee^Anna")
                        .build())
                .personName(Tag.HumanPerformerName, "Lee^Anna")
                .string(Tag.HumanPerformerOrganization, "Telerad")
                .build();
        DicomAttributes workitem = DicomJson.standard().read(DicomFixtures.bytes(DicomFixtures.UPS_CREATE_JSON))
                .toBuilder()
                .sequence(Tag.ScheduledHumanPerformersSequence, performer)
                .dateTime(Tag.ExpectedCompletionDateTime, LocalDateTime.of(2026, 11, 27, 22, 1, 7))
                .build();
        assertThat(workitem.item(Tag.ScheduledHumanPerformersSequence)
                .flatMap(p -> p.item(Tag.HumanPerformerCodeSequence))
                .flatMap(c -> c.string(Tag.CodeValue))).hasValue("1234567893");
        assertThat(workitem.string(Tag.ExpectedCompletionDateTime)).hasValue("20261127220107");
    }

    @Test
    void leaves_the_original_unchanged_when_a_copy_is_changed() {
        DicomAttributes original = DicomAttributes.builder().string(Tag.ProcedureStepState, "SCHEDULED").build();
        DicomAttributes changed = original.toBuilder().string(Tag.ProcedureStepState, "IN PROGRESS").build();
        assertThat(original.string(Tag.ProcedureStepState)).hasValue("SCHEDULED");
        assertThat(changed.string(Tag.ProcedureStepState)).hasValue("IN PROGRESS");
        assertThat(changed.toBuilder().remove(Tag.ProcedureStepState).build()).isEqualTo(DicomAttributes.empty());
    }

    @Test
    void refuses_to_build_a_known_tag_with_the_wrong_vr_or_an_unknown_tag_without_vr() {
        assertThatThrownBy(() -> DicomAttributes.builder().string(Tag.PatientName, VR.LO, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DicomAttributes.builder().string(Tag.of("00291010"), "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answers_empty_for_absent_attributes_and_never_throws_for_them() {
        DicomAttributes none = DicomAttributes.empty();
        assertThat(none.string(Tag.PatientID)).isEmpty();
        assertThat(none.string(Tag.PatientID, "unknown")).isEqualTo("unknown");
        assertThat(none.integer(Tag.SeriesNumber)).isEmpty();
        assertThat(none.date(Tag.StudyDate)).isEmpty();
        assertThat(none.sequence(Tag.InputInformationSequence)).isEmpty();
        assertThat(none.item(Tag.ReferencedRequestSequence)).isEmpty();
        assertThat(none.personName(Tag.PatientName)).isEmpty();
        assertThat(none.bulkData(Tag.PixelData)).isEmpty();
    }

    @Test
    void strips_trailing_padding_from_text() {
        DicomAttributes attributes = DicomAttributes.builder().string(Tag.AccessionNumber, "A1  ").build();
        assertThat(attributes.string(Tag.AccessionNumber)).hasValue("A1");
    }

    @Test
    void never_shows_values_in_its_text_form() {
        DicomAttributes attributes = DicomAttributes.builder().personName(Tag.PatientName, "Rivera^Maria")
                .string(Tag.PatientID, "TX-DAL-000482913").build();
        assertThat(attributes.toString()).doesNotContain("Rivera").doesNotContain("000482913")
                .contains("(0010,0010) PN");
        assertThat(attributes.personName(Tag.PatientName).orElseThrow().toString()).doesNotContain("Rivera");
    }
}
