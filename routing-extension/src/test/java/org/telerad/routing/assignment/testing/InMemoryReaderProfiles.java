package org.telerad.routing.assignment.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.telerad.routing.assignment.domain.ReaderProfile;
import org.telerad.routing.assignment.domain.ReaderProfiles;

/** Reader profiles held in memory. */
public final class InMemoryReaderProfiles implements ReaderProfiles {

    private final Map<UUID, ReaderProfile> profiles = new HashMap<>();

    public InMemoryReaderProfiles readingFrom(FixtureReader reader, String country) {
        profiles.put(reader.id(), new ReaderProfile(reader.id(), country, null, reader.username()));
        return this;
    }

    public InMemoryReaderProfiles withNpi(FixtureReader reader, String country, String npi) {
        profiles.put(reader.id(), new ReaderProfile(reader.id(), country, npi, reader.username()));
        return this;
    }

    @Override
    public Optional<ReaderProfile> of(UUID radiologistId) {
        return Optional.ofNullable(profiles.get(radiologistId));
    }
}
