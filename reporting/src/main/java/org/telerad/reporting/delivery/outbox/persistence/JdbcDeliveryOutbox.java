package org.telerad.reporting.delivery.outbox.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.outbox.domain.DeliveryAttempt;
import org.telerad.reporting.delivery.outbox.domain.DeliveryOutbox;
import org.telerad.reporting.delivery.outbox.domain.DeliveryQuery;
import org.telerad.reporting.delivery.outbox.domain.DeliveryRecord;
import org.telerad.reporting.delivery.outbox.domain.DeliveryState;
import org.telerad.reporting.delivery.outbox.domain.NewDelivery;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.domain.Settlement;
import org.telerad.shared.problem.TeleradException;

/**
 * The outbox through plain JDBC on {@code TeleradDS} (joins the caller's JTA transaction).
 *
 * <p>A claim is one statement, {@code WITH due AS MATERIALIZED (SELECT ... LIMIT n FOR UPDATE OF d SKIP LOCKED)
 * UPDATE ... FROM due RETURNING} (materialized: as {@code WHERE id IN (SELECT ...)} the planner may rescan the
 * sub-select per row and claim more than n):
 * concurrent workers on any node skip each other's rows, and a row claimed meanwhile fails the re-checked lease
 * condition, so a delivery is handed to one worker at a time. A row is claimable only when every earlier version of
 * its report on its channel is delivered (version 2 never overtakes version 1) and its channel is enabled (or was
 * removed: the worker then dead-letters it). Instants are stored to the microsecond.
 */
@ApplicationScoped
public class JdbcDeliveryOutbox implements DeliveryOutbox {

    private static final String CLAIMED = "id, sequence, report_id, report_version, report_status, channel_id, kind,"
            + " facility_code, attempts, failures, claim_token";

    private static final String EARLIER_UNDELIVERED = "SELECT min(e.report_version) FROM delivery_outbox e"
            + " WHERE e.report_id = d.report_id AND e.channel_id = d.channel_id"
            + " AND e.report_version < d.report_version AND e.state <> 'DELIVERED'";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcDeliveryOutbox() {
    }

