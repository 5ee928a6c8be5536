package org.telerad.it.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/** /api/me, /api/audit access, and the shared REST conventions (problem+json, no-store, Jackson settings). */
class SharedApiConventionsIT {

    @Test
    void me_returns_the_facility_admin_with_roles_and_facility_codes() {
        JsonPath me = Stack.api("facility-admin-tx").get("/me").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(me.getString("username")).isEqualTo("facility-admin-tx");
        assertThat(me.getList("roles", String.class)).contains("facility-admin");
        assertThat(me.getList("facilities", String.class)).containsExactly("tx-dallas", "tx-houston");
    }

    @Test
    void me_returns_an_auditor_without_facilities() {
        JsonPath me = Stack.api("auditor").get("/me").then().statusCode(200).extract().jsonPath();

        assertThat(me.getString("username")).isEqualTo("auditor");
        assertThat(me.getList("roles", String.class)).containsExactly("auditor");
        assertThat(me.getList("facilities", String.class)).isEmpty();
    }

    @Test
    void me_without_a_token_is_401() {
        Stack.anonymous().get("/me").then().statusCode(401);
    }

    @ParameterizedTest(name = "{0} may not read the audit trail")
    @ValueSource(strings = { "credentialing", "rad-tx", "facility-admin-tx" })
    void the_audit_trail_is_403_as_problem_json_for_non_auditors(String username) {
        Stack.api(username).get("/audit").then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403)).body("code", equalTo("TELERAD-API-014"));
        Stack.api(username).get("/audit/verification").then().statusCode(403);
    }

    @Test
    void the_archive_service_account_may_not_read_the_audit_trail() {
        Stack.apiWithToken(Stack.clientToken("telerad-archive", "changeit")).get("/audit").then().statusCode(403);
    }

    @Test
    void the_audit_trail_is_401_without_a_token() {
        Stack.anonymous().get("/audit").then().statusCode(401);
        Stack.anonymous().get("/audit/verification").then().statusCode(401);
    }

    @Test
    void an_auditor_searches_and_the_search_is_itself_audited_with_iso_dates() {
        Stack.api("auditor").queryParam("size", "1").get("/audit").then().statusCode(200);

        JsonPath page = Stack.api("auditor").queryParam("username", "auditor").queryParam("eventType", "QUERY")
                .queryParam("size", "5").get("/audit").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();

        assertThat(page.getLong("total")).isPositive();
        assertThat(page.getInt("size")).isEqualTo(5);
        assertThat(page.getString("items[0].eventTypeCode")).isEqualTo("110112");
        assertThat(page.getString("items[0].objectType")).isEqualTo("AuditTrail");
        assertThat(page.getString("items[0].occurredAt")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(page.getString("items[0].entryHash")).matches("[0-9a-f]{64}");
    }

    @Test
    void invalid_audit_search_parameters_answer_400_naming_them() {
        Stack.api("auditor").queryParam("from", "yesterday").queryParam("eventType", "nonsense")
                .queryParam("page", "first").get("/audit")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("TELERAD-AUDIT-010"))
                .body("errors.field", hasItem("from")).body("errors.field", hasItem("eventType"))
                .body("errors.field", hasItem("page"));
    }

    @Test
    void the_verification_reports_an_intact_chain() {
        Stack.api("auditor").get("/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true));
    }

    @Test
    void an_unknown_path_is_a_404_problem() {
        Stack.api("auditor").get("/no-such-thing").then().statusCode(404)
                .contentType(startsWith("application/problem+json")).body("code", equalTo("TELERAD-API-010"));
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        Stack.api("auditor").delete("/me").then().statusCode(405)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void a_malformed_body_is_a_400_problem_that_says_where() {
        Stack.api("credentialing").body("{\"code\": ").post("/facilities").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("TELERAD-API-001"))
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void an_unknown_field_is_a_400_problem_naming_it_without_echoing_values() {
        String response = Stack.api("credentialing")
                .body("{\"code\":\"x-unknown\",\"nmae\":\"Jane Secret Hospital\"}").post("/facilities")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("code", equalTo("TELERAD-API-003"))
                .body("errors[0].field", equalTo("/nmae"))
                .extract().asString();

        assertThat(response).doesNotContain("Jane Secret Hospital");
    }

    @Test
    void a_wrongly_typed_field_is_a_400_problem_naming_the_path_and_the_expected_type() {
        Stack.api("credentialing").body("{\"code\":\"x-typed\",\"identifiers\":{\"aeTitles\":\"not-a-list\"}}")
                .post("/facilities")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("/identifiers/aeTitles"))
                .body("errors[0].message", matchesPattern("must be .*"));
    }

    @Test
    void the_schema_holds_migrations_from_more_than_one_module_jar() throws Exception {
        try (var c = Stack.appDatabase(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT script FROM flyway_schema_history WHERE success")) {
            List<String> scripts = new java.util.ArrayList<>();
            while (rs.next()) {
                scripts.add(rs.getString(1));
            }
            assertThat(scripts).anyMatch(script -> script.contains("audit_trail"));
            assertThat(scripts).anyMatch(script -> script.contains("registry"));
        }
    }
}
