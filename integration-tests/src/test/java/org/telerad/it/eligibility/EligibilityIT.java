package org.telerad.it.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * {@code GET /api/eligibility} with the demo registry (rad-tx licensed in US-TX and privileged at tx-dallas)
 * plus radiologists each test registers through the REST API under unique names.
 */
class EligibilityIT {

    private static final String FINAL_CT_AT_DALLAS = "/eligibility?facility=tx-dallas&modality=CT&readType=final";

    @Test
    void rad_tx_may_take_a_final_ct_read_from_dallas() {
        JsonPath answer = Stack.api("credentialing").get(FINAL_CT_AT_DALLAS).then().statusCode(200).extract()
                .jsonPath();

        String radTx = "eligible.find { it.username == 'rad-tx' }";
        assertThat(answer.getMap(radTx)).as("rad-tx (demo data) among the eligible").isNotNull();
        assertThat(answer.getList(radTx + ".licenses.jurisdiction", String.class)).contains("US-TX");
        assertThat(answer.getString(radTx + ".privilege.facility")).isEqualTo("tx-dallas");
        assertThat(answer.getString("facility.jurisdiction")).isEqualTo("US-TX");
        assertThat(answer.getString("facility.timeZone")).isEqualTo("America/Chicago");
        assertThat(answer.getInt("eligibleCount") + answer.getInt("excludedCount"))
                .isEqualTo(answer.getList("eligible").size() + answer.getList("excluded").size());
    }

    @Test
    void explains_why_a_radiologist_licensed_only_in_california_is_excluded_from_a_texas_facility() {
        String californian = registerRadiologist("Californian");
        addLicense(californian, "US-CA", LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        grantPrivilege(californian, "tx-dallas");

        JsonPath answer = Stack.api("credentialing").get(FINAL_CT_AT_DALLAS).then().statusCode(200).extract()
                .jsonPath();

        String path = "excluded.find { it.radiologistId == '" + californian + "' }.rejections";
        List<Map<String, String>> rejections = answer.getList(path);
        assertThat(rejections).as("rejections of the californian").singleElement().satisfies(r -> {
            assertThat(r.get("rule")).isEqualTo("LicensedInPatientJurisdiction");
            assertThat(r.get("code")).isEqualTo("TELERAD-ELIG-020");
            assertThat(r.get("reason")).contains("US-TX");
        });
    }

    @Test
    void a_suspended_license_excludes_at_the_next_question() {
        String texan = registerRadiologist("Texan");
        Response license = addLicense(texan, "US-TX", LocalDate.now().minusYears(1), LocalDate.now().plusYears(2));
        grantPrivilege(texan, "tx-dallas");
        assertThat(entry(ask(), "eligible", texan)).as("eligible before the suspension").isNotNull();

        Stack.api("credentialing").header("If-Match", license.getHeader("ETag"))
                .post("/radiologists/" + texan + "/licenses/" + license.jsonPath().getString("id") + "/suspend")
                .then().statusCode(200);

        JsonPath after = ask();
        assertThat(entry(after, "eligible", texan)).as("eligible after the suspension").isNull();
        assertThat(after.getList("excluded.find { it.radiologistId == '" + texan + "' }.rejections.code",
                String.class)).containsExactly("TELERAD-ELIG-023");
    }

    @Test
    void an_instant_after_the_license_ends_excludes_without_any_change() {
        String texan = registerRadiologist("Expiring");
        LocalDate lastDay = LocalDate.now().plusDays(10);
        addLicense(texan, "US-TX", LocalDate.now().minusYears(1), lastDay);
        grantPrivilege(texan, "tx-dallas");

        JsonPath later = Stack.api("credentialing")
                .get(FINAL_CT_AT_DALLAS + "&at=" + lastDay.plusDays(2) + "T18:00:00Z").then().statusCode(200)
                .extract().jsonPath();

        assertThat(later.getList("excluded.find { it.radiologistId == '" + texan + "' }.rejections.code",
                String.class)).containsExactly("TELERAD-ELIG-021");
    }

    @Test
    void a_facility_admin_may_ask_about_their_own_facility() {
        Stack.api("facility-admin-tx").get(FINAL_CT_AT_DALLAS).then().statusCode(200);
    }

    @Test
    void every_answer_is_recorded_in_the_audit_trail_without_personal_data() {
        Stack.api("facility-admin-tx").get("/eligibility?facility=tx-houston&modality=MR&readType=preliminary")
                .then().statusCode(200);

        JsonPath audit = Stack.api("auditor")
                .get("/audit?username=facility-admin-tx&objectType=Eligibility&facility=tx-houston&size=200").then()
                .statusCode(200).extract().jsonPath();

        List<String> details = audit.getList("items.detail", String.class);
        assertThat(details).anySatisfy(d -> assertThat(d).startsWith("eligibility for MR preliminary at "));
        assertThat(audit.getList("items.eventTypeCode", String.class)).containsOnly("110112");
    }

    @Test
    void a_facility_admin_asking_about_another_facility_gets_403() {
        Stack.api("facility-admin-tx").get("/eligibility?facility=ca-sacramento&modality=CT&readType=final").then()
                .statusCode(403).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("TELERAD-ELIG-004"));
    }

