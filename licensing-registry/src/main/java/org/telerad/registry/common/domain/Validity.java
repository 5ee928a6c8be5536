package org.telerad.registry.common.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

import org.telerad.shared.problem.TeleradException;

/**
 * The days a license or privilege is in force, both ends inclusive; {@code validTo} may be open. Whether a
 * record has expired is always derived from these dates at an instant (the UTC calendar day of that
 * instant), never stored.
 */
public record Validity(LocalDate validFrom, LocalDate validTo) {

    public Validity {
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw TeleradException.invalid("TELERAD-REGISTRY-012", "validTo",
                    "validTo (" + validTo + ") is before validFrom (" + validFrom + ")");
        }
    }

    public static Validity between(LocalDate from, LocalDate to) {
        return new Validity(from, to);
    }

    public static Validity from(LocalDate from) {
        return new Validity(from, null);
    }

    public Optional<LocalDate> end() {
        return Optional.ofNullable(validTo);
    }

    /** True on every day from validFrom to validTo, inclusive. */
    public boolean coversDay(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public boolean coversInstant(Instant at) {
        return coversDay(dayOf(at));
    }

    /** True once the last valid day lies before the day of {@code at}. */
    public boolean hasExpiredAt(Instant at) {
        return validTo != null && validTo.isBefore(dayOf(at));
    }

    /** True when the validity ends on a day from {@code from} to {@code to}, inclusive. */
    public boolean endsBetween(LocalDate from, LocalDate to) {
        return validTo != null && !validTo.isBefore(from) && !validTo.isAfter(to);
    }

    public Validity extendedTo(LocalDate newValidTo) {
        return new Validity(validFrom, newValidTo);
    }

    public static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
