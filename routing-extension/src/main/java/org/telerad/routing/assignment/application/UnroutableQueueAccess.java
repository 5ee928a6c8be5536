package org.telerad.routing.assignment.application;

import java.util.Set;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.FacilityScope;

/**
 * Who may read the unroutable queue, and which part: credentialing admins, auditors and Telerad services all of
 * it (or one facility); a facility admin only their own facilities (never tasks whose facility was not
 * recognised).
 */
public final class UnroutableQueueAccess {

    private static final FacilityScope SCOPE = new FacilityScope("TELERAD-ROUTING-071",
            "A facility admin sees the unroutable tasks of their own facilities only.",
            "Only credentialing admins, auditors, Telerad services and facility admins see the unroutable queue.");

    private UnroutableQueueAccess() {
    }

    /** The facility codes {@code caller} sees for the asked {@code facility} (null = every task). */
    public static Set<String> facilitiesFor(Caller caller, String facility) {
        return SCOPE.facilitiesFor(caller, facility);
    }
}
