package org.telerad.it.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.path.json.JsonPath;

/** Registry changes and reads of personal data land in the audit trail, naming fields but never their values. */
class RegistryAuditIT {

    private static JsonPath entriesFor(String objectId) {
        return Stack.api("auditor").queryParam("objectId", objectId).queryParam("size", "50").get("/audit").then()
                .statusCode(200).extract().jsonPath();
    }

    @Test
    void creation_update_read_and_deactivation_of_a_radiologist_are_audited_without_personal_values() {
        String family = RegistryFixtures.unique("Audited");
        String id = Stack.api("credentialing").body(RegistryFixtures.radiologistBody(family, null))
                .post("/radiologists").then().statusCode(201).extract().jsonPath().getString("id");
        Map<String, Object> renamed = new HashMap<>(RegistryFixtures.radiologistBody(family + "-Renamed", null));
        Stack.api("credentialing").header("If-Match", "\"0\"").body(renamed).put("/radiologists/" + id).then()
                .statusCode(200);
        Stack.api("facility-admin-tx").get("/radiologists/" + id).then().statusCode(200);
        Stack.api("credentialing").header("If-Match", "\"1\"").delete("/radiologists/" + id).then().statusCode(200);

        JsonPath audit = entriesFor(id);
        List<String> actions = audit.getList("items.action", String.class);
        assertThat(actions).contains("CREATE", "UPDATE", "READ", "DELETE");
        assertThat(audit.getList("items.objectType", String.class)).containsOnly("Radiologist");
        assertThat(audit.getList("items.username", String.class)).contains("credentialing", "facility-admin-tx");
        String details = String.join(" | ", audit.getList("items.detail", String.class));
        assertThat(details).contains("name").doesNotContain(family).doesNotContain("@example.org");
    }

    @Test
    void a_privilege_change_is_audited_with_its_facility() {
        String radiologist = RegistryFixtures.radiologist().getString("id");
        String facility = RegistryFixtures.facility("US-TX").getString("code");
        String privilege = RegistryFixtures.privilege(radiologist, facility).getString("id");
        Stack.api("credentialing").header("If-Match", "\"0\"").post("/privileges/" + privilege + "/suspend").then()
                .statusCode(200);

        JsonPath audit = entriesFor(privilege);
        assertThat(audit.getList("items.action", String.class)).contains("CREATE", "UPDATE");
        assertThat(audit.getList("items.facilityCode", String.class)).containsOnly(facility);
    }
}
