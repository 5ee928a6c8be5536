package org.telerad.routing.worklist.application;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading task as the worklist shows it. Holds patient data (name, patient ID): answered with
 * {@code Cache-Control: no-store}, never logged.
 *
 * @param dueAt Expected Completion DateTime (0040,4011); null when the task has none
 * @param routingReason the current routing decision's summary sentence (null before routing)
 * @param routingOutcome assigned, preliminary-abroad or unroutable (null before routing)
 */
public record WorklistEntry(String taskId, String studyInstanceUid, String accessionNumber, String patientName,
        String patientId, String priority, String facilityCode, String modality, String bodyPart,
        String studyDescription, String state, String readType, Instant dueAt, Instant scheduledAt,
        String performerUsername, String performerName, String claimedBy, boolean cancellationRequested,
        String routingReason, String routingOutcome) {

    public WorklistEntry {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(priority, "priority");
    }

    /** Assigned to or claimed by {@code username}. */
    public boolean belongsTo(String username) {
        return username != null && (username.equals(performerUsername) || username.equals(claimedBy));
    }
}
