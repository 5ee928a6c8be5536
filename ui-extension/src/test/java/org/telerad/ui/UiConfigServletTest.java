package org.telerad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiConfigServletTest {

    @Test
    void the_configuration_names_the_realm_and_the_public_client() {
        assertThat(UiConfigServlet.json("http://127.0.0.1:8180/realms/dcm4che", "telerad-ui"))
                .isEqualTo("{\"authority\":\"http://127.0.0.1:8180/realms/dcm4che\",\"clientId\":\"telerad-ui\"}");
    }

    @Test
    void quotes_and_control_characters_are_escaped() {
        assertThat(UiConfigServlet.quoted("a\"b\\c\n")).isEqualTo("\"a\\\"b\\\\c\\u000a\"");
    }
}
