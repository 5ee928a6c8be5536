package org.telerad.routing.board.application;

import java.util.Set;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.FacilityScope;

/**
 * Who sees the operations board, and which part: credentialing admins, auditors and Telerad services every
 * facility (or the one asked); a facility admin their own facilities only.
 */
public final class BoardAccess {

    private static final FacilityScope SCOPE = new FacilityScope("TELERAD-ROUTING-085",
            "A facility admin sees the board of their own facilities only.",
            "Only credentialing admins, auditors, Telerad services and facility admins see the board.");

    private BoardAccess() {
    }

    /** The facility codes {@code caller} sees for the asked {@code facility} (null = every task). */
    public static Set<String> facilitiesFor(Caller caller, String facility) {
        return SCOPE.facilitiesFor(caller, facility);
    }
}
