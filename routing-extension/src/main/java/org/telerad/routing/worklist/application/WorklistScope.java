package org.telerad.routing.worklist.application;

import java.util.Set;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Which reading tasks a caller sees on the worklist and on a task's page: credentialing admins, auditors and
 * Telerad services every task; a facility admin the tasks of their facilities; a radiologist the tasks assigned
 * to or claimed by them (push assignment: no browsing of others' work). Roles add up.
 *
 * @param everything every task
 * @param facilities facility codes whose tasks are seen (empty: none by facility)
 * @param username the radiologist whose assigned or claimed tasks are seen (null: none by reader)
 */
public record WorklistScope(boolean everything, Set<String> facilities, String username) {

    public WorklistScope {
        facilities = Set.copyOf(facilities);
    }

    public static WorklistScope of(Caller caller) {
        if (caller.hasAnyRole(Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE)) {
            return new WorklistScope(true, Set.of(), caller.username());
        }
        Set<String> facilities = caller.hasRole(Roles.FACILITY_ADMIN) ? caller.facilityCodes() : Set.of();
        String username = caller.hasRole(Roles.RADIOLOGIST) ? caller.username() : null;
        if (facilities.isEmpty() && username == null) {
            throw TeleradException.forbidden("TELERAD-ROUTING-080",
                    "Only radiologists, facility admins, credentialing admins, auditors and Telerad services see reading tasks.");
        }
        return new WorklistScope(false, facilities, username);
    }

    /** Whether a task of {@code facilityCode}, assigned to {@code performer} and claimed by {@code claimedBy}, is seen. */
    public boolean includes(String facilityCode, String performer, String claimedBy) {
        return everything || (facilityCode != null && facilities.contains(facilityCode))
                || (username != null && (username.equals(performer) || username.equals(claimedBy)));
    }
}
