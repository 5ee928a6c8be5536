package org.telerad.registry.facility.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A facility's Telerad identifier. */
public record FacilityId(UUID value) {

    public FacilityId {
        Objects.requireNonNull(value, "value");
    }

    public static FacilityId newId() {
        return new FacilityId(UUID.randomUUID());
    }

    public static Optional<FacilityId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new FacilityId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