    @Test
    void auditors_and_the_archive_service_may_ask() {
        Stack.api("auditor").get(FINAL_CT_AT_DALLAS).then().statusCode(200);
        Stack.apiWithToken(Stack.clientToken("telerad-archive", "changeit")).get(FINAL_CT_AT_DALLAS).then()
                .statusCode(200);
    }

    @Test
    void a_radiologist_may_not_ask_and_nobody_may_ask_without_a_token() {
        Stack.api("rad-tx").get(FINAL_CT_AT_DALLAS).then().statusCode(403);
        Stack.anonymous().get(FINAL_CT_AT_DALLAS).then().statusCode(401);
    }

    @Test
    void an_unknown_facility_is_404_and_bad_parameters_are_400_naming_each_field() {
        Stack.api("credentialing").get("/eligibility?facility=nowhere-" + UUID.randomUUID().toString().substring(0, 8)
                + "&modality=CT&readType=final").then().statusCode(404).body("code", equalTo("TELERAD-ELIG-001"));
        JsonPath problem = Stack.api("credentialing")
                .get("/eligibility?facility=tx-dallas&modality=C%20T&readType=draft&at=yesterday").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).extract().jsonPath();
        assertThat(problem.getString("code")).isEqualTo("TELERAD-ELIG-003");
        assertThat(problem.getList("errors.field", String.class)).containsExactly("modality", "readType", "at");
    }

    private static JsonPath ask() {
        return Stack.api("credentialing").get(FINAL_CT_AT_DALLAS).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> entry(JsonPath answer, String list, String radiologistId) {
        return answer.getMap(list + ".find { it.radiologistId == '" + radiologistId + "' }");
    }

    private static String registerRadiologist(String family) {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return Stack.api("credentialing").body(Map.of(
                "name", Map.of("family", family + "-" + unique, "given", "Eligibility"),
                "identifiers", List.of(),
                "email", "eligibility-" + unique + "@telerad.invalid",
                "subspecialties", List.of("body"),
                "homeCountry", "US"))
                .post("/radiologists").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static Response addLicense(String radiologistId, String jurisdiction, LocalDate from, LocalDate to) {
        String number = jurisdiction.substring(3) + "-IT-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("jurisdiction", jurisdiction);
        body.put("number", number);
        body.put("type", "full");
        body.put("validFrom", from.toString());
        body.put("validTo", to.toString());
        Response created = Stack.api("credentialing").body(body).post("/radiologists/" + radiologistId + "/licenses");
        created.then().statusCode(201);
        return created;
    }

    private static void grantPrivilege(String radiologistId, String facility) {
        Stack.api("credentialing").body(Map.of(
                "radiologistId", radiologistId,
                "facility", facility,
                "validFrom", LocalDate.now().minusMonths(1).toString(),
                "scope", Map.of("modalities", List.of(), "subspecialties", List.of(), "readTypes", List.of())))
                .post("/privileges").then().statusCode(201);
    }
}
