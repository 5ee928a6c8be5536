package org.telerad.routing.assignment.application;

import java.time.Instant;
import java.util.List;

/**
 * Port: the SCHEDULED tasks nobody is assigned to and for which no routing decision was ever recorded (their
 * after-commit routing failed, or the node stopped before it ran), oldest first, created before
 * {@code createdBefore} so that routing still under way is left alone.
 */
public interface UnroutedTasks {

    List<String> scheduledWithoutDecision(Instant createdBefore, int limit);
}
