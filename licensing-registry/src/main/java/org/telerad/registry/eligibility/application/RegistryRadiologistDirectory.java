package org.telerad.registry.eligibility.application;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.registry.eligibility.domain.RadiologistRecord;

/**
 * The {@link RadiologistDirectory} Telerad runs: answers from the eligibility snapshot the last eligibility
 * question used ({@link RegistryEligibility#lastSnapshot()}), so a look-up costs a map access and matches the
 * registry revision of that question. Thread safe.
 */
@ApplicationScoped
public class RegistryRadiologistDirectory implements RadiologistDirectory {

    private RegistryEligibility eligibility;

    protected RegistryRadiologistDirectory() {
        // for CDI proxies
    }

    @Inject
    public RegistryRadiologistDirectory(RegistryEligibility eligibility) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
    }

    @Override
    public Optional<Entry> find(UUID radiologistId) {
        if (radiologistId == null) {
            return Optional.empty();
        }
        return eligibility.lastSnapshot().radiologist(radiologistId).map(RegistryRadiologistDirectory::entryOf);
    }

    static Entry entryOf(RadiologistRecord r) {
        return new Entry(r.id(), r.name(), r.username(), r.homeCountry(), r.npi(), r.active(), r.familyName(),
                r.givenName());
    }
}
