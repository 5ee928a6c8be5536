package org.telerad.routing.assignment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import org.telerad.shared.problem.TeleradException;

/**
 * The patient's age in whole years at the time of the study, or unknown. Built from a DICOM Patient's Age
 * (0010,1010, {@code 012Y}, {@code 006M}), from a birth date and the instant of the study, or from years.
 */
public record PatientAge(Integer years) {

    private static final PatientAge UNKNOWN = new PatientAge(null);

    public PatientAge {
        if (years != null && (years < 0 || years > 150)) {
            throw TeleradException.invalid(RoutingCodes.INVALID_REQUEST, "patientAge",
                    "a patient age is between 0 and 150 years");
        }
    }

    public static PatientAge unknown() {
        return UNKNOWN;
    }

    public static PatientAge ofYears(int years) {
        return new PatientAge(years);
    }

    /** Age at {@code at} (UTC calendar) of a patient born on {@code birthDate}; unknown when either is missing. */
    public static PatientAge bornOn(LocalDate birthDate, Instant at) {
        if (birthDate == null || at == null) {
            return UNKNOWN;
        }
        LocalDate then = LocalDate.ofInstant(at, ZoneOffset.UTC);
        if (birthDate.isAfter(then)) {
            return ofYears(0);
        }
        return ofYears(Period.between(birthDate, then).getYears());
    }

    /** A DICOM AS value: {@code nnnD}, {@code nnnW}, {@code nnnM} or {@code nnnY}; unknown when blank or malformed. */
    public static PatientAge ofDicom(String as) {
        if (as == null || as.strip().length() != 4) {
            return UNKNOWN;
        }
        String v = as.strip();
        int n;
        try {
            n = Integer.parseInt(v.substring(0, 3));
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
        return switch (v.charAt(3)) {
            case 'D', 'W' -> ofYears(0);
            case 'M' -> ofYears(n / 12);
            case 'Y' -> n <= 150 ? ofYears(n) : UNKNOWN;
            default -> UNKNOWN;
        };
    }

    public OptionalInt inYears() {
        return years == null ? OptionalInt.empty() : OptionalInt.of(years);
    }

    public boolean isKnown() {
        return years != null;
    }

    @Override
    public String toString() {
        return years == null ? "unknown" : years + " years";
    }
}
