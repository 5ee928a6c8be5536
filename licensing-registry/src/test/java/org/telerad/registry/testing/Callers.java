package org.telerad.registry.testing;

import java.util.Set;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/** Callers of each realm role, as tokens would describe them. */
public final class Callers {

    private Callers() {
    }

    public static Caller credentialingAdmin() {
        return new Caller("credentialing", Set.of(Roles.CREDENTIALING_ADMIN), Set.of(), "10.0.0.1");
    }

    public static Caller facilityAdmin(String... facilityCodes) {
        return new Caller("facility-admin", Set.of(Roles.FACILITY_ADMIN), Set.of(facilityCodes), "10.0.0.2");
    }

    public static Caller auditor() {
        return new Caller("auditor", Set.of(Roles.AUDITOR), Set.of(), "10.0.0.3");
    }

    public static Caller radiologist(String username) {
        return new Caller(username, Set.of(Roles.RADIOLOGIST), Set.of(), "10.0.0.4");
    }

    public static Caller service() {
        return new Caller("service-account-telerad-archive", Set.of(Roles.TELERAD_SERVICE), Set.of(), "10.0.0.5");
    }
}
