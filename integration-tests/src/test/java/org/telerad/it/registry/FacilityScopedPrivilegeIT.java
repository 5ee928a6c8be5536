package org.telerad.it.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/** A facility admin (facility-admin-tx: tx-dallas, tx-houston) works only on their facilities' privileges. */
class FacilityScopedPrivilegeIT {

    @Test
    void a_facility_admin_is_refused_on_another_facility_s_privilege() {
        String radiologist = RegistryFixtures.radiologist().getString("id");
        String elsewhere = RegistryFixtures.facility("US-CA").getString("code");
        String privilege = RegistryFixtures.privilege(radiologist, elsewhere).getString("id");

        Stack.api("facility-admin-tx").get("/privileges/" + privilege).then().statusCode(403)
                .body("code", equalTo("TELERAD-REGISTRY-050"));
        Stack.api("facility-admin-tx").header("If-Match", "\"0\"").post("/privileges/" + privilege + "/suspend")
                .then().statusCode(403);
        Stack.api("facility-admin-tx").header("If-Match", "\"0\"").delete("/privileges/" + privilege).then()
                .statusCode(403);
        Stack.api("facility-admin-tx").body(RegistryFixtures.privilegeBody(RegistryFixtures.radiologist()
                .getString("id"), elsewhere)).post("/privileges").then().statusCode(403);
        Stack.api("facility-admin-tx").queryParam("facility", elsewhere).get("/privileges").then().statusCode(403);
        Stack.api("credentialing").get("/privileges/" + privilege).then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void a_facility_admin_manages_their_own_facility_s_privileges_and_lists_only_theirs() {
        RegistryFixtures.facilityWithCode("tx-dallas", "US-TX");
        String radiologist = RegistryFixtures.radiologist().getString("id");
        var granted = Stack.api("facility-admin-tx").body(RegistryFixtures.privilegeBody(radiologist, "tx-dallas"))
                .post("/privileges").then().statusCode(201).body("grantedBy", equalTo("facility-admin-tx"))
                .extract().jsonPath();
        Stack.api("facility-admin-tx").header("If-Match", "\"0\"")
                .post("/privileges/" + granted.getString("id") + "/suspend").then().statusCode(200)
                .body("status", equalTo("SUSPENDED"));

        String elsewhere = RegistryFixtures.facility("US-NY").getString("code");
        RegistryFixtures.privilege(radiologist, elsewhere);
        List<String> codes = Stack.api("facility-admin-tx").queryParam("radiologist", radiologist)
                .get("/privileges").then().statusCode(200).extract().jsonPath()
                .getList("items.facilityCode", String.class);
        assertThat(codes).containsExactly("tx-dallas");
        List<String> all = Stack.api("credentialing").queryParam("radiologist", radiologist).get("/privileges")
                .then().statusCode(200).extract().jsonPath().getList("items.facilityCode", String.class);
        assertThat(all).containsExactlyInAnyOrder("tx-dallas", elsewhere);
    }
}
