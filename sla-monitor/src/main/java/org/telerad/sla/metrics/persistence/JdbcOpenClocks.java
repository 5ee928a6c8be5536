package org.telerad.sla.metrics.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.metrics.application.OpenClockSnapshot;
import org.telerad.sla.metrics.application.OpenClockSnapshot.DueWithin;
import org.telerad.sla.metrics.application.OpenClockSnapshot.TaskState;
import org.telerad.sla.metrics.application.OpenClocks;

/**
 * Counts running clocks in {@code sla_clock} (partial index {@code sla_clock_open}) with one grouped query: task
 * state from the clock's own columns (an open pause wins, then claimed, then assigned) and seconds until due
 * (queue priority, which ageing raises, is not what is counted: the contracted {@code priority} is).
 */
@ApplicationScoped
public class JdbcOpenClocks implements OpenClocks {

    private static final String SQL = "SELECT CASE WHEN EXISTS (SELECT 1 FROM sla_clock_pause p"
            + "   WHERE p.clock_id = k.id AND p.resumed_at IS NULL) THEN 'PAUSED'"
            + "   WHEN k.claimed_at IS NOT NULL THEN 'IN_PROGRESS'"
            + "   WHEN k.first_assigned_at IS NOT NULL THEN 'ASSIGNED' ELSE 'UNASSIGNED' END AS state,"
            + " k.priority, CASE WHEN k.due_at <= ? THEN 0"
            + "   WHEN k.due_at <= ? + interval '5 minutes' THEN 1"
            + "   WHEN k.due_at <= ? + interval '30 minutes' THEN 2"
            + "   WHEN k.due_at <= ? + interval '1 hour' THEN 3"
            + "   WHEN k.due_at <= ? + interval '4 hours' THEN 4"
            + "   WHEN k.due_at <= ? + interval '24 hours' THEN 5 ELSE 6 END AS due_bucket, count(*)"
            + " FROM sla_clock k WHERE k.stopped_at IS NULL GROUP BY 1, 2, 3";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcOpenClocks() {
    }

    public JdbcOpenClocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public OpenClockSnapshot snapshot(Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        Map<TaskState, Map<Priority, Long>> byState = new EnumMap<>(TaskState.class);
        Map<DueWithin, Long> byDue = new EnumMap<>(DueWithin.class);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SQL)) {
            for (int i = 1; i <= 6; i++) {
                ps.setObject(i, at);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(4);
                    byState.computeIfAbsent(TaskState.valueOf(rs.getString(1)), s -> new EnumMap<>(Priority.class))
                            .merge(Priority.valueOf(rs.getString(2)), n, Long::sum);
                    byDue.merge(DueWithin.values()[rs.getInt(3)], n, Long::sum);
                }
            }
        } catch (SQLException e) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.REPORT_UNAVAILABLE,
                    "The running clocks could not be counted (SQL state " + e.getSQLState() + ")");
        }
        return new OpenClockSnapshot(now, byState, byDue);
    }
}
