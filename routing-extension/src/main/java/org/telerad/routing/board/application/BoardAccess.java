package org.telerad.routing.board.application;

import java.util.Set;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Who sees the operations board, and which part: credentialing admins, auditors and Telerad services every
 * facility (or the one asked); a facility admin their own facilities only.
 */
public final class BoardAccess {

    private BoardAccess() {
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
            throw TeleradException.forbidden("TELERAD-ROUTING-085",
                    "A facility admin sees the board of their own facilities only.");
        }
        throw TeleradException.forbidden("TELERAD-ROUTING-085",
                "Only credentialing admins, auditors, Telerad services and facility admins see the board.");
    }
}
