package org.telerad.shared.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

class JacksonConfigurationTest {

    record Licensed(String number, LocalDate validTo, Instant verifiedAt, String note) {
    }

    final ObjectMapper json = new JacksonConfiguration().getContext(Licensed.class);

    @Test
    void dates_are_written_as_iso_8601_text_and_nulls_are_left_out() throws Exception {
        String written = json.writeValueAsString(
                new Licensed("TX-1", LocalDate.of(2027, 3, 31), Instant.parse("2026-11-27T10:00:00Z"), null));

        assertThat(written).isEqualTo(
                "{\"number\":\"TX-1\",\"validTo\":\"2027-03-31\",\"verifiedAt\":\"2026-11-27T10:00:00Z\"}");
    }

    @Test
    void records_are_read_back() throws Exception {
        Licensed read = json.readValue("{\"number\":\"TX-1\",\"validTo\":\"2027-03-31\"}", Licensed.class);

        assertThat(read).isEqualTo(new Licensed("TX-1", LocalDate.of(2027, 3, 31), null, null));
    }

    @Test
    void unknown_properties_are_refused() {
        assertThatThrownBy(() -> json.readValue("{\"numbr\":\"TX-1\"}", Licensed.class))
                .isInstanceOf(UnrecognizedPropertyException.class);
    }
}
