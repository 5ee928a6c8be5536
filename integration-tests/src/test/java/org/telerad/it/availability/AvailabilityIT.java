package org.telerad.it.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.PractitionerRole;
import org.hl7.fhir.r4.model.PractitionerRole.PractitionerRoleAvailableTimeComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;

class AvailabilityIT {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    static {
        FHIR.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        FHIR.getRestfulClientFactory().setSocketTimeout(60_000);
    }

    private final String unique = UUID.randomUUID().toString().substring(0, 8);

    private static IGenericClient fhir(String username) {
        IGenericClient client = FHIR.newRestfulGenericClient(Stack.baseUrl() + "/fhir");
        client.registerInterceptor(new BearerTokenAuthInterceptor(Stack.token(username)));
        return client;
    }

    private String facilityId() {
        String code = "it-av-" + unique;
        return Stack.api("credentialing").body(Map.of("code", code, "name", "IT availability " + code,
                "jurisdiction", "US-TX", "timeZone", "America/Chicago", "identifiers", Map.of(
                        "aeTitles", List.of(("AV_" + unique).toUpperCase()),
                        "institutionNames", List.of("IT availability " + code),
                        "hl7Facilities", List.of(code.toUpperCase()))))
                .post("/facilities").then().statusCode(201).extract().path("id");
    }

    private String radiologistId() {
        return Stack.api("credentialing").body(Map.of("name", Map.of("family", "Shift" + unique, "given", "Nina"),
                "identifiers", List.of(Map.of("system", "http://hl7.org/fhir/sid/us-npi", "value", "1234567893")),
                "email", "shift" + unique + "@example.org", "homeCountry", "US"))
                .post("/radiologists").then().statusCode(201).extract().path("id");
    }

    private Map<String, Object> privilege(List<Map<String, Object>> availableTimes) {
        Map<String, Object> body = new HashMap<>();
        body.put("radiologistId", radiologistId());
        body.put("facility", facilityId());
        body.put("validFrom", "2025-01-01");
        body.put("availableTimes", availableTimes);
        return body;
    }

    @Test
    void a_privilege_s_reading_windows_set_through_rest_read_back_as_practitioner_role_available_time() {
        var created = Stack.api("credentialing").body(privilege(List.of(
                Map.of("daysOfWeek", List.of("mon", "tue", "wed", "thu", "fri"), "availableStartTime", "22:00",
                        "availableEndTime", "06:00"),
                Map.of("daysOfWeek", List.of("sat"), "allDay", true))))
                .post("/privileges").then().statusCode(201)
                .body("availableTimes[0].daysOfWeek", equalTo(List.of("mon", "tue", "wed", "thu", "fri")))
                .body("availableTimes[0].availableStartTime", equalTo("22:00"))
                .body("availableTimes[0].availableEndTime", equalTo("06:00"))
                .body("availableTimes[1].allDay", equalTo(true))
                .extract().jsonPath();
        String id = created.getString("id");

        PractitionerRole role = fhir("credentialing").read().resource(PractitionerRole.class).withId(id).execute();

        assertThat(role.getAvailableTime()).hasSize(2);
        PractitionerRoleAvailableTimeComponent nights = role.getAvailableTime().get(0);
        assertThat(nights.getDaysOfWeek()).extracting(d -> d.getValue().toCode())
                .containsExactly("mon", "tue", "wed", "thu", "fri");
        assertThat(nights.getAvailableStartTime()).isEqualTo("22:00:00");
        assertThat(nights.getAvailableEndTime()).isEqualTo("06:00:00");
        assertThat(role.getAvailableTime().get(1).getAllDay()).isTrue();

        // a PUT without availableTimes keeps them; one with an empty list removes them (ETag rises)
        String etag = "\"" + created.getLong("version") + "\"";
        Map<String, Object> rescope = Map.of("radiologistId", created.getString("radiologistId"), "facility",
                created.getString("facilityId"), "validFrom", "2025-01-01", "validTo", "2030-12-31");
        var kept = Stack.api("credentialing").header("If-Match", etag).body(rescope).put("/privileges/" + id)
                .then().statusCode(200).body("availableTimes.size()", equalTo(2)).extract().jsonPath();
        Map<String, Object> cleared = new HashMap<>(rescope);
        cleared.put("availableTimes", List.of());
        Stack.api("credentialing").header("If-Match", etag).body(cleared).put("/privileges/" + id).then()
                .statusCode(412);
        Stack.api("credentialing").header("If-Match", "\"" + kept.getLong("version") + "\"").body(cleared)
                .put("/privileges/" + id).then().statusCode(200).body("availableTimes.size()", equalTo(0));
        assertThat(fhir("credentialing").read().resource(PractitionerRole.class).withId(id).execute()
                .hasAvailableTime()).isFalse();
    }

    @Test
    void a_bad_reading_window_is_a_400_naming_the_field() {
        Stack.api("credentialing").body(privilege(List.of(
                Map.of("daysOfWeek", List.of("mon"), "availableStartTime", "08:00", "availableEndTime", "08:00"),
                Map.of("daysOfWeek", List.of("funday"), "allDay", true))))
                .post("/privileges").then().statusCode(400)
                .body("code", equalTo("TELERAD-REGISTRY-007"))
                .body("errors.field", hasItem("/availableTimes/0/availableEndTime"))
                .body("errors.field", hasItem("/availableTimes/1/daysOfWeek/0"));
    }

    @Test
    void a_bad_available_time_in_fhir_is_refused_naming_the_element() {
        String id = Stack.api("credentialing").body(privilege(List.of())).post("/privileges").then().statusCode(201)
                .extract().path("id");
        IGenericClient credentialing = fhir("credentialing");
        PractitionerRole role = credentialing.read().resource(PractitionerRole.class).withId(id).execute();
        role.addAvailableTime().addDaysOfWeek(PractitionerRole.DaysOfWeek.WED).setAvailableStartTime("09:00:00");

        assertThatThrownBy(() -> credentialing.update().resource(role).execute())
                .isInstanceOfSatisfying(BaseServerResponseException.class, e -> {
                    assertThat(e.getStatusCode()).isIn(400, 422);
                    OperationOutcome outcome = (OperationOutcome) e.getOperationOutcome();
                    assertThat(outcome.getIssue()).anySatisfy(issue -> assertThat(issue.getExpression())
                            .extracting(StringType::getValue)
                            .contains("PractitionerRole.availableTime[0].availableEndTime"));
                });
    }
}
