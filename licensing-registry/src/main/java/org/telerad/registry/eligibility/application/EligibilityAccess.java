package org.telerad.registry.eligibility.application;

import org.telerad.registry.common.domain.Decision;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may ask who may read a facility's studies: credentialing admins, auditors and Telerad's services about
 * any facility; a facility admin only about the facilities their token lists.
 */
public final class EligibilityAccess {

    private EligibilityAccess() {
    }

    public static Decision mayAsk(Caller caller, String facilityCode) {
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return Decision.allowed();
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN)) {
            return caller.managesFacility(facilityCode) ? Decision.allowed()
                    : Decision.rejected("You administer other facilities than '" + facilityCode
                            + "'; ask about one of yours");
        }
        return Decision.rejected("Only credentialing admins, auditors, Telerad services and the facility's own"
                + " admins may ask who may read its studies");
    }
}
