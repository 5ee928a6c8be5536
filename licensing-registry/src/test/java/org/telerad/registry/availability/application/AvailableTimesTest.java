package org.telerad.registry.availability.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.common.domain.Violations;
import org.telerad.shared.problem.FieldViolation;

class AvailableTimesTest {

    @Test
    void windows_are_read_and_shown_in_the_fhir_vocabulary() {
        Violations v = new Violations();
        var windows = AvailableTimes.of(List.of(new AvailableTimeData(List.of("fri", "MON"), null, "22:00", "06:00"),
                new AvailableTimeData(List.of("sat"), true, null, null)), v, "/availableTimes");

        assertThat(v.isEmpty()).isTrue();
        assertThat(windows.times().get(0).overnight()).isTrue();
        assertThat(AvailableTimes.data(windows)).containsExactly(
                new AvailableTimeData(List.of("mon", "fri"), false, "22:00", "06:00"),
                new AvailableTimeData(List.of("sat"), true, null, null));
    }

    @Test
    void no_windows_means_always_available() {
        assertThat(AvailableTimes.of(null, new Violations(), "/availableTimes").isAlways()).isTrue();
        assertThat(AvailableTimes.of(List.of(), new Violations(), "/availableTimes").isAlways()).isTrue();
    }

    @Test
    void every_bad_field_is_named_by_its_json_pointer() {
        Violations v = new Violations();
        AvailableTimes.of(Arrays.asList(
                new AvailableTimeData(List.of("mon", "funday"), null, "08:00", "17:00"),
                new AvailableTimeData(List.of("tue"), null, "25:00", "17:00"),
                new AvailableTimeData(List.of("wed"), null, "08:00", "08:00"),
                new AvailableTimeData(List.of(), true, null, null),
                new AvailableTimeData(List.of("thu"), null, "08:00", null)), v, "/availableTimes");

        assertThat(v.list()).extracting(FieldViolation::field).containsExactly(
                "/availableTimes/0/daysOfWeek/1", "/availableTimes/1/availableStartTime",
                "/availableTimes/2/availableEndTime", "/availableTimes/3/daysOfWeek",
                "/availableTimes/4/availableEndTime");
        assertThat(v.list().get(0).message()).contains("'funday' is not a day of the week");
    }
}
