package org.telerad.reporting.delivery.outbox.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.api.SignedReports;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.outbox.domain.DeliveryOutbox;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.domain.Settlement;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;

/**
 * The transactional steps of one drain, each its own transaction: claim due deliveries, prepare one (its channel
 * and the signed version's content), settle one (state, attempt row and audit entry together). The delivery itself
 * happens between prepare and settle, outside any transaction.
 */
@ApplicationScoped
public class DeliveryAttempts {

    @Inject
    DeliveryOutbox outbox;

    @Inject
    ResultChannels channels;

    @Inject
    Instance<SignedReports> reports;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    private OutboxSettings settings = OutboxSettings.fromSystemProperties();

    /** For CDI. */
    protected DeliveryAttempts() {
    }

    public DeliveryAttempts(DeliveryOutbox outbox, ResultChannels channels, Instance<SignedReports> reports,
            AuditTrail audit, Clock clock, OutboxSettings settings) {
        this.outbox = outbox;
        this.channels = channels;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** The current instant of the delivery clock. */
    public java.time.Instant now() {
        return clock.instant();
    }

    public OutboxSettings settings() {
        return settings;
    }

    /** What a claimed delivery is sent with, or why it cannot be sent at all. */
    public record Prepared(ChannelConfiguration channel, SignedReportVersion version, DeliveryOutcome refusal) {
    }

    @Transactional
    public List<QueuedDelivery> claim() {
        return outbox.claimDue(clock.instant(), settings.lease(), settings.batchSize());
    }

    /**
     * The channel and content of a claimed delivery. A removed channel or a version that is not signed with the
     * queued status refuses the delivery (dead letter); a report store that is not deployed fails it (retry).
     */
    @Transactional
    public Prepared prepare(QueuedDelivery claim) {
        Optional<ChannelConfiguration> channel = channels.find(claim.channelId());
        if (channel.isEmpty()) {
            return new Prepared(null, null, DeliveryOutcome.refused("the result channel was removed"));
        }
        DeliveryOutcome secretProblem = secretProblem(channel.get());
        if (secretProblem != null) {
            return new Prepared(channel.get(), null, secretProblem);
        }
        if (reports.isUnsatisfied()) {
            return new Prepared(channel.get(), null, DeliveryOutcome.failed("the report store is not available"));
        }
        Optional<SignedReportVersion> version = reports.get().version(claim.reportId(), claim.reportVersion());
        if (version.isEmpty()) {
            return new Prepared(channel.get(), null,
                    DeliveryOutcome.refused("report version " + claim.reportVersion() + " is not signed"));
        }
        if (version.get().status() != claim.status()) {
            return new Prepared(channel.get(), null, DeliveryOutcome.refused("report version "
                    + claim.reportVersion() + " is signed " + version.get().status().fhirCode() + ", not "
                    + claim.status().fhirCode()));
        }
        return new Prepared(channel.get(), version.get(), null);
    }

    /**
     * Why the channel's secret cannot be used, or null: no key on this node is retried (a node restarted with its
     * key delivers without anyone's help); a secret that does not open with the keys is dead-lettered (an
     * administrator has to enter it again, then retry).
     */
    private static DeliveryOutcome secretProblem(ChannelConfiguration channel) {
        if (!(channel.endpoint() instanceof FhirEndpoint fhir) || fhir.auth().secret() == null) {
            return null;
        }
        try {
            fhir.auth().secret().reveal();
            return null;
        } catch (TeleradException e) {
            return DeliveryErrors.SECRET_UNREADABLE.equals(e.code()) ? DeliveryOutcome.refused(e.getMessage())
                    : DeliveryOutcome.failed(e.getMessage());
        }
    }

    /** Records the outcome of an attempt made now; false when the claim was lost meanwhile (nothing recorded). */
    @Transactional
    public Optional<Settlement> settle(QueuedDelivery claim, String channelName, DeliveryOutcome outcome) {
        Settlement settlement = claim.settle(outcome, clock.instant(), settings.retryPolicy());
        if (!outbox.settle(claim, settlement)) {
            return Optional.empty();
        }
        AuditOutcome result = switch (settlement.state()) {
            case DELIVERED -> AuditOutcome.SUCCESS;
            case PENDING -> AuditOutcome.MINOR_FAILURE;
            case DEAD_LETTER -> AuditOutcome.SERIOUS_FAILURE;
        };
        String what = switch (settlement.state()) {
            case DELIVERED -> "delivered";
            case PENDING -> "failed, next attempt at " + settlement.nextAttemptAt();
            case DEAD_LETTER -> "dead-lettered";
        };
        audit.record(new AuditRecord(AuditEventType.EXPORT, AuditAction.EXECUTE, result, "ReportDelivery",
                claim.id().toString(), claim.facilityCode(), "report " + claim.reportId() + " version "
                        + claim.reportVersion() + " (" + claim.status().fhirCode() + ") to result channel '"
                        + (channelName == null ? claim.channelId() : channelName) + "' (" + claim.kind().code()
                        + "), attempt " + settlement.attemptNumber() + ": " + what));
        return Optional.of(settlement);
    }
}
