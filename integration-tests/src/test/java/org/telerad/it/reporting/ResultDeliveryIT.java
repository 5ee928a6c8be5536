package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
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
 * Result delivery against the deployed WAR: a facility of the test's own has a FHIR channel (a real HAPI FHIR
 * server started by the test, static bearer token) and an HL7 v2 channel (a HAPI MLLP receiver). rad-tx signs a
 * preliminary, a final and an addendum; the EHR side receives each version over both, with status
 * preliminary/P, final/F and amended/C and the same identifiers; every delivery is listed with its attempt and
 * audited. With the channel switched to OAuth client credentials, the FHIR server gets a Keycloak token of the
 * configured client.
 */
class ResultDeliveryIT {

    private static final Duration DELIVERED_WITHIN = Duration.ofSeconds(30);
    private static final String FACILITY = "it-delivery-" + UUID.randomUUID().toString().substring(0, 8);

    @RegisterExtension
    static final EhrReceivers EHR = new EhrReceivers();

    private static String hl7Facility;
    private static String fhirChannel;

    @BeforeAll
    static void facilityWithBothChannels() {
        hl7Facility = ResultDesk.facility(FACILITY);
        fhirChannel = ResultDesk.channels(FACILITY, EHR).get(0);
    }

    @Test
    void preliminary_final_and_addendum_reach_the_ehr_over_fhir_and_hl7_with_their_status() {
        ResultDesk.fhirAuth(FACILITY, fhirChannel, EHR.fhir().baseUrl(), Map.of("type", "bearer", "secret",
                ResultDesk.EHR_TOKEN));
        EHR.fhir().requireBearer(ResultDesk.EHR_TOKEN);
        String[] drafted = ResultDesk.draftedReport(hl7Facility);
        String workitem = drafted[0];
        String reportId = drafted[1];
        String study = drafted[2];

        ResultDesk.signPreliminary(workitem);
        ResultDesk.await("the preliminary over FHIR and HL7", DELIVERED_WITHIN,
                () -> EHR.fhir().receivedFor(reportId).size() == 1 && EHR.mllp().receivedFor(reportId).size() == 1);
        DiagnosticReport preliminary = EHR.fhir().receivedFor(reportId).get(0);
        assertThat(preliminary.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.PRELIMINARY);
        assertThat(preliminary.getIdElement().getVersionIdPart()).isEqualTo("1");
        MllpReceiver.Received p = EHR.mllp().receivedFor(reportId).get(0);
        assertThat(p.resultStatus()).isEqualTo("P");
        assertThat(p.principalInterpreter()).isNotBlank();

        ResultDesk.signFinal(workitem);
        ResultDesk.await("the final over FHIR and HL7", DELIVERED_WITHIN,
                () -> EHR.fhir().receivedFor(reportId).size() == 2 && EHR.mllp().receivedFor(reportId).size() == 2);
        DiagnosticReport fin = EHR.fhir().receivedFor(reportId).get(1);
        assertThat(fin.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.FINAL);
        assertThat(fin.getIdElement().getIdPart()).as("the same resource, updated")
                .isEqualTo(preliminary.getIdElement().getIdPart());
        assertThat(fin.getIdElement().getVersionIdPart()).isEqualTo("2");
        assertThat(fin.getSubject().getIdentifier().getValue()).isEqualTo(preliminary.getSubject().getIdentifier()
                .getValue());
        assertThat(fin.getBasedOnFirstRep().getIdentifier().getValue()).isEqualTo(preliminary.getBasedOnFirstRep()
                .getIdentifier().getValue()).isNotBlank();
        assertThat(fin.getImagingStudyFirstRep().getIdentifier().getValue()).isEqualTo("urn:oid:" + study);
        assertThat(fin.getConclusion()).isEqualTo("No acute intracranial abnormality.");
        assertThat(fin.getResultsInterpreterFirstRep().getIdentifier().getValue()).isNotBlank();
        MllpReceiver.Received f = EHR.mllp().receivedFor(reportId).get(1);
        assertThat(f.resultStatus()).isEqualTo("F");
        assertThat(f.accession()).isEqualTo(p.accession()).isNotBlank();
        assertThat(f.statusChangeTime()).isNotBlank();
        assertThat(f.text()).contains("No intracranial hemorrhage.", "No mass effect.",
                "No acute intracranial abnormality.");

        ResultDesk.addAddendum(workitem, "Compared with the outside CT: unchanged.");
        ResultDesk.await("the addendum over FHIR and HL7", DELIVERED_WITHIN,
                () -> EHR.fhir().receivedFor(reportId).size() == 3 && EHR.mllp().receivedFor(reportId).size() == 3);
        DiagnosticReport amended = EHR.fhir().current(reportId);
        assertThat(amended.getStatus()).isEqualTo(DiagnosticReport.DiagnosticReportStatus.AMENDED);
        assertThat(new String(amended.getPresentedFormFirstRep().getData(), StandardCharsets.UTF_8))
                .contains("ADDENDUM:\nCompared with the outside CT: unchanged.");
        MllpReceiver.Received c = EHR.mllp().receivedFor(reportId).get(2);
        assertThat(c.resultStatus()).isEqualTo("C");
        assertThat(c.text()).contains("Compared with the outside CT: unchanged.");

        List<Map<String, Object>> deliveries = ResultDesk.deliveries(FACILITY, reportId, null);
        assertThat(deliveries).hasSize(6).allSatisfy(d -> {
            assertThat(d.get("state")).isEqualTo("delivered");
            assertThat(d.get("attemptCount")).isEqualTo(1);
        });
        assertThat(deliveries).extracting(d -> d.get("kind") + " " + d.get("status")).containsExactlyInAnyOrder(
                "fhir-r4 preliminary", "fhir-r4 final", "fhir-r4 amended", "hl7v2-mllp preliminary",
                "hl7v2-mllp final", "hl7v2-mllp amended");
        String oneId = String.valueOf(deliveries.get(0).get("id"));
        List<Map<String, Object>> attempts = Stack.api("auditor").get("/deliveries/{id}", oneId).then()
                .statusCode(200).extract().jsonPath().getList("attempts");
        assertThat(attempts).singleElement().satisfies(a -> assertThat(a.get("outcome")).isEqualTo("delivered"));
        List<Map<String, Object>> audit = Stack.api("auditor").queryParam("objectType", "ReportDelivery")
                .queryParam("objectId", oneId).get("/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        assertThat(audit).extracting(e -> String.valueOf(e.get("detail")))
                .anyMatch(d -> d.contains("attempt 1: delivered"));
    }

    @Test
    void a_fhir_server_behind_oauth_gets_the_report_with_a_client_credentials_token_from_keycloak() {
        ResultDesk.fhirAuth(FACILITY, fhirChannel, EHR.fhir().baseUrl(), Map.of("type", "oauth-client-credentials",
                "tokenUrl", Stack.tokenUrl(), "clientId", "telerad-archive", "secret", "changeit"));
        EHR.fhir().requireBearer(token -> "telerad-archive".equals(Stack.claims(token).getString("azp")));
        String[] drafted = ResultDesk.draftedReport(hl7Facility);

        ResultDesk.signPreliminary(drafted[0]);

        ResultDesk.await("the preliminary over FHIR (OAuth token) and HL7", DELIVERED_WITHIN,
                () -> ResultDesk.deliveries(FACILITY, drafted[1], "delivered").size() == 2);
        assertThat(EHR.fhir().receivedFor(drafted[1])).singleElement().satisfies(r -> assertThat(r.getStatus())
                .isEqualTo(DiagnosticReport.DiagnosticReportStatus.PRELIMINARY));
    }
}
