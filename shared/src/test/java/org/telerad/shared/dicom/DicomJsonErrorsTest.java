package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.telerad.shared.dicom.DicomFormatException.Reason;
import org.telerad.shared.problem.TeleradException;

/** Malformed DICOM JSON is refused with a stable code, the tag path and what is wrong, never a value. */
class DicomJsonErrorsTest {

    private static DicomFormatException refusal(String json) {
        return catchThrowableOfType(DicomFormatException.class, () -> DicomJson.standard().read(json));
    }

    @Test
    void refuses_a_body_that_is_not_json() {
        DicomFormatException e = refusal("{\"00100010\": {\"vr\": \"PN\", ");
        assertThat(e.reason()).isEqualTo(Reason.NOT_JSON);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-001");
        assertThat(e.kind()).isEqualTo(TeleradException.Kind.INVALID);
        assertThat(e.getMessage()).contains("not valid JSON").contains("line 1");
    }

    @Test
    void refuses_an_empty_body() {
        assertThat(refusal("").reason()).isEqualTo(Reason.NOT_JSON);
    }

    @Test
    void does_not_echo_the_input_in_a_syntax_error() {
        assertThat(refusal("{\"00100010\": Rivera}").getMessage()).doesNotContain("Rivera");
    }

    @Test
    void refuses_a_body_that_is_not_an_object() {
        DicomFormatException e = refusal("\"hello\"");
        assertThat(e.reason()).isEqualTo(Reason.NOT_A_DATA_SET);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-002");
    }

    @Test
    void refuses_an_array_of_several_data_sets_where_one_is_expected() {
        assertThat(refusal("[{},{}]").reason()).isEqualTo(Reason.NOT_A_DATA_SET);
    }

    @Test
    void refuses_a_sequence_item_that_is_not_an_object_naming_its_path() {
        DicomFormatException e = refusal("{\"00404021\":{\"vr\":\"SQ\",\"Value\":[{},\"x\"]}}");
        assertThat(e.reason()).isEqualTo(Reason.NOT_A_DATA_SET);
        assertThat(e.path()).isEqualTo("(0040,4021)[1]");
    }

    @Test
    void refuses_a_tag_key_that_is_not_eight_hex_digits() {
        DicomFormatException e = refusal("{\"PatientName\":{\"vr\":\"PN\"}}");
        assertThat(e.reason()).isEqualTo(Reason.BAD_TAG_KEY);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-003");
        assertThat(e.getMessage()).contains("\"PatientName\"").contains("eight hexadecimal digits");
    }

    @Test
    void refuses_a_nested_tag_key_naming_the_item_it_is_in() {
        DicomFormatException e = refusal(
                "{\"00404021\":{\"vr\":\"SQ\",\"Value\":[{\"0020000E\":{\"vr\":\"UI\"}},{\"0020000G\":{\"vr\":\"UI\"}}]}}");
        assertThat(e.reason()).isEqualTo(Reason.BAD_TAG_KEY);
        assertThat(e.path()).isEqualTo("(0040,4021)[1]");
    }

    @Test
    void refuses_an_attribute_without_vr() {
        DicomFormatException e = refusal("{\"00100020\":{\"Value\":[\"X\"]}}");
        assertThat(e.reason()).isEqualTo(Reason.MISSING_VR);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-004");
        assertThat(e.path()).isEqualTo("(0010,0020)");
    }

