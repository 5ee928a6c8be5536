package org.telerad.it.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.telerad.it.support.Stack;

import io.restassured.specification.RequestSpecification;

/**
 * The role x endpoint matrix of the registry: for each endpoint, which callers are allowed, and that the
 * others get 403 and a caller without a token 401.
 */
class RegistryAccessIT {

    private static final String CA = "credentialing";
    private static final String FA = "facility-admin-tx";
    private static final String AUDITOR = "auditor";
    private static final String RAD = "rad-tx";
    private static final String SERVICE = "telerad-archive";
    private static final List<String> EVERYONE = List.of(CA, FA, AUDITOR, RAD, SERVICE);

    private static String otherRadiologist;
    private static String ownRadiologist;
    private static String otherFacility;

    @BeforeAll
    static void records() {
        otherRadiologist = RegistryFixtures.radiologist().getString("id");
        RegistryFixtures.license(otherRadiologist, "US-TX");
        ownRadiologist = RegistryFixtures.radTx().getString("id");
        otherFacility = RegistryFixtures.facility("US-NY").getString("code");
        RegistryFixtures.facilityWithCode("tx-dallas", "US-TX");
    }

    private static RequestSpecification as(String who) {
        if (who == null) {
            return Stack.anonymous();
        }
        return who.equals(SERVICE) ? Stack.apiWithToken(Stack.clientToken(SERVICE, "changeit")) : Stack.api(who);
    }

    private record Call(String name, String method, Supplier<String> path, Supplier<Object> body,
            List<String> allowed, int allowedStatus) {
    }

    private static List<Call> calls() {
        return List.of(
                new Call("list facilities", "GET", () -> "/facilities", null, EVERYONE, 200),
                new Call("read a facility", "GET", () -> "/facilities/" + otherFacility, null, EVERYONE, 200),
                new Call("open a facility", "POST", () -> "/facilities",
                        () -> RegistryFixtures.facilityBody(RegistryFixtures.unique("it-acl"), "US-TX",
                                "America/Chicago"), List.of(CA), 201),
                new Call("search radiologists", "GET", () -> "/radiologists", null, EVERYONE, 200),
                new Call("register a radiologist", "POST", () -> "/radiologists",
                        () -> RegistryFixtures.radiologistBody(RegistryFixtures.unique("Acl"), null), List.of(CA), 201),
                new Call("read another radiologist", "GET", () -> "/radiologists/" + otherRadiologist, null,
                        List.of(CA, FA, AUDITOR, SERVICE), 200),
                new Call("read one's own radiologist record", "GET", () -> "/radiologists/" + ownRadiologist, null,
                        EVERYONE, 200),
                new Call("list another radiologist's licenses", "GET",
                        () -> "/radiologists/" + otherRadiologist + "/licenses", null,
                        List.of(CA, FA, AUDITOR, SERVICE), 200),
                new Call("list one's own licenses", "GET", () -> "/radiologists/" + ownRadiologist + "/licenses",
                        null, EVERYONE, 200),
                new Call("add a license", "POST", () -> "/radiologists/" + otherRadiologist + "/licenses",
                        () -> RegistryFixtures.licenseBody("US-CA", RegistryFixtures.unique("ACL"), "2025-01-01",
                                null), List.of(CA), 201),
                new Call("list privileges", "GET", () -> "/privileges", null, EVERYONE, 200),
                new Call("grant a privilege at tx-dallas", "POST", () -> "/privileges",
                        () -> RegistryFixtures.privilegeBody(RegistryFixtures.radiologist().getString("id"),
                                "tx-dallas"), List.of(CA, FA), 201),
                new Call("read the expiry report", "GET", () -> "/expiring?withinDays=60", null, EVERYONE, 200));
    }

    @TestFactory
    List<DynamicTest> every_role_gets_what_it_may_and_403_otherwise() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Call call : calls()) {
            for (String who : EVERYONE) {
                boolean allowed = call.allowed().contains(who);
                int expected = allowed ? call.allowedStatus() : 403;
                tests.add(DynamicTest.dynamicTest(who + " " + call.name() + " -> " + expected,
                        () -> assertThat(send(call, who)).isEqualTo(expected)));
            }
            tests.add(DynamicTest.dynamicTest("no token: " + call.name() + " -> 401",
                    () -> assertThat(send(call, null)).isEqualTo(401)));
        }
        return tests;
    }

    private static int send(Call call, String who) {
        RequestSpecification request = as(who);
        if (call.body() != null) {
            request = request.body(call.body().get());
        }
        return request.request(call.method(), call.path().get()).statusCode();
    }

    @Test
    void nobody_but_credentialing_admins_updates_or_deactivates_a_radiologist() {
        String etag = Stack.api(CA).get("/radiologists/" + otherRadiologist).header("ETag");
        Map<String, Object> body = RegistryFixtures.radiologistBody("Renamed", null);
        for (String who : List.of(FA, AUDITOR, RAD, SERVICE)) {
            assertThat(as(who).header("If-Match", etag).body(body).put("/radiologists/" + otherRadiologist)
                    .statusCode()).as(who).isEqualTo(403);
            assertThat(as(who).header("If-Match", etag).delete("/radiologists/" + otherRadiologist).statusCode())
                    .as(who).isEqualTo(403);
        }
        assertThat(Stack.anonymous().header("If-Match", etag).body(body).put("/radiologists/" + otherRadiologist)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void a_radiologist_searching_radiologists_finds_only_their_own_record() {
        List<String> ids = Stack.api(RAD).queryParam("size", "500").get("/radiologists").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class);
        assertThat(ids).containsExactly(ownRadiologist);
    }
}
