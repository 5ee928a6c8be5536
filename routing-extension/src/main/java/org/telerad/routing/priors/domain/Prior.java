package org.telerad.routing.priors.domain;

import java.time.Instant;
import java.util.Objects;

/** A prior recorded for a task: the study, the archive asked, its state and why (for FAILED and REFUSED). */
public record Prior(String taskUid, PriorStudy study, String archiveName, PriorState state, String reason,
        int attempts, Instant updatedAt) {

    public Prior {
        Objects.requireNonNull(taskUid, "taskUid");
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(archiveName, "archiveName");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if ((state == PriorState.FAILED || state == PriorState.REFUSED) && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + state + " prior says why");
        }
        reason = reason != null && reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
