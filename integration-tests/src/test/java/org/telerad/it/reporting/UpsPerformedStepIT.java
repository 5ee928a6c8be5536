package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.reporting.ReadingDesk.ifMatch;
import static org.telerad.it.reporting.ReadingDesk.radiologist;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.path.xml.XmlPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * Once its report is signed final, the COMPLETED workitem tells over UPS-RS (Retrieve and Search, DICOM JSON and
 * XML) what was performed: Unified Procedure Step Performed Procedure Sequence (0074,1216) with the Actual Human
 * Performer (code, PN name), the performed start and end, and the signed report as Output Information with a
 * Retrieve URL that serves it. The test opens its own facility in US-WY and licenses rad-tx there itself.
 */
class UpsPerformedStepIT {

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String FACILITY = "it-pps-" + SUFFIX;
    private static final String HL7_FACILITY = "PPS-IT-" + SUFFIX;
    private static final String PERFORMED = "00741216";

    @BeforeAll
    static void openFacility() {
        ReadingDesk.facility(FACILITY, "US-WY", HL7_FACILITY);
        String radTx = ReadingDesk.radTxId();
        ReadingDesk.license(radTx, "US-WY", "WY-PPS-" + SUFFIX);
        ReadingDesk.privilege(radTx, FACILITY);
    }

    @Test
    void a_workitem_completed_by_a_final_signature_shows_its_performer_times_and_report() {
        ReadingDesk.ClaimedTask task = ReadingDesk.claimedTask(HL7_FACILITY);
        String uid = task.workitem();
        JsonPath inProgress = workitemJson(task);
        assertThat(inProgress.getList("'" + PERFORMED + "'.Value")).as("nothing performed yet").isNullOrEmpty();

        String reportId = radiologist().header("If-Match", ifMatch(0)).body(Map.of("sections", Map.of(
                "clinicalInformation", "Headache.", "technique", "Non-contrast CT head.", "findings",
                "No intracranial hemorrhage.", "impression", "No acute intracranial abnormality.")))
                .put("/tasks/{uid}/report", uid).then().statusCode(200).extract().jsonPath().getString("id");
        radiologist().post("/tasks/{uid}/report/sign-final", uid).then().statusCode(200);
        assertThat(ReadingDesk.task(uid)).containsEntry("state", "COMPLETED");

        JsonPath workitem = workitemJson(task);
        assertThat(workitem.getString("'00741000'.Value[0]")).isEqualTo("COMPLETED");
        String performed = "'" + PERFORMED + "'.Value[0]";
        assertThat(workitem.getString("'" + PERFORMED + "'.vr")).isEqualTo("SQ");
        String human = performed + ".'00404035'.Value[0]";
        String scheduledName = workitem.getString("'00404034'.Value[0].'00404037'.Value[0].Alphabetic");
        assertThat(workitem.getString(human + ".'00404037'.vr")).isEqualTo("PN");
        assertThat(workitem.getString(human + ".'00404037'.Value[0].Alphabetic")).as("the signer, in PN form")
                .isNotBlank().isEqualTo(scheduledName);
        assertThat(workitem.getString(human + ".'00404009'.Value[0].'00080100'.Value[0]"))
                .isEqualTo(workitem.getString("'00404034'.Value[0].'00404009'.Value[0].'00080100'.Value[0]"));
        assertThat(workitem.getString(performed + ".'00404050'.vr")).isEqualTo("DT");
        assertThat(workitem.getString(performed + ".'00404050'.Value[0]")).isNotBlank();
        assertThat(workitem.getString(performed + ".'00404051'.Value[0]")).isNotBlank();
        assertThat(workitem.getString(performed + ".'00404019'.Value[0].'00080100'.Value[0]")).isEqualTo("110005");
        assertThat(workitem.getString(performed + ".'00400280'.Value[0]"))
                .isEqualTo("urn:telerad:report:" + reportId + ":1");
        String output = performed + ".'00404033'.Value[0]";
        assertThat(workitem.getString(output + ".'0020000D'.Value[0]")).isEqualTo(task.study());
        String url = workitem.getString(output + ".'0040E025'.Value[0].'00081190'.Value[0]");
        assertThat(workitem.getString(output + ".'0040E025'.Value[0].'00081190'.vr")).isEqualTo("UR");
        assertThat(url).isEqualTo(Stack.baseUrl() + "/api/reports/" + reportId + "/versions/1");
        RestAssured.given().auth().oauth2(Stack.token("auditor")).get(url).then().statusCode(200);

        // the same in DICOM XML, and in a search by study
        XmlPath xml = XmlPath.from(RestAssured.given().auth().oauth2(Stack.token(ReadingDesk.RADIOLOGIST))
                .accept("application/dicom+xml").get(task.location()).then().statusCode(200).extract().asString());
        String xmlPerformed = "NativeDicomModel.DicomAttribute.find { it.@tag == '" + PERFORMED + "' }.Item";
        assertThat(xml.getString(xmlPerformed + ".DicomAttribute.find { it.@tag == '00404035' }.Item"
                + ".DicomAttribute.find { it.@tag == '00404037' }.PersonName.Alphabetic.FamilyName"))
                .isEqualTo(scheduledName.split("\\^")[0]);
        assertThat(xml.getString(xmlPerformed + ".DicomAttribute.find { it.@tag == '00404033' }.Item"
                + ".DicomAttribute.find { it.@tag == '0040E025' }.Item.DicomAttribute.find { it.@tag == '00081190' }"
                + ".Value")).isEqualTo(url);
        List<Object> found = RestAssured.given().auth().oauth2(Stack.clientToken("telerad-archive", "changeit"))
                .accept("application/dicom+json").queryParam("StudyInstanceUID", task.study())
                .get(Stack.baseUrl() + "/rs/workitems").then().statusCode(200).extract().jsonPath()
                .getList("'" + PERFORMED + "'.Value[0].'00404033'.Value[0].'0040E025'.Value[0].'00081190'.Value[0]");
        assertThat(found).containsExactly(url);
    }

    private static JsonPath workitemJson(ReadingDesk.ClaimedTask task) {
        return RestAssured.given().auth().oauth2(Stack.token(ReadingDesk.RADIOLOGIST)).accept("application/dicom+json")
                .get(task.location()).then().statusCode(200).extract().jsonPath();
    }
}
