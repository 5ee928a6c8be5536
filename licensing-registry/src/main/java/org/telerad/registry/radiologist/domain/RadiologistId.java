package org.telerad.registry.radiologist.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A radiologist's Telerad identifier, a random UUID assigned at registration. */
public record RadiologistId(UUID value) {

    public RadiologistId {
        Objects.requireNonNull(value, "value");
    }

    public static RadiologistId newId() {
        return new RadiologistId(UUID.randomUUID());
    }

    public static RadiologistId of(UUID value) {
        return new RadiologistId(value);
    }

    /** Parses a path or body value; empty when it is not a UUID (callers answer 404 or 422). */
    public static Optional<RadiologistId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new RadiologistId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
