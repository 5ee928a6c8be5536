package org.telerad.it.upsrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.upsrs.UpsRsClient.DICOM_JSON;
import static org.telerad.it.upsrs.UpsRsClient.archiveToken;
import static org.telerad.it.upsrs.UpsRsClient.payload;
import static org.telerad.it.upsrs.UpsRsClient.send;
import static org.telerad.it.upsrs.UpsRsClient.tasksFor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * Archives that call Telerad with a static bearer token or basic auth (dcm4chee web-app properties
 * {@code bearer-token} / {@code basic-auth}) post to {@code /telerad/archive-rs/workitems}; Telerad itself checks
 * the credential configured for the archive. Every other path stays Keycloak-only.
 */
class ArchiveStaticCredentialIT {

    static String archiveRs() {
        return Stack.baseUrl() + "/archive-rs";
    }

    /** Configures a new archive with this credential through {@code /api/archives}; answers its name. */
    static String configureArchive(Map<String, Object> credential) {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        Stack.api("credentialing").body(Map.of("name", name, "dicomWebBaseUrl", "http://127.0.0.1:9/dicom-web",
                "aeTitles", List.of("ITARCH"), "timeZone", "UTC", "credential", credential))
                .post("/archives").then().statusCode(201);
        return name;
    }

    static String newToken() {
        return "it-token-" + UUID.randomUUID() + UUID.randomUUID();
    }

    static HttpResponse<String> postWorkitem(String study, String... authorization) {
        return send("POST", archiveRs() + "/workitems", null, DICOM_JSON,
                payload("json", study).getBytes(StandardCharsets.UTF_8), authorization);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void an_archive_posting_with_its_static_bearer_token_creates_a_workitem_under_rs() {
        String token = newToken();
        configureArchive(Map.of("kind", "bearer-token", "token", token));
        String study = Uids.newStudyUid();

        HttpResponse<String> created = postWorkitem(study, "Authorization", "Bearer " + token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).matches(".*/telerad/rs/workitems/2\\.25\\.[0-9]+"));
        assertThat(tasksFor(study)).isEqualTo(1);
        HttpResponse<String> again = postWorkitem(study, "Authorization", "Bearer " + token);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(tasksFor(study)).isEqualTo(1);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(UpsRsClient.get(location, archiveToken()).statusCode()).isEqualTo(200);
    }

    @Test
    void an_archive_posting_with_basic_auth_under_its_name_creates_a_workitem() {
        String password = "it-password-" + UUID.randomUUID();
        String name = configureArchive(Map.of("kind", "basic", "password", password));
        String study = Uids.newStudyUid();

        HttpResponse<String> created = postWorkitem(study, "Authorization", basic(name, password));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(tasksFor(study)).isEqualTo(1);
        assertThat(createdByArchive(study)).isEqualTo(name);
    }

    @Test
    void the_fhir_exporter_posting_an_imaging_study_with_its_static_token_creates_the_same_task() throws Exception {
        String token = newToken();
        configureArchive(Map.of("kind", "bearer-token", "token", token));
        String study = Uids.newStudyUid();
        String body;
        try (var in = ArchiveStaticCredentialIT.class.getResourceAsStream(
                "/org/telerad/it/fhirintake/dcm4chee-fhir-imagingstudy-r5.json")) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("2.25.168915247463381905219117470624837019321", study);
        }

        HttpResponse<String> created = send("POST", archiveRs() + "/ImagingStudy", null, "application/fhir+json",
                body.getBytes(StandardCharsets.UTF_8), "Authorization", "Bearer " + token);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).matches(".*/telerad/rs/workitems/2\\.25\\.[0-9]+"));
        assertThat(created.body()).contains("OperationOutcome");
        HttpResponse<String> ups = postWorkitem(study, "Authorization", "Bearer " + token);
        assertThat(ups.headers().firstValue("Location")).isEqualTo(created.headers().firstValue("Location"));
        assertThat(tasksFor(study)).isEqualTo(1);
    }

    @Test
    void a_wrong_or_missing_credential_gets_401_with_bearer_and_basic_challenges_and_creates_nothing() {
        String token = newToken();
        String name = configureArchive(Map.of("kind", "bearer-token", "token", token));
        String study = Uids.newStudyUid();

        for (HttpResponse<String> refused : List.of(postWorkitem(study, "Authorization", "Bearer " + token + "x"),
                postWorkitem(study), postWorkitem(study, "Authorization", basic(name, token)))) {
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().allValues("WWW-Authenticate")).anySatisfy(h -> assertThat(h)
                    .startsWith("Bearer")).anySatisfy(h -> assertThat(h).startsWith("Basic"));
            assertThat(refused.body()).contains("TELERAD-UPS-032").doesNotContain(token);
        }
        assertThat(tasksFor(study)).isZero();
    }

    @Test
    void every_request_under_archive_rs_needs_the_credential_even_an_unknown_path() {
        assertThat(send("GET", archiveRs() + "/workitems", null, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", archiveRs() + "/nothing", archiveToken(), null, null).statusCode())
                .as("a Keycloak token is no static credential").isEqualTo(401);
    }

    @Test
    void a_static_token_opens_nothing_but_archive_rs() {
        String token = newToken();
        configureArchive(Map.of("kind", "bearer-token", "token", token));

        assertThat(send("POST", Stack.baseUrl() + "/rs/workitems", token, DICOM_JSON,
                payload("json", Uids.newStudyUid()).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(401);
        assertThat(send("GET", Stack.baseUrl() + "/api/archives", token, null, null).statusCode()).isEqualTo(401);
        assertThat(send("GET", Stack.baseUrl() + "/api/me", token, null, null).statusCode()).isEqualTo(401);
    }

    @Test
    void a_deactivated_archive_is_refused_with_its_right_token() {
        String token = newToken();
        String name = configureArchive(Map.of("kind", "bearer-token", "token", token));
        Stack.api("credentialing").header("If-Match", "\"0\"").delete("/archives/" + name).then().statusCode(200);

        assertThat(postWorkitem(Uids.newStudyUid(), "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
    }

    @Test
    void a_refused_credential_is_audited_without_the_secret() {
        String wrong = newToken();

        postWorkitem(Uids.newStudyUid(), "Authorization", "Bearer " + wrong);

        try (Connection c = Stack.adminDatabase(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where object_type = 'ArchiveCredential' and occurred_at > now()"
                        + " - interval '5 minutes' and detail like '%archive credential refused%' and detail not like ?")) {
            s.setString(1, "%" + wrong + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isPositive();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The archive name the task records as sender. */
    static String createdByArchive(String study) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                "select source_archive from routing_reading_task where study_instance_uid = ?")) {
            s.setString(1, study);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
