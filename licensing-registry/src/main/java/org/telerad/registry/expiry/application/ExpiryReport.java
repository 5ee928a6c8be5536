package org.telerad.registry.expiry.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Licenses and privileges whose last valid day lies from {@code from} (today, UTC) to {@code until}
 * (today + withinDays), soonest first; {@code facility} is the facility code it was limited to, if any.
 */
public record ExpiryReport(int withinDays, LocalDate from, LocalDate until, String facility,
        List<ExpiringLicense> licenses, List<ExpiringPrivilege> privileges) {
}
