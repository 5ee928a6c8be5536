package org.telerad.reporting.delivery.channel.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * One result channel of a facility: a name unique within the facility, whether it is enabled, and its
 * {@link Endpoint}. Immutable; {@code version} is the optimistic-locking version (the REST ETag). A disabled
 * channel receives no new deliveries and its queued ones wait until it is enabled again.
 */
public record ChannelConfiguration(UUID id, String facilityCode, String name, boolean enabled, Endpoint endpoint,
        long version) {

    public ChannelConfiguration {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(facilityCode, "facilityCode");
        name = Fields.required("name", name, 100);
        Objects.requireNonNull(endpoint, "endpoint");
    }

    /** A new channel, version 0. */
    public static ChannelConfiguration open(String facilityCode, String name, boolean enabled, Endpoint endpoint) {
        return new ChannelConfiguration(UUID.randomUUID(), facilityCode, name, enabled, endpoint, 0);
    }

    public ChannelKind kind() {
        return endpoint.kind();
    }

    /** This channel changed as an administrator asked (secrets left out of the request are merged in before). */
    public ChannelConfiguration changedTo(String name, boolean enabled, Endpoint requested) {
        return new ChannelConfiguration(id, facilityCode, name, enabled, requested, version + 1);
    }

    /** The stored secret of this channel when its authentication method is {@code type}, else null. */
    public Secret secretFor(String type) {
        if (endpoint instanceof FhirEndpoint fhir && fhir.auth().type().equals(type)) {
            return fhir.auth().secret();
        }
        return null;
    }
}
