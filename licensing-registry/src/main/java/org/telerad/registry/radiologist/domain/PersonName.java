package org.telerad.registry.radiologist.domain;

import org.telerad.shared.problem.TeleradException;

/** A person's name as credentialing records it: family and given names required, prefix and suffix optional. */
public record PersonName(String family, String given, String prefix, String suffix) {

    private static final int MAX = 100;

    public PersonName {
        family = required("name/family", family);
        given = required("name/given", given);
        prefix = optional("name/prefix", prefix);
        suffix = optional("name/suffix", suffix);
    }

    public static PersonName of(String family, String given) {
        return new PersonName(family, given, null, null);
    }

    /** "Prefix Given Family, Suffix" for display. */
    public String display() {
        StringBuilder b = new StringBuilder();
        if (prefix != null) {
            b.append(prefix).append(' ');
        }
        b.append(given).append(' ').append(family);
        if (suffix != null) {
            b.append(", ").append(suffix);
        }
        return b.toString();
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", field, field + " is required");
        }
        return checkLength(field, value.strip());
    }

    private static String optional(String field, String value) {
        return value == null || value.isBlank() ? null : checkLength(field, value.strip());
    }

    private static String checkLength(String field, String value) {
        if (value.length() > MAX) {
            throw TeleradException.invalid("TELERAD-REGISTRY-010", field,
                    field + " is longer than " + MAX + " characters");
        }
        return value;
    }
}
