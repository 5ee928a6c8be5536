package org.telerad.routing.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.telerad.registry.api.ReadType;

/**
 * What other modules may know of one reading task at one moment: identifiers, where and how it is read, its
 * state, who it is assigned to or claimed by, and the moments of its study that a turnaround clock may start
 * at. No patient data. {@code facilityCode}, {@code modality}, {@code performerUsername}, {@code claimedBy},
 * {@code orderedAt}, {@code firstImageAt} and {@code expectedCompletion} are null while unknown.
 *
 * @param studyCompletedAt when the study was complete at the archive (the task was created from it)
 */
public record TaskFacts(String workitemUid, String studyInstanceUid, String facilityCode, TaskUrgency urgency,
        ReadType readType, String modality, State state, String performerCode, String performerUsername,
        String claimedBy, Instant orderedAt, Instant firstImageAt, Instant studyCompletedAt,
        Instant expectedCompletion) {

    /** The task's UPS state. */
    public enum State {
        SCHEDULED, IN_PROGRESS, COMPLETED, CANCELED;

        /** COMPLETED and CANCELED: the task no longer changes. */
        public boolean isFinal() {
            return this == COMPLETED || this == CANCELED;
        }
    }

    public TaskFacts {
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(readType, "readType");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(studyCompletedAt, "studyCompletedAt");
    }

    public Optional<String> facility() {
        return Optional.ofNullable(facilityCode);
    }

    /** True when a radiologist is written into the task (assigned, whether claimed or not). */
    public boolean assigned() {
        return performerCode != null;
    }

    @Override
    public String toString() {
        return "TaskFacts[" + workitemUid + ", " + readType.code() + ", " + state + ", " + urgency + "]";
    }
}
