package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.upsrs.UpsRsClient.DICOM_JSON;
import static org.telerad.it.upsrs.UpsRsClient.DICOM_XML;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.payload;
import static org.telerad.it.upsrs.UpsRsClient.post;
import static org.telerad.it.upsrs.UpsRsClient.tasksFor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * UPS-RS refuses bad input precisely (status, stable code, the tag path, a PS3.18 Warning header) and leaves no
 * task behind; it is only under /rs, behind a token, with the shared REST conventions.
 */
class UpsRsBadInputIT {

    @Test
    void malformed_dicom_json_is_refused_and_creates_nothing() {
        String study = Uids.newStudyUid();
        String json = payload("json", study);

        HttpResponse<String> refused = post("/workitems", archiveToken(), DICOM_JSON, json.substring(0, json.length() / 2));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(refused.body()).contains("TELERAD-DICOM-001");
        assertThat(refused.headers().firstValue("Warning")).hasValueSatisfying(
                w -> assertThat(w).startsWith("299 telerad:").contains("not valid JSON"));
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void a_payload_without_study_instance_uid_is_refused_naming_the_tag_path() {
        String study = Uids.newStudyUid();
        String json = payload("json", study).replace("\"0020000D\":{\"vr\":\"UI\",\"Value\":[\"" + study + "\"]}",
                "\"0020000D\":{\"vr\":\"UI\"}");

        HttpResponse<String> refused = post("/workitems", archiveToken(), DICOM_JSON, json);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("TELERAD-UPS-010").contains("(0040,A370)[0]>(0020,000D)");
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void a_wrong_vr_for_a_known_tag_is_refused_naming_the_tag() {
        String study = Uids.newStudyUid();
        String json = payload("json", study).replace("\"00741200\":{\"vr\":\"CS\"", "\"00741200\":{\"vr\":\"US\"");

        HttpResponse<String> refused = post("/workitems", archiveToken(), DICOM_JSON, json);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("TELERAD-DICOM-006").contains("(0074,1200)");
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void the_xml_form_of_the_payload_is_accepted() {
        String study = Uids.newStudyUid();

        HttpResponse<String> created = post("/workitems", archiveToken(), DICOM_XML, payload("xml", study));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void xml_with_a_doctype_is_refused_and_creates_nothing() {
        String study = Uids.newStudyUid();
        String xml = payload("xml", study).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE NativeDicomModel [<!ENTITY x \"y\">]>");

        HttpResponse<String> refused = post("/workitems", archiveToken(), DICOM_XML, xml);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("TELERAD-DICOM-012").contains("DOCTYPE");
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void an_oversized_body_is_refused_with_413_and_creates_nothing() {
        String study = Uids.newStudyUid();
        String json = payload("json", study);
        char[] padding = new char[9 << 20];
        Arrays.fill(padding, ' ');
        String oversized = json.substring(0, json.length() - 1) + new String(padding) + "}";

        HttpResponse<String> refused = post("/workitems", archiveToken(), DICOM_JSON, oversized);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("TELERAD-UPS-030");
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void another_media_type_is_refused_with_415() {
        HttpResponse<String> refused = post("/workitems", archiveToken(), "application/json",
                payload("json", Uids.newStudyUid()));

        assertThat(refused.statusCode()).isEqualTo(415);
        assertThat(refused.body()).contains("TELERAD-API-012");
    }

    @Test
    void a_request_without_token_is_unauthorized() {
        HttpResponse<String> refused = post("/workitems", null, DICOM_JSON, payload("json", Uids.newStudyUid()));

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    @Test
    void a_radiologist_may_not_create_workitems_and_sees_none_that_are_not_theirs() {
        String study = Uids.newStudyUid();
        UpsRsClient.create(study);
        String radiologist = Stack.token("rad-tx");

        assertThat(post("/workitems", radiologist, DICOM_JSON, payload("json", Uids.newStudyUid())).statusCode())
                .isEqualTo(403);
        assertThat(UpsRsClient.get("/workitems?StudyInstanceUID=" + study, radiologist).statusCode()).isEqualTo(204);
    }

    @Test
    void an_unsupported_query_key_is_refused_by_name() {
        HttpResponse<String> refused = UpsRsClient.get("/workitems?PatientAge=042Y", archiveToken());

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("TELERAD-UPS-020").contains("PatientAge");
    }

    @Test
    void ups_rs_lives_under_rs_only_and_keeps_the_shared_rest_conventions() {
        HttpResponse<String> underApi = UpsRsClient.get(Stack.baseUrl() + "/api/workitems", archiveToken());
        assertThat(underApi.statusCode()).isEqualTo(404);
        assertThat(underApi.body()).contains("TELERAD-API-010");
        assertThat(post(Stack.baseUrl() + "/api/workitems", archiveToken(), "text/plain", "x").statusCode())
                .isEqualTo(404);
        assertThat(UpsRsClient.send("OPTIONS", Stack.baseUrl() + "/api/workitems", archiveToken(), null, null)
                .statusCode()).isEqualTo(404);

        HttpResponse<String> underRs = UpsRsClient.get("/workitems?StudyInstanceUID=" + Uids.newStudyUid(),
                archiveToken());
        assertThat(underRs.statusCode()).isEqualTo(204);
        assertThat(underRs.headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));

        HttpResponse<String> problem = UpsRsClient.get("/nothing-here", archiveToken());
        assertThat(problem.statusCode()).isEqualTo(404);
        assertThat(problem.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(new String(problem.body().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("TELERAD-API-010");
    }
}
