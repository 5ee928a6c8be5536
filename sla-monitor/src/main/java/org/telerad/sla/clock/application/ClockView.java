package org.telerad.sla.clock.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.telerad.sla.clock.domain.ClockReading;
import org.telerad.sla.clock.domain.TaskClock;

/** A task's reading clock as the API shows it: identifiers, terms, instants and pauses; no patient data. */
public record ClockView(String workitemUid, String facilityCode, int contractVersion, String priority,
        String queuePriority, String readType, String modality, Duration target, String state, Instant startedAt,
        Instant dueAt, Duration timeToDue, Instant firstAssignedAt, Instant claimedAt, Instant warnedAt,
        boolean breached, Instant breachedAt, int escalations, int reassignments, Instant stoppedAt,
        String stoppedBy, String outcome, List<PauseView> pauses) {

    /** One pause: its reason, start and (once resumed) end. */
    public record PauseView(String reason, Instant from, Instant until) {
    }

    static ClockView of(TaskClock c, Instant now) {
        ClockReading reading = c.clock().at(now);
        return new ClockView(c.workitemUid(), c.clock().facilityCode(), c.clock().contractVersion(),
                c.clock().priority().name(), c.clock().queuePriority().name(), c.clock().readType().name(),
                c.clock().modality().map(m -> m.code()).orElse(null), c.target(),
                c.outcome().map(o -> o == TaskClock.Outcome.CANCELED ? "CANCELED" : reading.state().name())
                        .orElse(reading.state().name()),
                c.clock().startedAt(), reading.due(), reading.timeToDue(), c.firstAssignedAt().orElse(null),
                c.claimedAt().orElse(null), c.warnedAt().orElse(null), c.breached(), c.breachedAt().orElse(null),
                c.escalations(), c.reassignments(), c.clock().stoppedAt().orElse(null),
                c.stoppedBy().map(Enum::name).orElse(null), c.outcome().map(Enum::name).orElse(null),
                c.clock().pauses().stream().map(p -> new PauseView(p.reason().name(), p.from(), p.until())).toList());
    }
}
