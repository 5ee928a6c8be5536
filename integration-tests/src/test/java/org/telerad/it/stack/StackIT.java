package org.telerad.it.stack;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.telerad.it.support.Stack;
import org.telerad.shared.security.Roles;

class StackIT {

    @Test
    void wildfly_reports_ready_with_telerad_deployed() {
        given().get(Stack.managementUrl() + "/health/ready").then().statusCode(200);
    }

    @ParameterizedTest(name = "{0} carries the realm role {1}")
    @CsvSource({
            "credentialing, credentialing-admin",
            "rad-tx, radiologist",
            "facility-admin-tx, facility-admin",
            "auditor, auditor"
    })
    void a_demo_users_token_carries_its_realm_role(String username, String role) {
        String token = Stack.token(username);

        assertThat(Stack.realmRoles(token)).contains(role);
        assertThat(Stack.claims(token).getString("preferred_username")).isEqualTo(username);
        assertThat(Stack.claims(token).getString("iss")).isEqualTo(Stack.realmUrl());
    }

    @Test
    void the_facility_admins_token_lists_the_facility_codes_they_manage() {
        List<String> facilities = Stack.claims(Stack.token("facility-admin-tx"))
                .getList(Roles.FACILITIES_CLAIM, String.class);

        assertThat(facilities).containsExactlyInAnyOrder("tx-dallas", "tx-houston");
    }

    @Test
    void the_archive_client_gets_the_service_role_through_client_credentials() {
        String token = Stack.clientToken("telerad-archive", "changeit");

        assertThat(Stack.realmRoles(token)).contains(Roles.TELERAD_SERVICE);
    }

    @Test
    void the_api_refuses_a_request_without_a_token() {
        Stack.anonymous().get("/me").then().statusCode(401);
    }

    @Test
    void the_api_refuses_a_request_with_a_malformed_token() {
        Stack.apiWithToken("not-a-token").get("/me").then().statusCode(401);
    }

    @Test
    void the_api_refuses_a_token_whose_signature_was_tampered_with() {
        String token = Stack.token("auditor");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        Stack.apiWithToken(tampered).get("/me").then().statusCode(401);
    }

    @Test
    void the_api_accepts_a_demo_users_token() {
        int status = Stack.api("auditor").get("/me").then().extract().statusCode();

        assertThat(status).isNotIn(401, 403);
    }
}
