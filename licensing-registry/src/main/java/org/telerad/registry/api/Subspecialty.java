package org.telerad.registry.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.telerad.shared.problem.TeleradException;

/** The controlled list of radiology subspecialties a radiologist holds and a study may need. */
public enum Subspecialty {
    NEURO, MSK, BODY, CHEST, BREAST, PEDIATRIC, CARDIAC, NUCLEAR, INTERVENTIONAL, EMERGENCY;

    /** The lower-case code used in JSON and FHIR ({@code neuro}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Subspecialty of(String code) {
        if (code != null) {
            for (Subspecialty s : values()) {
                if (s.code().equalsIgnoreCase(code.trim())) {
                    return s;
                }
            }
        }
        throw TeleradException.invalid("TELERAD-REGISTRY-002", "subspecialty", "'" + code
                + "' is not a known subspecialty; use one of " + Arrays.stream(values()).map(Subspecialty::code)
                        .collect(Collectors.joining(", ")));
    }
}
