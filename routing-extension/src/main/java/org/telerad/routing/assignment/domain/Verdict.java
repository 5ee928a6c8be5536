package org.telerad.routing.assignment.domain;

/** What an {@link AssignmentPolicy} says about one reader: allowed, or rejected with the reason. */
public sealed interface Verdict {

    Verdict ALLOWED = new Allowed();

    static Verdict rejected(String rule, String code, String reason) {
        return new Rejected(Exclusion.byRouting(rule, code, reason));
    }

    record Allowed() implements Verdict {
    }

    record Rejected(Exclusion exclusion) implements Verdict {
    }
}
