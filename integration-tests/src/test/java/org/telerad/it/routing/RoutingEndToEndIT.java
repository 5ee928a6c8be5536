package org.telerad.it.routing;

import static org.telerad.it.support.Stack.send;
import static org.telerad.it.support.Stack.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.FakeArchiveQido;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * A dcm4chee {@code ups:} workitem for a study scanned at a Texas facility is assigned, within seconds, to the
 * radiologist licensed in US-TX and privileged there ({@code rad-tx}), never to the one privileged there but
 * licensed only in US-CA; the routing explanation says why, and rad-tx claims the workitem with their own token.
 *
 * <p>The test opens its own facility (unique code, an institution name only this test uses) and registers the
 * California reader; it grants the existing {@code rad-tx} (demo data; registered when absent) a privilege there.
 * It plays the sending archive with {@link FakeArchiveQido} (its own archive, configured through
 * {@code /api/archives} with a static bearer token, on a free loopback port) answering series QIDO for its own study
 * only, with the series carrying the facility's institution name; the workitem is posted with that token to
 * {@code /archive-rs/workitems}.
 */
class RoutingEndToEndIT {

    static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    static final String CLAIM_TRANSACTION = "1.2.826.0.1.3680043.10.3.";

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static FakeArchiveQido archive;

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String FACILITY = "it-route-" + SUFFIX;
    private static final String INSTITUTION = "Routing IT Imaging " + SUFFIX;
    private static final String CALIFORNIAN_FAMILY = "Calreader" + SUFFIX;
    private static final String STUDY = Uids.newStudyUid();

    @BeforeAll
    static void startArchive() throws IOException {
        archive = FakeArchiveQido.start().answer(STUDY, INSTITUTION);
    }

