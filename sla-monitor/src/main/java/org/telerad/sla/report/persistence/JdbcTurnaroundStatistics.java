package org.telerad.sla.report.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.report.application.TurnaroundStatistics;
import org.telerad.sla.report.domain.Breach;
import org.telerad.sla.report.domain.Dimension;
import org.telerad.sla.report.domain.ReportPeriod;
import org.telerad.sla.report.domain.TurnaroundFigures;
import org.telerad.sla.report.domain.TurnaroundReport;

/**
 * Turnaround reports computed in PostgreSQL from {@code sla_clock} and {@code sla_clock_pause}: one query with
 * {@code GROUPING SETS} gives the counts and {@code percentile_cont} turnaround per priority, modality and read
 * type and overall; a second lists the breaches with their phase times. Turnaround is stop minus start minus
 * paused time; a pause still open counts up to the stop (or to the report instant). Canceled clocks are left out.
 * Plain JDBC on {@code TeleradDS}; the clocks are selected by {@code (facility_code, started_at)}, which is indexed.
 */
@ApplicationScoped
public class JdbcTurnaroundStatistics implements TurnaroundStatistics {

    /** The clocks of the selection with their paused time, as a CTE; parameters: now, from, to, facilities. */
    private static final String SELECTED = "WITH selected AS ("
            + " SELECT k.*, COALESCE(k.modality, '" + TurnaroundFigures.UNKNOWN_MODALITY + "') AS modality_key,"
            + "   COALESCE((SELECT sum(extract(epoch FROM (COALESCE(p.resumed_at, k.stopped_at, ?) - p.paused_at)))"
            + "     FROM sla_clock_pause p WHERE p.clock_id = k.id), 0) * 1000 AS paused_ms,"
            + "   (SELECT string_agg(DISTINCT p.reason, ' ') FROM sla_clock_pause p WHERE p.clock_id = k.id)"
            + "     AS pause_reasons"
            + " FROM sla_clock k"
            + " WHERE k.started_at >= ? AND k.started_at < ? AND (cardinality(?::text[]) = 0"
            + "   OR k.facility_code = ANY (?::text[])) AND (k.outcome IS NULL OR k.outcome <> 'CANCELED')"
            + "), timed AS ("
            + " SELECT s.*, CASE WHEN s.stopped_at IS NOT NULL"
            + "   THEN GREATEST(0, extract(epoch FROM (s.stopped_at - s.started_at)) * 1000 - s.paused_ms) END"
            + "   AS turnaround_ms,"
            + "   (s.outcome = 'MISSED' OR (s.stopped_at IS NULL AND (s.breached OR s.due_at <= ?))) AS is_breach"
            + " FROM selected s)";

    private static final String FIGURES = SELECTED
            + " SELECT grouping(priority) AS gp, grouping(modality_key) AS gm, grouping(read_type) AS gr,"
            + "   priority, modality_key, read_type, count(*), count(stopped_at),"
            + "   count(*) FILTER (WHERE outcome = 'MET'), count(*) FILTER (WHERE is_breach),"
            + "   count(*) FILTER (WHERE stopped_at IS NULL),"
            + "   percentile_cont(0.5) WITHIN GROUP (ORDER BY turnaround_ms),"
            + "   percentile_cont(0.9) WITHIN GROUP (ORDER BY turnaround_ms),"
            + "   percentile_cont(0.99) WITHIN GROUP (ORDER BY turnaround_ms)"
            + " FROM timed GROUP BY GROUPING SETS ((), (priority), (modality_key), (read_type))"
            + " ORDER BY gp, gm, gr, CASE priority WHEN 'STAT' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END,"
            + "   modality_key, read_type";

    private static final String BREACHES = SELECTED
            + " SELECT workitem_uid, facility_code, priority, read_type, modality, contract_version, target_ms,"
            + "   started_at, due_at, stopped_at, breached_at, escalations, reassignments,"
            + net("started_at", "COALESCE(first_assigned_at, stopped_at, ?)") + ","
            + "   CASE WHEN first_assigned_at IS NOT NULL THEN"
            + net("first_assigned_at", "COALESCE(claimed_at, stopped_at, ?)") + " END,"
            + "   CASE WHEN claimed_at IS NOT NULL THEN" + net("claimed_at", "COALESCE(stopped_at, ?)") + " END,"
            + "   paused_ms, pause_reasons"
            + " FROM timed t WHERE is_breach ORDER BY started_at, workitem_uid LIMIT ?";

