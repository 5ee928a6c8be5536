package org.telerad.registry.availability.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WeeklyAvailabilityTest {

    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WeeklyAvailability OFFICE_HOURS = WeeklyAvailability.of(AvailableTime.between(
            EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0)));

    @Test
    void a_radiologist_with_no_availability_counts_as_available() {
        WeeklyAvailability none = WeeklyAvailability.always();
        assertThat(none.isAlways()).isTrue();
        assertThat(none.covers(Instant.parse("2026-11-29T03:00:00Z"), CHICAGO)).isTrue();
        assertThat(WeeklyAvailability.parse("")).isEqualTo(none);
        assertThat(none.describe()).isEqualTo("any time");
    }

    @Test
    void times_are_in_the_facility_s_time_zone() {
        // Monday 2026-11-30 15:00 UTC = 09:00 in Chicago (CST, UTC-6) = 16:00 in Berlin (CET, UTC+1)
        Instant at = Instant.parse("2026-11-30T15:00:00Z");
        assertThat(OFFICE_HOURS.covers(at, CHICAGO)).isTrue();
        assertThat(OFFICE_HOURS.covers(at, BERLIN)).isTrue();
        // 13:30 UTC = 07:30 in Chicago (before the shift) but 14:30 in Berlin
        Instant early = Instant.parse("2026-11-30T13:30:00Z");
        assertThat(OFFICE_HOURS.covers(early, CHICAGO)).isFalse();
        assertThat(OFFICE_HOURS.covers(early, BERLIN)).isTrue();
        // 22:30 UTC Monday = 16:30 in Chicago but 23:30 in Berlin
        Instant late = Instant.parse("2026-11-30T22:30:00Z");
        assertThat(OFFICE_HOURS.covers(late, CHICAGO)).isTrue();
        assertThat(OFFICE_HOURS.covers(late, BERLIN)).isFalse();
    }

    @Test
    void an_instant_is_covered_when_any_window_covers_it() {
        WeeklyAvailability week = new WeeklyAvailability(java.util.List.of(OFFICE_HOURS.times().get(0),
                AvailableTime.allDay(Set.of(SATURDAY))));
        assertThat(week.covers(Instant.parse("2026-12-05T23:00:00Z"), CHICAGO)).as("Saturday 17:00").isTrue();
        assertThat(week.covers(Instant.parse("2026-12-06T23:00:00Z"), CHICAGO)).as("Sunday 17:00").isFalse();
    }

    @Test
    void the_stored_notation_reads_back_to_the_same_windows() {
        WeeklyAvailability week = new WeeklyAvailability(java.util.List.of(OFFICE_HOURS.times().get(0),
                AvailableTime.allDay(Set.of(SATURDAY)),
                AvailableTime.between(Set.of(FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 30))));

        assertThat(week.notation()).isEqualTo("MON,TUE,WED,THU,FRI@08:00-17:00;SAT@ALLDAY;FRI@22:00-06:30");
        assertThat(WeeklyAvailability.parse(week.notation())).isEqualTo(week);
    }

    @Test
    void days_are_read_from_fhir_codes_or_english_names_in_any_case() {
        assertThat(WeeklyAvailability.day("mon")).isEqualTo(MONDAY);
        assertThat(WeeklyAvailability.day("Friday")).isEqualTo(FRIDAY);
        assertThatThrownBy(() -> WeeklyAvailability.day("funday")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklyAvailability.day("mo")).isInstanceOf(IllegalArgumentException.class);
    }
}
