package org.telerad.sla.api;

import java.time.Instant;

import org.telerad.registry.api.ReadType;

/**
 * The port through which a signed report stops a task's reading clock. Reporting calls it inside the signing
 * transaction; the SLA monitor stops the clock that a signature of {@code signed} stops under the task's
 * contract version (a preliminary signature stops a STAT or preliminary target, a final one every target),
 * records {@code SlaMet} or the breach it ended, and drops the task's pending timers. Idempotent: a second
 * signature of the same read type changes nothing. Implementations are application-scoped and thread safe.
 */
public interface ReadingClocks {

    /**
     * A report of {@code signed} read type was signed on the task {@code workitemUid} at {@code signedAt}.
     *
     * @throws org.telerad.shared.problem.TeleradException when the task has no clock (unknown workitem)
     */
    void reportSigned(String workitemUid, ReadType signed, Instant signedAt);
}
