package org.telerad.registry.availability.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

class AvailableTimeTest {

    // 2026-11-30 is a Monday
    private static LocalDateTime monday(String time) {
        return LocalDateTime.of(2026, 11, 30, 0, 0).with(LocalTime.parse(time));
    }

    private static LocalDateTime tuesday(String time) {
        return monday(time).plusDays(1);
    }

    private static final AvailableTime MONDAY_NIGHT = AvailableTime.between(Set.of(MONDAY), LocalTime.of(22, 0),
            LocalTime.of(6, 0));

    @Test
    void a_night_shift_from_22_to_06_covers_03_00_on_the_next_day() {
        assertThat(MONDAY_NIGHT.overnight()).isTrue();
        assertThat(MONDAY_NIGHT.covers(tuesday("03:00"))).isTrue();
        assertThat(MONDAY_NIGHT.covers(monday("22:00"))).isTrue();
        assertThat(MONDAY_NIGHT.covers(monday("23:59"))).isTrue();
    }

    @Test
    void a_night_shift_does_not_cover_the_early_morning_of_the_day_it_starts_nor_its_own_end() {
        assertThat(MONDAY_NIGHT.covers(monday("03:00"))).isFalse();
        assertThat(MONDAY_NIGHT.covers(tuesday("06:00"))).isFalse();
        assertThat(MONDAY_NIGHT.covers(tuesday("22:30"))).isFalse();
    }

    @Test
    void a_sunday_night_shift_runs_into_monday_morning() {
        AvailableTime sundayNight = AvailableTime.between(Set.of(SUNDAY), LocalTime.of(20, 0), LocalTime.of(2, 0));
        assertThat(sundayNight.covers(monday("01:59"))).isTrue();
        assertThat(sundayNight.covers(monday("02:00"))).isFalse();
    }

    @Test
    void a_day_shift_covers_its_start_but_not_its_end() {
        AvailableTime office = AvailableTime.between(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(17, 0));
        assertThat(office.overnight()).isFalse();
        assertThat(office.covers(monday("08:00"))).isTrue();
        assertThat(office.covers(monday("16:59"))).isTrue();
        assertThat(office.covers(monday("17:00"))).isFalse();
        assertThat(office.covers(monday("07:59"))).isFalse();
        assertThat(office.covers(monday("10:00").plusDays(5))).as("saturday").isFalse();
    }

    @Test
    void an_end_of_midnight_means_until_the_end_of_the_day() {
        AvailableTime evening = AvailableTime.between(Set.of(MONDAY), LocalTime.of(18, 0), LocalTime.MIDNIGHT);
        assertThat(evening.covers(monday("23:59:59"))).isTrue();
        assertThat(evening.covers(tuesday("00:00"))).isFalse();
    }

    @Test
    void an_all_day_window_covers_every_time_of_its_days_only() {
        AvailableTime weekend = AvailableTime.allDay(Set.of(SATURDAY, SUNDAY));
        assertThat(weekend.covers(monday("00:00").minusDays(1))).isTrue();
        assertThat(weekend.covers(monday("00:00"))).isFalse();
        assertThat(weekend.describe()).isEqualTo("Sat, Sun all day");
    }

    @Test
    void an_end_equal_to_the_start_is_refused_naming_the_end_time() {
        assertThatThrownBy(() -> AvailableTime.between(Set.of(TUESDAY), LocalTime.of(8, 0), LocalTime.of(8, 0)))
                .isInstanceOfSatisfying(TeleradException.class, e -> {
                    assertThat(e.code()).isEqualTo("TELERAD-REGISTRY-007");
                    assertThat(e.violations()).extracting(FieldViolation::field).containsExactly("availableEndTime");
                });
    }

    @Test
    void a_window_needs_days_and_either_all_day_or_both_times() {
        assertThatThrownBy(() -> AvailableTime.allDay(EnumSet.noneOf(DayOfWeek.class)))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("daysOfWeek"));
        assertThatThrownBy(() -> AvailableTime.between(Set.of(MONDAY), LocalTime.NOON, null))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("availableEndTime"));
        assertThatThrownBy(() -> new AvailableTime(Set.of(MONDAY), true, LocalTime.NOON, null))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("availableStartTime"));
    }
}
