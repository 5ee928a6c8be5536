package org.telerad.shared.dicom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.telerad.shared.dicom.DicomFormatException.Reason;
import org.telerad.shared.problem.TeleradException;

/** Oversized input is refused as too large (413) before it becomes a data set. */
class DicomJsonLimitsTest {

    private static DicomFormatException refusal(DicomLimits limits, String json) {
        return catchThrowableOfType(DicomFormatException.class, () -> DicomJson.withLimits(limits).read(json));
    }

    private static String nested(int levels) {
        String json = "{}";
        for (int i = 0; i < levels; i++) {
            json = "{\"00404021\":{\"vr\":\"SQ\",\"Value\":[" + json + "]}}";
        }
        return json;
    }

    @Test
    void refuses_more_elements_than_configured() {
        DicomFormatException e = refusal(DicomLimits.defaults().withMaxElements(3),
                "{\"00080060\":{\"vr\":\"CS\",\"Value\":[\"CT\",\"MR\",\"PT\"]}}");
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.code()).isEqualTo("TELERAD-DICOM-009");
        assertThat(e.kind()).isEqualTo(TeleradException.Kind.PAYLOAD_TOO_LARGE);
        assertThat(e.path()).isEqualTo("(0008,0060)");
    }

    @Test
    void accepts_sequences_nested_as_deep_as_configured() {
        assertThat(DicomJson.withLimits(DicomLimits.defaults().withMaxDepth(3)).read(nested(3)).size()).isEqualTo(1);
    }

    @Test
    void refuses_sequences_nested_deeper_than_configured_naming_where() {
        DicomFormatException e = refusal(DicomLimits.defaults().withMaxDepth(2), nested(3));
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.path()).isEqualTo("(0040,4021)[0]>(0040,4021)[0]>(0040,4021)");
    }

    @Test
    void refuses_absurd_json_nesting_at_the_parser() {
        assertThat(refusal(DicomLimits.defaults().withMaxDepth(2), nested(40)).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refuses_a_string_longer_than_configured() {
        DicomFormatException e = refusal(DicomLimits.defaults().withMaxStringLength(16),
                "{\"00081030\":{\"vr\":\"LO\",\"Value\":[\"" + "x".repeat(17) + "\"]}}");
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(e.path()).isEqualTo("(0008,1030)");
    }

    @Test
    void refuses_a_body_larger_than_configured() {
        assertThat(refusal(DicomLimits.defaults().withMaxBytes(64), nested(5)).reason()).isEqualTo(Reason.TOO_LARGE);
    }

    @Test
    void refuses_inline_binary_longer_than_configured() {
        DicomFormatException e = refusal(DicomLimits.defaults().withMaxBinaryLength(8),
                "{\"7FE00010\":{\"vr\":\"OB\",\"InlineBinary\":\"AAAAAAAAAAAA\"}}");
        assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
    }
}
