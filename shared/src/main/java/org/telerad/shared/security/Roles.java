package org.telerad.shared.security;

/**
 * Realm roles of the {@code dcm4che} realm that Telerad checks, as constants for {@code @RolesAllowed}.
 */
public final class Roles {
    public static final String RADIOLOGIST = "radiologist";
    public static final String FACILITY_ADMIN = "facility-admin";
    public static final String CREDENTIALING_ADMIN = "credentialing-admin";
    public static final String AUDITOR = "auditor";
    public static final String TELERAD_SERVICE = "telerad-service";

    /** Token claim listing the facility codes a facility admin manages. */
    public static final String FACILITIES_CLAIM = "telerad_facilities";

    private Roles() {
    }
}
