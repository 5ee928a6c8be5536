package org.telerad.it.sla;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import io.restassured.specification.RequestSpecification;

/**
 * Who may do what with turnaround contracts: credentialing admins read and revise every facility's; auditors and
 * Telerad services read; facility admins read only the facilities of their token's {@code telerad_facilities};
 * radiologists nothing; without a token, 401.
 */
class SlaContractAccessIT {

    private static String foreign;

    @BeforeAll
    static void aFacilityNoFacilityAdminManages() {
        foreign = ContractFixtures.newFacility("it-slaa");
    }

    private static RequestSpecification service() {
        return Stack.apiWithToken(Stack.clientToken("telerad-archive", "changeit"));
    }

    private static void readsAllThree(RequestSpecification as, String facility, int status) {
        as.get("/sla/contracts/" + facility).then().statusCode(status);
        as.get("/sla/contracts/" + facility + "/versions").then().statusCode(status);
        as.get("/sla/contracts/" + facility + "/versions/1").then().statusCode(status);
    }

    private static void revises(RequestSpecification as, String facility, int status) {
        as.header("If-Match", "*").body(ContractFixtures.contractWithStatPreliminary("PT25M"))
                .put("/sla/contracts/" + facility).then().statusCode(status);
    }

    @Test
    void credentialing_admins_read_and_revise_every_facility() {
        readsAllThree(Stack.api("credentialing"), "tx-dallas", 200);
        readsAllThree(Stack.api("credentialing"), foreign, 200);
        revises(Stack.api("credentialing"), ContractFixtures.newFacility("it-slaa"), 200);
    }

    @Test
    void facility_admins_read_their_own_facilities_only_and_revise_none() {
        readsAllThree(Stack.api("facility-admin-tx"), "tx-dallas", 200);
        readsAllThree(Stack.api("facility-admin-tx"), "tx-houston", 200);
        Stack.api("facility-admin-tx").get("/sla/contracts/" + foreign).then().statusCode(403)
                .contentType("application/problem+json").body("code", equalTo("TELERAD-SLA-044"));
        readsAllThree(Stack.api("facility-admin-tx"), foreign, 403);
        revises(Stack.api("facility-admin-tx"), "tx-dallas", 403);
    }

    @Test
    void auditors_and_telerad_services_read_and_revise_nothing() {
        readsAllThree(Stack.api("auditor"), foreign, 200);
        readsAllThree(service(), foreign, 200);
        revises(Stack.api("auditor"), foreign, 403);
        revises(service(), foreign, 403);
    }

    @Test
    void radiologists_and_anonymous_callers_get_nothing() {
        readsAllThree(Stack.api("rad-tx"), "tx-dallas", 403);
        revises(Stack.api("rad-tx"), "tx-dallas", 403);
        Stack.anonymous().get("/sla/contracts/tx-dallas").then().statusCode(401);
    }
}
