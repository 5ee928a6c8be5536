package org.telerad.routing.assignment.application;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.telerad.registry.api.ReadType;

/**
 * Port: SCHEDULED tasks assigned to a radiologist (the current decision's assignee), in task-id order, for
 * checks that must look at every open assignment in bounded batches (credentials lost, later shifts ended).
 */
public interface AssignedTasks {

    /** Up to {@code limit} assigned SCHEDULED tasks whose id sorts after {@code afterTaskId} (null: from the start). */
    List<Assigned> scheduledAssigned(String afterTaskId, int limit);

    /** What the eligibility question needs; no patient data. */
    record Assigned(String taskId, String facilityCode, String modality, ReadType readType, UUID assigneeId) {
        public Assigned {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(readType, "readType");
            Objects.requireNonNull(assigneeId, "assigneeId");
        }
    }
}
