package org.telerad.registry.privilege.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A privilege's Telerad identifier. */
public record PrivilegeId(UUID value) {

    public PrivilegeId {
        Objects.requireNonNull(value, "value");
    }

    public static PrivilegeId newId() {
        return new PrivilegeId(UUID.randomUUID());
    }

    public static Optional<PrivilegeId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new PrivilegeId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
