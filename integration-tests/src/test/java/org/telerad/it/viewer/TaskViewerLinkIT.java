package org.telerad.it.viewer;

import static org.telerad.it.support.Stack.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.FakeArchiveQido;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * {@code GET /api/tasks/{uid}/viewer} for a workitem the archive {@code local-orthanc} (client telerad-archive) sent:
 * readers of the task's details get the viewer URL with the study UID filled in and no token in it; others are
 * refused, an unknown task is 404, no token is 401; each answer is audited. When the stack serves the OHIF viewer
 * (./telerad start does, unless TELERAD_VIEWER=none), the link's page loads, its configuration reads DICOMweb
 * through Telerad's authenticated gateway (DicomWebGatewayIT), and no unauthenticated /dicom-web is served.
 */
class TaskViewerLinkIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String STUDY = Uids.newStudyUid();
    private static String workitem;

    @BeforeAll
    static void theArchiveSendsAWorkitem() throws Exception {
        String body = resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FakeArchiveQido.FIXTURE_STUDY,
                STUDY);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/rs/workitems"))
                .header("Authorization", "Bearer " + Stack.clientToken("telerad-archive", "changeit"))
                .header("Content-Type", "application/dicom+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        workitem = location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void an_auditor_gets_the_viewer_url_of_the_tasks_study_without_any_token_in_it() {
        JsonPath link = Stack.api("auditor").get("/tasks/{uid}/viewer", workitem).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(link.getString("task")).isEqualTo(workitem);
        assertThat(link.getString("studyInstanceUid")).isEqualTo(STUDY);
        assertThat(link.getString("archive")).isEqualTo("local-orthanc");
        assertThat(link.getString("url")).contains(STUDY).doesNotContainIgnoringCase("token")
                .doesNotContain(Stack.token("auditor"));

        // handing out the link is audited as an access to the study's instances
        JsonPath audit = Stack.api("auditor").queryParam("objectType", "ReadingTaskStudy").queryParam("objectId", workitem)
                .get("/audit").then().statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.findAll { it.username == 'auditor' }.eventType", String.class))
                .isNotEmpty().containsOnly("DICOM_INSTANCES_ACCESSED");
    }

    @Test
    void a_radiologist_it_is_not_assigned_to_and_the_admin_of_other_facilities_are_refused() {
        Stack.api("rad-tx").get("/tasks/{uid}/viewer", workitem).then().statusCode(403)
                .contentType("application/problem+json");
        Stack.api("facility-admin-tx").get("/tasks/{uid}/viewer", workitem).then().statusCode(403);
    }

    @Test
    void an_unknown_task_is_not_found_and_a_call_without_a_token_is_unauthorized() {
        Stack.api("auditor").get("/tasks/{uid}/viewer", "2.25.1").then().statusCode(404);
        Stack.anonymous().get("/tasks/{uid}/viewer", workitem).then().statusCode(401);
    }

    @Test
    void the_ohif_viewer_page_of_the_link_loads_and_reads_dicomweb_only_through_the_gateway() throws Exception {
        String origin = URI.create(Stack.baseUrl()).resolve("/").toString();
        if (status(HttpRequest.newBuilder(URI.create(origin + "ohif/")).GET()) != 200) {
            org.junit.jupiter.api.Assumptions.abort("the stack serves no OHIF viewer at " + origin
                    + "ohif/ (TELERAD_VIEWER=none?)");
        }
        String url = Stack.api("auditor").get("/tasks/{uid}/viewer", workitem).then().statusCode(200).extract()
                .path("url");
        URI page = url.startsWith("/") ? URI.create(origin).resolve(url) : URI.create(url);
        HttpResponse<String> viewer = HTTP.send(HttpRequest.newBuilder(page).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(viewer.statusCode()).isEqualTo(200);
        assertThat(viewer.body()).contains("/ohif/app-config.js");

        HttpResponse<String> config = HTTP.send(HttpRequest.newBuilder(URI.create(origin + "ohif/app-config.js"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.body()).contains("'/telerad/dicom-web'").contains("client_id: 'telerad-ui'");
        // no patient data without a token: the former same-origin proxy is gone
        assertThat(status(HttpRequest.newBuilder(URI.create(origin + "dicom-web/studies?limit=1"))
                .header("Accept", "application/dicom+json").GET())).isEqualTo(404);
        assertThat(status(HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/dicom-web/studies?limit=1"))
                .header("Accept", "application/dicom+json").GET())).isEqualTo(401);
    }

    private static int status(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

}
