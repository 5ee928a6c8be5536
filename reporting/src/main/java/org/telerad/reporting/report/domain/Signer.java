package org.telerad.reporting.report.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * The radiologist who signs, as the registry knew them at the instant of signing: Keycloak {@code username},
 * registry id, display name ({@code Given Family}) and NPI (null when none).
 */
public record Signer(String username, UUID radiologistId, String name, String npi) {

    public Signer {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(radiologistId, "radiologistId");
    }

    /** The family name: the last word of the display name. */
    public String familyName() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? n : n.substring(space + 1);
    }

    /** The given names: everything before the family name. */
    public String givenName() {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.strip();
        int space = n.lastIndexOf(' ');
        return space < 0 ? null : n.substring(0, space);
    }
}
