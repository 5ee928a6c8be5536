package org.telerad.registry.license.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A license's Telerad identifier. */
public record LicenseId(UUID value) {

    public LicenseId {
        Objects.requireNonNull(value, "value");
    }

    public static LicenseId newId() {
        return new LicenseId(UUID.randomUUID());
    }

    public static Optional<LicenseId> parse(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(new LicenseId(UUID.fromString(text.trim())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
