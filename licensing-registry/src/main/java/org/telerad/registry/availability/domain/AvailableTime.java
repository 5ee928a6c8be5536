package org.telerad.registry.availability.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * One weekly reading window, as FHIR {@code PractitionerRole.availableTime}: the days of the week it starts
 * on, and either all day or from {@code start} (inclusive) to {@code end} (exclusive), local times in the
 * facility's time zone. When {@code end} is before {@code start} the window runs overnight: a Monday window
 * from 22:00 to 06:00 covers Monday 22:00 to Tuesday 06:00. An end of 00:00 means "until midnight".
 *
 * <p>Invalid windows are refused with {@value #INVALID}, the violation naming the field
 * ({@code daysOfWeek}, {@code availableStartTime}, {@code availableEndTime}).
 */
public record AvailableTime(Set<DayOfWeek> daysOfWeek, boolean allDay, LocalTime start, LocalTime end) {

    public static final String INVALID = "TELERAD-REGISTRY-007";

    public AvailableTime {
        if (daysOfWeek == null || daysOfWeek.isEmpty()) {
            throw invalid("daysOfWeek", "at least one day of the week is required (mon, tue, wed, thu, fri, sat,"
                    + " sun)");
        }
        daysOfWeek = Set.copyOf(EnumSet.copyOf(daysOfWeek));
        if (allDay) {
            if (start != null || end != null) {
                throw invalid(start != null ? "availableStartTime" : "availableEndTime",
                        "an all-day window has no start or end time");
            }
        } else {
            if (start == null) {
                throw invalid("availableStartTime", "a start time is required unless the window is all day");
            }
            if (end == null) {
                throw invalid("availableEndTime", "an end time is required unless the window is all day");
            }
            if (start.equals(end)) {
                throw invalid("availableEndTime", "the end time " + end + " equals the start time; use allDay for"
                        + " a whole day");
            }
        }
    }

    /** Every listed day, all day long. */
    public static AvailableTime allDay(Set<DayOfWeek> days) {
        return new AvailableTime(days, true, null, null);
    }

    /** The listed days from {@code start} to {@code end}; overnight when {@code end} is before {@code start}. */
    public static AvailableTime between(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        return new AvailableTime(days, false, start, end);
    }

    /** True when the window crosses midnight into the next day. */
    public boolean overnight() {
        return !allDay && end.isBefore(start);
    }

    /** True when the facility-local date and time falls inside the window. */
    public boolean covers(LocalDateTime local) {
        DayOfWeek day = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        if (allDay) {
            return daysOfWeek.contains(day);
        }
        if (!overnight()) {
            return daysOfWeek.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return (daysOfWeek.contains(day) && !time.isBefore(start))
                || (daysOfWeek.contains(day.minus(1)) && time.isBefore(end));
    }

    /** "Mon, Tue 22:00-06:00" or "Sat all day". */
    public String describe() {
        String days = daysOfWeek.stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
                .collect(Collectors.joining(", "));
        return days + (allDay ? " all day" : " " + start + "-" + end);
    }

    private static TeleradException invalid(String field, String message) {
        return TeleradException.invalid(INVALID, message, List.of(new FieldViolation(field, message)));
    }
}
