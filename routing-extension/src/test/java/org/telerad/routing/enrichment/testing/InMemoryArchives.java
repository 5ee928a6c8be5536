package org.telerad.routing.enrichment.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.telerad.routing.archive.ArchiveCredential;
import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;

/** Configured archives in memory. */
public final class InMemoryArchives implements Archives {

    private final Map<String, ConfiguredArchive> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<ConfiguredArchive> byClientId(String clientId) {
        return byName.values().stream().filter(a -> a.active() && clientId != null && clientId.equals(a.clientId()))
                .findFirst();
    }

    @Override
    public Optional<ConfiguredArchive> byTokenHash(String tokenHash) {
        return byName.values().stream().filter(a -> a.active() && a.credential() != null
                && a.credential().kind() == ArchiveCredential.Kind.BEARER_TOKEN && a.credential().hash().equals(tokenHash))
                .findFirst();
    }

    @Override
    public Optional<ConfiguredArchive> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    @Override
    public List<ConfiguredArchive> all() {
        return new ArrayList<>(byName.values());
    }

    @Override
    public boolean addIfAbsent(ConfiguredArchive archive) {
        return byName.putIfAbsent(archive.name(), archive) == null;
    }

    @Override
    public boolean replace(ConfiguredArchive revised, long expectedVersion) {
        ConfiguredArchive stored = byName.get(revised.name());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        return byName.replace(revised.name(), stored, new ConfiguredArchive(revised.name(), revised.dicomWebBaseUrl(),
                revised.aeTitles(), revised.clientId(), revised.timeZone(), revised.credential(),
                revised.viewerUrlTemplate(), revised.active(), expectedVersion + 1));
    }
}