    @Test
    void refuses_an_unknown_vr() {
        DicomFormatException e = refusal("{\"00100020\":{\"vr\":\"XX\"}}");
        assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_VR);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-005");
    }

    @Test
    void refuses_a_known_tag_with_the_wrong_vr_deep_in_the_input_information() {
        DicomFormatException e = refusal("{\"00404021\":{\"vr\":\"SQ\",\"Value\":[{\"00081199\":{\"vr\":\"SQ\","
                + "\"Value\":[{\"00081155\":{\"vr\":\"LO\",\"Value\":[\"1.2.3\"]}}]}}]}}");
        assertThat(e.reason()).isEqualTo(Reason.WRONG_VR);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-006");
        assertThat(e.path()).isEqualTo("(0040,4021)[0]>(0008,1199)[0]>(0008,1155)");
        assertThat(e.getMessage()).isEqualTo(
                "At (0040,4021)[0]>(0008,1199)[0]>(0008,1155): ReferencedSOPInstanceUID has VR UI, not LO");
    }

    @Test
    void refuses_a_value_of_the_wrong_json_type_for_the_vr() {
        DicomFormatException e = refusal("{\"00404021\":{\"vr\":\"SQ\",\"Value\":[{\"00081199\":{\"vr\":\"SQ\","
                + "\"Value\":[{\"00081150\":{\"vr\":\"UI\",\"Value\":[12]}}]}}]}}");
        assertThat(e.reason()).isEqualTo(Reason.WRONG_VALUE_TYPE);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-007");
        assertThat(e.path()).isEqualTo("(0040,4021)[0]>(0008,1199)[0]>(0008,1150)");
        assertThat(e.getMessage()).contains("VR UI values are strings, found a number");
    }

    @Test
    void refuses_a_value_member_that_is_not_an_array() {
        DicomFormatException e = refusal("{\"00100020\":{\"vr\":\"LO\",\"Value\":\"X\"}}");
        assertThat(e.reason()).isEqualTo(Reason.WRONG_VALUE_TYPE);
        assertThat(e.getMessage()).contains("\"Value\" is a JSON array");
    }

    @Test
    void refuses_a_person_name_given_as_a_number() {
        assertThat(refusal("{\"00100010\":{\"vr\":\"PN\",\"Value\":[42]}}").reason())
                .isEqualTo(Reason.WRONG_VALUE_TYPE);
    }

    @Test
    void refuses_a_sequence_given_as_strings() {
        assertThat(refusal("{\"00404021\":{\"vr\":\"SQ\",\"Value\":[\"a\"]}}").reason())
                .isEqualTo(Reason.NOT_A_DATA_SET);
    }

    @Test
    void refuses_value_and_bulk_data_together() {
        DicomFormatException e = refusal("{\"00101030\":{\"vr\":\"DS\",\"Value\":[1],\"BulkDataURI\":\"http://x\"}}");
        assertThat(e.reason()).isEqualTo(Reason.BAD_ATTRIBUTE);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-008");
    }

    @Test
    void refuses_an_attribute_that_is_not_an_object() {
        assertThat(refusal("{\"00100020\":\"X\"}").reason()).isEqualTo(Reason.BAD_ATTRIBUTE);
    }

    @Test
    void refuses_binary_vrs_carrying_value() {
        assertThat(refusal("{\"7FE00010\":{\"vr\":\"OB\",\"Value\":[1,2]}}").reason())
                .isEqualTo(Reason.WRONG_VALUE_TYPE);
    }

    @Test
    void refuses_an_integer_string_that_holds_no_number() {
        DicomFormatException e = refusal("{\"00200011\":{\"vr\":\"IS\",\"Value\":[\"two\"]}}");
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-010");
        assertThat(e.getMessage()).doesNotContain("two");
    }

    @Test
    void refuses_a_fraction_in_an_integer_string() {
        assertThat(refusal("{\"00200011\":{\"vr\":\"IS\",\"Value\":[2.5]}}").reason()).isEqualTo(Reason.BAD_VALUE);
    }

    @Test
    void refuses_the_same_tag_twice_in_one_data_set() {
        DicomFormatException e = refusal("{\"00100020\":{\"vr\":\"LO\"},\"00100020\":{\"vr\":\"LO\"}}");
        assertThat(e.reason()).isEqualTo(Reason.DUPLICATE_TAG);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-011");
    }

    @Test
    void refuses_a_date_that_is_no_date_when_it_is_read() {
        DicomAttributes attributes = DicomJson.standard().read("{\"00100030\":{\"vr\":\"DA\",\"Value\":[\"19581302\"]}}");
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> attributes.date(Tag.PatientBirthDate));
        assertThat(e.reason()).isEqualTo(Reason.BAD_VALUE);
        assertThat(e.path()).isEqualTo("(0010,0030)");
        assertThat(e.getMessage()).doesNotContain("19581302");
    }

    @Test
    void reports_the_path_as_a_field_violation() {
        DicomFormatException e = refusal("{\"00404021\":{\"vr\":\"SQ\",\"Value\":[{\"0020000E\":{}}]}}");
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("(0040,4021)[0]>(0020,000E)");
            assertThat(v.message()).isEqualTo("the attribute has no \"vr\"");
        });
    }

    @Test
    void names_the_data_set_of_a_list_that_is_wrong() {
        DicomFormatException e = catchThrowableOfType(DicomFormatException.class,
                () -> DicomJson.standard().readList("[{},{\"00080060\":{\"vr\":\"CS\",\"Value\":[1]}}]"));
        assertThat(e.path()).isEqualTo("[1]>(0008,0060)");
    }
}
