package org.telerad.routing.archive;

import java.util.List;
import java.util.Optional;

/** The configured archives. */
public interface Archives {

    /** The active archive whose calls carry tokens of this Keycloak client. */
    Optional<ConfiguredArchive> byClientId(String clientId);

    /** The archive of this name, active or not. */
    Optional<ConfiguredArchive> byName(String name);

    /** The active archive whose static bearer token has this hex SHA-256 ({@link ArchiveCredential#tokenHash}). */
    Optional<ConfiguredArchive> byTokenHash(String tokenHash);

    /** Every archive, active or not, by name. */
    List<ConfiguredArchive> all();

    /** Adds the archive unless one with its name exists; answers whether it was added. */
    boolean addIfAbsent(ConfiguredArchive archive);

    /**
     * Stores a revision of an existing archive when its stored version is still {@code expectedVersion}; the
     * stored revision gets {@code expectedVersion + 1}. Answers whether it was stored.
     */
    boolean replace(ConfiguredArchive revised, long expectedVersion);
}
