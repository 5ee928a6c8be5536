package org.telerad.reporting.delivery.outbox.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;

/** A delivery to queue: one signed report version to one channel, due at once. */
public record NewDelivery(UUID id, UUID reportId, int reportVersion, ReportStatus status, String workitemUid,
        UUID channelId, ChannelKind kind, String facilityCode, Instant queuedAt) {

    public NewDelivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(channelId, "channelId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /** The delivery of a just-signed version to one of the facility's channels. */
    public static NewDelivery of(ReportVersionSigned signed, ChannelConfiguration channel, Instant now) {
        if (!channel.facilityCode().equals(signed.facilityCode())) {
            throw new IllegalArgumentException("a report goes to its own facility's channels only");
        }
        return new NewDelivery(UUID.randomUUID(), signed.reportId(), signed.version(), signed.status(),
                signed.workitemUid(), channel.id(), channel.kind(), channel.facilityCode(), now);
    }
}
