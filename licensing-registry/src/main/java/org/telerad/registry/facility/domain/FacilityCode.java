package org.telerad.registry.facility.domain;

import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * A facility's short, unique and stable code ({@code tx-dallas}): a lower-case slug of letters, digits and
 * single hyphens, at most 64 characters. Tokens list facility admins' facilities by code.
 */
public record FacilityCode(String value) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public FacilityCode {
        if (value == null || value.length() > 64 || !SLUG.matcher(value).matches()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-014", "code", "'" + value
                    + "' is not a facility code: use lower-case letters, digits and single hyphens (tx-dallas)");
        }
    }

    public static FacilityCode of(String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-014", "code", "a facility code is required");
        }
        return new FacilityCode(value.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
