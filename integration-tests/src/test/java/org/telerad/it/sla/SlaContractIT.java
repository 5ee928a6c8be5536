package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/**
 * Turnaround contracts through {@code /api/sla/contracts}: the defaults as version 1, a revision as version 2 with
 * If-Match (428 without, 412 when stale), the version history, validation problems naming the field, the audit
 * entry of every revision, and 404 for a facility the registry does not know.
 */
class SlaContractIT {

    private static String path(String facility) {
        return "/sla/contracts/" + facility;
    }

    @Test
    void a_new_facility_reads_under_the_defaults_as_version_1() {
        String facility = ContractFixtures.newFacility("it-slac");

        JsonPath contract = Stack.api("credentialing").get(path(facility)).then().statusCode(200)
                .header("ETag", "\"1\"").extract().jsonPath();

        assertThat(contract.getInt("version")).isEqualTo(1);
        assertThat(contract.getBoolean("stored")).isFalse();
        assertThat(contract.getString("clockStart")).isEqualTo("STUDY_COMPLETE");
        assertThat(contract.getDouble("warningShare")).isEqualTo(0.75);
        assertThat(contract.getList("targets.findAll { it.priority == 'STAT' }.target", String.class))
                .containsOnly("PT30M");
        Stack.api("credentialing").get(path(facility) + "/versions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].version", equalTo(1));
    }

    @Test
    void a_revision_is_version_2_and_version_1_keeps_the_defaults() {
        String facility = ContractFixtures.newFacility("it-slac");

        JsonPath revised = Stack.api("credentialing").header("If-Match", "\"1\"")
                .body(ContractFixtures.contractWithStatPreliminary("PT15M")).put(path(facility)).then()
                .statusCode(200).header("ETag", "\"2\"").extract().jsonPath();

        assertThat(revised.getInt("version")).isEqualTo(2);
        assertThat(revised.getString("storedBy")).isEqualTo("credentialing");
        assertThat(revised.getString("clockStart")).isEqualTo("ORDER_TIME");
        assertThat(revised.getList("targets.modality")).contains("CT");
        Stack.api("auditor").get(path(facility)).then().statusCode(200).header("ETag", "\"2\"")
                .body("targets.find { it.priority == 'STAT' && it.readType == 'PRELIMINARY' && it.modality == null }"
                        + ".target", equalTo("PT15M"));
        Stack.api("credentialing").get(path(facility) + "/versions").then().statusCode(200).body("total", equalTo(2))
                .body("items.version", equalTo(List.of(2, 1)));
        Stack.api("credentialing").get(path(facility) + "/versions/1").then().statusCode(200)
                .header("ETag", "\"1\"").body("stored", equalTo(true)).body("storedBy", equalTo("telerad:defaults"))
                .body("warningShare", equalTo(0.75f));
        Stack.api("credentialing").get(path(facility) + "/versions/3").then().statusCode(404)
                .body("code", equalTo("TELERAD-SLA-041"));
    }

    @Test
    void a_revision_without_if_match_is_428_and_a_stale_one_412() {
        String facility = ContractFixtures.newFacility("it-slac");
        Map<String, Object> body = ContractFixtures.contractWithStatPreliminary("PT20M");

        Stack.api("credentialing").body(body).put(path(facility)).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("TELERAD-SLA-042"));
        Stack.api("credentialing").header("If-Match", "\"1\"").body(body).put(path(facility)).then().statusCode(200);
        Stack.api("credentialing").header("If-Match", "\"1\"").body(body).put(path(facility)).then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("TELERAD-SLA-043"));
        Stack.api("credentialing").header("If-Match", "*").body(body).put(path(facility)).then().statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void the_body_read_can_be_sent_back_as_the_next_version() {
        String facility = ContractFixtures.newFacility("it-slac");
        var read = Stack.api("credentialing").get(path(facility)).then().statusCode(200).extract();

        Stack.api("credentialing").header("If-Match", read.header("ETag")).body(read.asString()).put(path(facility))
                .then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void invalid_terms_are_problems_that_name_the_field() {
        String facility = ContractFixtures.newFacility("it-slac");

        Map<String, Object> badDuration = new HashMap<>(ContractFixtures.contractWithStatPreliminary("30 minutes"));
        Stack.api("credentialing").header("If-Match", "*").body(badDuration).put(path(facility)).then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("TELERAD-SLA-045"))
                .body("errors.field", hasItem("/targets/0/target"));

        Map<String, Object> aboveCeiling = new HashMap<>(ContractFixtures.contractWithStatPreliminary("PT15M"));
        aboveCeiling.put("ceiling", "PT12H");
        aboveCeiling.put("maximumWait", "PT1H");
        Stack.api("credentialing").header("If-Match", "*").body(aboveCeiling).put(path(facility)).then()
                .statusCode(400).body("code", equalTo("TELERAD-SLA-003"))
                .body("errors[0].field", startsWith("/targets/")).body("detail", containsString("ceiling"));

        Map<String, Object> badShare = new HashMap<>(ContractFixtures.contractWithStatPreliminary("PT15M"));
        badShare.put("warningShare", 1.5);
        Stack.api("credentialing").header("If-Match", "*").body(badShare).put(path(facility)).then()
                .statusCode(400).body("code", equalTo("TELERAD-SLA-004")).body("errors[0].field",
                        equalTo("warningShare"));

        Map<String, Object> unknownPriority = new HashMap<>();
        unknownPriority.put("targets", List.of(ContractFixtures.target("SOON", "FINAL", null, "PT1H")));
        Stack.api("credentialing").header("If-Match", "*").body(unknownPriority).put(path(facility)).then()
                .statusCode(400).body("errors[0].field", equalTo("/targets/0/priority"));

        Map<String, Object> typo = new HashMap<>(ContractFixtures.contractWithStatPreliminary("PT15M"));
        typo.put("warnShare", 0.5);
        Stack.api("credentialing").header("If-Match", "*").body(typo).put(path(facility)).then().statusCode(400)
                .body("code", equalTo("TELERAD-API-003"));

        Stack.api("credentialing").get(path(facility)).then().header("ETag", "\"1\"");
    }

    @Test
    void every_revision_is_audited_with_its_facility_and_the_terms_it_changed() {
        String facility = ContractFixtures.newFacility("it-slac");
        Stack.api("credentialing").header("If-Match", "\"1\"")
                .body(ContractFixtures.contractWithStatPreliminary("PT15M")).put(path(facility)).then()
                .statusCode(200);

        JsonPath audit = Stack.api("auditor").queryParam("objectType", "TurnaroundContract")
                .queryParam("facility", facility).get("/audit").then().statusCode(200).extract().jsonPath();

        assertThat(audit.getList("items.objectId", String.class)).containsExactly(facility + "/2");
        assertThat(audit.getString("items[0].username")).isEqualTo("credentialing");
        assertThat(audit.getString("items[0].detail")).isEqualTo(
                "version 2 stored, changed: targets, ceiling, warningShare, clockStart, ladder, maximumWait");
    }

    @Test
    void a_facility_the_registry_does_not_know_is_404() {
        Stack.api("credentialing").get(path("it-no-such-facility")).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("TELERAD-SLA-040"));
        Stack.api("credentialing").header("If-Match", "*")
                .body(ContractFixtures.contractWithStatPreliminary("PT15M")).put(path("it-no-such-facility")).then()
                .statusCode(404);
    }
}
