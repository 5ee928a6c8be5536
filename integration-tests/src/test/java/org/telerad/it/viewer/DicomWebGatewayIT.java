package org.telerad.it.viewer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Dcmtk;
import org.telerad.it.support.Stack;

/**
 * The read-only DICOMweb gateway {@code /telerad/dicom-web} the OHIF viewer reads through: a STAT CT of a facility
 * of this test's own, where only rad-tx is privileged, is sent to the stack's Orthanc with dcmtk and routed to
 * rad-tx; rad-tx reads its QIDO-RS and metadata through the gateway (Retrieve URLs point at the gateway, never
 * the archive), and each answer is {@code no-store}; a call without a token is 401, a radiologist or facility
 * admin without a task of the study is refused, a search without a study (a patient list) is refused, and so is
 * any write.
 */
class DicomWebGatewayIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ORTHANC = System.getProperty("telerad.orthanc.url", "http://127.0.0.1:18042");
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);

    private static String gateway;
    private static String study;
    private static String otherStudy;

    @BeforeAll
    static void aStatStudyIsRoutedToRadTx() throws Exception {
        gateway = Stack.baseUrl() + "/dicom-web";
        Assumptions.assumeTrue(Dcmtk.installed(), "dcmtk is not installed (apt-get install"
                + " dcmtk; ./telerad start does it)");
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(ORTHANC + "/system")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            Assumptions.assumeTrue(status == 200, "Orthanc at " + ORTHANC + " answered " + status);
        } catch (IOException e) {
            Assumptions.abort("the stack's Orthanc does not answer at " + ORTHANC);
        }
        String mine = facility("itdw-" + SUFFIX, true);
        String nobodys = facility("itdw-none-" + SUFFIX, false);
        study = send(mine);
        otherStudy = send(nobodys);
        awaitTask(study, true);
        awaitTask(otherStudy, false);
    }

    @Test
    void the_assigned_radiologist_finds_the_study_and_its_retrieve_url_points_at_the_gateway() throws Exception {
        HttpResponse<String> qido = get("/studies?StudyInstanceUID=" + study, Stack.token("rad-tx"),
                "application/dicom+json");

        assertThat(qido.statusCode()).as(qido.body()).isEqualTo(200);
        assertThat(qido.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(qido.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonPath answer = JsonPath.from(qido.body());
        assertThat(answer.getList("$")).hasSize(1);
        assertThat(answer.getString("[0].'0020000D'.Value[0]")).isEqualTo(study);
        assertThat(answer.getString("[0].'00081190'.Value[0]")).isEqualTo(gateway + "/studies/" + study);
        assertThat(qido.body()).doesNotContain(ORTHANC);
    }

    @Test
    void the_assigned_radiologist_reads_the_study_metadata_and_its_frames_come_through_the_gateway()
            throws Exception {
        HttpResponse<String> metadata = get("/studies/" + study + "/metadata", Stack.token("rad-tx"),
                "application/dicom+json");

        assertThat(metadata.statusCode()).as(metadata.body()).isEqualTo(200);
        assertThat(metadata.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonPath instances = JsonPath.from(metadata.body());
        assertThat(instances.getList("$")).isNotEmpty();
        assertThat(instances.getString("[0].'0020000D'.Value[0]")).isEqualTo(study);
        assertThat(metadata.body()).doesNotContain(ORTHANC);

        String series = instances.getString("[0].'0020000E'.Value[0]");
        String instance = instances.getString("[0].'00080018'.Value[0]");
        HttpResponse<String> frame = get("/studies/" + study + "/series/" + series + "/instances/" + instance
                + "/frames/1", Stack.token("rad-tx"), "multipart/related; type=\"application/octet-stream\"");
        assertThat(frame.statusCode()).isEqualTo(200);
        assertThat(frame.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("multipart/related"));

        // the access is audited (once per caller and study per window), naming the task, not the patient
        JsonPath audit = Stack.api("auditor").queryParam("eventType", "DICOM_INSTANCES_ACCESSED")
                .queryParam("username", "rad-tx").queryParam("facility", "itdw-" + SUFFIX).get("/audit").then()
                .statusCode(200).extract().jsonPath();
        assertThat(audit.getList("items.findAll { it.detail == 'DICOMweb gateway' }.objectType", String.class))
                .containsExactly("ReadingTaskStudy");
    }

    @Test
    void a_call_without_a_token_is_unauthorized() throws Exception {
        assertThat(get("/studies?StudyInstanceUID=" + study, null, "application/dicom+json").statusCode())
                .isEqualTo(401);
        assertThat(get("/studies/" + study + "/metadata", null, "application/dicom+json").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_radiologist_without_a_task_of_the_study_and_the_admin_of_other_facilities_are_refused() throws Exception {
        HttpResponse<String> radiologist = get("/studies/" + otherStudy + "/metadata", Stack.token("rad-tx"),
                "application/dicom+json");
        assertThat(radiologist.statusCode()).isIn(403, 404);
        assertThat(radiologist.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(radiologist.body()).doesNotContain("E2e").doesNotContain("IT-DW");

        assertThat(get("/studies?StudyInstanceUID=" + study, Stack.token("facility-admin-tx"),
                "application/dicom+json").statusCode()).isIn(403, 404);
        assertThat(get("/studies/2.25.1/series", Stack.token("auditor"), "application/dicom+json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_search_without_a_study_is_refused_since_it_would_list_patients() throws Exception {
        for (String path : List.of("/studies", "/studies?PatientName=*", "/studies?StudyInstanceUID=" + study + ","
                + otherStudy, "/series?StudyInstanceUID=" + study, "/instances")) {
            HttpResponse<String> answer = get(path, Stack.token("auditor"), "application/dicom+json");
            assertThat(answer.statusCode()).as(path).isIn(400, 404);
            assertThat(answer.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        }
    }

    @Test
    void writes_are_refused() throws Exception {
        HttpResponse<String> stow = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/studies"))
                .header("Authorization", "Bearer " + Stack.token("rad-tx"))
                .header("Content-Type", "multipart/related; type=\"application/dicom\"; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x--")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(stow.statusCode()).isEqualTo(405);
        HttpResponse<String> delete = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/studies/" + study))
                .header("Authorization", "Bearer " + Stack.token("auditor")).DELETE()
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(delete.statusCode()).isEqualTo(405);
    }

    private static HttpResponse<String> get(String pathAndQuery, String token, String accept)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + pathAndQuery)).header("Accept", accept)
                .timeout(Duration.ofSeconds(30)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
    }

    /** A new US-TX facility of this test; {@code radTx}: rad-tx is its only privileged radiologist. */
    private static String facility(String code, boolean radTx) {
        String institution = "IT DICOMweb " + code;
        Stack.api("credentialing").body(Map.of("code", code, "name", "IT " + code, "jurisdiction", "US-TX",
                "timeZone", "America/Chicago", "identifiers", Map.of("institutionNames", List.of(institution))))
                .post("/facilities").then().statusCode(201);
        if (radTx) {
            List<Map<String, Object>> radiologists = Stack.api("credentialing").queryParam("size", 500)
                    .get("/radiologists").then().statusCode(200).extract().jsonPath().getList("items");
            Object id = radiologists.stream().filter(r -> "rad-tx".equals(r.get("username"))).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no radiologist rad-tx (demo data missing?)"))
                    .get("id");
            Stack.api("credentialing").body(Map.of("radiologistId", id, "facility", code, "validFrom", "2025-01-01",
                    "validTo", "2035-12-31", "scope", Map.of("modalities", List.of("CT", "MR")))).post("/privileges")
                    .then().statusCode(201);
        }
        return institution;
    }

    /** Sends a new STAT CT (the demo stroke study with fresh UIDs) of this institution to Orthanc with dcmtk. */
    private static String send(String institution) throws IOException, InterruptedException {
        Path demo = Path.of("..", "config", "demo", "ct-stroke-stat-houston.dump");
        String text = Files.readString(demo);
        String demoStudy = text.lines().filter(l -> l.startsWith("(0020,000d)")).findFirst().orElseThrow()
                .replaceAll(".*\\[(.*)\\].*", "$1");
        String uid = "2.25." + new BigInteger(120, new SecureRandom());
        Dcmtk.send(text.replace(demoStudy, uid).replace("Houston Bayou Medical Center", institution), "DWIT");
        return uid;
    }

    /** Waits (at most 60 s) until Telerad has a task for the study, assigned to rad-tx when {@code toRadTx}. */
    private static void awaitTask(String uid, boolean toRadTx) throws InterruptedException, SQLException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                    "select performer_username from routing_reading_task where study_instance_uid = ?")) {
                s.setString(1, uid);
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next() && (!toRadTx || "rad-tx".equals(rs.getString(1)))) {
                        return;
                    }
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no task " + (toRadTx ? "assigned to rad-tx " : "") + "for a study sent"
                        + " to Orthanc within 60 s");
            }
            Thread.sleep(250);
        }
    }

}
