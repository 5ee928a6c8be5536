package org.telerad.routing.task.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Scheduled Procedure Step Priority (0074,1200) with its reading meaning: HIGH is a STAT read, MEDIUM an
 * urgent one, LOW routine (DOMAIN.md, priority mapping). Declared from most to least urgent.
 */
public enum Priority {
    HIGH("stat"), MEDIUM("urgent"), LOW("routine");

    private final String urgency;

    Priority(String urgency) {
        this.urgency = urgency;
    }

    /** stat, urgent or routine. */
    public String urgency() {
        return urgency;
    }

    public boolean isMoreUrgentThan(Priority other) {
        return ordinal() < other.ordinal();
    }

    /** HIGH/MEDIUM/LOW (the DICOM defined terms) or stat/urgent/routine. */
    public static Optional<Priority> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (Priority p : values()) {
            if (p.name().equals(t) || p.urgency.equalsIgnoreCase(t)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
