package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.DiagnosticReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.telerad.it.support.EhrReceivers;
import org.telerad.it.support.MllpReceiver;
import org.telerad.it.support.Stack;

/**
 * The outbox when the EHR side misbehaves, against the deployed WAR: receivers that are down get every version
 * once, in order, after they return; a receiver that answers AR dead-letters the delivery with its reason, the
 * dead letter is listed and a retry delivers it. The test stack retries after 0.5 s, doubling up to 2 s
 * ({@code telerad.delivery.backoff-*}); the deadlines also allow the 30 s default.
 */
class ResultDeliveryRetryIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static final String FACILITY = "it-delivery-" + UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    static final EhrReceivers EHR = new EhrReceivers();

    private static String hl7Facility;

    @BeforeAll
    static void facilityWithBothChannels() {
        hl7Facility = ResultDesk.facility(FACILITY);
        ResultDesk.channels(FACILITY, EHR);
    }

    @Test
    void receivers_that_are_down_for_a_while_get_each_version_exactly_once_in_order_after_they_return() {
        EHR.fhir().requireBearer(ResultDesk.EHR_TOKEN);
        String[] drafted = ResultDesk.draftedReport(hl7Facility);
        String workitem = drafted[0];
        String reportId = drafted[1];
        EHR.fhir().stop();
        EHR.mllp().stop();

        ResultDesk.signPreliminary(workitem);
        ResultDesk.await("a failed attempt on both channels", WITHIN, () -> ResultDesk.deliveries(FACILITY, reportId,
                "pending").stream().filter(d -> ((Integer) d.get("attemptCount")) >= 1).count() == 2);
        ResultDesk.signFinal(workitem);
        List<Map<String, Object>> waiting = ResultDesk.deliveries(FACILITY, reportId, "pending");
        assertThat(waiting).filteredOn(d -> "final".equals(d.get("status")))
                .allSatisfy(d -> assertThat(d.get("waitingForVersion")).isEqualTo(1)).hasSize(2);
        assertThat(waiting).filteredOn(d -> "preliminary".equals(d.get("status")))
                .allSatisfy(d -> assertThat(String.valueOf(d.get("reason"))).isNotBlank());

        EHR.fhir().restart();
        EHR.mllp().restart();
        ResultDesk.await("both versions delivered on both channels", WITHIN,
                () -> ResultDesk.deliveries(FACILITY, reportId, "delivered").size() == 4);

        assertThat(EHR.fhir().receivedFor(reportId)).extracting(DiagnosticReport::getStatus).containsExactly(
                DiagnosticReport.DiagnosticReportStatus.PRELIMINARY, DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(EHR.mllp().receivedFor(reportId)).extracting(MllpReceiver.Received::resultStatus)
                .containsExactly("P", "F");
        String preliminaryOverHl7 = ResultDesk.deliveries(FACILITY, reportId, null).stream()
                .filter(d -> "hl7v2-mllp".equals(d.get("kind")) && "preliminary".equals(d.get("status")))
                .map(d -> String.valueOf(d.get("id"))).findFirst().orElseThrow();
        List<Map<String, Object>> attempts = Stack.api("credentialing").get("/deliveries/{id}", preliminaryOverHl7)
                .then().statusCode(200).extract().jsonPath().getList("attempts");
        assertThat(attempts).last().satisfies(a -> assertThat(a.get("outcome")).isEqualTo("delivered"));
        assertThat(attempts.subList(0, attempts.size() - 1)).isNotEmpty()
                .allSatisfy(a -> assertThat(String.valueOf(a.get("detail"))).contains("refused the connection"));
    }

    @Test
    void an_ar_dead_letters_the_delivery_with_the_receivers_reason_and_a_retry_delivers_it() {
        EHR.fhir().requireBearer(ResultDesk.EHR_TOKEN);
        EHR.mllp().refuse("Unknown order for this patient");
        String[] drafted = ResultDesk.draftedReport(hl7Facility);
        String reportId = drafted[1];

        ResultDesk.signPreliminary(drafted[0]);
        ResultDesk.await("the HL7 delivery dead-lettered", WITHIN,
                () -> ResultDesk.deliveries(FACILITY, reportId, "dead-letter").size() == 1);
        Map<String, Object> dead = ResultDesk.deliveries(FACILITY, reportId, "dead-letter").get(0);
        assertThat(dead.get("kind")).isEqualTo("hl7v2-mllp");
        assertThat(String.valueOf(dead.get("reason"))).startsWith("refused: AR").contains(
                "Unknown order for this patient");
        assertThat(EHR.mllp().receivedFor(reportId)).singleElement()
                .satisfies(r -> assertThat(r.accepted()).isFalse());
        ResultDesk.await("the FHIR delivery is not held up", WITHIN,
                () -> ResultDesk.deliveries(FACILITY, reportId, "delivered").size() == 1);
        Stack.api("auditor").queryParam("state", "dead-letter").queryParam("facility", FACILITY).get("/deliveries")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.equalTo(1));
        Stack.api("facility-admin-tx").queryParam("facility", FACILITY).get("/deliveries").then().statusCode(403);
        Stack.api("facility-admin-tx").post("/deliveries/{id}/retry", dead.get("id")).then().statusCode(404);
        Stack.api("auditor").post("/deliveries/{id}/retry", dead.get("id")).then().statusCode(403);

        EHR.mllp().accept();
        Stack.api("credentialing").post("/deliveries/{id}/retry", dead.get("id")).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.equalTo("pending"),
                        org.hamcrest.Matchers.equalTo("delivered")));
        ResultDesk.await("the retried delivery delivered", WITHIN,
                () -> ResultDesk.deliveries(FACILITY, reportId, "delivered").size() == 2);

        assertThat(EHR.mllp().receivedFor(reportId)).extracting(MllpReceiver.Received::accepted)
                .containsExactly(false, true);
        List<Map<String, Object>> attempts = Stack.api("credentialing").get("/deliveries/{id}", dead.get("id"))
                .then().statusCode(200).extract().jsonPath().getList("attempts");
        assertThat(attempts).extracting(a -> a.get("outcome")).containsExactly("refused", "delivered");
        Stack.api("credentialing").post("/deliveries/{id}/retry", dead.get("id")).then().statusCode(409)
                .body("code", org.hamcrest.Matchers.equalTo("TELERAD-DELIVERY-008"));
        List<Map<String, Object>> audit = Stack.api("auditor").queryParam("objectType", "ReportDelivery")
                .queryParam("objectId", dead.get("id")).get("/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(audit).extracting(e -> String.valueOf(e.get("detail")))
                .anyMatch(d -> d.contains("attempt 1: dead-lettered"))
                .anyMatch(d -> d.contains("queued again"))
                .anyMatch(d -> d.contains("attempt 2: delivered"))
                .noneMatch(d -> d.contains("Unknown order"));
    }
}
