package org.telerad.registry.api;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a radiologist of the registry is, beyond what an {@link EligibilityResult} lists: the country they read
 * from (their home country, for residency and cross-border reads), their NPI and their Keycloak username.
 *
 * <p>Answered from the same in-memory registry snapshot eligibility answers from, without touching the
 * database per call (routing looks every reader up for every decision): right after
 * {@link Eligibility#evaluate}, the answer is of the same registry revision as that result. CDI bean
 * (application-scoped, thread safe): {@code @Inject RadiologistDirectory directory;}.
 */
public interface RadiologistDirectory {

    /** The radiologist with this registry id, empty when the registry has none. */
    Optional<Entry> find(UUID radiologistId);

    /**
     * One radiologist: {@code homeCountry} an ISO 3166-1 alpha-2 code; {@code npi} (US National Provider
     * Identifier) and {@code username} null when the registry knows none. No contact data.
     */
    record Entry(UUID radiologistId, String name, String username, String homeCountry, String npi, boolean active) {
        public Entry {
            Objects.requireNonNull(radiologistId, "radiologistId");
        }
    }
}
