package org.telerad.routing.assignment.application;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.RadiologistDirectory;
import org.telerad.routing.assignment.domain.ReaderProfile;
import org.telerad.routing.assignment.domain.ReaderProfiles;

/**
 * The {@link ReaderProfiles} Telerad runs: what the registry's {@link RadiologistDirectory} knows of each reader
 * (home country as the country they read from, NPI, username). A radiologist the registry does not know has
 * no profile, which keeps residency-restricted and cross-border routing failing closed for them.
 */
@ApplicationScoped
public class RegistryReaderProfiles implements ReaderProfiles {

    private RadiologistDirectory directory;

    protected RegistryReaderProfiles() {
        // for CDI proxies
    }

    @Inject
    public RegistryReaderProfiles(RadiologistDirectory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @Override
    public Optional<ReaderProfile> of(UUID radiologistId) {
        return directory.find(radiologistId).map(RegistryReaderProfiles::profileOf);
    }

    static ReaderProfile profileOf(RadiologistDirectory.Entry e) {
        return new ReaderProfile(e.radiologistId(), e.homeCountry(), e.npi(), e.username());
    }
}
