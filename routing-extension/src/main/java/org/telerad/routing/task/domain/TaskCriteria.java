package org.telerad.routing.task.domain;

import java.util.List;
import java.util.Set;

/**
 * What a worklist query matches on; null or empty means "any". {@code performerCode} matches the Human
 * Performer Code; {@code performerUsername} restricts to tasks assigned to (or claimed by) one Telerad user.
 */
public record TaskCriteria(Set<ProcedureStepState> states, Set<Priority> priorities, String worklistLabel,
        String performerCode, String performerUsername, List<String> studyInstanceUids, String accessionNumber,
        String facilityCode) {

    public TaskCriteria {
        states = states == null ? Set.of() : Set.copyOf(states);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        studyInstanceUids = studyInstanceUids == null ? List.of() : List.copyOf(studyInstanceUids);
    }

    public static TaskCriteria any() {
        return new TaskCriteria(null, null, null, null, null, null, null, null);
    }

    /**
     * Restricted to the tasks of the Telerad user {@code username}. A performer code equal to that username
     * ("my worklist") then means the user, whatever code (NPI, username, registry id) their tasks carry.
     */
    public TaskCriteria onlyFor(String username) {
        String code = username != null && username.equals(performerCode) ? null : performerCode;
        return new TaskCriteria(states, priorities, worklistLabel, code, username, studyInstanceUids,
                accessionNumber, facilityCode);
    }
}
