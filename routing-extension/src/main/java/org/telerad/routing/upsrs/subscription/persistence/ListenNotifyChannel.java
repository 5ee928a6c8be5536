package org.telerad.routing.upsrs.subscription.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.telerad.routing.upsrs.subscription.EventNotice;

/**
 * One node's end of the PostgreSQL channel {@value #CHANNEL}: {@link #publish} sends a notice with
 * {@code pg_notify} (on a connection of its own, committed at once), and a listening thread holds one connection
 * with {@code LISTEN} and hands every notice of <em>another</em> node to {@code fromOtherNodes} (its own come
 * back too and are skipped: this node delivered them already). A lost connection is re-established after a
 * pause; notices sent meanwhile are missed (event reports are best effort, as in PS3.4 CC.2.4). Thread safe.
 */
public final class ListenNotifyChannel implements AutoCloseable {

    static final String CHANNEL = "telerad_ups_events";
    private static final System.Logger LOG = System.getLogger(ListenNotifyChannel.class.getName());

    private final DataSource dataSource;
    private final String node;
    private final Consumer<EventNotice> fromOtherNodes;
    private final ThreadFactory threads;
    private final Duration poll;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Thread listener;

    public ListenNotifyChannel(DataSource dataSource, String node, Consumer<EventNotice> fromOtherNodes,
            ThreadFactory threads, Duration poll) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.node = Objects.requireNonNull(node, "node");
        this.fromOtherNodes = Objects.requireNonNull(fromOtherNodes, "fromOtherNodes");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.poll = Objects.requireNonNull(poll, "poll");
    }

    public String node() {
        return node;
    }

    /** Starts listening (once). */
    public synchronized void start() {
        if (listener == null && !closed) {
            listener = threads.newThread(this::listen);
            listener.setName("telerad-ups-event-relay");
            listener.start();
        }
    }

    /** Waits until the channel listens (for tests and start-up); answers whether it does. */
    public boolean awaitListening(Duration timeout) throws InterruptedException {
        return listening.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells the other nodes; never throws. */
    public void publish(EventNotice notice) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pg_notify(?, ?)")) {
            s.setString(1, CHANNEL);
            s.setString(2, notice.payload());
            s.execute();
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event notice for {0} not relayed to other nodes: {1}",
                    notice.workitem(), e instanceof SQLException sql ? "SQL state " + sql.getSQLState()
                            : e.getClass().getName());
        }
    }

    @Override
    public void close() {
        closed = true;
        Thread t = listener;
        if (t != null) {
            try {
                t.join(poll.toMillis() + 2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void listen() {
        long pause = 500;
        while (!closed) {
            try (Connection c = dataSource.getConnection()) {
                PGConnection pg = c.unwrap(PGConnection.class);
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                pause = 500;
                while (!closed) {
                    PGNotification[] notices = pg.getNotifications((int) poll.toMillis());
                    if (notices != null) {
                        for (PGNotification n : notices) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "UPS event relay lost its database connection ({0});"
                        + " listening again in {1} ms", e instanceof SQLException sql ? "SQL state "
                                + sql.getSQLState() : e.getClass().getName(), pause);
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, 30_000);
            }
        }
    }

    private void receive(String payload) {
        try {
            EventNotice notice = EventNotice.parse(payload);
            if (!node.equals(notice.node())) {
                fromOtherNodes.accept(notice);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event notice ignored: {0}", e.getClass().getName());
        }
    }
}
