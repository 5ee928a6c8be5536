package org.telerad.reporting.delivery.channel.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The store of channel configurations (port); joins the caller's transaction. */
public interface ResultChannels {

    /** The facility's channels, by name. */
    List<ChannelConfiguration> of(String facilityCode);

    /** The facility's enabled channels. */
    default List<ChannelConfiguration> enabledOf(String facilityCode) {
        return of(facilityCode).stream().filter(ChannelConfiguration::enabled).toList();
    }

    Optional<ChannelConfiguration> find(UUID channelId);

    /** Stores a new channel; false when the facility already has a channel of that name. */
    boolean add(ChannelConfiguration channel);

    /**
     * Replaces a channel when its stored version is {@code changed.version() - 1}; false when it is not (changed
     * meanwhile). Throws when the name is taken by another channel of the facility.
     */
    boolean replace(ChannelConfiguration changed);

    /** Removes a channel; its queued deliveries are dead-lettered when next claimed. False when absent. */
    boolean remove(UUID channelId);

    /**
     * What {@link #sealStoredSecrets()} did: secrets sealed now with the current key (they were in clear or under a
     * previous key), secrets that do not open with the configured keys, and secrets left alone because this node
     * has no key.
     */
    record SealingPass(int sealed, int unreadable, long withoutKey) {
    }

    /** Seals every stored secret that is in clear or sealed with a previous key with the current key. */
    SealingPass sealStoredSecrets();
}
