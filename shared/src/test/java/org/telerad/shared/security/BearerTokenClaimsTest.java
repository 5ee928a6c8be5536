package org.telerad.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BearerTokenClaimsTest {

    static String bearer(String payloadJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void a_facility_admin_token_gives_the_username_and_the_facility_codes_of_a_multivalued_claim() {
        BearerTokenClaims claims = BearerTokenClaims.fromAuthorizationHeader(bearer(
                "{\"preferred_username\":\"facility-admin-tx\",\"telerad_facilities\":[\"tx-dallas\",\"tx-houston\"],"
                        + "\"realm_access\":{\"roles\":[\"facility-admin\"]}}"))
                .orElseThrow();

        assertThat(claims.preferredUsername()).isEqualTo("facility-admin-tx");
        assertThat(claims.facilityCodes()).containsExactlyInAnyOrder("tx-dallas", "tx-houston");
    }

    @Test
    void a_single_valued_claim_may_list_codes_separated_by_commas() {
        BearerTokenClaims claims = BearerTokenClaims.fromAuthorizationHeader(
                bearer("{\"preferred_username\":\"fa\",\"telerad_facilities\":\"tx-dallas, tx-houston\"}"))
                .orElseThrow();

        assertThat(claims.facilityCodes()).containsExactlyInAnyOrder("tx-dallas", "tx-houston");
    }

    @Test
    void a_token_without_the_claim_manages_no_facility() {
        BearerTokenClaims claims = BearerTokenClaims.fromAuthorizationHeader(
                bearer("{\"preferred_username\":\"rad-tx\"}")).orElseThrow();

        assertThat(claims.facilityCodes()).isEmpty();
    }

    @Test
    void a_header_that_is_not_a_bearer_jwt_gives_nothing() {
        assertThat(BearerTokenClaims.fromAuthorizationHeader(null)).isEmpty();
        assertThat(BearerTokenClaims.fromAuthorizationHeader("Basic dXNlcjpwdw==")).isEmpty();
        assertThat(BearerTokenClaims.fromAuthorizationHeader("Bearer not-a-jwt")).isEmpty();
        assertThat(BearerTokenClaims.fromAuthorizationHeader("Bearer a.%%%.c")).isEmpty();
    }

    @Test
    void an_archive_s_client_credentials_token_names_its_client_as_the_authorized_party() {
        BearerTokenClaims claims = BearerTokenClaims.fromAuthorizationHeader(bearer(
                "{\"azp\":\"telerad-archive\",\"preferred_username\":\"service-account-telerad-archive\"}"))
                .orElseThrow();

        assertThat(claims.clientId()).contains("telerad-archive");
    }

    @Test
    void without_azp_the_client_id_claim_names_the_client() {
        assertThat(BearerTokenClaims.fromAuthorizationHeader(bearer("{\"client_id\":\"telerad-archive\"}"))
                .orElseThrow().clientId()).contains("telerad-archive");
        assertThat(BearerTokenClaims.fromAuthorizationHeader(bearer("{\"preferred_username\":\"rad-tx\"}"))
                .orElseThrow().clientId()).isEmpty();
    }
}
