package org.telerad.sla.clock.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a reading clock, in the past tense, returned as a value by the clock;
 * the application layer publishes it (CDI event, audit entry, UPS event).
 */
public sealed interface SlaEvent permits SlaWarned, SlaBreached, SlaMet, TaskEscalated, TaskAged {

    UUID taskId();

    /** When the clock observed it (for a late timer, later than the instant it was scheduled for). */
    Instant firedAt();
}
