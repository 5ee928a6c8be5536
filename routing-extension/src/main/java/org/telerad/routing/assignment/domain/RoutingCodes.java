package org.telerad.routing.assignment.domain;

/**
 * Stable codes of the routing decision ({@code TELERAD-ROUTING-06x} for refusals of the API,
 * {@code TELERAD-ROUTING-07x} for Telerad's own exclusion rules); the reading-task part of the module uses
 * other numbers.
 */
public final class RoutingCodes {

    /** A routing request or configuration value is invalid. */
    public static final String INVALID_REQUEST = "TELERAD-ROUTING-060";
    /** No routing decision is recorded for that task. */
    public static final String NOT_FOUND = "TELERAD-ROUTING-061";
    /** The caller may not read that routing decision. */
    public static final String FORBIDDEN = "TELERAD-ROUTING-062";
    /** The routing configuration could not be read. */
    public static final String CONFIGURATION = "TELERAD-ROUTING-063";

    /** {@link OnShift}: not on shift at the instant of the read. */
    public static final String OFF_SHIFT = "TELERAD-ROUTING-070";
    /** {@link WithinCapacity}: open effort would exceed the reader's capacity. */
    public static final String AT_CAPACITY = "TELERAD-ROUTING-071";
    /** {@link ReadsFromAllowedCountry}: reads from a country the facility's residency rules exclude. */
    public static final String COUNTRY_NOT_ALLOWED = "TELERAD-ROUTING-072";
    /** {@link ReadsFromAllowedCountry}: where the reader reads from is not known, and residency restricts it. */
    public static final String COUNTRY_UNKNOWN = "TELERAD-ROUTING-073";
    /** {@link PreliminaryAbroad}: the facility's contract allows no preliminary read from abroad. */
    public static final String NO_PRELIMINARY_ABROAD = "TELERAD-ROUTING-074";
    /** {@link PreliminaryAbroad}: the reader is not abroad or not in a country the contract names. */
    public static final String NOT_A_CONTRACTED_READER = "TELERAD-ROUTING-075";

    /** {@link NotReleasedBy}: the reader released this task earlier. */
    public static final String RELEASED = "TELERAD-ROUTING-076";

    private RoutingCodes() {
    }
}
