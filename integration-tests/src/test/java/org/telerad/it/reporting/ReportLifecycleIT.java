package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.reporting.ReadingDesk.ifMatch;
import static org.telerad.it.reporting.ReadingDesk.radiologist;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * A routed CT head, from an empty report to a final with an addendum: rad-tx claims the task, reads the report
 * prefilled from the CT head template, saves drafts with If-Match, records and documents a category 1 critical
 * finding, signs preliminary, then final (the UPS task is COMPLETED with its Performed Procedure Step), adds an
 * addendum (amended). The auditor reads the report, its versions and the FHIR DiagnosticReport; every step is in
 * the audit trail. The test opens its own facility in US-WY and licenses rad-tx there itself.
 */
class ReportLifecycleIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String FACILITY = "it-report-" + SUFFIX;
    private static final String HL7_FACILITY = "RPT-IT-" + SUFFIX;
    @BeforeAll
    static void openFacility() {
        ReadingDesk.facility(FACILITY, "US-WY", HL7_FACILITY);
        String radTx = ReadingDesk.radTxId();
        ReadingDesk.license(radTx, "US-WY", "WY-IT-" + SUFFIX);
        ReadingDesk.privilege(radTx, FACILITY);
    }

    @Test
    void a_routed_ct_head_goes_from_draft_to_final_with_an_addendum_all_audited() {
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(HL7_FACILITY);
        String uid = task.workitem();

        // not started: prefilled from the CT head template, ETag "0"
        Response empty = radiologist().get("/tasks/{uid}/report", uid).then().statusCode(200).extract().response();
        assertThat(empty.header("ETag")).isEqualTo("\"0\"");
        JsonPath start = empty.jsonPath();
        assertThat(start.getString("state")).isEqualTo("NOT_STARTED");
        assertThat(start.getString("template.id")).isEqualTo("ct-head");
        assertThat(start.getString("draft.findings")).contains("No intracranial hemorrhage");

        // drafts need If-Match: none -> 428, "0" starts the report, a stale one -> 412
        Map<String, Object> draft = Map.of("sections", Map.of("clinicalInformation", "Fall from standing, on"
                + " anticoagulation.", "technique", start.getString("draft.technique"), "findings",
                "Acute left convexity subdural hematoma, 9 mm, with 4 mm midline shift.", "impression",
                "Acute left subdural hematoma with mass effect."), "template", Map.of("id", "ct-head", "version", 1));
        radiologist().body(draft).put("/tasks/{uid}/report", uid).then().statusCode(428)
                .body("code", org.hamcrest.Matchers.equalTo("TELERAD-REPORT-001"));
        JsonPath started = radiologist().header("If-Match", ifMatch(0)).body(draft).put("/tasks/{uid}/report", uid)
                .then().statusCode(200).header("ETag", "\"1\"").extract().jsonPath();
        String reportId = started.getString("id");
        assertThat(started.getString("state")).isEqualTo("DRAFT");
        radiologist().header("If-Match", ifMatch(0)).body(draft).put("/tasks/{uid}/report", uid).then().statusCode(412)
                .body("code", org.hamcrest.Matchers.equalTo("TELERAD-REPORT-002"));
        radiologist().header("If-Match", ifMatch(1)).body(draft).put("/tasks/{uid}/report", uid).then().statusCode(200)
                .header("ETag", "\"2\"");

        // a category 1 critical finding, communicated by telephone with read-back
        String findingId = radiologist().body(Map.of("category", 1, "description",
                "Acute subdural hematoma with midline shift.")).post("/tasks/{uid}/report/critical-findings", uid)
                .then().statusCode(201).extract().jsonPath().getString("id");
        radiologist().body(Map.of("communicatedTo", "Dr. Lee, ED attending", "communicatedAt",
                Instant.now().minusSeconds(30).toString(), "method", "telephone", "readBack", true))
                .post("/tasks/{uid}/report/critical-findings/{id}/communication", uid, findingId).then().statusCode(200)
                .body("method", org.hamcrest.Matchers.equalTo("telephone"));

        // preliminary, then final: the task is COMPLETED with its Performed Procedure Step
        JsonPath prelim = radiologist().post("/tasks/{uid}/report/sign-preliminary", uid).then().statusCode(200)
                .extract().jsonPath();
        assertThat(prelim.getString("state")).isEqualTo("PRELIMINARY");
        assertThat(ReadingDesk.task(uid)).containsEntry("state", "IN_PROGRESS");
        JsonPath fin = radiologist().post("/tasks/{uid}/report/sign-final", uid).then().statusCode(200).extract()
                .jsonPath();
        assertThat(fin.getString("state")).isEqualTo("FINAL");
        assertThat(fin.getList("versions.status")).containsExactly("preliminary", "final");
        assertThat(fin.getString("versions[1].signedBy.username")).isEqualTo("rad-tx");
        assertThat(fin.getList("versions[1].criticalFindings.communicatedTo")).containsExactly("Dr. Lee, ED attending");
        assertThat(ReadingDesk.task(uid)).containsEntry("state", "COMPLETED");
        Map<String, String> step = ReadingDesk.performedStep(uid);
        assertThat(step).containsEntry("performer_username", "rad-tx").containsEntry("signed_as", "FINAL")
                .containsEntry("report_reference", "urn:telerad:report:" + reportId + ":2");
        assertThat(step.get("started_at")).isNotNull();

        // after the final: drafts are refused, an addendum makes it amended
        radiologist().header("If-Match", ifMatch(fin.getLong("revision"))).body(draft)
                .put("/tasks/{uid}/report", uid).then().statusCode(403);
        JsonPath amended = radiologist().body(Map.of("text", "Neurosurgery consulted at bedside."))
                .post("/tasks/{uid}/report/addenda", uid).then().statusCode(201).extract().jsonPath();
        assertThat(amended.getString("state")).isEqualTo("AMENDED");
        assertThat(amended.getList("versions.status")).containsExactly("preliminary", "final", "amended");
        assertThat(amended.getList("versions[2].addenda.text")).containsExactly("Neurosurgery consulted at bedside.");

        // the auditor reads the report, its versions and the DiagnosticReport; a foreign facility admin cannot
        Stack.api("auditor").get("/reports/{id}", reportId).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("AMENDED"));
        JsonPath versions = Stack.api("auditor").get("/reports/{id}/versions", reportId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(versions.getInt("total")).isEqualTo(3);
        Stack.api("auditor").get("/reports/{id}/versions/2", reportId).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("final"));
        Stack.api("facility-admin-tx").get("/reports/{id}", reportId).then().statusCode(404);
        JsonPath fhir = io.restassured.RestAssured.given().auth().oauth2(Stack.token("auditor"))
                .get(Stack.baseUrl() + "/fhir/DiagnosticReport/" + reportId).then().statusCode(200).extract()
                .jsonPath();
        assertThat(fhir.getString("status")).isEqualTo("amended");
        assertThat(fhir.getString("meta.versionId")).isEqualTo("3");
        assertThat(fhir.getString("conclusion")).isEqualTo("Acute left subdural hematoma with mass effect.");
        String text = new String(Base64.getDecoder().decode(fhir.getString("presentedForm[0].data")),
                StandardCharsets.UTF_8);
        assertThat(text).contains("ADDENDUM").contains("Neurosurgery consulted at bedside.");
        JsonPath byStudy = io.restassured.RestAssured.given().auth().oauth2(Stack.token("auditor"))
                .get(Stack.baseUrl() + "/fhir/DiagnosticReport?study=" + task.study() + "&status=amended").then()
                .statusCode(200).extract().jsonPath();
        assertThat(byStudy.getList("entry.resource.id", String.class)).singleElement().asString().contains(reportId);
        JsonPath byPatient = io.restassured.RestAssured.given().auth().oauth2(Stack.token("auditor"))
                .get(Stack.baseUrl() + "/fhir/DiagnosticReport?patient.identifier=TX-DAL-000482913&status=amended"
                        + "&_count=200").then().statusCode(200).extract().jsonPath();
        assertThat(byPatient.getList("entry.resource.id", String.class)).anySatisfy(id -> assertThat(id)
                .contains(reportId));
        io.restassured.RestAssured.given().auth().oauth2(Stack.token("facility-admin-tx"))
                .get(Stack.baseUrl() + "/fhir/DiagnosticReport/" + reportId).then().statusCode(404);

        // every view, draft, finding and signature is in the audit trail
        List<Map<String, Object>> audit = ReadingDesk.auditOf(reportId);
        assertThat(audit).extracting(e -> String.valueOf(e.get("detail")))
                .anyMatch(d -> d.startsWith("report started"))
                .anyMatch(d -> d.startsWith("draft saved"))
                .anyMatch(d -> d.contains("critical finding") && d.contains("recorded"))
                .anyMatch(d -> d.contains("version 1 signed preliminary"))
                .anyMatch(d -> d.contains("version 2 signed final"))
                .anyMatch(d -> d.contains("version 3 signed amended"))
                .anyMatch(d -> d.equals("report viewed"));
    }

    @Test
    void only_the_claiming_radiologist_writes_and_bad_input_signs_nothing() {
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(HL7_FACILITY);
        String uid = task.workitem();
        try {
            Stack.api("credentialing").get("/tasks/{uid}/report", uid).then().statusCode(403);
            Stack.api("auditor").header("If-Match", ifMatch(0)).body(Map.of("sections", Map.of()))
                    .put("/tasks/{uid}/report", uid).then().statusCode(403);

            // an empty impression: nothing signed
            radiologist().header("If-Match", ifMatch(0)).body(Map.of("sections", Map.of("findings", "Normal.",
                    "impression", "  "))).put("/tasks/{uid}/report", uid).then().statusCode(200);
            radiologist().post("/tasks/{uid}/report/sign-final", uid).then().statusCode(400)
                    .body("code", org.hamcrest.Matchers.equalTo("TELERAD-REPORT-011"))
                    .body("errors.field", org.hamcrest.Matchers.hasItem("impression"));
            // oversized text: refused, the draft unchanged
            radiologist().header("If-Match", ifMatch(1)).body(Map.of("sections", Map.of("findings", "x".repeat(20_001),
                    "impression", "Normal."))).put("/tasks/{uid}/report", uid).then().statusCode(400)
                    .body("code", org.hamcrest.Matchers.equalTo("TELERAD-REPORT-010"));
            // an invalid critical finding category
            radiologist().body(Map.of("category", 4, "description", "Something"))
                    .post("/tasks/{uid}/report/critical-findings", uid).then().statusCode(400)
                    .body("code", org.hamcrest.Matchers.equalTo("TELERAD-REPORT-030"));

            JsonPath report = radiologist().get("/tasks/{uid}/report", uid).then().statusCode(200).extract().jsonPath();
            assertThat(report.getString("state")).isEqualTo("DRAFT");
            assertThat(report.getList("versions")).isEmpty();
            assertThat(report.getList("criticalFindings")).isEmpty();
            assertThat(report.getLong("revision")).isEqualTo(1);
            assertThat(ReadingDesk.task(uid)).containsEntry("state", "IN_PROGRESS");
        } finally {
            ReadingDesk.cancel(task);
        }
    }
}
