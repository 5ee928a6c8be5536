package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** What Telerad writes reads back as the same data set, in the compact form PS3.18 describes. */
class DicomJsonRoundTripTest {

    private static final DicomJson JSON = DicomJson.standard();

    private static DicomAttributes roundTrip(DicomAttributes attributes) {
        return JSON.read(JSON.write(attributes));
    }

    private static DicomAttributes workitem() {
        DicomAttributes code = DicomAttributes.builder()
                .string(Tag.CodeValue, "1234567893")
                .string(Tag.CodingSchemeDesignator, "US-NPI")
                .string(Tag.CodeMeaning, "Dr. Lee")
                .build();
        DicomAttributes performer = DicomAttributes.builder()
                .sequence(Tag.HumanPerformerCodeSequence, code)
                .personName(Tag.HumanPerformerName, "Lee^Anna")
                .string(Tag.HumanPerformerOrganization, "Telerad Reading Group")
                .build();
        return DicomAttributes.builder()
                .string(Tag.SOPClassUID, "1.2.840.10008.5.1.4.34.6.1")
                .string(Tag.SOPInstanceUID, "2.25.1234")
                .string(Tag.ProcedureStepState, "SCHEDULED")
                .string(Tag.ScheduledProcedureStepPriority, "HIGH")
                .sequence(Tag.ScheduledHumanPerformersSequence, performer)
                .dateTime(Tag.ExpectedCompletionDateTime, OffsetDateTime.parse("2026-11-27T22:01:07.5-06:00"))
                .dateTime(Tag.ScheduledProcedureStepStartDateTime, LocalDateTime.parse("2026-11-27T21:31:07.578"))
                .date(Tag.PatientBirthDate, LocalDate.of(1958, 2, 14))
                .integer(Tag.NumberOfSeriesRelatedInstances, 42)
                .decimal(Tag.ProcedureStepProgress, new BigDecimal("33.30"))
                .string(Tag.ModalitiesInStudy, "CT", null, "SR")
                .tags(Tag.of("00091001"), Tag.PatientName)
                .bulkData(Tag.PixelData, VR.OB, BulkData.inline(new byte[] {1, 2, 3}))
                .empty(Tag.WorklistLabel)
                .empty(Tag.ScheduledStationGeographicLocationCodeSequence)
                .personName(Tag.PatientName, new PersonName("Yamada^Tarou", "山田^太郎", null))
                .build();
    }

    @Test
    void a_written_workitem_reads_back_equal() {
        assertThat(roundTrip(workitem())).isEqualTo(workitem());
    }

    @Test
    void the_archives_payload_survives_read_write_read() {
        DicomAttributes once = JSON.read(DicomFixtures.bytes(DicomFixtures.UPS_CREATE_JSON));
        assertThat(roundTrip(once)).isEqualTo(once);
    }

    @Test
    void writes_tags_ascending_whatever_order_they_were_set_in() {
        String json = JSON.write(DicomAttributes.builder()
                .string(Tag.ProcedureStepLabel, "B")
                .string(Tag.AffectedSOPClassUID, "1.2")
                .string(Tag.of("FFFE0001"), VR.LO, "last")
                .string(Tag.SpecificCharacterSet, "ISO_IR 192")
                .build());
        assertThat(json).isEqualTo("{\"00000002\":{\"vr\":\"UI\",\"Value\":[\"1.2\"]},"
                + "\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
                + "\"00741204\":{\"vr\":\"LO\",\"Value\":[\"B\"]},\"FFFE0001\":{\"vr\":\"LO\",\"Value\":[\"last\"]}}");
    }

    @Test
    void writes_empty_attributes_as_vr_only_and_names_as_alphabetic_objects() {
        String json = JSON.write(DicomAttributes.builder()
                .empty(Tag.WorklistLabel)
                .sequence(Tag.ScheduledHumanPerformersSequence)
                .personName(Tag.PatientName, "Rivera^Maria")
                .build());
        assertThat(json).isEqualTo("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Rivera^Maria\"}]},"
                + "\"00404034\":{\"vr\":\"SQ\"},\"00741202\":{\"vr\":\"LO\"}}");
    }

    @Test
    void writes_numbers_as_json_numbers_and_dates_in_dicom_form() {
        String json = JSON.write(DicomAttributes.builder()
                .integer(Tag.MessageID, 7)
                .decimal(Tag.ProcedureStepProgress, new BigDecimal("12.5"))
                .dateTime(Tag.ExpectedCompletionDateTime, OffsetDateTime.parse("2026-11-27T22:01:00-06:00"))
                .build());
        assertThat(json).isEqualTo("{\"00000110\":{\"vr\":\"US\",\"Value\":[7]},"
                + "\"00404011\":{\"vr\":\"DT\",\"Value\":[\"20261127220100-0600\"]},"
                + "\"00741004\":{\"vr\":\"DS\",\"Value\":[12.5]}}");
    }

    @Test
    void writes_raw_utf_8_without_escapes() {
        byte[] bytes = JSON.writeBytes(DicomAttributes.builder().string(Tag.InstitutionName, "München").build());
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("München").doesNotContain("\\u");
    }

    @Test
    void writes_a_list_as_an_array() {
        DicomAttributes one = DicomAttributes.builder().string(Tag.Modality, "CT").build();
        assertThat(JSON.writeList(java.util.List.of(one, DicomAttributes.empty())))
                .isEqualTo("[{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}},{}]");
    }
}
