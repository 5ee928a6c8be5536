package org.telerad.reporting.delivery.outbox.application;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.outbox.domain.DeliveryOutbox;
import org.telerad.reporting.delivery.outbox.domain.NewDelivery;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Observes {@link ReportVersionSigned} synchronously, inside the signing transaction, and queues one delivery per
 * enabled channel of the report's facility. The rows commit with the signature or not at all: a signed version is
 * never lost, and nothing is queued for a version that was not signed (the status queued is the signed one).
 * A facility without channels queues nothing.
 */
@ApplicationScoped
public class DeliveryQueue {

    @Inject
    ResultChannels channels;

    @Inject
    DeliveryOutbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** For CDI. */
    protected DeliveryQueue() {
    }

    public DeliveryQueue(ResultChannels channels, DeliveryOutbox outbox, AuditTrail audit, Clock clock) {
        this.channels = channels;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    void onSigned(@Observes ReportVersionSigned signed) {
        queue(signed);
    }

    /** Queues the deliveries of a signed version; returns them. */
    public List<NewDelivery> queue(ReportVersionSigned signed) {
        List<ChannelConfiguration> enabled = channels.enabledOf(signed.facilityCode());
        List<NewDelivery> deliveries = enabled.stream().map(c -> NewDelivery.of(signed, c, clock.instant())).toList();
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        outbox.enqueue(deliveries);
        audit.record(AuditRecord.success(AuditEventType.EXPORT, AuditAction.CREATE, "ReportDelivery",
                signed.reportId().toString(), signed.facilityCode(), "report version " + signed.version() + " ("
                        + signed.status().fhirCode() + ") queued for " + deliveries.size() + " result channel(s): "
                        + String.join(", ", enabled.stream().map(ChannelConfiguration::name).toList())));
        return deliveries;
    }
}
