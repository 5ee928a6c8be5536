package org.telerad.registry.license.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.telerad.shared.problem.TeleradException;

/**
 * The kind of license: a full (unrestricted) license, a telemedicine-only license, a temporary one, or one
 * issued through the US Interstate Medical Licensure Compact.
 */
public enum LicenseType {
    FULL, TELEMEDICINE, TEMPORARY, IMLC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LicenseType of(String code) {
        if (code != null) {
            for (LicenseType t : values()) {
                if (t.code().equalsIgnoreCase(code.trim())) {
                    return t;
                }
            }
        }
        throw TeleradException.invalid("TELERAD-REGISTRY-006", "type", "'" + code
                + "' is not a license type; use one of "
                + Arrays.stream(values()).map(LicenseType::code).collect(Collectors.joining(", ")));
    }
}
