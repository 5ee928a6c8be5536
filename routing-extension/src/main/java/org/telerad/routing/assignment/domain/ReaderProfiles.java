package org.telerad.routing.assignment.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Port: what routing knows about a reader beyond eligibility: the country they read from (for residency and
 * cross-border reads) and their NPI (the performer code written into the task). The registry holds both
 * (home country, identifiers) and publishes them through {@code org.telerad.registry.api.RadiologistDirectory}
 * ({@code RegistryReaderProfiles}); where no implementation is given, {@link #unknown()} applies, which makes
 * residency-restricted and cross-border routing fail closed (a reader whose country is unknown is not
 * assigned such a study).
 */
public interface ReaderProfiles {

    Optional<ReaderProfile> of(UUID radiologistId);

    /** Nothing is known about any reader. */
    static ReaderProfiles unknown() {
        return id -> Optional.empty();
    }
}
