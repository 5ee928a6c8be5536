package org.telerad.shared.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The claims Telerad reads from the bearer token of a request that WildFly's elytron-oidc-client has already
 * authenticated (signature, issuer, audience and expiry are checked there, before any Telerad code runs).
 * Reading the payload of that same token keeps Telerad free of the server's private OIDC classes, so the WAR
 * needs no module dependency and runs unchanged on later WildFly versions. Never use this on a request that
 * was not authenticated.
 */
public record BearerTokenClaims(String preferredUsername, Set<String> facilityCodes, String authorizedParty) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public BearerTokenClaims {
        facilityCodes = Set.copyOf(facilityCodes);
    }

    /**
     * The Keycloak client the token was issued to ({@code azp}, else {@code client_id}): for a machine caller such
     * as an archive, the credential that identifies it.
     */
    public Optional<String> clientId() {
        return Optional.ofNullable(authorizedParty);
    }

    /** The claims of {@code Authorization: Bearer <jwt>}, or empty when the header holds no readable token. */
    public static Optional<BearerTokenClaims> fromAuthorizationHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String[] parts = header.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode payload = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]),
                    StandardCharsets.UTF_8));
            if (payload == null || !payload.isObject()) {
                return Optional.empty();
            }
            JsonNode username = payload.get("preferred_username");
            String preferredUsername = username != null && username.isTextual() ? username.asText() : null;
            return Optional.of(new BearerTokenClaims(preferredUsername, facilities(payload.get(Roles.FACILITIES_CLAIM)),
                    firstText(payload, "azp", "client_id")));
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static String firstText(JsonNode payload, String... names) {
        for (String name : names) {
            JsonNode value = payload.get(name);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    /** The claim as Keycloak writes it: a JSON array for a multivalued attribute, else one (comma-separated) string. */
    static Set<String> facilities(JsonNode claim) {
        Set<String> codes = new LinkedHashSet<>();
        if (claim == null || claim.isNull()) {
            return codes;
        }
        if (claim.isArray()) {
            claim.forEach(element -> addCodes(codes, element.asText()));
        } else {
            addCodes(codes, claim.asText());
        }
        return codes;
    }

    private static void addCodes(Set<String> codes, String text) {
        for (String code : text.split("[,\\s]+")) {
            if (!code.isBlank()) {
                codes.add(code.trim());
            }
        }
    }
}