    @AfterAll
    static void stopArchive() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void a_texas_ct_is_assigned_to_the_radiologist_licensed_in_texas_explained_and_claimed_by_them() {
        credentialing().body(Map.of("code", FACILITY, "name", "Routing IT " + SUFFIX, "jurisdiction", "US-TX",
                "timeZone", "America/Chicago", "identifiers", Map.of("institutionNames", List.of(INSTITUTION))))
                .post("/facilities").then().statusCode(201);
        String radTx = radTxId();
        privilege(radTx, FACILITY);
        JsonPath californian = credentialing().body(Map.of("name", Map.of("family", CALIFORNIAN_FAMILY, "given",
                "Carla"), "email", CALIFORNIAN_FAMILY.toLowerCase() + "@example.org", "homeCountry", "US"))
                .post("/radiologists").then().statusCode(201).extract().jsonPath();
        license(californian.getString("id"), "US-CA");
        privilege(californian.getString("id"), FACILITY);

        // STAT, so that rad-tx's open work from other tests on the shared stack cannot hold it back
        HttpResponse<String> created = send("POST", FakeArchiveQido.workitemsUrl(), archive.token(),
                resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FakeArchiveQido.FIXTURE_STUDY, STUDY)
                        .replace("\"00741200\":{\"vr\":\"CS\",\"Value\":[\"MEDIUM\"]}",
                                "\"00741200\":{\"vr\":\"CS\",\"Value\":[\"HIGH\"]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        String workitem = location.substring(location.lastIndexOf('/') + 1);

        // within 5 s, rad-tx is the Scheduled Human Performer
        Map<String, String> task = awaitPerformer(workitem);
        assertThat(task).containsEntry("facility_code", FACILITY).containsEntry("performer_username", "rad-tx")
                .containsEntry("state", "SCHEDULED");
        String radTxNpi = npiOf(radTx);
        assertThat(task.get("performer_code")).isEqualTo(radTxNpi != null ? radTxNpi : "rad-tx");
        // Human Performer's Name (0040,4037) as DICOM PN Family^Given from the registry's names
        assertThat(task).containsEntry("performer_name", "Texas^Riley");

        // the explanation: rad-tx won, the Californian was excluded for the license
        JsonPath routing = Stack.api("credentialing").get("/tasks/{uid}/routing", workitem).then().statusCode(200)
                .extract().jsonPath();
        assertThat(routing.getString("outcome")).isEqualTo("assigned");
        assertThat(routing.getString("summary")).contains(FACILITY);
        assertThat(routing.getString("assignee.username")).isEqualTo("rad-tx");
        assertThat(routing.getList("excluded.findAll { e -> e.radiologists.any { it.name.contains('"
                + CALIFORNIAN_FAMILY + "') } }.because.flatten().rule", String.class))
                .contains("LicensedInPatientJurisdiction");

        // rad-tx finds it on their worklist (by their username, whatever code names them) and claims it
        String radTxToken = Stack.token("rad-tx");
        HttpResponse<String> worklist = send("GET", rs() + "/workitems?ScheduledHumanPerformersSequence"
                + ".HumanPerformerCodeSequence.CodeValue=rad-tx&StudyInstanceUID=" + STUDY, radTxToken, null);
        assertThat(worklist.statusCode()).isEqualTo(200);
        assertThat(worklist.body()).contains(workitem);
        String claim = "{\"00081195\":{\"vr\":\"UI\",\"Value\":[\"" + CLAIM_TRANSACTION + System.nanoTime()
                + "\"]},\"00741000\":{\"vr\":\"CS\",\"Value\":[\"IN PROGRESS\"]}}";
        HttpResponse<String> claimed = send("PUT", location + "/state", radTxToken, claim);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        assertThat(task(workitem)).containsEntry("state", "IN_PROGRESS").containsEntry("claimed_by", "rad-tx");
    }

    // --- registry records through the REST API

    private static io.restassured.specification.RequestSpecification credentialing() {
        return Stack.api("credentialing");
    }

    /** The id of the radiologist with username rad-tx (demo data), registered and licensed in US-TX if absent. */
    private static String radTxId() {
        JsonPath found = credentialing().queryParam("size", "500").get("/radiologists").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (Map<String, Object> item : items) {
            if ("rad-tx".equals(item.get("username"))) {
                return String.valueOf(item.get("id"));
            }
        }
        String id = credentialing().body(Map.of("name", Map.of("family", "Texas", "given", "Riley"), "username",
                "rad-tx", "email", "rad-tx@example.org", "homeCountry", "US")).post("/radiologists").then()
                .statusCode(201).extract().jsonPath().getString("id");
        license(id, "US-TX");
        return id;
    }

    private static String npiOf(String radiologistId) {
        JsonPath r = credentialing().get("/radiologists/" + radiologistId).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> identifiers = r.getList("identifiers");
        if (identifiers != null) {
            for (Map<String, Object> i : identifiers) {
                if (NPI_SYSTEM.equals(i.get("system"))) {
                    return String.valueOf(i.get("value"));
                }
            }
        }
        return null;
    }

    private static void license(String radiologistId, String jurisdiction) {
        Map<String, Object> body = new HashMap<>(Map.of("jurisdiction", jurisdiction, "number", "IT-" + SUFFIX
                + "-" + jurisdiction, "type", "full", "validFrom", "2025-01-01", "validTo", "2030-12-31"));
        credentialing().body(body).post("/radiologists/" + radiologistId + "/licenses").then().statusCode(201);
    }

    private static void privilege(String radiologistId, String facility) {
        credentialing().body(Map.of("radiologistId", radiologistId, "facility", facility, "validFrom", "2025-01-01",
                "validTo", "2030-12-31", "scope", Map.of("modalities", List.of("CT", "MR")))).post("/privileges")
                .then().statusCode(201);
    }

    // --- the task as stored

    /** Polls the task until it has a performer (at most 5 s); answers the row as it is then. */
    private static Map<String, String> awaitPerformer(String workitem) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        Map<String, String> row = task(workitem);
        while (row.get("performer_code") == null && System.nanoTime() < deadline) {
            sleep(100);
            row = task(workitem);
        }
        return row;
    }

    private static Map<String, String> task(String workitem) {
        try (Connection c = Stack.appDatabase();
                PreparedStatement s = c.prepareStatement("select state, facility_code, performer_code,"
                        + " performer_scheme, performer_username, performer_name, claimed_by from routing_reading_task"
                        + " where workitem_uid = ?")) {
            s.setString(1, workitem);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("the task " + workitem).isTrue();
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- UPS-RS over HTTP

    private static String rs() {
        return Stack.baseUrl() + "/rs";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
