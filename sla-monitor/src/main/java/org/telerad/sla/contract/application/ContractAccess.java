package org.telerad.sla.contract.application;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;
import org.telerad.sla.clock.domain.Verdict;

/**
 * Who may read and revise turnaround contracts (and the turnaround reports of a facility): credentialing admins
 * revise and read all, auditors and Telerad services read all, facility admins read those of the facilities
 * their token lists; radiologists read none.
 */
public final class ContractAccess {

    private ContractAccess() {
    }

    public static boolean readsEveryFacility(Caller caller) {
        return caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE);
    }

    public static Verdict mayRead(Caller caller, String facilityCode) {
        if (readsEveryFacility(caller)) {
            return Verdict.ALLOWED;
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN)) {
            return caller.managesFacility(facilityCode) ? Verdict.ALLOWED
                    : Verdict.rejected("Facility " + facilityCode + " is not one of the facilities you manage");
        }
        return Verdict.rejected("Only credentialing admins, auditors and a facility's admins read its contract");
    }

    public static Verdict mayRevise(Caller caller) {
        return caller.hasRole(Roles.CREDENTIALING_ADMIN) ? Verdict.ALLOWED
                : Verdict.rejected("Only credentialing admins change turnaround contracts");
    }
}
