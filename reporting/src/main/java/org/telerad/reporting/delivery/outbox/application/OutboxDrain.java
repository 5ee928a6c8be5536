package org.telerad.reporting.delivery.outbox.application;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Claims one batch and settles each delivery of it. */
    public Pass once() {
        List<QueuedDelivery> batch = attempts.claim();
        int delivered = 0;
        int retrying = 0;
        int dead = 0;
        for (QueuedDelivery claim : batch) {
            DeliveryAttempts.Prepared prepared = attempts.prepare(claim);
            DeliveryOutcome outcome = prepared.refusal() != null ? prepared.refusal() : send(claim, prepared);
            String name = prepared.channel() == null ? null : prepared.channel().name();
            Settlement settled = attempts.settle(claim, name, outcome).orElse(null);
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
