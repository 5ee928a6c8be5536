package org.telerad.sla.timer.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.clock.domain.SlaTimer;
import org.telerad.sla.clock.domain.TimerKind;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.timer.domain.DurableTimers;
import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.domain.TimerRecord;

/**
 * Durable timers in table {@code sla_timer} through plain JDBC on {@code TeleradDS} (the connection joins the
 * caller's JTA transaction). A claim is one statement, {@code WITH due AS MATERIALIZED (SELECT ... LIMIT n FOR
 * UPDATE SKIP LOCKED) UPDATE ... FROM due RETURNING}: concurrent nodes skip each other's rows, so each timer fires
 * once. The CTE is materialized on purpose: as {@code WHERE id IN (SELECT ... LIMIT n SKIP LOCKED)} the planner may
 * rescan the sub-select per row (nested-loop semi-join), and each rescan skips the rows already locked and returns
 * new ones, claiming more than {@code n} timers. Instants are stored to the
 * microsecond (PostgreSQL {@code timestamptz}). SQL errors are reported by SQL state only.
 */
@ApplicationScoped
public class JdbcDurableTimers implements DurableTimers {

    private static final String COLUMNS = "task_id, timer_key, kind, due_at, fired_at";
    /** {@link #COLUMNS} of the claimed rows, qualified (a claim joins its locked ids). */
    private static final String RETURNED = "t.task_id, t.timer_key, t.kind, t.due_at, t.fired_at";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** The name recorded in {@code fired_by} of the timers this node claims. */
    private final String node;

    /** For CDI: the node is named by {@code jboss.node.name} (else the host name). */
    protected JdbcDurableTimers() {
        this.node = nodeName();
    }

    public JdbcDurableTimers(DataSource dataSource) {
        this(dataSource, nodeName());
    }

    /** A store whose claims are recorded as made by {@code node}. */
    public JdbcDurableTimers(DataSource dataSource, String node) {
        this.dataSource = dataSource;
        this.node = node == null || node.isBlank() ? "telerad" : node.length() > 64 ? node.substring(0, 64) : node;
    }

    private static String nodeName() {
        String name = System.getProperty("jboss.node.name");
        if (name == null || name.isBlank()) {
            try {
                name = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                name = "telerad";
            }
        }
        return name.length() > 64 ? name.substring(0, 64) : name;
    }

    @Override
    public void schedule(UUID taskId, List<SlaTimer> timers) {
        try (Connection c = dataSource.getConnection()) {
            cancel(c, taskId);
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO sla_timer (task_id, timer_key, kind, due_at) VALUES (?, ?, ?, ?)")) {
                for (SlaTimer t : timers) {
                    if (!t.taskId().equals(taskId)) {
                        throw TeleradException.invalid(SlaErrors.FOREIGN_TIMER, "timers",
                                "a task's schedule holds only that task's timers");
                    }
                    ps.setObject(1, taskId);
                    ps.setString(2, t.key());
                    ps.setString(3, t.kind().name());
                    ps.setObject(4, timestamp(t.dueAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        } catch (SQLException e) {
            throw failed("schedule", e);
        }
    }

    @Override
    public void cancel(UUID taskId) {
        try (Connection c = dataSource.getConnection()) {
            cancel(c, taskId);
        } catch (SQLException e) {
            throw failed("cancel", e);
        }
    }

    private static void cancel(Connection c, UUID taskId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM sla_timer WHERE task_id = ? AND fired_at IS NULL")) {
            ps.setObject(1, taskId);
            ps.executeUpdate();
        }
    }

    @Override
    public List<FiredTimer> claimDue(Instant now, int limit) {
        if (limit < 1) {
            throw TeleradException.invalid(SlaErrors.CLAIM_LIMIT, "limit", "claim at least one timer");
        }
        OffsetDateTime at = timestamp(now);
        String sql = "WITH due AS MATERIALIZED (SELECT id AS due_id FROM sla_timer WHERE fired_at IS NULL AND due_at <= ?"
                + " ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE sla_timer t SET fired_at = ?, fired_by = ? FROM due WHERE t.id = due.due_id"
                + " RETURNING " + RETURNED;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at);
            ps.setInt(2, limit);
            ps.setObject(3, at);
            ps.setString(4, node);
            return claimed(ps);
        } catch (SQLException e) {
            throw failed("claim", e);
        }
    }

    /**
     * As {@link #claimDue}, but only timers of the tasks {@code taskIds}: for a claimer that serves some clocks
     * only (a second node in a test that must not take other tests' timers).
     */
    public List<FiredTimer> claimDueOf(java.util.Collection<UUID> taskIds, Instant now, int limit) {
        if (limit < 1) {
            throw TeleradException.invalid(SlaErrors.CLAIM_LIMIT, "limit", "claim at least one timer");
        }
        OffsetDateTime at = timestamp(now);
        String sql = "WITH due AS MATERIALIZED (SELECT id AS due_id FROM sla_timer WHERE fired_at IS NULL AND due_at <= ?"
                + " AND task_id = ANY (?) ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " UPDATE sla_timer t SET fired_at = ?, fired_by = ? FROM due WHERE t.id = due.due_id"
                + " RETURNING " + RETURNED;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at);
            ps.setArray(2, c.createArrayOf("uuid", taskIds.toArray()));
            ps.setInt(3, limit);
            ps.setObject(4, at);
            ps.setString(5, node);
            return claimed(ps);
        } catch (SQLException e) {
            throw failed("claim", e);
        }
    }

    /** The timers a claiming UPDATE ... RETURNING marked fired, soonest due first. */
    private static List<FiredTimer> claimed(PreparedStatement ps) throws SQLException {
        List<FiredTimer> fired = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                TimerRecord r = read(rs);
                fired.add(new FiredTimer(r.timer(), r.firedAt()));
            }
        }
        fired.sort((a, b) -> a.timer().dueAt().compareTo(b.timer().dueAt()));
        return fired;
    }

    @Override
    public Optional<Instant> nextDue() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT min(due_at) FROM sla_timer WHERE fired_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public List<TimerRecord> of(UUID taskId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM sla_timer WHERE task_id = ? ORDER BY due_at, id")) {
            ps.setObject(1, taskId);
            List<TimerRecord> records = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(read(rs));
                }
            }
            return records;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static TimerRecord read(ResultSet rs) throws SQLException {
        SlaTimer timer = new SlaTimer(rs.getObject("task_id", UUID.class), rs.getString("timer_key"),
                TimerKind.valueOf(rs.getString("kind")), rs.getObject("due_at", OffsetDateTime.class).toInstant());
        OffsetDateTime fired = rs.getObject("fired_at", OffsetDateTime.class);
        return new TimerRecord(timer, fired == null ? null : fired.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.TIMER_STORE_UNAVAILABLE,
                "the SLA timer store could not " + what + " timers (SQL state " + e.getSQLState() + ")");
    }
}
