package org.telerad.it.routing;

import static org.telerad.it.support.Stack.send;
import static org.telerad.it.support.Stack.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Release and re-routing, and the unroutable queue, against the deployed stack. Each test opens its own
 * facility (unique code and institution name), posts a dcm4chee {@code ups:} workitem for a new study, and plays
 * the sending archive with {@link FakeArchiveQido} answering series QIDO with the facility's institution name (as
 * {@link RoutingEndToEndIT} does): its own archive on a free loopback port, posting with its static bearer token
 * to {@code /archive-rs/workitems}.
 */
class ReleaseAndUnroutableIT {

    private static FakeArchiveQido archive;

    @BeforeAll
    static void startArchive() throws IOException {
        archive = FakeArchiveQido.start();
    }

    @AfterAll
    static void stopArchive() {
        if (archive != null) {
            archive.close();
        }
    }

    @Test
    void a_released_task_is_re_routed_at_once_to_the_other_eligible_reader() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "it-release-" + suffix;
        String institution = "Release IT Imaging " + suffix;
        facility(facility, "US-TX", institution);
        privilege(radTxId(suffix), facility);
        String other = radiologist("Relreader" + suffix, suffix);
        license(other, "US-TX", suffix);
        privilege(other, facility);

        String workitem = post(Uids.newStudyUid(), institution);
        Map<String, String> before = awaitPerformer(workitem);
        assertThat(before.get("performer_code")).as("assigned at first").isNotNull();

        String releasedFrom = before.get("performer_username");
        JsonPath released = ("rad-tx".equals(releasedFrom) ? Stack.api("rad-tx").body(Map.of())
                : Stack.api("credentialing").body(Map.of("reason", "reader unavailable today")))
                .post("/tasks/{uid}/release", workitem).then().statusCode(200).extract().jsonPath();

