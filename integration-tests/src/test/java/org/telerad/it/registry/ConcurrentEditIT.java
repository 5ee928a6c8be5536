package org.telerad.it.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/** Optimistic concurrency: ETag on every read and write, If-Match required on changes, a lost update is 412. */
class ConcurrentEditIT {

    @Test
    void two_admins_edit_the_same_radiologist_and_the_second_gets_412() {
        String id = RegistryFixtures.radiologist().getString("id");
        String path = "/radiologists/" + id;
        String first = Stack.api("credentialing").get(path).then().statusCode(200).extract().header("ETag");
        String second = Stack.api("credentialing").get(path).then().statusCode(200).extract().header("ETag");
        assertThat(first).isEqualTo(second).isEqualTo("\"0\"");

        Map<String, Object> a = new HashMap<>(RegistryFixtures.radiologistBody("Edited-A", null));
        String after = Stack.api("credentialing").header("If-Match", first).body(a).put(path).then().statusCode(200)
                .extract().header("ETag");
        assertThat(after).isEqualTo("\"1\"");

        Map<String, Object> b = new HashMap<>(RegistryFixtures.radiologistBody("Edited-B", null));
        Stack.api("credentialing").header("If-Match", second).body(b).put(path).then().statusCode(412)
                .body("code", equalTo("TELERAD-REGISTRY-040"));
        Stack.api("credentialing").get(path).then().body("name.family", equalTo("Edited-A"));

        Stack.api("credentialing").header("If-Match", after).body(b).put(path).then().statusCode(200);
    }

    @Test
    void a_change_without_if_match_is_428() {
        String id = RegistryFixtures.radiologist().getString("id");
        Stack.api("credentialing").body(RegistryFixtures.radiologistBody("NoIfMatch", null)).put("/radiologists/" + id)
                .then().statusCode(428).body("code", equalTo("TELERAD-REGISTRY-041"));
        Stack.api("credentialing").delete("/radiologists/" + id).then().statusCode(428);
    }

    @Test
    void creation_answers_location_and_etag_and_deactivation_keeps_the_record() {
        var created = Stack.api("credentialing").body(RegistryFixtures.facilityBody(RegistryFixtures.unique("it-etag"),
                "US-TX", "America/Chicago")).post("/facilities").then().statusCode(201).extract();
        String location = created.header("Location");
        assertThat(location).contains("/api/facilities/" + created.jsonPath().getString("id"));
        assertThat(created.header("ETag")).isEqualTo("\"0\"");

        String path = "/facilities/" + created.jsonPath().getString("code");
        Stack.api("credentialing").header("If-Match", "\"0\"").delete(path).then().statusCode(200)
                .body("active", equalTo(false));
        Stack.api("credentialing").get(path).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void license_transitions_are_versioned_too() {
        String id = RegistryFixtures.radiologist().getString("id");
        var license = RegistryFixtures.license(id, "US-TX");
        String path = "/radiologists/" + id + "/licenses/" + license.getString("id");
        Stack.api("credentialing").header("If-Match", "\"0\"").post(path + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));
        Stack.api("credentialing").header("If-Match", "\"0\"").post(path + "/reinstate").then().statusCode(412);
        Stack.api("credentialing").header("If-Match", "\"1\"").post(path + "/reinstate").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }
}
