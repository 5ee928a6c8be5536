package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * {@code /api/facilities/{code}/result-channels} against the deployed WAR: credentialing admins manage a facility's
 * channels (validated field by field, If-Match on change, secrets write-only and never in the audit trail); the
 * facility's own admins read them, other facility admins do not.
 */
class ResultDeliveryChannelsIT {

    private static final String FACILITY = "it-channels-" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SECRET = "it-secret-" + UUID.randomUUID();

    @BeforeAll
    static void facility() {
        ReadingDesk.facility(FACILITY, "US-ID", FACILITY.toUpperCase(java.util.Locale.ROOT));
    }

    private static Map<String, Object> oauthChannel(String name, String secret) {
        Map<String, Object> auth = new java.util.HashMap<>(Map.of("type", "oauth-client-credentials", "tokenUrl",
                "https://idp.hospital.example/token", "clientId", "telerad", "scope", "system/DiagnosticReport.write"));
        if (secret != null) {
            auth.put("secret", secret);
        }
        return Map.of("name", name, "kind", "fhir-r4", "fhir", Map.of("baseUrl", "https://ehr.hospital.example/fhir",
                "auth", auth));
    }

    @Test
    void a_channel_is_added_changed_and_removed_with_its_secret_never_shown() {
        Response added = Stack.api("credentialing").body(oauthChannel("EHR", SECRET))
                .post("/facilities/{code}/result-channels", FACILITY).then().statusCode(201).header("ETag", "\"0\"")
                .extract().response();
        String id = added.jsonPath().getString("id");
        assertThat(added.asString()).doesNotContain(SECRET);
        assertThat(added.jsonPath().getBoolean("fhir.auth.secretSet")).isTrue();

        String read = Stack.api("credentialing").get("/facilities/{code}/result-channels/{id}", FACILITY, id).then()
                .statusCode(200).extract().asString();
        assertThat(read).doesNotContain(SECRET);
        Stack.api("credentialing").body(oauthChannel("EHR (prod)", null))
                .put("/facilities/{code}/result-channels/{id}", FACILITY, id).then().statusCode(428);
        Stack.api("credentialing").header("If-Match", "\"0\"").body(oauthChannel("EHR (prod)", null))
                .put("/facilities/{code}/result-channels/{id}", FACILITY, id).then().statusCode(200)
                .body("name", equalTo("EHR (prod)")).body("fhir.auth.secretSet", equalTo(true)).header("ETag", "\"1\"");
        Stack.api("credentialing").header("If-Match", "\"0\"").body(oauthChannel("EHR", null))
                .put("/facilities/{code}/result-channels/{id}", FACILITY, id).then().statusCode(412);

        String audit = Stack.api("auditor").queryParam("objectType", "ResultChannel").queryParam("objectId", id)
                .get("/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains("added").contains("changed").doesNotContain(SECRET);

        Stack.api("credentialing").header("If-Match", "\"1\"")
                .delete("/facilities/{code}/result-channels/{id}", FACILITY, id).then().statusCode(204);
        Stack.api("credentialing").get("/facilities/{code}/result-channels/{id}", FACILITY, id).then()
                .statusCode(404).body("code", equalTo("TELERAD-DELIVERY-003"));
    }

    @Test
    void bad_channels_are_refused_with_the_field_that_is_wrong() {
        Stack.api("credentialing").body(Map.of("name", "RIS", "kind", "hl7v2-mllp", "hl7", Map.of("host",
                "ris.hospital.example", "port", 70000))).post("/facilities/{code}/result-channels", FACILITY)
                .then().statusCode(400).body("code", equalTo("TELERAD-DELIVERY-001"))
                .body("errors.field", hasItem("port"));
        Stack.api("credentialing").body(Map.of("name", "EHR", "kind", "fhir-r4", "fhir", Map.of("baseUrl",
                "https://ehr.hospital.example/fhir", "auth", Map.of("type", "bearer"))))
                .post("/facilities/{code}/result-channels", FACILITY).then().statusCode(400)
                .body("errors.field", hasItem("auth.secret"));
        Stack.api("credentialing").body(Map.of("name", "EHR", "kind", "fax"))
                .post("/facilities/{code}/result-channels", FACILITY).then().statusCode(400)
                .body("errors.field", hasItem("kind"));
        Stack.api("credentialing").body(oauthChannel("EHR", SECRET))
                .post("/facilities/{code}/result-channels", "it-no-such-facility").then().statusCode(404)
                .body("code", equalTo("TELERAD-DELIVERY-002"));
    }

    @Test
    void only_credentialing_admins_change_channels_and_facility_admins_read_only_their_own() {
        Stack.api("facility-admin-tx").body(oauthChannel("EHR", SECRET))
                .post("/facilities/{code}/result-channels", "tx-dallas").then().statusCode(403);
        Stack.api("facility-admin-tx").get("/facilities/{code}/result-channels", "tx-dallas").then()
                .statusCode(200);
        Stack.api("facility-admin-tx").get("/facilities/{code}/result-channels", FACILITY).then().statusCode(403)
                .body("code", equalTo("TELERAD-DELIVERY-004"));
        Stack.api("rad-tx").get("/facilities/{code}/result-channels", FACILITY).then().statusCode(403);
        Stack.anonymous().get("/facilities/{code}/result-channels", FACILITY).then().statusCode(401);
    }
}