        Map<String, String> after = task(workitem);
        assertThat(after.get("state")).isEqualTo("SCHEDULED");
        assertThat(after.get("performer_code")).as("re-assigned").isNotNull()
                .isNotEqualTo(before.get("performer_code"));
        assertThat(released.getString("assignedTo")).isEqualTo(after.get("performer_code"));
        assertThat(released.getString("releasedFrom")).isEqualTo(before.get("performer_code"));
        // the new decision excludes the releasing reader
        JsonPath routing = Stack.api("credentialing").get("/tasks/{uid}/routing", workitem).then().statusCode(200)
                .extract().jsonPath();
        assertThat(routing.getString("outcome")).isEqualTo("assigned");
    }

    @Test
    void a_task_whose_reader_loses_the_privilege_is_re_routed_to_the_other_reader() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "it-lost-" + suffix;
        String institution = "Lost Privilege IT Imaging " + suffix;
        facility(facility, "US-TX", institution);
        Map<String, io.restassured.response.Response> privileges = new HashMap<>();
        for (String family : List.of("Losta" + suffix, "Lostb" + suffix)) {
            String id = radiologist(family, suffix);
            license(id, "US-TX", suffix);
            privileges.put(id, privilege(id, facility));
        }
        String workitem = post(Uids.newStudyUid(), institution);
        String first = awaitPerformer(workitem).get("performer_code");
        assertThat(privileges).as("assigned to one of the two readers (named by registry id)").containsKey(first);

        io.restassured.response.Response privilege = privileges.get(first);
        Stack.api("credentialing").header("If-Match", privilege.header("ETag"))
                .delete("/privileges/{id}", privilege.jsonPath().getString("id")).then().statusCode(200);

        long deadline = System.nanoTime() + 5_000_000_000L;
        Map<String, String> row = task(workitem);
        while (first.equals(row.get("performer_code")) && System.nanoTime() < deadline) {
            sleep(100);
            row = task(workitem);
        }
        assertThat(row.get("performer_code")).isNotEqualTo(first).isIn(privileges.keySet());
        assertThat(row.get("state")).isEqualTo("SCHEDULED");
    }

    @Test
    void a_radiologist_cannot_release_a_task_that_is_not_theirs() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "it-norel-" + suffix;
        String institution = "No Release IT Imaging " + suffix;
        facility(facility, "US-TX", institution);
        String other = radiologist("Onlyreader" + suffix, suffix);
        license(other, "US-TX", suffix);
        privilege(other, facility);
        String workitem = post(Uids.newStudyUid(), institution);
        assertThat(awaitPerformer(workitem).get("performer_code")).isNotNull();

        Stack.api("rad-tx").body(Map.of()).post("/tasks/{uid}/release", workitem).then().statusCode(403);
        Stack.api("credentialing").body(Map.of()).post("/tasks/{uid}/release", workitem).then().statusCode(403);
    }

    @Test
    void a_study_nobody_may_read_waits_in_the_unroutable_queue_with_its_reason() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "it-unroutable-" + suffix;
        String institution = "Unroutable IT Imaging " + suffix;
        facility(facility, "US-TX", institution);

        String workitem = post(Uids.newStudyUid(), institution);
        JsonPath queue = awaitInQueue(facility, workitem);

        List<Map<String, Object>> items = queue.getList("items");
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("task", workitem).containsEntry("facility", facility)
                    .containsEntry("reason", "no-eligible-reader");
            assertThat(item.get("unroutableSince")).isNotNull();
        });
        assertThat(queue.getInt("total")).isEqualTo(1);
        Stack.api("auditor").queryParam("facility", facility).get("/tasks/unroutable").then().statusCode(200);
        Stack.api("facility-admin-tx").queryParam("facility", facility).get("/tasks/unroutable").then()
                .statusCode(403);
        Stack.api("rad-tx").get("/tasks/unroutable").then().statusCode(403);
        assertThat(alertAudited(workitem)).as("an APPLICATION_ACTIVITY alert in the audit trail").isTrue();
    }

    // --- helpers

    private static JsonPath awaitInQueue(String facility, String workitem) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        JsonPath queue;
        do {
            queue = Stack.api("credentialing").queryParam("facility", facility).get("/tasks/unroutable").then()
                    .statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = queue.getList("items");
            if (items.stream().anyMatch(i -> workitem.equals(i.get("task"))
                    && !"awaiting-routing".equals(i.get("reason")))) {
                return queue;
            }
            sleep(100);
        } while (System.nanoTime() < deadline);
        return queue;
    }

    /** Polls the audit trail (at most 5 s) for the unroutable alert of {@code workitem}. */
    private static boolean alertAudited(String workitem) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!alertAuditedNow(workitem) && System.nanoTime() < deadline) {
            sleep(100);
        }
        return alertAuditedNow(workitem);
    }

    private static boolean alertAuditedNow(String workitem) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                "select count(*) from audit_entry where object_id = ? and event_type = '110100'")) {
            s.setString(1, workitem);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String post(String study, String institution) {
        archive.answer(study, institution);
        HttpResponse<String> created = send("POST", FakeArchiveQido.workitemsUrl(), archive.token(),
                resource("/org/telerad/it/upsrs/dcm4chee-ups-create.json").replace(FakeArchiveQido.FIXTURE_STUDY, study)
                        .replace("\"00741200\":{\"vr\":\"CS\",\"Value\":[\"MEDIUM\"]}",
                                "\"00741200\":{\"vr\":\"CS\",\"Value\":[\"HIGH\"]}"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void facility(String code, String jurisdiction, String institution) {
        Stack.api("credentialing").body(Map.of("code", code, "name", "IT " + code, "jurisdiction", jurisdiction,
                "timeZone", "America/Chicago", "identifiers", Map.of("institutionNames", List.of(institution))))
                .post("/facilities").then().statusCode(201);
    }

    private static String radTxId(String suffix) {
        JsonPath found = Stack.api("credentialing").queryParam("size", "500").get("/radiologists").then()
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (Map<String, Object> item : items) {
            if ("rad-tx".equals(item.get("username"))) {
                return String.valueOf(item.get("id"));
            }
        }
        String id = Stack.api("credentialing").body(Map.of("name", Map.of("family", "Texas", "given", "Riley"),
                "username", "rad-tx", "email", "rad-tx@example.org", "homeCountry", "US")).post("/radiologists")
                .then().statusCode(201).extract().jsonPath().getString("id");
        license(id, "US-TX", suffix);
        return id;
    }

    private static String radiologist(String family, String suffix) {
        return Stack.api("credentialing").body(Map.of("name", Map.of("family", family, "given", "Dana"), "email",
                family.toLowerCase() + "@example.org", "homeCountry", "US")).post("/radiologists").then()
                .statusCode(201).extract().jsonPath().getString("id");
    }

    private static void license(String radiologistId, String jurisdiction, String suffix) {
        Map<String, Object> body = new HashMap<>(Map.of("jurisdiction", jurisdiction, "number", "IT-" + suffix
                + "-" + radiologistId.substring(0, 8), "type", "full", "validFrom", "2025-01-01", "validTo",
                "2030-12-31"));
        Stack.api("credentialing").body(body).post("/radiologists/" + radiologistId + "/licenses").then()
                .statusCode(201);
    }

    private static io.restassured.response.Response privilege(String radiologistId, String facility) {
        return Stack.api("credentialing").body(Map.of("radiologistId", radiologistId, "facility", facility,
                "validFrom", "2025-01-01", "validTo", "2030-12-31", "scope", Map.of("modalities",
                        List.of("CT", "MR")))).post("/privileges").then().statusCode(201).extract().response();
    }

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
                        + " performer_username from routing_reading_task where workitem_uid = ?")) {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
