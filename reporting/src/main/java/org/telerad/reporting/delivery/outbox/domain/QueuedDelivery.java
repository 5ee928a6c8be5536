package org.telerad.reporting.delivery.outbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;

/**
 * A delivery a worker has claimed for one attempt (the claim is a lease: {@code claimToken} proves it when the
 * attempt is settled; a worker that died leaves the lease to expire and another node takes the delivery again).
 *
 * <p>Life cycle: queued PENDING in the signing transaction, claimed when due and when every earlier version of the
 * same report on the same channel is delivered, then {@link #settle settled}: delivered; failed and pending again
 * after the policy's backoff; or dead-lettered on a refusal or after the last allowed attempt.
 *
 * @param attempts attempts made before this one (all time), {@code failures} consecutive failures since the last
 *        success or manual retry
 */
public record QueuedDelivery(UUID id, long sequence, UUID reportId, int reportVersion, ReportStatus status,
        UUID channelId, ChannelKind kind, String facilityCode, int attempts, int failures, UUID claimToken) {

    public QueuedDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(claimToken, "claimToken");
    }

    /** The id of the attempt about to be made. */
    public DeliveryAttemptId attemptId(Instant at) {
        return new DeliveryAttemptId(sequence, attempts + 1, at);
    }

    /** What the outcome of this attempt, made at {@code now}, does to the delivery under {@code policy}. */
    public Settlement settle(DeliveryOutcome outcome, Instant now, RetryPolicy policy) {
        int attempt = attempts + 1;
        if (outcome instanceof DeliveryOutcome.Delivered) {
            return new Settlement(attempt, now, outcome, DeliveryState.DELIVERED, 0, null, null);
        }
        if (outcome instanceof DeliveryOutcome.Refused r) {
            return new Settlement(attempt, now, outcome, DeliveryState.DEAD_LETTER, failures + 1, null,
                    "refused: " + r.reason());
        }
        DeliveryOutcome.Failed f = (DeliveryOutcome.Failed) outcome;
        return policy.nextAttempt(failures + 1, now)
                .map(next -> new Settlement(attempt, now, outcome, DeliveryState.PENDING, failures + 1, next,
                        f.reason()))
                .orElseGet(() -> new Settlement(attempt, now, outcome, DeliveryState.DEAD_LETTER, failures + 1,
                        null, "gave up after " + (failures + 1) + " failed attempts: " + f.reason()));
    }
}
