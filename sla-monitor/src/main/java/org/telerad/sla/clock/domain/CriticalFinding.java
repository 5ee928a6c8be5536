package org.telerad.sla.clock.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.SlaErrors;

/**
 * The communication clock of one critical finding: recorded at an instant with an ACR category (1 and 2 are
 * timed, 3 is not), stopped when its communication is documented, overdue once (and only once) when its due
 * instant passes first. Immutable: each verb answers the changed finding.
 */
public record CriticalFinding(UUID findingId, String workitemUid, int category, Instant recordedAt, Instant dueAt,
        Instant communicatedAt, Instant overdueFiredAt) {

    /** The key of a finding's timer in the durable store. */
    public static final String TIMER_KEY = "FINDING-DUE";

    public CriticalFinding {
        SlaErrors.required(findingId, "findingId");
        SlaErrors.required(workitemUid, "workitemUid");
        SlaErrors.required(recordedAt, "recordedAt");
        if (category < 1 || category > 3) {
            throw TeleradException.invalid("TELERAD-SLA-041", "category",
                    "a critical finding has ACR category 1, 2 or 3, not " + category);
        }
    }

    /** A finding recorded at {@code at}, due {@code within} later (null: category 3, no timer). */
    public static CriticalFinding recorded(UUID findingId, String workitemUid, int category, Instant at,
            Duration within) {
        return new CriticalFinding(findingId, workitemUid, category, at, within == null ? null : at.plus(within),
                null, null);
    }

    /** Its communication was documented at {@code at}; the first documentation counts. */
    public CriticalFinding communicated(Instant at) {
        return communicatedAt != null ? this
                : new CriticalFinding(findingId, workitemUid, category, recordedAt, dueAt, at, overdueFiredAt);
    }

    /** Overdue at {@code firedAt}, when still uncommunicated and not overdue before; else empty. */
    public Optional<CriticalFinding> overdue(Instant firedAt) {
        if (communicatedAt != null || overdueFiredAt != null || dueAt == null) {
            return Optional.empty();
        }
        return Optional.of(new CriticalFinding(findingId, workitemUid, category, recordedAt, dueAt, communicatedAt,
                firedAt));
    }

    public SlaTimer timer() {
        return new SlaTimer(findingId, TIMER_KEY, TimerKind.BREACH, dueAt);
    }
}
