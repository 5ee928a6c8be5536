package org.telerad.it.fhirintake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * {@code POST /telerad/fhir/ImagingStudy} exactly as dcm4chee-arc-light 5.35's {@code fhir:} exporter sends it
 * (R5 JSON, {@code application/fhir+json}), and the same study through UPS-RS with the {@code ups:} exporter's
 * payload: one task.
 */
class FhirImagingStudyIntakeIT {

    /** The study UID both fixtures carry (the FHIR one and UPS-RS's {@code dcm4chee-ups-create.json}). */
    static final String FIXTURE_STUDY = "2.25.168915247463381905219117470624837019321";
    static final String FHIR_JSON = "application/fhir+json";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_dcm4chee_r5_export_creates_a_task_and_answers_201_with_a_location() throws Exception {
        String study = Uids.newStudyUid();

        HttpResponse<String> created = post("/fhir/ImagingStudy", archiveToken(), FHIR_JSON, fhirExport(study));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).matches(".*/telerad/fhir/ImagingStudy/2\\.25\\.[0-9]+(/_history/.*)?"));
        assertThat(workitemsFor(study)).isEqualTo(1);
    }

    @Test
    void the_same_study_through_fhir_and_through_ups_rs_is_one_task() throws Exception {
        String study = Uids.newStudyUid();

        HttpResponse<String> viaFhir = post("/fhir/ImagingStudy", archiveToken(), FHIR_JSON, fhirExport(study));
        HttpResponse<String> viaUps = post("/rs/workitems", archiveToken(), "application/dicom+json",
                upsExport(study));
        HttpResponse<String> viaFhirAgain = post("/fhir/ImagingStudy", archiveToken(),
                FHIR_JSON + "; fhirVersion=5.0", fhirExport(study));

        assertThat(viaFhir.statusCode()).as(viaFhir.body()).isEqualTo(201);
        assertThat(viaUps.statusCode()).as(viaUps.body()).isEqualTo(201);
        assertThat(viaUps.headers().firstValue("Warning")).hasValueSatisfying(
                w -> assertThat(w).contains("not duplicated"));
        assertThat(viaFhirAgain.statusCode()).as(viaFhirAgain.body()).isEqualTo(201);
        String workitem = viaUps.headers().firstValue("Location").orElseThrow();
        assertThat(viaFhir.headers().firstValue("Location").orElseThrow())
                .contains("/ImagingStudy/" + workitem.substring(workitem.lastIndexOf('/') + 1));
        assertThat(workitemsFor(study)).isEqualTo(1);
    }

    @Test
    void the_r4_export_of_a_study_posted_as_r5_revises_the_same_task() throws Exception {
        String study = Uids.newStudyUid();

        HttpResponse<String> r5 = post("/fhir/ImagingStudy", archiveToken(), FHIR_JSON, fhirExport(study));
        HttpResponse<String> r4 = post("/fhir/ImagingStudy", archiveToken(), FHIR_JSON + "; fhirVersion=4.0",
                resource("/org/telerad/it/fhirintake/dcm4chee-fhir-imagingstudy-r4.json").replace(FIXTURE_STUDY,
                        study));

        assertThat(r5.statusCode()).as(r5.body()).isEqualTo(201);
        assertThat(r4.statusCode()).as(r4.body()).isEqualTo(201);
        assertThat(r4.headers().firstValue("Location")).isEqualTo(r5.headers().firstValue("Location"));
        assertThat(workitemsFor(study)).isEqualTo(1);
    }

    @Test
    void a_radiologist_may_not_post_an_imaging_study() {
        HttpResponse<String> refused = post("/fhir/ImagingStudy", Stack.token("rad-tx"), FHIR_JSON,
                fhirExport(Uids.newStudyUid()));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("OperationOutcome").contains("TELERAD-FHIR-030");
    }

    @Test
    void an_export_without_the_study_uid_identifier_is_refused_with_an_operation_outcome_naming_it()
            throws Exception {
        String study = Uids.newStudyUid();
        String body = fhirExport(study).replace("\"system\": \"urn:dicom:uid\"", "\"system\": \"urn:other\"");

        HttpResponse<String> refused = post("/fhir/ImagingStudy", archiveToken(), FHIR_JSON, body);

        assertThat(refused.statusCode()).isBetween(400, 499);
        JsonNode outcome = JSON.readTree(refused.body());
        assertThat(outcome.path("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.path("issue").path(0).path("expression").path(0).asText())
                .isEqualTo("ImagingStudy.identifier");
        assertThat(workitemsFor(study)).isZero();
    }

    static String archiveToken() {
        return Stack.clientToken("telerad-archive", "changeit");
    }


    static String fhirExport(String study) {
        return resource("/org/telerad/it/fhirintake/dcm4chee-fhir-imagingstudy-r5.json").replace(FIXTURE_STUDY, study);
    }

    static String upsExport(String study) {
        return resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FIXTURE_STUDY, study);
    }

    static String resource(String path) {
        try (InputStream in = FhirImagingStudyIntakeIT.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Workitems UPS-RS finds for the study (RAD-81 query as a service). */
    static int workitemsFor(String study) throws IOException {
        HttpResponse<String> found = send(HttpRequest.newBuilder(URI.create(Stack.baseUrl()
                + "/rs/workitems?StudyInstanceUID=" + URLEncoder.encode(study, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + archiveToken()).header("Accept", "application/dicom+json")
                .GET());
        if (found.statusCode() == 204) {
            return 0;
        }
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        return JSON.readTree(found.body()).size();
    }

    static HttpResponse<String> post(String path, String token, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(Stack.baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
