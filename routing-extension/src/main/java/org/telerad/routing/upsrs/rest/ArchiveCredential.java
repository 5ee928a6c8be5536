package org.telerad.routing.upsrs.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Which Keycloak client a request's bearer token was issued to ({@code azp}, else {@code client_id}): the
 * credential that identifies the calling archive. Only for requests elytron-oidc-client has already
 * authenticated (signature, issuer and expiry are checked there).
 */
final class ArchiveCredential {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArchiveCredential() {
    }

    static Optional<String> clientId(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            for (String name : new String[] { "azp", "client_id" }) {
                JsonNode value = claims == null ? null : claims.get(name);
                if (value != null && value.isTextual() && !value.asText().isBlank()) {
                    return Optional.of(value.asText());
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
