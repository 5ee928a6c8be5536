package org.telerad.it.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * Report templates over REST: everyone signed in reads the shipped ones; a credentialing admin creates one and
 * revises it with If-Match (a new version, the old one kept); radiologists may not edit; every change audited.
 */
class ReportTemplatesIT {

    @Test
    void the_shipped_templates_are_readable_and_a_credentialing_admin_versions_a_new_one() {
        JsonPath shipped = Stack.api("rad-tx").queryParam("modality", "CT").get("/report-templates").then()
                .statusCode(200).extract().jsonPath();
        assertThat(shipped.getList("items.id", String.class)).contains("ct-head", "ct-abdomen-pelvis");
        Stack.api("facility-admin-tx").get("/report-templates/mr-brain").then().statusCode(200)
                .body("bodyPart", equalTo("BRAIN"));

        String id = "it-tpl-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = Map.of("id", id, "name", "CT chest without contrast", "modality", "CT",
                "bodyPart", "CHEST", "sections", Map.of("technique", "Axial CT of the chest without contrast.",
                        "impression", "No acute intrathoracic abnormality."));
        Stack.api("rad-tx").body(body).post("/report-templates").then().statusCode(403);
        Stack.api("credentialing").body(body).post("/report-templates").then().statusCode(201)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        Stack.api("credentialing").body(body).post("/report-templates").then().statusCode(409)
                .body("code", equalTo("TELERAD-REPORT-061"));

        Map<String, Object> revision = Map.of("sections", Map.of("technique",
                "Axial CT of the chest without contrast, 1 mm reconstructions.", "impression",
                "No acute intrathoracic abnormality."));
        Stack.api("credentialing").body(revision).put("/report-templates/{id}", id).then().statusCode(428);
        Stack.api("credentialing").header("If-Match", "\"1\"").body(revision).put("/report-templates/{id}", id)
                .then().statusCode(200).header("ETag", "\"2\"").body("name", equalTo("CT chest without contrast"));
        Stack.api("credentialing").header("If-Match", "\"1\"").body(revision).put("/report-templates/{id}", id)
                .then().statusCode(412);

        JsonPath versions = Stack.api("rad-tx").get("/report-templates/{id}/versions", id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(versions.getList("items.version", Integer.class)).containsExactly(1, 2);
        Stack.api("rad-tx").get("/report-templates/{id}/versions/1", id).then().statusCode(200)
                .body("sections.technique", equalTo("Axial CT of the chest without contrast."));
        Stack.api("credentialing").header("If-Match", "\"2\"").body(Map.of("sections", Map.of("findings",
                "x".repeat(20_001)))).put("/report-templates/{id}", id).then().statusCode(400)
                .body("code", equalTo("TELERAD-REPORT-010"));

        assertThat(Stack.api("auditor").queryParam("objectType", "ReportTemplate").queryParam("objectId", id)
                .get("/audit").then().statusCode(200).extract().jsonPath().getList("items.detail", String.class))
                .contains("template created", "template revised to version 2");
    }
}
