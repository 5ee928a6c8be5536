package org.telerad.registry.api;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.telerad.shared.problem.TeleradException;

/**
 * A DICOM modality code (0008,0060) such as {@code CT}, {@code MR}, {@code CR}: upper case letters and
 * digits, 1 to 16 characters (CS value representation).
 */
public record Modality(String code) {

    private static final Pattern CS = Pattern.compile("[A-Z0-9_]{1,16}");

    public Modality {
        Objects.requireNonNull(code, "code");
        if (!CS.matcher(code).matches()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-005", "modality",
                    "'" + code + "' is not a DICOM modality code (CT, MR, CR, US, ...)");
        }
    }

    public static Modality of(String code) {
        if (code == null) {
            throw TeleradException.invalid("TELERAD-REGISTRY-005", "modality", "a modality code is required");
        }
        return new Modality(code.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return code;
    }
}
