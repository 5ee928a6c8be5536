package org.telerad.reporting.delivery.outbox.application;

import java.time.Instant;
import java.util.List;

import org.telerad.reporting.delivery.outbox.domain.DeliveryAttempt;
import org.telerad.reporting.delivery.outbox.domain.DeliveryRecord;

/**
 * A delivery as the API shows it. {@code reason} is the last failure or the dead-letter reason (the receiver's,
 * for a refusal); {@code waitingForVersion} names the earlier version this one waits for; {@code attempts} is
 * filled for a single delivery.
 */
public record DeliveryView(String id, long sequence, String reportId, int reportVersion, String status,
        String workitemUid, String channelId, String channelName, String kind, String facility, String state,
        int attemptCount, Instant queuedAt, Instant nextAttemptAt, Instant deliveredAt, String reason,
        Integer waitingForVersion, List<Attempt> attempts) {

    public record Attempt(int number, Instant at, String outcome, String detail) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.number(), a.at(), a.outcome(), a.detail());
        }
    }

    public static DeliveryView of(DeliveryRecord r) {
        return new DeliveryView(r.id().toString(), r.sequence(), r.reportId().toString(), r.reportVersion(),
                r.status().fhirCode(), r.workitemUid(), r.channelId().toString(), r.channelName(), r.kind().code(),
                r.facilityCode(), r.state().code(), r.attemptCount(), r.queuedAt(), r.nextAttemptAt(),
                r.deliveredAt(), r.reason(), r.waitingForVersion(),
                r.attempts().stream().map(Attempt::of).toList());
    }
}
