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
     * One radiologist: {@code name} for display ("Given Family"); {@code homeCountry} an ISO 3166-1 alpha-2 code;
     * {@code npi} (US National Provider Identifier) and {@code username} null when the registry knows none;
     * {@code familyName} and {@code givenName} as credentialing recorded them (null when not known apart, see
     * {@link #dicomPersonName()}). No contact data.
     */
    record Entry(UUID radiologistId, String name, String username, String homeCountry, String npi, boolean active,
            String familyName, String givenName) {
        public Entry {
            Objects.requireNonNull(radiologistId, "radiologistId");
        }

        /** An entry without family and given names known apart. */
        public Entry(UUID radiologistId, String name, String username, String homeCountry, String npi,
                boolean active) {
            this(radiologistId, name, username, homeCountry, npi, active, null, null);
        }

        /**
         * The name as a DICOM PN value ({@code Family^Given}, e.g. for Human Performer's Name 0040,4037): from the
         * family and given names, the PN delimiters (caret, equals sign, backslash) removed from each; empty when the family name
         * is not known (a display name cannot be split reliably).
         */
        public Optional<String> dicomPersonName() {
            if (familyName == null || familyName.isBlank()) {
                return Optional.empty();
            }
            String family = component(familyName);
            String given = givenName == null ? "" : component(givenName);
            return family.isEmpty() ? Optional.empty() : Optional.of(given.isEmpty() ? family : family + "^" + given);
        }

        private static String component(String part) {
            return part.replaceAll("[\\^=\\\\\\p{Cntrl}]", " ").strip().replaceAll(" {2,}", " ");
        }
    }
}
