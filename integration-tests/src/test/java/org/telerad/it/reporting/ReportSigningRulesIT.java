package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.reporting.ReadingDesk.ifMatch;
import static org.telerad.it.reporting.ReadingDesk.radiologist;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * Signing re-checks the registry at that instant: rad-tx claims and drafts a task, then the license where the
 * patient was scanned expires (or the privilege at the facility is revoked, or narrowed to preliminary reads)
 * before signing; the signature is refused with a clear problem, audited, and nothing is signed. Each test opens its own facility in US-VT and
 * gives rad-tx a license there of its own.
 */
class ReportSigningRulesIT {

    private record Desk(String facility, String hl7Facility, String radTx, String privilegeId) {
    }

    private static Desk openDesk() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String facility = "it-sign-" + suffix;
        String hl7Facility = "SIGN-IT-" + suffix;
        ReadingDesk.facility(facility, "US-VT", hl7Facility);
        String radTx = ReadingDesk.radTxId();
        ReadingDesk.license(radTx, "US-VT", "VT-IT-" + suffix);
        String privilege = ReadingDesk.privilege(radTx, facility);
        return new Desk(facility, hl7Facility, radTx, privilege);
    }

    /**
     * Lets every license of the radiologist in the jurisdiction have expired two days ago (this test's, and those
     * earlier runs on the same stack left behind: only these tests license anyone in US-VT).
     */
    private static void expireEveryLicenseIn(String jurisdiction, String radiologistId) {
        List<Map<String, Object>> licenses = ReadingDesk.credentialing().get("/radiologists/" + radiologistId
                + "/licenses").then().statusCode(200).extract().jsonPath().getList("$");
        for (Map<String, Object> license : licenses) {
            if (!jurisdiction.equals(license.get("jurisdiction"))) {
                continue;
            }
            String path = "/radiologists/" + radiologistId + "/licenses/" + license.get("id");
            String version = ReadingDesk.credentialing().get(path).then().statusCode(200).extract().header("ETag");
            ReadingDesk.credentialing().header("If-Match", version).body(Map.of("jurisdiction", jurisdiction,
                    "number", license.get("number"), "type", "full", "validFrom", "2025-01-01", "validTo",
                    LocalDate.now().minusDays(2).toString())).put(path).then().statusCode(200);
        }
    }

    private static String draftWithImpression(String uid) {
        return radiologist().header("If-Match", ifMatch(0)).body(Map.of("sections", Map.of("findings",
                "No intracranial hemorrhage.", "impression", "No acute intracranial abnormality.")))
                .put("/tasks/{uid}/report", uid).then().statusCode(200).extract().jsonPath().getString("id");
    }

    @Test
    void a_license_expired_at_signing_time_is_refused_and_audited() {
        Desk desk = openDesk();
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(desk.hl7Facility());
        try {
            String reportId = draftWithImpression(task.workitem());
            expireEveryLicenseIn("US-VT", desk.radTx());

            JsonPath refused = radiologist().post("/tasks/{uid}/report/sign-final", task.workitem()).then()
                    .statusCode(403).extract().jsonPath();
            assertThat(refused.getString("code")).isEqualTo("TELERAD-REPORT-042");
            assertThat(refused.getString("detail")).containsIgnoringCase("expired");

            JsonPath report = radiologist().get("/tasks/{uid}/report", task.workitem()).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getString("state")).isEqualTo("DRAFT");
            assertThat(report.getList("versions")).isEmpty();
            assertThat(ReadingDesk.task(task.workitem())).containsEntry("state", "IN_PROGRESS");
            List<Map<String, Object>> audit = ReadingDesk.auditOf(reportId);
            assertThat(audit).anySatisfy(e -> {
                assertThat(String.valueOf(e.get("detail"))).contains("final on task " + task.workitem() + " refused")
                        .contains("TELERAD-REPORT-042");
                assertThat(String.valueOf(e.get("outcome"))).isEqualTo("MINOR_FAILURE");
            });
        } finally {
            ReadingDesk.cancel(task);
        }
    }

    @Test
    void a_privilege_revoked_before_signing_is_refused_and_audited() {
        Desk desk = openDesk();
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(desk.hl7Facility());
        try {
            String reportId = draftWithImpression(task.workitem());
            String privilege = "/privileges/" + desk.privilegeId();
            String version = ReadingDesk.credentialing().get(privilege).then().statusCode(200).extract().header("ETag");
            ReadingDesk.credentialing().header("If-Match", version).body(Map.of()).post(privilege + "/revoke").then()
                    .statusCode(200);

            JsonPath refused = radiologist().post("/tasks/{uid}/report/sign-preliminary", task.workitem()).then()
                    .statusCode(403).extract().jsonPath();
            assertThat(refused.getString("code")).isEqualTo("TELERAD-REPORT-043");

            assertThat(radiologist().get("/tasks/{uid}/report", task.workitem()).then().statusCode(200).extract()
                    .jsonPath().getList("versions")).isEmpty();
            assertThat(ReadingDesk.auditOf(reportId)).anySatisfy(e -> assertThat(String.valueOf(e.get("detail")))
                    .contains("preliminary on task " + task.workitem() + " refused").contains("TELERAD-REPORT-043"));
        } finally {
            ReadingDesk.cancel(task);
        }
    }

    @Test
    void a_reader_narrowed_to_preliminary_reads_signs_a_preliminary_but_never_the_final() {
        Desk desk = openDesk();
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(desk.hl7Facility());
        try {
            String reportId = draftWithImpression(task.workitem());
            String privilege = "/privileges/" + desk.privilegeId();
            String version = ReadingDesk.credentialing().get(privilege).then().statusCode(200).extract().header("ETag");
            ReadingDesk.credentialing().header("If-Match", version).body(Map.of("radiologistId", desk.radTx(),
                    "facility", desk.facility(), "validFrom", "2025-01-01", "validTo", "2030-12-31", "scope",
                    Map.of("modalities", List.of("CT", "MR"), "readTypes", List.of("preliminary")))).put(privilege)
                    .then().statusCode(200);

            radiologist().post("/tasks/{uid}/report/sign-preliminary", task.workitem()).then().statusCode(200);
            JsonPath refused = radiologist().post("/tasks/{uid}/report/sign-final", task.workitem()).then()
                    .statusCode(403).extract().jsonPath();
            assertThat(refused.getString("code")).isEqualTo("TELERAD-REPORT-044");

            JsonPath report = radiologist().get("/tasks/{uid}/report", task.workitem()).then().statusCode(200)
                    .extract().jsonPath();
            assertThat(report.getString("state")).isEqualTo("PRELIMINARY");
            assertThat(report.getList("versions.status")).containsExactly("preliminary");
            assertThat(ReadingDesk.auditOf(reportId)).anySatisfy(e -> assertThat(String.valueOf(e.get("detail")))
                    .contains("TELERAD-REPORT-044"));
        } finally {
            ReadingDesk.cancel(task);
        }
    }
}
