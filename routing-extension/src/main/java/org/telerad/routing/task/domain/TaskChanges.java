package org.telerad.routing.task.domain;

import java.time.Instant;

/**
 * The attributes an update (RAD-84) may change; null means "leave as is". {@code progress} is a percentage
 * (0..100). State, UIDs, patient and study identity are not among them: they change through the state machine
 * or not at all.
 */
public record TaskChanges(Priority priority, String worklistLabel, String procedureStepLabel,
        Instant expectedCompletion, InputReadiness inputReadiness, Integer progress, String progressDescription,
        Performer performer) {

    public TaskChanges {
        if (progress != null && (progress < 0 || progress > 100)) {
            throw org.telerad.shared.problem.TeleradException.invalid("TELERAD-TASK-004", "(0074,1004)",
                    "Procedure Step Progress is a percentage from 0 to 100.");
        }
    }

    public static TaskChanges none() {
        return new TaskChanges(null, null, null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}
