package org.telerad.registry.facility.application;

import org.telerad.registry.common.application.SystemCallers;
import org.telerad.registry.common.domain.Decision;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may see and change facilities: every role reads them (they hold no personal data); only
 * credentialing admins (and Telerad's system caller) open, revise and deactivate them.
 */
public final class FacilityAccess {

    private FacilityAccess() {
    }

    public static Decision mayRead(Caller caller) {
        return caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN, Roles.RADIOLOGIST,
                Roles.TELERAD_SERVICE) ? Decision.allowed() : Decision.rejected("You may not read facilities");
    }

    public static Decision mayChange(Caller caller) {
        return caller.hasRole(Roles.CREDENTIALING_ADMIN) || SystemCallers.mayActAsAdmin(caller)
                ? Decision.allowed()
                : Decision.rejected("Only credentialing admins change facilities");
    }
}
