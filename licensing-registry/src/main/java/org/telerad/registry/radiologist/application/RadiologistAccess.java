package org.telerad.registry.radiologist.application;

import org.telerad.registry.common.application.SystemCallers;
import org.telerad.registry.common.domain.Decision;
import org.telerad.registry.radiologist.domain.Radiologist;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may see and change radiologist records: credentialing admins change them; credentialing admins,
 * auditors, facility admins (who privilege radiologists) and Telerad services read them all; a
 * radiologist reads only the record carrying their own username.
 */
public final class RadiologistAccess {

    private RadiologistAccess() {
    }

    /** Registry-wide readers: everyone but radiologists. */
    public static boolean readsAll(Caller caller) {
        return caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.FACILITY_ADMIN,
                Roles.TELERAD_SERVICE);
    }

    public static Decision mayRead(Caller caller, Radiologist radiologist) {
        if (readsAll(caller)) {
            return Decision.allowed();
        }
        if (caller.hasRole(Roles.RADIOLOGIST) && radiologist.isLoggedInAs(caller.username())) {
            return Decision.allowed();
        }
        return Decision.rejected("You may read only your own radiologist record");
    }

    /** Credentialing admins manage credentials; Telerad's system caller seeds and imports them. */
    public static Decision mayChange(Caller caller) {
        if (caller.hasRole(Roles.CREDENTIALING_ADMIN) || SystemCallers.mayActAsAdmin(caller)) {
            return Decision.allowed();
        }
        return Decision.rejected("Only credentialing admins change radiologists and licenses");
    }
}
