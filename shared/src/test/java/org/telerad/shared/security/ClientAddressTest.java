package org.telerad.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void without_a_trusted_proxy_the_peer_address_is_recorded_whatever_the_header_claims() {
        assertThat(new ClientAddress(false).of("203.0.113.9", "198.51.100.1")).isEqualTo("203.0.113.9");
    }

    @Test
    void behind_a_trusted_proxy_the_address_that_proxy_added_last_is_recorded() {
        assertThat(new ClientAddress(true).of("10.0.0.2", "1.2.3.4, 198.51.100.1")).isEqualTo("198.51.100.1");
    }

    @Test
    void a_forged_header_that_is_not_an_address_is_ignored() {
        assertThat(new ClientAddress(true).of("10.0.0.2", "<script>")).isEqualTo("10.0.0.2");
    }
}
