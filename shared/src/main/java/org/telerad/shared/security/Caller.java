package org.telerad.shared.security;

import java.util.Objects;
import java.util.Set;

/**
 * The authenticated caller of one request. {@code facilityCodes} comes from the
 * {@value Roles#FACILITIES_CLAIM} claim and scopes what a facility admin may see and change;
 * {@code address} is the client address recorded in the audit trail.
 */
public record Caller(String username, Set<String> roles, Set<String> facilityCodes, String address) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        facilityCodes = Set.copyOf(facilityCodes);
    }

    /** The caller used for work Telerad does on its own behalf (timers, start-up seeding). */
    public static Caller system(String what) {
        return new Caller("telerad:" + what, Set.of(Roles.TELERAD_SERVICE), Set.of(), "127.0.0.1");
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... wanted) {
        for (String role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** True when the caller's facility claim lists this facility. */
    public boolean managesFacility(String facilityCode) {
        return facilityCodes.contains(facilityCode);
    }
}
