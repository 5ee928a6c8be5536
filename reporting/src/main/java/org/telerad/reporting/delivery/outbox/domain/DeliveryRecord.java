package org.telerad.reporting.delivery.outbox.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;

/**
 * A delivery as administrators see it. {@code waitingForVersion} is the earliest undelivered earlier version of the
 * same report on the same channel (this one waits for it), else null. {@code attempts} is filled for a single
 * delivery and empty in lists.
 */
public record DeliveryRecord(UUID id, long sequence, UUID reportId, int reportVersion, ReportStatus status,
        String workitemUid, UUID channelId, String channelName, ChannelKind kind, String facilityCode,
        DeliveryState state, int attemptCount, Instant queuedAt, Instant nextAttemptAt, Instant deliveredAt,
        String reason, Integer waitingForVersion, List<DeliveryAttempt> attempts) {

    public DeliveryRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        attempts = List.copyOf(attempts);
    }

    public DeliveryRecord withAttempts(List<DeliveryAttempt> list) {
        return new DeliveryRecord(id, sequence, reportId, reportVersion, status, workitemUid, channelId, channelName,
                kind, facilityCode, state, attemptCount, queuedAt, nextAttemptAt, deliveredAt, reason,
                waitingForVersion, list);
    }
}
