package org.telerad.registry.radiologist.domain;

import org.telerad.shared.problem.TeleradException;

/**
 * An identifier another system gave a radiologist, as a system URI and a value (FHIR style). An identifier
 * in the NPI system must be a valid {@link Npi}.
 */
public record Identifier(String system, String value) {

    public Identifier {
        if (system == null || system.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "system", "an identifier system is required");
        }
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "value", "an identifier value is required");
        }
        system = system.strip();
        value = value.strip();
        if (system.length() > 255 || value.length() > 255) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", "value", "identifiers are at most 255 characters");
        }
        if (Npi.SYSTEM.equals(system)) {
            Npi.of(value);
        }
    }

    public static Identifier of(String system, String value) {
        return new Identifier(system, value);
    }

    public static Identifier npi(String value) {
        return new Identifier(Npi.SYSTEM, value);
    }

    public boolean isNpi() {
        return Npi.SYSTEM.equals(system);
    }
}
