package org.telerad.registry.privilege.application;

import org.telerad.registry.common.application.SystemCallers;
import org.telerad.registry.common.domain.Decision;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may see and change privileges. Credentialing admins manage all of them; facility admins read and
 * manage only those of the facilities their token lists; auditors and Telerad services read all;
 * radiologists read their own (checked by the service, which knows whose record is whose).
 */
public final class PrivilegeAccess {

    private PrivilegeAccess() {
    }

    public static boolean readsAll(Caller caller) {
        return caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE);
    }

    /** Reading a privilege of {@code facility}; {@code ownPrivilege} says it is the caller's own. */
    public static Decision mayRead(Caller caller, FacilityCode facility, boolean ownPrivilege) {
        if (readsAll(caller)) {
            return Decision.allowed();
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN) && caller.managesFacility(facility.value())) {
            return Decision.allowed();
        }
        if (caller.hasRole(Roles.RADIOLOGIST) && ownPrivilege) {
            return Decision.allowed();
        }
        return Decision.rejected("You may read only privileges of your own facilities or your own privileges");
    }

    public static Decision mayManage(Caller caller, FacilityCode facility) {
        if (caller.hasRole(Roles.CREDENTIALING_ADMIN) || SystemCallers.mayActAsAdmin(caller)) {
            return Decision.allowed();
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN)) {
            return caller.managesFacility(facility.value()) ? Decision.allowed()
                    : Decision.rejected("Facility " + facility + " is not one of the facilities you manage");
        }
        return Decision.rejected("Only credentialing admins and the facility's admins manage its privileges");
    }
}
