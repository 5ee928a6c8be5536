package org.telerad.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldif.LDIFAddChangeRecord;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ups: exporter settings shipped in the kit produce the payload Telerad's contract tests use
 * (shared/src/test/resources/dicom/dcm4chee-ups-create.json): patient=true fills the patient attributes,
 * request=true the Referenced Request Sequence, and priority, label and readiness are the exporter's values.
 */
class ExporterMatchesContractPayloadTest {

    private final LDIFAddChangeRecord exporter = Kit.required(Kit.ldif("telerad.ldif"),
            "dcmExporterID=TELERAD-UPS," + Kit.ARCHIVE);
    private final JsonNode payload = payload();

    @Test
    void patient_true_gives_the_patient_attributes() {
        assertThat(property("patient")).isEqualTo("true");
        assertThat(text("00100020")).isNotBlank();
        assertThat(payload.path("00100010").path("Value").get(0).path("Alphabetic").asText()).isNotBlank();
    }

    @Test
    void request_true_gives_the_referenced_request_sequence_with_the_study_uid() {
        assertThat(property("request")).isEqualTo("true");
        JsonNode request = payload.path("0040A370").path("Value").get(0);
        assertThat(request.path("0020000D").path("Value").get(0).asText()).isNotBlank();
        assertThat(request.path("00080050").path("Value").get(0).asText()).isNotBlank();
    }

    @Test
    void priority_label_and_readiness_are_the_exporters_values() {
        assertThat(text("00741200")).isEqualTo(property("ScheduledProcedureStepPriority"));
        assertThat(text("00741204")).isEqualTo(property("ProcedureStepLabel"));
        assertThat(text("00404041")).isEqualTo(property("InputReadinessState"));
    }

    private String property(String name) {
        List<String> v = Kit.values(exporter, "dcmProperty").stream().filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).toList();
        assertThat(v).as("dcmProperty " + name).hasSize(1);
        return v.get(0);
    }

    private String text(String tag) {
        return payload.path(tag).path("Value").get(0).asText();
    }

    private static JsonNode payload() {
        try {
            return new ObjectMapper().readTree(
                    Kit.root().resolve("shared/src/test/resources/dicom/dcm4chee-ups-create.json").toFile());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
