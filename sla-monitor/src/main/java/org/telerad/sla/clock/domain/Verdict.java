package org.telerad.sla.clock.domain;

/** What a clock policy says: allowed, or rejected with a sentence saying why. */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Verdict rejected(String reason) {
        return new Rejected(reason);
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }

    record Allowed() implements Verdict {
    }

    record Rejected(String reason) implements Verdict {
        public Rejected {
            java.util.Objects.requireNonNull(reason, "reason");
        }
    }
}
