package org.telerad.registry.radiologist.domain;

import java.util.Locale;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/** The Keycloak username that links a login to a radiologist record (lower case, as Keycloak stores it). */
public record Username(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9._@+-]{1,255}");

    public Username {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-014", "username",
                    "a username has 1 to 255 lower-case letters, digits or . _ @ + -");
        }
    }

    public static Username of(String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-014", "username", "a username is required");
        }
        return new Username(value.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
