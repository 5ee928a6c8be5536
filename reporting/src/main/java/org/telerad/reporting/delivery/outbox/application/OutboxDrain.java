package org.telerad.reporting.delivery.outbox.application;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.ResultChannel;
import org.telerad.reporting.delivery.outbox.domain.DeliveryState;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.domain.Settlement;

/**
 * One pass over the outbox: claims the due deliveries and, one after the other, prepares, delivers through the
 * {@link ResultChannel} of the channel's kind and settles each. Versions of one report on one channel never
 * overtake each other (the claim only offers a version once the earlier ones are delivered). A channel
 * implementation that throws counts as a failed attempt. Not thread safe; one drain per worker thread.
 */
public final class OutboxDrain {

    /** What one pass did. */
    public record Pass(int claimed, int delivered, int retrying, int deadLettered) {
    }

    private static final System.Logger LOG = System.getLogger(OutboxDrain.class.getName());

    private final DeliveryAttempts attempts;
    private final Map<ChannelKind, ResultChannel> channels = new EnumMap<>(ChannelKind.class);

    public OutboxDrain(DeliveryAttempts attempts, Iterable<ResultChannel> implementations) {
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        for (ResultChannel channel : implementations) {
            channels.put(channel.kind(), channel);
        }
    }

    /** Drains until nothing is due (bounded by {@code maxPasses} claims). */
    public Pass drain(int maxPasses) {
        int claimed = 0;
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        for (int i = 0; i < maxPasses; i++) {
            Pass pass = once();
            claimed += pass.claimed();
            delivered += pass.delivered();
            retrying += pass.retrying();
            dead += pass.deadLettered();
            if (pass.claimed() == 0) {
                break;
            }
        }
        return new Pass(claimed, delivered, retrying, dead);
    }

    /**
     * Claims one batch and settles each delivery of it. Once a channel's receiver is unreachable in this batch, its
     * other deliveries of the batch are not sent (each would wait for the same timeout) but fail with that reason,
     * and are retried with their own backoff.
     */
    public Pass once() {
        List<QueuedDelivery> batch = attempts.claim();
        Map<UUID, DeliveryOutcome.Failed> unreachable = new HashMap<>();
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        for (QueuedDelivery claim : batch) {
            DeliveryAttempts.Prepared prepared = prepare(claim);
            DeliveryOutcome.Failed down = unreachable.get(claim.channelId());
            DeliveryOutcome outcome;
            if (prepared.refusal() != null) {
                outcome = prepared.refusal();
            } else if (down != null) {
                outcome = DeliveryOutcome.unreachable("not sent: the receiver was unreachable a moment ago ("
                        + down.reason() + ")");
            } else {
                outcome = send(claim, prepared);
                if (outcome instanceof DeliveryOutcome.Failed f && f.unreachable()) {
                    unreachable.put(claim.channelId(), f);
                }
            }
            String name = prepared.channel() == null ? null : prepared.channel().name();
            Settlement settled;
            try {
                settled = attempts.settle(claim, name, outcome).orElse(null);
            } catch (RuntimeException e) {
                // the lease runs out and another drain takes the delivery again
                LOG.log(System.Logger.Level.WARNING, "Delivery {0}: recording the attempt failed with {1}",
                        claim.id(), e.getClass().getName());
                continue;
            }
            if (settled == null) {
                LOG.log(System.Logger.Level.WARNING, "Delivery {0}: the claim expired during the attempt; another"
                        + " worker owns it now", claim.id());
            } else if (settled.state() == DeliveryState.DELIVERED) {
                delivered++;
            } else if (settled.state() == DeliveryState.PENDING) {
                retrying++;
            } else {
                dead++;
                LOG.log(System.Logger.Level.WARNING, "Delivery {0} ({1}, facility {2}) dead-lettered after attempt"
                        + " {3}", claim.id(), claim.kind().code(), claim.facilityCode(), settled.attemptNumber());
            }
        }
        return new Pass(batch.size(), delivered, retrying, dead);
    }

    /** The channel and content; a failure to read them counts as a failed attempt (retried with backoff). */
    private DeliveryAttempts.Prepared prepare(QueuedDelivery claim) {
        try {
            return attempts.prepare(claim);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Delivery {0}: reading its channel and report failed with {1}",
                    claim.id(), e.getClass().getName());
            return new DeliveryAttempts.Prepared(null, null,
                    DeliveryOutcome.failed("the channel or the signed version could not be read: "
                            + e.getClass().getSimpleName()));
        }
    }

    private DeliveryOutcome send(QueuedDelivery claim, DeliveryAttempts.Prepared prepared) {
        ResultChannel channel = channels.get(claim.kind());
        if (channel == null) {
            return DeliveryOutcome.failed("no " + claim.kind().code() + " channel implementation is deployed");
        }
        try {
            return channel.deliver(prepared.version(), prepared.channel().endpoint(),
                    claim.attemptId(attempts.now()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Delivery {0}: the {1} channel failed with {2}", claim.id(),
                    claim.kind().code(), e.getClass().getName());
            return DeliveryOutcome.failed("the channel failed: " + e.getClass().getSimpleName());
        }
    }
}
