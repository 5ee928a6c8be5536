package org.telerad.routing.hl7.domain;

import java.util.Locale;
import java.util.Optional;

import org.telerad.routing.task.domain.Priority;

/**
 * HL7 v2 priority (table 0027, in TQ1-9, ORC-7.6 or OBR-27.6) as a reading priority: S stat → HIGH,
 * A asap → MEDIUM, R routine → LOW (DOMAIN.md, priority mapping). Other codes (P, C, T, PRN) carry no
 * reading urgency and are ignored.
 */
public enum OrderPriority {
    S(Priority.HIGH), A(Priority.MEDIUM), R(Priority.LOW);

    private final Priority reading;

    OrderPriority(Priority reading) {
        this.reading = reading;
    }

    public Priority reading() {
        return reading;
    }

    /** The reading priority for an HL7 priority code, empty for none or one without reading urgency. */
    public static Optional<Priority> readingPriorityOf(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (OrderPriority p : values()) {
            if (p.name().equals(c)) {
                return Optional.of(p.reading);
            }
        }
        return Optional.empty();
    }
}
