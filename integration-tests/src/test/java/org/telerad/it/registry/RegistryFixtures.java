package org.telerad.it.registry;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/** Creates registry records through the REST API as the credentialing admin, each with a unique name or code. */
final class RegistryFixtures {

    static final String NPI_SYSTEM = "http://hl7.org/fhir/sid/us-npi";
    /** A valid NPI (Luhn check digit over 80840 + the first nine digits). */
    static final String VALID_NPI = "1234567893";

    private RegistryFixtures() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> facilityBody(String code, String jurisdiction, String zone) {
        return Map.of("code", code, "name", "IT facility " + code, "jurisdiction", jurisdiction, "timeZone", zone,
                "identifiers", Map.of("aeTitles", List.of(code.substring(0, Math.min(code.length(), 16)).toUpperCase()
                        .replace('-', '_')), "institutionNames", List.of("IT facility " + code),
                        "hl7Facilities", List.of(code.toUpperCase())));
    }

    /** Opens a new facility and answers its JSON. */
    static JsonPath facility(String jurisdiction) {
        String code = unique("it-reg");
        return Stack.api("credentialing").body(facilityBody(code, jurisdiction, "America/Chicago"))
                .post("/facilities").then().statusCode(201).extract().jsonPath();
    }

    /** The facility with this code, opened if missing (the demo facilities exist on a freshly seeded stack). */
    static JsonPath facilityWithCode(String code, String jurisdiction) {
        var response = Stack.api("credentialing").get("/facilities/" + code);
        if (response.statusCode() == 200) {
            return response.jsonPath();
        }
        return Stack.api("credentialing").body(facilityBody(code, jurisdiction, "America/Chicago"))
                .post("/facilities").then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> radiologistBody(String family, String username) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name", Map.of("family", family, "given", "Iris"),
                "identifiers", List.of(Map.of("system", NPI_SYSTEM, "value", VALID_NPI)),
                "email", family.toLowerCase() + "@example.org",
                "subspecialties", List.of("neuro"),
                "homeCountry", "US"));
        if (username != null) {
            body.put("username", username);
        }
        return body;
    }

    /** Registers a new radiologist and answers its JSON. */
    static JsonPath radiologist() {
        return Stack.api("credentialing").body(radiologistBody(unique("Itest"), null)).post("/radiologists").then()
                .statusCode(201).extract().jsonPath();
    }

    /** The record of the demo radiologist {@code rad-tx}, registered if the stack has no demo data. */
    static JsonPath radTx() {
        JsonPath found = Stack.api("credentialing").queryParam("name", "Texas").queryParam("size", "500")
                .get("/radiologists").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = found.getList("items");
        for (int i = 0; i < items.size(); i++) {
            if ("rad-tx".equals(items.get(i).get("username"))) {
                return Stack.api("credentialing").get("/radiologists/" + items.get(i).get("id")).then()
                        .statusCode(200).extract().jsonPath();
            }
        }
        Map<String, Object> body = radiologistBody("Texas", "rad-tx");
        return Stack.api("credentialing").body(body).post("/radiologists").then().statusCode(201).extract()
                .jsonPath();
    }

    static Map<String, Object> licenseBody(String jurisdiction, String number, String from, String to) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("jurisdiction", jurisdiction, "number", number,
                "type", "full", "validFrom", from));
        if (to != null) {
            body.put("validTo", to);
        }
        return body;
    }

    static JsonPath license(String radiologistId, String jurisdiction) {
        return Stack.api("credentialing").body(licenseBody(jurisdiction, unique("LIC"), "2025-01-01", "2030-12-31"))
                .post("/radiologists/" + radiologistId + "/licenses").then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> privilegeBody(String radiologistId, String facility) {
        return Map.of("radiologistId", radiologistId, "facility", facility, "validFrom", "2025-01-01",
                "validTo", "2030-12-31", "scope", Map.of("modalities", List.of("CT", "MR")));
    }

    static JsonPath privilege(String radiologistId, String facility) {
        return Stack.api("credentialing").body(privilegeBody(radiologistId, facility)).post("/privileges").then()
                .statusCode(201).extract().jsonPath();
    }
}
