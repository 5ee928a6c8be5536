package org.telerad.routing.hl7.domain;

import java.time.LocalDate;

/**
 * The patient an order is for (PID-3 with its assigning authority, PID-5, PID-7, PID-8). Personal data: kept
 * with the order, never logged ({@link #toString()} shows none of it).
 */
public record OrderedPatient(String id, String issuer, String name, LocalDate birthDate, String sex) {

    public static OrderedPatient unknown() {
        return new OrderedPatient(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "OrderedPatient[" + (id == null ? "no id" : "id present") + "]";
    }
}
