package org.telerad.registry.privilege.application;

import java.util.List;

import org.telerad.registry.availability.application.AvailableTimeData;

/**
 * The command to grant or rescope a privilege. {@code radiologistId} is the radiologist's id,
 * {@code facility} the facility's id or code; neither may change on rescoping. Dates are ISO-8601;
 * {@code validTo} may be absent. {@code availableTimes} are the reading windows at the facility (in its time
 * zone): absent or empty on a grant means always available; absent on a rescoping leaves them unchanged,
 * an empty list removes them.
 */
public record PrivilegeDetails(String radiologistId, String facility, String validFrom, String validTo,
        ScopeData scope, List<AvailableTimeData> availableTimes) {

    /** Without reading windows (none on a grant, unchanged on a rescoping). */
    public PrivilegeDetails(String radiologistId, String facility, String validFrom, String validTo,
            ScopeData scope) {
        this(radiologistId, facility, validFrom, validTo, scope, null);
    }
}
