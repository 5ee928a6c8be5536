package org.telerad.routing.assignment.domain;

import java.util.Locale;

import org.telerad.shared.problem.TeleradException;

/**
 * Telerad's three urgency tiers, mapped from UPS Scheduled Procedure Step Priority (0074,1200): HIGH is
 * STAT, MEDIUM is URGENT, LOW is ROUTINE. Urgency changes how much the scoring favours the least loaded
 * reader over continuity.
 */
public enum ReadingPriority {
    STAT, URGENT, ROUTINE;

    /** From the UPS priority code HIGH, MEDIUM or LOW. */
    public static ReadingPriority ofUps(String upsPriority) {
        if (upsPriority != null) {
            switch (upsPriority.trim().toUpperCase(Locale.ROOT)) {
                case "HIGH":
                    return STAT;
                case "MEDIUM":
                    return URGENT;
                case "LOW":
                    return ROUTINE;
                default:
                    break;
            }
        }
        throw TeleradException.invalid(RoutingCodes.INVALID_REQUEST, "priority",
                "'" + upsPriority + "' is not a UPS priority; use HIGH, MEDIUM or LOW");
    }

    /** The UPS priority code for this tier. */
    public String upsCode() {
        return switch (this) {
            case STAT -> "HIGH";
            case URGENT -> "MEDIUM";
            case ROUTINE -> "LOW";
        };
    }
}
