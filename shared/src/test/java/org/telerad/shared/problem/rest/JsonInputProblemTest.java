package org.telerad.shared.problem.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.rest.JacksonConfiguration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

class JsonInputProblemTest {

    enum Status { ACTIVE, SUSPENDED }

    record License(String number, LocalDate validFrom, Status status, int renewals) {
    }

    record Radiologist(String family, List<License> licenses) {
        Radiologist {
            if (family != null && family.isBlank()) {
                throw TeleradException.invalid("TELERAD-REGISTRY-001", "/family", "family name must not be blank");
            }
        }
    }

    final ObjectMapper json = JacksonConfiguration.newObjectMapper();

    TeleradException refusalFor(String body) {
        JsonProcessingException failure = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body, Radiologist.class));
        assertThat(failure).as("Jackson should refuse " + body).isNotNull();
        return JsonInputProblem.of(failure);
    }

    @Test
    void a_wrong_date_names_the_field_path_and_the_expected_form_without_echoing_the_value() {
        TeleradException refusal = refusalFor(
                "{\"family\":\"Doe\",\"licenses\":[{\"number\":\"1\"},{\"validFrom\":\"Jane's birthday 1970\"}]}");

        assertThat(refusal.kind()).isEqualTo(TeleradException.Kind.INVALID);
        assertThat(refusal.code()).isEqualTo(JsonInputProblem.WRONG_TYPE);
        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("/licenses/1/validFrom", "must be a date such as 2026-01-31"));
        assertThat(refusal.getMessage()).doesNotContain("Jane").doesNotContain("birthday");
    }

    @Test
    void an_unknown_enum_value_lists_the_allowed_ones() {
        TeleradException refusal = refusalFor("{\"licenses\":[{\"status\":\"lapsed\"}]}");

        assertThat(refusal.violations()).containsExactly(
                new FieldViolation("/licenses/0/status", "must be one of ACTIVE, SUSPENDED"));
    }

    @Test
    void text_where_a_number_belongs_says_a_whole_number() {
        TeleradException refusal = refusalFor("{\"licenses\":[{\"renewals\":\"many\"}]}");

        assertThat(refusal.violations()).extracting(FieldViolation::message).containsExactly("must be a whole number");
    }

    @Test
    void an_unknown_field_is_named_and_refused() {
        TeleradException refusal = refusalFor("{\"family\":\"Doe\",\"familly\":\"Doe\"}");

        assertThat(refusal.code()).isEqualTo(JsonInputProblem.UNKNOWN_FIELD);
        assertThat(refusal.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("/familly");
            assertThat(v.message()).contains("known fields: family, licenses");
        });
    }

    @Test
    void malformed_json_says_where() {
        TeleradException refusal = refusalFor("{\"family\": \"Doe\",\n \"licenses\": [}");

        assertThat(refusal.code()).isEqualTo(JsonInputProblem.MALFORMED);
        assertThat(refusal.getMessage()).startsWith("The request body is not valid JSON (line 2");
    }

    @Test
    void a_refusal_from_a_record_constructor_passes_through_with_its_own_code() {
        TeleradException refusal = refusalFor("{\"family\":\" \"}");

        assertThat(refusal.code()).isEqualTo("TELERAD-REGISTRY-001");
        assertThat(refusal.violations()).extracting(FieldViolation::field).containsExactly("/family");
    }
}
