package org.telerad.registry.common.domain;

import java.util.Objects;

/** The answer of a named policy: allowed, or rejected with a reason a person understands. */
public sealed interface Decision {

    Decision ALLOWED = new Allowed();

    static Decision allowed() {
        return ALLOWED;
    }

    static Decision rejected(String reason) {
        return new Rejected(reason);
    }

    default boolean isAllowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Decision {
    }

    record Rejected(String reason) implements Decision {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
