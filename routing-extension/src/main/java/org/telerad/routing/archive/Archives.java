package org.telerad.routing.archive;

import java.util.List;
import java.util.Optional;

/** The configured archives. */
public interface Archives {

    /** The archive whose calls carry tokens of this Keycloak client. */
    Optional<ConfiguredArchive> byClientId(String clientId);

    Optional<ConfiguredArchive> byName(String name);

    List<ConfiguredArchive> all();

    /** Adds the archive unless one with its name exists; answers whether it was added. */
    boolean addIfAbsent(ConfiguredArchive archive);
}
