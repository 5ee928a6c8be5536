package org.telerad.registry.testing;

import org.telerad.registry.common.application.Refusals;

/** The version check every fake repository makes, like JPA's {@code @Version}. */
final class Versions {

    private Versions() {
    }

    static void check(long stored, long sent, String what) {
        Refusals.requireVersion(sent, stored, what);
    }
}
