package org.telerad.registry.expiry.application;

import java.time.LocalDate;

/** A privilege that ends within the window. */
public record ExpiringPrivilege(String privilegeId, String radiologistId, String radiologistName,
        String facilityCode, String status, LocalDate validTo, long daysLeft) {
}
