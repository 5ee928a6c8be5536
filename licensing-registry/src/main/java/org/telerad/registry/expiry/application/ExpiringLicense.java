package org.telerad.registry.expiry.application;

import java.time.LocalDate;
import java.util.List;

/** A license that ends within the window, with the facilities where its holder is privileged. */
public record ExpiringLicense(String licenseId, String radiologistId, String radiologistName, String jurisdiction,
        String number, String status, LocalDate validTo, long daysLeft, List<String> facilities) {
}
