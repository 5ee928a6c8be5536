/**
 * Availability as interfaces send and show it ({@link org.telerad.registry.availability.application.AvailableTimeData},
 * validated by {@link org.telerad.registry.availability.application.AvailableTimes}), and the registry's
 * {@link org.telerad.registry.api.ShiftAvailability} answered from the eligibility snapshot.
 */
package org.telerad.registry.availability.application;
