package org.telerad.reporting.delivery;

/** Stable error codes of result delivery ({@code TELERAD-DELIVERY-0xx}). */
public final class DeliveryErrors {

    /** A channel configuration field is missing or malformed. */
    public static final String INVALID_CHANNEL = "TELERAD-DELIVERY-001";
    /** No facility with this code. */
    public static final String UNKNOWN_FACILITY = "TELERAD-DELIVERY-002";
    /** No result channel with this id at this facility. */
    public static final String UNKNOWN_CHANNEL = "TELERAD-DELIVERY-003";
    /** The caller may not see or change this facility's channels or deliveries. */
    public static final String FORBIDDEN_FACILITY = "TELERAD-DELIVERY-004";
    /** If-Match is missing on an update. */
    public static final String VERSION_REQUIRED = "TELERAD-DELIVERY-005";
    /** If-Match names an older version. */
    public static final String STALE_VERSION = "TELERAD-DELIVERY-006";
    /** No delivery with this id. */
    public static final String UNKNOWN_DELIVERY = "TELERAD-DELIVERY-007";
    /** Only a dead-lettered delivery can be retried. */
    public static final String NOT_DEAD_LETTERED = "TELERAD-DELIVERY-008";
    /** A query parameter is malformed. */
    public static final String INVALID_QUERY = "TELERAD-DELIVERY-009";
    /** The delivery store could not be read or written. */
    public static final String STORE_UNAVAILABLE = "TELERAD-DELIVERY-010";
    /** Another channel of the facility already has this name. */
    public static final String DUPLICATE_CHANNEL_NAME = "TELERAD-DELIVERY-011";
    /** This node has no usable secrets key (TELERAD_SECRETS_KEY): channel secrets can be neither stored nor used. */
    public static final String SECRETS_KEY_MISSING = "TELERAD-DELIVERY-012";
    /** A stored channel secret does not open with this node's secrets keys (another key, or copied from another row). */
    public static final String SECRET_UNREADABLE = "TELERAD-DELIVERY-013";

    private DeliveryErrors() {
    }
}
