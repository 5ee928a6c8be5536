package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What real archives send that a strict reader would refuse, and Telerad accepts. */
class DicomJsonLenienceTest {

    private static DicomAttributes read(String json) {
        return DicomJson.standard().read(json);
    }

    @Test
    void accepts_an_empty_specific_character_set_in_every_spelling() {
        assertThat(read("{\"00080005\":{\"vr\":\"CS\"}}").isEmptyValue(Tag.SpecificCharacterSet)).isTrue();
        assertThat(read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[]}}").isEmptyValue(Tag.SpecificCharacterSet)).isTrue();
        assertThat(read("{\"00080005\":{\"vr\":\"CS\",\"Value\":null}}").isEmptyValue(Tag.SpecificCharacterSet))
                .isTrue();
        assertThat(read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[null]}}").isEmptyValue(Tag.SpecificCharacterSet))
                .isTrue();
        assertThat(read("{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"\"]}}").isEmptyValue(Tag.SpecificCharacterSet))
                .isTrue();
    }

    @Test
    void tells_an_absent_attribute_from_an_empty_one() {
        DicomAttributes attributes = read("{\"00741202\":{\"vr\":\"LO\"}}");
        assertThat(attributes.has(Tag.WorklistLabel)).isTrue();
        assertThat(attributes.isEmptyValue(Tag.WorklistLabel)).isTrue();
        assertThat(attributes.hasValue(Tag.WorklistLabel)).isFalse();
        assertThat(attributes.has(Tag.ProcedureStepLabel)).isFalse();
        assertThat(attributes.isEmptyValue(Tag.ProcedureStepLabel)).isFalse();
    }

    @Test
    void keeps_unknown_private_and_public_tags_with_their_vr() {
        DicomAttributes attributes = read("{\"00291010\":{\"vr\":\"OB\",\"InlineBinary\":\"AAEC\"},"
                + "\"00990010\":{\"vr\":\"LO\",\"Value\":[\"ACME 1\"]},\"00189999\":{\"vr\":\"FD\",\"Value\":[1.5]}}");
        assertThat(attributes.size()).isEqualTo(3);
        assertThat(attributes.string(Tag.of("00990010"))).hasValue("ACME 1");
        assertThat(attributes.decimal(Tag.of("00189999"))).hasValue(new BigDecimal("1.5"));
        assertThat(attributes.bulkData(Tag.of("00291010")).orElseThrow().bytes()).containsExactly(0, 1, 2);
    }

    @Test
    void accepts_lowercase_hex_tag_keys() {
        assertThat(read("{\"0020000d\":{\"vr\":\"UI\",\"Value\":[\"1.2.3\"]}}").string(Tag.StudyInstanceUID))
                .hasValue("1.2.3");
    }

    @Test
    void accepts_unknown_members_next_to_vr_and_value() {
        assertThat(read("{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"P1\"],\"keyword\":\"PatientID\"}}")
                .string(Tag.PatientID)).hasValue("P1");
    }

    @Test
    void accepts_a_known_tag_sent_as_un() {
        assertThat(read("{\"00080080\":{\"vr\":\"UN\",\"InlineBinary\":\"QUJD\"}}").vr(Tag.InstitutionName))
                .hasValue(VR.UN);
    }

    @Test
    void reads_date_times_with_milliseconds_and_no_offset_in_the_senders_zone() {
        DicomAttributes attributes = read("{\"00404005\":{\"vr\":\"DT\",\"Value\":[\"20261127213107.578\"]}}");
        assertThat(attributes.dateTime(Tag.ScheduledProcedureStepStartDateTime, ZoneId.of("Europe/Berlin")))
                .hasValue(OffsetDateTime.parse("2026-11-27T21:31:07.578+01:00"));
        assertThat(attributes.dateTime(Tag.ScheduledProcedureStepStartDateTime).orElseThrow().explicitOffset())
                .isEmpty();
    }

    @Test
    void prefers_the_offset_in_the_value_then_the_data_sets_timezone_offset() {
        DicomAttributes withOffset = read("{\"00404011\":{\"vr\":\"DT\",\"Value\":[\"20261128013000-0500\"]}}");
        assertThat(withOffset.dateTime(Tag.ExpectedCompletionDateTime, ZoneOffset.UTC))
                .hasValue(OffsetDateTime.parse("2026-11-28T01:30:00-05:00"));
        DicomAttributes withTimezone = read("{\"00080201\":{\"vr\":\"SH\",\"Value\":[\"-0600\"]},"
                + "\"00404011\":{\"vr\":\"DT\",\"Value\":[\"202611280130\"]}}");
        assertThat(withTimezone.dateTime(Tag.ExpectedCompletionDateTime, ZoneOffset.UTC))
                .hasValue(OffsetDateTime.parse("2026-11-28T01:30:00-06:00"));
    }

    @Test
    void reads_dates_and_times_of_partial_precision() {
        DicomAttributes attributes = read("{\"00080020\":{\"vr\":\"DA\",\"Value\":[\"202611\"]},"
                + "\"00080030\":{\"vr\":\"TM\",\"Value\":[\"2131\"]},\"00100030\":{\"vr\":\"DA\",\"Value\":[\"1958\"]}}");
        assertThat(attributes.date(Tag.StudyDate)).hasValue(LocalDate.of(2026, 11, 1));
        assertThat(attributes.time(Tag.StudyTime)).hasValue(LocalTime.of(21, 31));
        assertThat(attributes.date(Tag.PatientBirthDate)).hasValue(LocalDate.of(1958, 1, 1));
        assertThat(attributes.dateAndTime(Tag.StudyDate, Tag.StudyTime)).hasValueSatisfying(
                t -> assertThat(t).isEqualTo("2026-11-01T21:31"));
    }

    @Test
    void reads_integer_and_decimal_strings_given_as_numbers_or_strings() {
        DicomAttributes attributes = read("{\"00200011\":{\"vr\":\"IS\",\"Value\":[\"  7 \"]},"
                + "\"00201209\":{\"vr\":\"IS\",\"Value\":[12]},"
                + "\"00101030\":{\"vr\":\"DS\",\"Value\":[\"72.50\"]},"
                + "\"00741004\":{\"vr\":\"DS\",\"Value\":[33.3]}}");
        assertThat(attributes.integer(Tag.SeriesNumber)).hasValue(7);
        assertThat(attributes.integer(Tag.NumberOfSeriesRelatedInstances)).hasValue(12);
        assertThat(attributes.decimal(Tag.PatientWeight)).hasValue(new BigDecimal("72.50"));
        assertThat(attributes.decimal(Tag.ProcedureStepProgress)).hasValue(new BigDecimal("33.3"));
    }

    @Test
    void treats_an_empty_integer_string_as_an_empty_value() {
        assertThat(read("{\"00200011\":{\"vr\":\"IS\",\"Value\":[\"\"]}}").isEmptyValue(Tag.SeriesNumber)).isTrue();
    }

    @Test
    void reads_all_three_person_name_groups() {
        DicomAttributes attributes = read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Yamada^Tarou\","
                + "\"Ideographic\":\"山田^太郎\",\"Phonetic\":\"やまだ^たろう\"}]}}");
        PersonName name = attributes.personName(Tag.PatientName).orElseThrow();
        assertThat(name.familyName()).isEqualTo("Yamada");
        assertThat(name.ideographic()).isEqualTo("山田^太郎");
        assertThat(name.phonetic()).isEqualTo("やまだ^たろう");
        assertThat(attributes.string(Tag.PatientName)).hasValue("Yamada^Tarou=山田^太郎=やまだ^たろう");
    }

    @Test
    void reads_a_person_name_sent_as_a_plain_string_and_an_empty_name_object() {
        assertThat(read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[\"Doe^Jane\"]}}").personName(Tag.PatientName)
                .map(PersonName::givenName)).hasValue("Jane");
        assertThat(read("{\"00100010\":{\"vr\":\"PN\",\"Value\":[{}]}}").isEmptyValue(Tag.PatientName)).isTrue();
    }

    @Test
    void keeps_bulk_data_without_decoding_it() {
        DicomAttributes attributes = read("{\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://archive/bulk/1\"}}");
        assertThat(attributes.bulkData(Tag.PixelData)).hasValue(BulkData.uri("http://archive/bulk/1"));
        assertThat(attributes.isEmptyValue(Tag.PixelData)).isFalse();
    }

    @Test
    void reads_a_single_data_set_wrapped_in_an_array_and_a_single_object_as_a_list() {
        assertThat(read("[{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}]").string(Tag.Modality)).hasValue("CT");
        assertThat(DicomJson.standard().readList("{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\"]}}")).hasSize(1);
        assertThat(DicomJson.standard().readList("[]")).isEmpty();
    }

    @Test
    void reads_multi_valued_attributes_in_order() {
        DicomAttributes attributes = read("{\"00080061\":{\"vr\":\"CS\",\"Value\":[\"CT\",null,\"SR\"]}}");
        assertThat(attributes.strings(Tag.ModalitiesInStudy)).containsExactly("CT", "", "SR");
    }

    @Test
    void reads_utf_8_text_as_it_is() {
        assertThat(read("{\"00080080\":{\"vr\":\"LO\",\"Value\":[\"Klinikum München – Großhadern\"]}}")
                .string(Tag.InstitutionName)).hasValue("Klinikum München – Großhadern");
    }
}
