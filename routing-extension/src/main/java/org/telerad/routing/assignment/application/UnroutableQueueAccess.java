package org.telerad.routing.assignment.application;

import java.util.Set;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who may read the unroutable queue, and which part: credentialing admins, auditors and Telerad services all of
 * it (or one facility); a facility admin only their own facilities (never tasks whose facility was not
 * recognised).
 */
public final class UnroutableQueueAccess {

    private UnroutableQueueAccess() {
    }

    /** The facility codes {@code caller} sees for the asked {@code facility} (null = every task). */
    public static Set<String> facilitiesFor(Caller caller, String facility) {
        String asked = facility == null || facility.isBlank() ? null : facility.strip();
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return asked == null ? null : Set.of(asked);
        }
        if (caller.hasRole(Roles.FACILITY_ADMIN)) {
            if (asked == null) {
                return Set.copyOf(caller.facilityCodes());
            }
            if (caller.managesFacility(asked)) {
                return Set.of(asked);
            }
            throw TeleradException.forbidden("TELERAD-ROUTING-071",
                    "A facility admin sees the unroutable tasks of their own facilities only.");
        }
        throw TeleradException.forbidden("TELERAD-ROUTING-071",
                "Only credentialing admins, auditors, Telerad services and facility admins see the unroutable queue.");
    }
}
