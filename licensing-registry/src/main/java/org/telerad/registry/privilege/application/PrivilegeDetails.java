package org.telerad.registry.privilege.application;

/**
 * The command to grant or rescope a privilege. {@code radiologistId} is the radiologist's id,
 * {@code facility} the facility's id or code; neither may change on rescoping. Dates are ISO-8601;
 * {@code validTo} may be absent.
 */
public record PrivilegeDetails(String radiologistId, String facility, String validFrom, String validTo,
        ScopeData scope) {
}
