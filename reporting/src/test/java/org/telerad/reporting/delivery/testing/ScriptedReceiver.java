package org.telerad.reporting.delivery.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryAttemptId;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannel;

/**
 * A result channel that plays a receiver: accepts by default, or answers the outcomes a test queued; keeps what
 * it accepted ({@code "v1 P"}, ...), in order.
 */
public final class ScriptedReceiver implements ResultChannel {

    private final ChannelKind kind;
    private final Deque<DeliveryOutcome> script = new ArrayDeque<>();
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final List<String> attempts = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    public ScriptedReceiver(ChannelKind kind) {
        this.kind = kind;
    }

    public synchronized ScriptedReceiver then(DeliveryOutcome outcome) {
        script.add(outcome);
        return this;
    }

    public ScriptedReceiver down(boolean down) {
        this.down = down;
        return this;
    }

    public List<String> accepted() {
        return accepted;
    }

    public List<String> attempts() {
        return attempts;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public synchronized DeliveryOutcome deliver(SignedReportVersion version, Endpoint endpoint,
            DeliveryAttemptId attempt) {
        attempts.add(attempt.controlId());
        if (down) {
            return DeliveryOutcome.unreachable("refused the connection");
        }
        DeliveryOutcome outcome = script.isEmpty() ? DeliveryOutcome.delivered("AA") : script.poll();
        if (outcome instanceof DeliveryOutcome.Delivered) {
            accepted.add("v" + version.version() + " " + version.status().hl7ResultStatus());
        }
        return outcome;
    }
}
