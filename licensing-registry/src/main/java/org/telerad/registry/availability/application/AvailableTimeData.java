package org.telerad.registry.availability.application;

import java.util.List;

/**
 * One reading window as JSON carries it, named as FHIR {@code PractitionerRole.availableTime}:
 * {@code daysOfWeek} (mon, tue, wed, thu, fri, sat, sun), {@code allDay}, or {@code availableStartTime} and
 * {@code availableEndTime} ({@code HH:mm} or {@code HH:mm:ss}, in the facility's time zone; an end before the
 * start runs overnight).
 */
public record AvailableTimeData(List<String> daysOfWeek, Boolean allDay, String availableStartTime,
        String availableEndTime) {
}
