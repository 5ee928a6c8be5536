package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;
import org.telerad.it.support.EhrReceivers;
import org.telerad.it.support.Stack;

/**
 * What the result delivery ITs set up through Telerad's interfaces: a facility of their own in US-ID (rad-tx
 * licensed and privileged there by the test), its two result channels pointing at the test's receivers (FHIR with a
 * static bearer token, HL7 v2 over MLLP), signed report versions on routed tasks, and polling with a deadline.
 */
final class ResultDesk {

    /** The bearer token the test's FHIR receiver demands (the FHIR channel's write-only secret). */
    static final String EHR_TOKEN = "it-ehr-token-" + UUID.randomUUID();

    private ResultDesk() {
    }

    /** A facility {@code it-delivery-<suffix>} whose studies are routed to rad-tx; answers its HL7 facility name. */
    static String facility(String code) {
        String hl7Facility = code.toUpperCase(java.util.Locale.ROOT);
        ReadingDesk.facility(code, "US-ID", hl7Facility);
        String radTx = ReadingDesk.radTxId();
        ReadingDesk.license(radTx, "US-ID", "ID-" + code);
        ReadingDesk.privilege(radTx, code);
        return hl7Facility;
    }

    /** Adds the FHIR and the HL7 channel of the facility, pointing at the receivers; answers their ids. */
    static List<String> channels(String facility, EhrReceivers ehr) {
        String fhir = ReadingDesk.credentialing().body(Map.of("name", "EHR FHIR", "kind", "fhir-r4", "fhir",
                Map.of("baseUrl", ehr.fhir().baseUrl(), "timeoutSeconds", 10, "auth", Map.of("type", "bearer",
                        "secret", EHR_TOKEN)))).post("/facilities/{code}/result-channels", facility).then()
                .statusCode(201).extract().jsonPath().getString("id");
        String hl7 = ReadingDesk.credentialing().body(Map.of("name", "RIS HL7", "kind", "hl7v2-mllp", "hl7",
                Map.of("host", "127.0.0.1", "port", ehr.mllp().port(), "sendingApplication", "TELERAD",
                        "sendingFacility", "TELERAD-IT", "receivingApplication", "RIS", "receivingFacility",
                        facility.toUpperCase(java.util.Locale.ROOT), "ackTimeoutSeconds", 5)))
                .post("/facilities/{code}/result-channels", facility).then().statusCode(201).extract().jsonPath()
                .getString("id");
        ehr.fhir().requireBearer(EHR_TOKEN);
        return List.of(fhir, hl7);
    }

    /** Changes the authentication of the facility's FHIR channel (read, then PUT with its ETag). */
    static void fhirAuth(String facility, String channelId, String baseUrl, Map<String, Object> auth) {
        String etag = ReadingDesk.credentialing().get("/facilities/{code}/result-channels/{id}", facility, channelId)
                .then().statusCode(200).extract().header("ETag");
        ReadingDesk.credentialing().header("If-Match", etag).body(Map.of("name", "EHR FHIR", "kind", "fhir-r4",
                "fhir", Map.of("baseUrl", baseUrl, "timeoutSeconds", 10, "auth", auth)))
                .put("/facilities/{code}/result-channels/{id}", facility, channelId).then().statusCode(200);
    }

    /** A claimed task with a draft ready to sign; answers the workitem UID and the report id. */
    static String[] draftedReport(String hl7Facility) {
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(hl7Facility);
        String reportId = ReadingDesk.radiologist().header("If-Match", ReadingDesk.ifMatch(0))
                .body(Map.of("sections", Map.of("clinicalInformation", "Headache after a fall.", "technique",
                        "Non-contrast CT of the head.", "findings", "No intracranial hemorrhage.\nNo mass effect.",
                        "impression", "No acute intracranial abnormality.")))
                .put("/tasks/{uid}/report", task.workitem()).then().statusCode(200).extract().jsonPath()
                .getString("id");
        return new String[] { task.workitem(), reportId, task.study() };
    }

    static JsonPath signPreliminary(String workitem) {
        return ReadingDesk.radiologist().post("/tasks/{uid}/report/sign-preliminary", workitem).then()
                .statusCode(200).extract().jsonPath();
    }

    static JsonPath signFinal(String workitem) {
        return ReadingDesk.radiologist().post("/tasks/{uid}/report/sign-final", workitem).then().statusCode(200)
                .extract().jsonPath();
    }

    static JsonPath addAddendum(String workitem, String text) {
        return ReadingDesk.radiologist().body(Map.of("text", text)).post("/tasks/{uid}/report/addenda", workitem)
                .then().statusCode(201).extract().jsonPath();
    }

    /** The facility's deliveries of one report, as a credentialing admin lists them. */
    static List<Map<String, Object>> deliveries(String facility, String reportId, String state) {
        var request = Stack.api("credentialing").queryParam("facility", facility).queryParam("report", reportId)
                .queryParam("size", "200");
        if (state != null) {
            request = request.queryParam("state", state);
        }
        return request.get("/deliveries").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Polls {@code condition} every 100 ms until it holds or {@code within} passes; fails with {@code what}. */
    static void await(String what, Duration within, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                assertThat(condition.get()).as(what + " within " + within.toSeconds() + " s").isTrue();
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
