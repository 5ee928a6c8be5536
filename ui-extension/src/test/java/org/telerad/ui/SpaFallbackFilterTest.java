package org.telerad.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpaFallbackFilterTest {

    @Test
    void the_page_may_connect_to_the_app_and_to_the_keycloak_origin_only() {
        String csp = SpaFallbackFilter.contentSecurityPolicy("http://127.0.0.1:8180/realms/dcm4che");
        assertThat(csp).contains("connect-src 'self' http://127.0.0.1:8180;").contains("script-src 'self';")
                .contains("object-src 'none'");
    }

    @Test
    void without_a_login_provider_the_page_connects_to_the_app_only() {
        assertThat(SpaFallbackFilter.contentSecurityPolicy(null)).contains("connect-src 'self';");
        assertThat(SpaFallbackFilter.origin("not a url")).isNull();
        assertThat(SpaFallbackFilter.origin("https://sso.example.org/realms/x")).isEqualTo("https://sso.example.org");
    }
}
