/**
 * Availability values: {@link org.telerad.registry.availability.domain.AvailableTime} (days of the week,
 * all day or start/end local times, overnight windows allowed) and
 * {@link org.telerad.registry.availability.domain.WeeklyAvailability} (the windows of one privilege).
 */
package org.telerad.registry.availability.domain;
