package org.telerad.registry.availability.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reading windows of one privilege, in the facility's time zone. No window given means the radiologist
 * counts as available at any time ({@link #always()}). Immutable.
 *
 * <p>{@link #notation()} is a compact, stable text form ({@code MON,TUE@08:00-17:00;SAT@ALLDAY}) used to
 * store the windows with the privilege; {@link #parse(String)} reads it back.
 */
public record WeeklyAvailability(List<AvailableTime> times) {

    public WeeklyAvailability {
        times = times == null ? List.of() : List.copyOf(times);
    }

    public static WeeklyAvailability always() {
        return new WeeklyAvailability(List.of());
    }

    public static WeeklyAvailability of(AvailableTime... times) {
        return new WeeklyAvailability(List.of(times));
    }

    /** True when no window is given: available at any time. */
    public boolean isAlways() {
        return times.isEmpty();
    }

    /** True when the instant, read in the facility's time zone, falls inside a window (or none is given). */
    public boolean covers(Instant at, ZoneId facilityZone) {
        if (times.isEmpty()) {
            return true;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, facilityZone);
        for (AvailableTime t : times) {
            if (t.covers(local)) {
                return true;
            }
        }
        return false;
    }

    /** "Mon, Tue 08:00-17:00; Sat all day", or "any time". */
    public String describe() {
        return times.isEmpty() ? "any time"
                : times.stream().map(AvailableTime::describe).collect(Collectors.joining("; "));
    }

    public String notation() {
        return times.stream().map(t -> t.daysOfWeek().stream().sorted().map(d -> d.name().substring(0, 3))
                .collect(Collectors.joining(",")) + "@" + (t.allDay() ? "ALLDAY" : t.start() + "-" + t.end()))
                .collect(Collectors.joining(";"));
    }

    /** Reads {@link #notation()}; blank is {@link #always()}. */
    public static WeeklyAvailability parse(String notation) {
        if (notation == null || notation.isBlank()) {
            return always();
        }
        List<AvailableTime> times = new ArrayList<>();
        for (String window : notation.split(";")) {
            String[] parts = window.strip().split("@", 2);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String d : parts[0].split(",")) {
                days.add(day(d));
            }
            if ("ALLDAY".equals(parts[1])) {
                times.add(AvailableTime.allDay(days));
            } else {
                String[] span = parts[1].split("-", 2);
                times.add(AvailableTime.between(days, LocalTime.parse(span[0]), LocalTime.parse(span[1])));
            }
        }
        return new WeeklyAvailability(times);
    }

    /** A day from its FHIR code ({@code mon}) or English name ({@code monday}), any case. */
    public static DayOfWeek day(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (c.length() >= 3 && (d.name().equals(c) || d.name().substring(0, 3).equals(c))) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not a day of the week");
    }
}
