package org.telerad.registry.availability.application;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.telerad.registry.availability.domain.AvailableTime;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.common.domain.Violations;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/** Validates reading windows sent by a client, naming each bad field by its JSON pointer. */
public final class AvailableTimes {

    private AvailableTimes() {
    }

    /**
     * The windows, with every problem recorded in {@code v} under {@code pointer}
     * ({@code /availableTimes/1/availableEndTime}); null or empty is {@link WeeklyAvailability#always()}.
     */
    public static WeeklyAvailability of(List<AvailableTimeData> data, Violations v, String pointer) {
        if (data == null || data.isEmpty()) {
            return WeeklyAvailability.always();
        }
        List<AvailableTime> times = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            String at = pointer + "/" + i;
            AvailableTimeData d = data.get(i);
            if (d == null) {
                v.add(AvailableTime.INVALID, at, "a reading window is required");
                continue;
            }
            boolean ok = true;
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            List<String> codes = d.daysOfWeek() == null ? List.of() : d.daysOfWeek();
            for (int j = 0; j < codes.size(); j++) {
                try {
                    days.add(WeeklyAvailability.day(codes.get(j)));
                } catch (IllegalArgumentException e) {
                    v.add(AvailableTime.INVALID, at + "/daysOfWeek/" + j, "'" + codes.get(j)
                            + "' is not a day of the week; use mon, tue, wed, thu, fri, sat or sun");
                    ok = false;
                }
            }
            LocalTime start = time(d.availableStartTime(), at + "/availableStartTime", v);
            LocalTime end = time(d.availableEndTime(), at + "/availableEndTime", v);
            if (start == null && d.availableStartTime() != null || end == null && d.availableEndTime() != null) {
                ok = false;
            }
            if (!ok) {
                continue;
            }
            try {
                times.add(new AvailableTime(days, Boolean.TRUE.equals(d.allDay()), start, end));
            } catch (TeleradException e) {
                if (e.kind() != TeleradException.Kind.INVALID) {
                    throw e;
                }
                for (FieldViolation f : e.violations()) {
                    v.add(e.code(), at + "/" + f.field(), f.message());
                }
            }
        }
        return new WeeklyAvailability(times);
    }

    /** The windows as JSON shows them. */
    public static List<AvailableTimeData> data(WeeklyAvailability availability) {
        return availability.times().stream().map(t -> new AvailableTimeData(
                t.daysOfWeek().stream().sorted().map(d -> d.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)).toList(),
                t.allDay(), t.allDay() ? null : t.start().toString(), t.allDay() ? null : t.end().toString()))
                .toList();
    }

    private static LocalTime time(String text, String field, Violations v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(AvailableTime.INVALID, field, "'" + text + "' is not a time of day (HH:mm or HH:mm:ss, 00:00 to"
                    + " 23:59:59)");
            return null;
        }
    }
}
