package org.telerad.routing.assignment.domain;

import java.util.Objects;

import org.telerad.registry.api.ReadType;

/**
 * How a routing decision ended: {@link Assigned} to a locally licensed reader for the requested read type,
 * {@link AssignedPreliminaryAbroad} (a preliminary read from abroad plus a {@link ChainedFinalRequired}), or
 * {@link Unroutable} with the reason.
 */
public sealed interface RoutingOutcome {

    /** {@code assigned}, {@code preliminary-abroad} or {@code unroutable}. */
    String code();

    record Assigned(Assignee assignee, ReadType readType) implements RoutingOutcome {
        public Assigned {
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(readType, "readType");
        }

        @Override
        public String code() {
            return "assigned";
        }
    }

    record AssignedPreliminaryAbroad(Assignee assignee, ChainedFinalRequired chainedFinal) implements RoutingOutcome {
        public AssignedPreliminaryAbroad {
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(chainedFinal, "chainedFinal");
        }

        public ReadType readType() {
            return ReadType.PRELIMINARY;
        }

        @Override
        public String code() {
            return "preliminary-abroad";
        }
    }

    record Unroutable(UnroutableReason reason, String explanation) implements RoutingOutcome {
        public Unroutable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }

        @Override
        public String code() {
            return "unroutable";
        }
    }
}