    public JdbcDeliveryOutbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void enqueue(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        String sql = "INSERT INTO delivery_outbox (id, report_id, report_version, report_status, workitem_uid,"
                + " channel_id, kind, facility_code, state, queued_at, next_attempt_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT ON CONSTRAINT delivery_outbox_once"
                + " DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (NewDelivery d : deliveries) {
                ps.setObject(1, d.id());
                ps.setObject(2, d.reportId());
                ps.setInt(3, d.reportVersion());
                ps.setString(4, d.status().name());
                ps.setString(5, d.workitemUid());
                ps.setObject(6, d.channelId());
                ps.setString(7, d.kind().code());
                ps.setString(8, d.facilityCode());
                ps.setObject(9, timestamp(d.queuedAt()));
                ps.setObject(10, timestamp(d.queuedAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw failed("queue", e);
        }
    }

    @Override
    public List<QueuedDelivery> claimDue(Instant now, Duration lease, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("claim at least one delivery");
        }
        OffsetDateTime at = timestamp(now);
        String sql = "WITH due AS MATERIALIZED (SELECT d.id AS due_id FROM delivery_outbox d"
                + " LEFT JOIN delivery_channel c ON c.id = d.channel_id"
                + " WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?"
                + " AND (d.lease_until IS NULL OR d.lease_until <= ?) AND (c.id IS NULL OR c.enabled)"
                + " AND NOT EXISTS (SELECT 1 FROM delivery_outbox e WHERE e.report_id = d.report_id"
                + " AND e.channel_id = d.channel_id AND e.report_version < d.report_version AND e.state <> 'DELIVERED')"
                + " ORDER BY d.next_attempt_at, d.sequence LIMIT ? FOR UPDATE OF d SKIP LOCKED)"
                + " UPDATE delivery_outbox SET lease_until = ?, claim_token = gen_random_uuid()"
                + " FROM due WHERE delivery_outbox.id = due.due_id"
                + " RETURNING " + CLAIMED;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, at);
            ps.setObject(2, at);
            ps.setInt(3, limit);
            ps.setObject(4, timestamp(now.plus(lease)));
            List<QueuedDelivery> claimed = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claimed.add(new QueuedDelivery(rs.getObject("id", UUID.class), rs.getLong("sequence"),
                            rs.getObject("report_id", UUID.class), rs.getInt("report_version"),
                            ReportStatus.valueOf(rs.getString("report_status")), rs.getObject("channel_id", UUID.class),
                            ChannelKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getString("facility_code"),
                            rs.getInt("attempts"), rs.getInt("failures"), rs.getObject("claim_token", UUID.class)));
                }
            }
            claimed.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
            return claimed;
        } catch (SQLException e) {
            throw failed("claim", e);
        }
    }

    @Override
    public boolean settle(QueuedDelivery claim, Settlement s) {
        String sql = "UPDATE delivery_outbox SET state = ?, attempts = attempts + 1, failures = ?,"
                + " next_attempt_at = coalesce(?, next_attempt_at), lease_until = NULL, claim_token = NULL,"
                + " delivered_at = ?, reason = ? WHERE id = ? AND claim_token = ? AND state = 'PENDING'";
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, s.state().name());
                ps.setInt(2, s.failures());
                ps.setObject(3, s.nextAttemptAt() == null ? null : timestamp(s.nextAttemptAt()));
                ps.setObject(4, s.state() == DeliveryState.DELIVERED ? timestamp(s.attemptedAt()) : null);
                ps.setString(5, clip(s.reason()));
                ps.setObject(6, claim.id());
                ps.setObject(7, claim.claimToken());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery_attempt (delivery_id, number,"
                    + " attempted_at, outcome, detail) VALUES (?, ?, ?, ?, ?)")) {
                ps.setObject(1, claim.id());
                ps.setInt(2, s.attemptNumber());
                ps.setObject(3, timestamp(s.attemptedAt()));
                ps.setString(4, DeliveryAttempt.outcomeOf(s.outcome()));
                ps.setString(5, clip(s.outcome().detail()));
                ps.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw failed("record", e);
        }
    }

    @Override
    public boolean retry(UUID deliveryId, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE delivery_outbox SET state = 'PENDING', failures = 0, next_attempt_at = ?, lease_until = NULL,"
                        + " claim_token = NULL WHERE id = ? AND state = 'DEAD_LETTER'")) {
            ps.setObject(1, timestamp(now));
            ps.setObject(2, deliveryId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("retry", e);
        }
    }

    @Override
    public Optional<DeliveryRecord> find(UUID deliveryId) {
        String sql = select() + " WHERE d.id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, deliveryId);
            DeliveryRecord found;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                found = read(rs);
            }
            List<DeliveryAttempt> attempts = new ArrayList<>();
            try (PreparedStatement a = c.prepareStatement("SELECT number, attempted_at, outcome, detail"
                    + " FROM delivery_attempt WHERE delivery_id = ? ORDER BY number")) {
                a.setObject(1, deliveryId);
                try (ResultSet rs = a.executeQuery()) {
                    while (rs.next()) {
                        attempts.add(new DeliveryAttempt(rs.getInt("number"),
                                rs.getObject("attempted_at", OffsetDateTime.class).toInstant(), rs.getString("outcome"),
                                rs.getString("detail")));
                    }
                }
            }
            return Optional.of(found.withAttempts(attempts));
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public DeliveryPage list(DeliveryQuery query, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        if (query.state() != null) {
            where.append(" AND d.state = ?");
            params.add(query.state().name());
        }
        if (query.facilityCodes() != null) {
            where.append(" AND d.facility_code = ANY (?)");
            params.add(query.facilityCodes().toArray(String[]::new));
        }
        if (query.reportId() != null) {
            where.append(" AND d.report_id = ?");
            params.add(query.reportId());
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM delivery_outbox d" + where)) {
                bindAll(c, ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<DeliveryRecord> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(select() + where
                    + " ORDER BY d.sequence DESC LIMIT ? OFFSET ?")) {
                int i = bindAll(c, ps, params);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        items.add(read(rs));
                    }
                }
            }
            return new DeliveryPage(items, total);
        } catch (SQLException e) {
            throw failed("list", e);
        }
    }

    @Override
    public Optional<Instant> nextDue() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT min(next_attempt_at) FROM delivery_outbox WHERE state = 'PENDING'");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static int bindAll(Connection c, PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            if (p instanceof String[] array) {
                ps.setArray(i++, c.createArrayOf("varchar", array));
            } else {
                ps.setObject(i++, p);
            }
        }
        return i;
    }

    private static String select() {
        return "SELECT d.id, d.sequence, d.report_id, d.report_version, d.report_status, d.workitem_uid,"
                + " d.channel_id, c.name AS channel_name, d.kind, d.facility_code, d.state, d.attempts, d.queued_at,"
                + " d.next_attempt_at, d.delivered_at, d.reason, (" + EARLIER_UNDELIVERED + ") AS waiting_for"
                + " FROM delivery_outbox d LEFT JOIN delivery_channel c ON c.id = d.channel_id";
    }

    private static DeliveryRecord read(ResultSet rs) throws SQLException {
        DeliveryState state = DeliveryState.valueOf(rs.getString("state"));
        int waitingFor = rs.getInt("waiting_for");
        boolean waiting = !rs.wasNull() && state == DeliveryState.PENDING;
        return new DeliveryRecord(rs.getObject("id", UUID.class), rs.getLong("sequence"),
                rs.getObject("report_id", UUID.class), rs.getInt("report_version"),
                ReportStatus.valueOf(rs.getString("report_status")), rs.getString("workitem_uid"),
                rs.getObject("channel_id", UUID.class), rs.getString("channel_name"),
                ChannelKind.ofCode(rs.getString("kind")).orElseThrow(), rs.getString("facility_code"), state,
                rs.getInt("attempts"), instant(rs, "queued_at"),
                state == DeliveryState.PENDING ? instant(rs, "next_attempt_at") : null, instant(rs, "delivered_at"),
                rs.getString("reason"), waiting ? waitingFor : null, List.of());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static String clip(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 599) + "…";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, DeliveryErrors.STORE_UNAVAILABLE,
                "the delivery outbox could not " + what + " deliveries (SQL state " + e.getSQLState() + ")");
    }
}
