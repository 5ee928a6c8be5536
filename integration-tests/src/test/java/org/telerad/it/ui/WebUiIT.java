package org.telerad.it.ui;

import static org.telerad.it.support.Stack.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.FakeArchiveQido;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * The web UI served by telerad.war: deep links answer the app's page (and only they: the APIs keep their own
 * answers), {@code /ui-config.json} names the realm without a login, the worklist and board read models are
 * scoped by role and facility and never cached, and the change stream tells a connected browser when a task
 * changed.
 */
class WebUiIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String STUDY = Uids.newStudyUid();
    private static String workitem;

    @BeforeAll
    static void theArchiveSendsAWorkitem() throws Exception {
        workitem = createWorkitem(STUDY);
    }

    static String createWorkitem(String study) throws Exception {
        String body = resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FakeArchiveQido.FIXTURE_STUDY,
                study);
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/rs/workitems"))
                .header("Authorization", "Bearer " + Stack.clientToken("telerad-archive", "changeit"))
                .header("Content-Type", "application/dicom+json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void deep_links_to_a_study_or_a_task_answer_the_apps_page_revalidated_and_locked_down() throws Exception {
        for (String path : new String[] { "/", "/worklist", "/studies/" + STUDY, "/tasks/" + workitem,
                "/registry/radiologists", "/board", "/audit" }) {
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<div id=\"app\">").contains("/telerad/assets/");
            assertThat(page.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
            assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("script-src 'self'").contains("connect-src 'self' " + Stack.keycloakUrl());
        }
    }

    @Test
    void the_apis_and_unknown_paths_keep_their_own_answers() throws Exception {
        assertThat(get("/api/worklist", null).statusCode()).isEqualTo(401);
        assertThat(get("/rs/workitems", null).statusCode()).isEqualTo(401);
        assertThat(get("/no-such-page", null).statusCode()).isEqualTo(404);
        assertThat(get("/tasks-elsewhere", null).statusCode()).isEqualTo(404);
    }

    @Test
    void the_login_configuration_names_the_realm_and_the_public_client_without_a_token() throws Exception {
        HttpResponse<String> config = get("/ui-config.json", null);
        assertThat(config.statusCode()).isEqualTo(200);
        JsonPath json = new JsonPath(config.body());
        assertThat(json.getString("authority")).isEqualTo(Stack.realmUrl());
        assertThat(json.getString("clientId")).isEqualTo("telerad-ui");
    }

    @Test
    void the_worklist_shows_a_task_to_those_whose_scope_holds_it_and_is_never_cached() {
        JsonPath list = Stack.api("auditor").queryParam("study", STUDY).get("/worklist").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        assertThat(list.getString("now")).isNotBlank();
        assertThat(list.getList("items.taskId")).containsExactly(workitem);
        assertThat(list.getString("items[0].studyInstanceUid")).isEqualTo(STUDY);

        Stack.api("auditor").get("/worklist/{uid}", workitem).then().statusCode(200)
                .header("Cache-Control", "no-store");
        // the demo workitem is neither assigned to rad-tx nor from facility-admin-tx's facilities (see TaskViewerLinkIT)
        Stack.api("rad-tx").get("/worklist/{uid}", workitem).then().statusCode(404)
                .contentType("application/problem+json");
        assertThat(Stack.api("rad-tx").queryParam("study", STUDY).get("/worklist").then().statusCode(200).extract()
                .jsonPath().getList("items")).isEmpty();
        Stack.api("facility-admin-tx").get("/worklist/{uid}", workitem).then().statusCode(404);
    }

    @Test
    void the_board_is_for_admins_and_auditors_and_a_facility_admin_sees_only_their_facilities() {
        JsonPath board = Stack.api("auditor").get("/board").then().statusCode(200).header("Cache-Control", "no-store")
                .extract().jsonPath();
        assertThat(board.getList("counts")).isNotEmpty();
        assertThat(board.getString("riskUntil")).isNotBlank();

        Stack.api("rad-tx").get("/board").then().statusCode(403);
        Stack.api("facility-admin-tx").queryParam("facility", "ca-sacramento").get("/board").then().statusCode(403);
        assertThat(Stack.api("facility-admin-tx").get("/board").then().statusCode(200).extract().jsonPath()
                .<String>getList("counts.facility")).allMatch(f -> f.equals("tx-dallas") || f.equals("tx-houston"));
    }

    @Test
    void a_connected_browser_is_told_when_a_task_changed() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/api/worklist/changes"))
                .header("Authorization", "Bearer " + Stack.token("auditor")).header("Accept", "text/event-stream")
                .GET().build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HTTP.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        Thread reader = new Thread(() -> {
            try {
                response.body().filter(l -> l.startsWith("event:")).forEach(l -> events.add(l.substring(6).strip()));
            } catch (java.io.UncheckedIOException closed) {
                // the test closed the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(events.poll(10, TimeUnit.SECONDS)).isEqualTo("ready");

            createWorkitem(Uids.newStudyUid());

            assertThat(events.poll(15, TimeUnit.SECONDS)).isEqualTo("tasks-changed");
        } finally {
            response.body().close();
            reader.interrupt();
        }
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Stack.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "text/html,application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

}
