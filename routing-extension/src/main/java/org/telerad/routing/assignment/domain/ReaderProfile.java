package org.telerad.routing.assignment.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Where a reader reads from ({@code readsFromCountry}, ISO 3166-1 alpha-2), their NPI and their Keycloak
 * username (each may be null; the username matters for readers abroad, whom the registry's answer lists without it).
 */
public record ReaderProfile(UUID radiologistId, String readsFromCountry, String npi, String username) {

    public ReaderProfile {
        Objects.requireNonNull(radiologistId, "radiologistId");
        readsFromCountry = readsFromCountry == null || readsFromCountry.isBlank() ? null
                : readsFromCountry.strip().toUpperCase(Locale.ROOT);
        npi = npi == null || npi.isBlank() ? null : npi.strip();
        username = username == null || username.isBlank() ? null : username.strip();
    }

    public static ReaderProfile readingFrom(UUID radiologistId, String country) {
        return new ReaderProfile(radiologistId, country, null, null);
    }
}
