package org.telerad.it.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/** Validation answers: problem+json with a stable code and the offending fields named. */
class RegistryValidationIT {

    @Test
    void an_unknown_jurisdiction_code_is_named_in_a_problem() {
        String id = RegistryFixtures.radiologist().getString("id");
        Stack.api("credentialing").body(RegistryFixtures.licenseBody("US-ZZ", "N-1", "2025-01-01", null))
                .post("/radiologists/" + id + "/licenses").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("TELERAD-REGISTRY-001")).body("errors.field", hasItem("/jurisdiction"));
    }

    @Test
    void valid_to_before_valid_from_is_refused_naming_valid_to() {
        String id = RegistryFixtures.radiologist().getString("id");
        Stack.api("credentialing").body(RegistryFixtures.licenseBody("US-TX", RegistryFixtures.unique("N"),
                "2026-05-01", "2026-04-01")).post("/radiologists/" + id + "/licenses").then().statusCode(400)
                .body("code", equalTo("TELERAD-REGISTRY-012")).body("errors.field", equalTo(List.of("/validTo")));
    }

    @Test
    void a_date_that_is_not_a_date_is_named() {
        String id = RegistryFixtures.radiologist().getString("id");
        Stack.api("credentialing").body(RegistryFixtures.licenseBody("US-TX", "N-2", "2026-02-30", null))
                .post("/radiologists/" + id + "/licenses").then().statusCode(400)
                .body("errors.field", equalTo(List.of("/validFrom")));
    }

    @Test
    void an_npi_with_a_wrong_check_digit_is_refused() {
        Map<String, Object> body = new HashMap<>(RegistryFixtures.radiologistBody(RegistryFixtures.unique("Npi"),
                null));
        body.put("identifiers", List.of(Map.of("system", RegistryFixtures.NPI_SYSTEM, "value", "1234567890")));
        Stack.api("credentialing").body(body).post("/radiologists").then().statusCode(400)
                .body("code", equalTo("TELERAD-REGISTRY-011")).body("errors.field", hasItem("/identifiers/0/value"));
    }

    @Test
    void unknown_subspecialty_modality_and_read_type_are_named_by_position() {
        String id = RegistryFixtures.radiologist().getString("id");
        String facility = RegistryFixtures.facility("US-TX").getString("code");
        JsonPath problem = Stack.api("credentialing").body(Map.of("radiologistId", id, "facility", facility,
                "validFrom", "2025-01-01", "scope", Map.of("modalities", List.of("CT", "XYZ"), "subspecialties",
                        List.of("podiatry"), "readTypes", List.of("draft")))).post("/privileges").then()
                .statusCode(400).extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).containsExactly("/scope/modalities/1",
                "/scope/subspecialties/0", "/scope/readTypes/0");
    }

    @Test
    void a_privilege_for_an_unknown_facility_or_radiologist_is_422_naming_the_reference() {
        String id = RegistryFixtures.radiologist().getString("id");
        Stack.api("credentialing").body(RegistryFixtures.privilegeBody(id, "no-such-facility")).post("/privileges")
                .then().statusCode(422).body("errors.field", equalTo(List.of("/facility")));
        String facility = RegistryFixtures.facility("US-TX").getString("code");
        Stack.api("credentialing").body(RegistryFixtures.privilegeBody("8f1c0e9e-0000-4000-8000-000000000000",
                facility)).post("/privileges").then().statusCode(422)
                .body("errors.field", equalTo(List.of("/radiologistId")));
    }

    @Test
    void licenses_of_an_unknown_radiologist_are_404() {
        Stack.api("credentialing").get("/radiologists/8f1c0e9e-0000-4000-8000-000000000000/licenses").then()
                .statusCode(404).body("code", equalTo("TELERAD-REGISTRY-020"));
        Stack.api("credentialing").get("/radiologists/not-a-uuid").then().statusCode(404);
    }

    @Test
    void a_duplicate_facility_code_is_409() {
        String code = RegistryFixtures.facility("US-TX").getString("code");
        Stack.api("credentialing").body(RegistryFixtures.facilityBody(code, "US-TX", "America/Chicago"))
                .post("/facilities").then().statusCode(409).body("code", equalTo("TELERAD-REGISTRY-030"));
    }

    @Test
    void a_bad_facility_code_time_zone_and_home_country_subdivision_are_named() {
        Stack.api("credentialing").body(Map.of("code", "Not A Slug", "name", "x", "jurisdiction", "US-TX",
                "timeZone", "Mars/Olympus")).post("/facilities").then().statusCode(400)
                .body("errors.field", equalTo(List.of("/code", "/timeZone")));
        Map<String, Object> body = new HashMap<>(RegistryFixtures.radiologistBody(RegistryFixtures.unique("Home"),
                null));
        body.put("homeCountry", "US-TX");
        Stack.api("credentialing").body(body).post("/radiologists").then().statusCode(400)
                .body("errors.field", equalTo(List.of("/homeCountry")));
    }
}