    /**
     * Milliseconds from {@code a} to {@code b} less the pauses that overlap them, so that the unassigned, claim
     * and reading phases and the paused time add up to the time the clock ran.
     */
    private static String net(String a, String b) {
        return " (extract(epoch FROM ((" + b + ") - " + a + ")) - COALESCE((SELECT sum(GREATEST(0, extract(epoch"
                + " FROM (LEAST((" + b + "), COALESCE(p.resumed_at, t.stopped_at, ?)) - GREATEST(" + a
                + ", p.paused_at))))) FROM sla_clock_pause p WHERE p.clock_id = t.id), 0)) * 1000";
    }

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcTurnaroundStatistics() {
    }

    public JdbcTurnaroundStatistics(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public TurnaroundReport report(Set<String> facilities, ReportPeriod period, Instant now) {
        String[] codes = facilities.stream().sorted().toArray(String[]::new);
        OffsetDateTime at = utc(now);
        try (Connection c = dataSource.getConnection()) {
            TurnaroundFigures overall = null;
            List<TurnaroundFigures> byPriority = new ArrayList<>();
            List<TurnaroundFigures> byModality = new ArrayList<>();
            List<TurnaroundFigures> byReadType = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(FIGURES)) {
                int i = selection(c, ps, codes, period, at);
                ps.setObject(i, at);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        TurnaroundFigures f = figures(rs);
                        switch (f.dimension()) {
                            case ALL -> overall = f;
                            case PRIORITY -> byPriority.add(f);
                            case MODALITY -> byModality.add(f);
                            case READ_TYPE -> byReadType.add(f);
                        }
                    }
                }
            }
            if (overall == null) {
                overall = new TurnaroundFigures(Dimension.ALL, null, 0, 0, 0, 0, 0, null, null, null);
            }
            List<Breach> breaches = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(BREACHES)) {
                int i = selection(c, ps, codes, period, at);
                for (int k = 0; k < 10; k++) {
                    ps.setObject(i++, at); // is_breach, then per phase: its end (twice) and its open pauses' end
                }
                ps.setInt(i, TurnaroundReport.MAX_BREACHES + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        breaches.add(breach(rs));
                    }
                }
            }
            boolean truncated = breaches.size() > TurnaroundReport.MAX_BREACHES;
            if (truncated) {
                breaches = breaches.subList(0, TurnaroundReport.MAX_BREACHES);
            }
            return new TurnaroundReport(List.of(codes), period, now, overall, byPriority, byModality, byReadType,
                    breaches, truncated);
        } catch (SQLException e) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.REPORT_UNAVAILABLE,
                    "The turnaround report could not be computed (SQL state " + e.getSQLState() + ")");
        }
    }

    /** Binds the selection's parameters; answers the next parameter index. */
    private static int selection(Connection c, PreparedStatement ps, String[] codes, ReportPeriod period,
            OffsetDateTime now) throws SQLException {
        java.sql.Array array = c.createArrayOf("text", codes);
        ps.setObject(1, now);
        ps.setObject(2, utc(period.from()));
        ps.setObject(3, utc(period.to()));
        ps.setArray(4, array);
        ps.setArray(5, array);
        return 6;
    }

    private static TurnaroundFigures figures(ResultSet rs) throws SQLException {
        Dimension dimension;
        String value;
        if (rs.getInt("gp") == 0) {
            dimension = Dimension.PRIORITY;
            value = rs.getString("priority");
        } else if (rs.getInt("gm") == 0) {
            dimension = Dimension.MODALITY;
            value = rs.getString("modality_key");
        } else if (rs.getInt("gr") == 0) {
            dimension = Dimension.READ_TYPE;
            value = rs.getString("read_type");
        } else {
            dimension = Dimension.ALL;
            value = null;
        }
        return new TurnaroundFigures(dimension, value, rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10),
                rs.getLong(11), nullableDouble(rs, 12), nullableDouble(rs, 13), nullableDouble(rs, 14));
    }

    private static Breach breach(ResultSet rs) throws SQLException {
        return new Breach(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getLong(7), instant(rs, 8), instant(rs, 9), instant(rs, 10), instant(rs, 11),
                rs.getInt(12), rs.getInt(13), nullableLong(rs, 14), nullableLong(rs, 15), nullableLong(rs, 16),
                Math.round(rs.getDouble(17)), rs.getString(18));
    }

    private static Double nullableDouble(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : Math.round(v);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
