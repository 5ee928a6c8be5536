package org.telerad.routing.task.domain;

import java.util.Locale;
import java.util.Optional;

/** Input Readiness State (0040,4041): whether the images to read are all there. */
public enum InputReadiness {
    READY, INCOMPLETE, UNAVAILABLE;

    public static Optional<InputReadiness> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
