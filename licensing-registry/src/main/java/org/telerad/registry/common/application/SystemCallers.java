package org.telerad.registry.common.application;

import java.util.Set;

import org.telerad.shared.security.Caller;
import org.telerad.shared.security.Roles;

/**
 * Recognises Telerad acting on its own behalf ({@code Caller.system("demo-data")} inside
 * {@code CurrentCaller.callAs}), which may change the registry like a credentialing admin. The fallback
 * caller of code running outside any request ({@code telerad:background}) is deliberately not trusted: work
 * that changes credentials must say who it is.
 */
public final class SystemCallers {

    private static final String PREFIX = "telerad:";
    private static final String BACKGROUND = "telerad:background";

    private SystemCallers() {
    }

    public static boolean mayActAsAdmin(Caller caller) {
        return caller.username().startsWith(PREFIX) && !caller.username().equals(BACKGROUND)
                && caller.roles().equals(Set.of(Roles.TELERAD_SERVICE));
    }
}
