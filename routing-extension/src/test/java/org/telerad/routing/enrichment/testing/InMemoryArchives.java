package org.telerad.routing.enrichment.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.telerad.routing.archive.Archives;
import org.telerad.routing.archive.ConfiguredArchive;

/** Configured archives in memory. */
public final class InMemoryArchives implements Archives {

    private final Map<String, ConfiguredArchive> byName = new ConcurrentHashMap<>();

    @Override
    public Optional<ConfiguredArchive> byClientId(String clientId) {
        return byName.values().stream().filter(a -> a.clientId().equals(clientId)).findFirst();
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
}
