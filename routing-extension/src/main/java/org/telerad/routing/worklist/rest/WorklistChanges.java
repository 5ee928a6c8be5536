package org.telerad.routing.worklist.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

import org.telerad.routing.task.domain.ReadingTaskEvent;

/**
 * The browsers connected to {@code /api/worklist/changes} on this node, told {@code tasks-changed} (no data: not
 * even which task, so nobody learns of tasks outside their scope) after any reading task change committed. Each
 * browser then reads its worklist again through the scoped API. A browser reconnects before its token expires; a
 * closed connection leaves the broadcaster on the next send (every new connection sends a comment to all).
 * Thread-safe. With several nodes each node tells its own browsers of its own changes; the browsers' 30 s polling
 * covers changes made on another node.
 */
@ApplicationScoped
public class WorklistChanges {

    private Sse sse;
    private SseBroadcaster broadcaster;

    synchronized void register(SseEventSink sink, Sse sse) {
        if (broadcaster == null) {
            this.sse = sse;
            this.broadcaster = sse.newBroadcaster();
        } else {
            // a comment to every open stream: streams whose browser left fail and leave the broadcaster, so
            // reconnecting browsers (every few minutes) never pile up dead streams in quiet times
            broadcaster.broadcast(sse.newEventBuilder().comment("heartbeat").build());
        }
        broadcaster.register(sink);
        // an immediate first event lets the browser know the stream is open
        sink.send(sse.newEventBuilder().name("ready").data("{}").build());
    }

    void onTaskEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingTaskEvent event) {
        SseBroadcaster b;
        OutboundSseEvent changed;
        synchronized (this) {
            if (broadcaster == null) {
                return;
            }
            b = broadcaster;
            changed = sse.newEventBuilder().name("tasks-changed").data("{}").build();
        }
        b.broadcast(changed);
    }
}
