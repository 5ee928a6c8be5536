package org.telerad.sla.clock.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.clock.domain.Pause;
import org.telerad.sla.clock.domain.PauseReason;
import org.telerad.sla.clock.domain.ReadingClock;
import org.telerad.sla.clock.domain.StoredClocks;
import org.telerad.sla.clock.domain.TaskClock;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;

/**
 * Task clocks in {@code sla_clock} (one row per workitem) and {@code sla_clock_pause}, through plain JDBC on
 * {@code TeleradDS} (joining the caller's JTA transaction). Reads lock the row ({@code FOR UPDATE}); a new clock
 * is inserted with {@code ON CONFLICT DO NOTHING}. Instants are stored to the microsecond.
 */
@ApplicationScoped
public class JdbcStoredClocks implements StoredClocks {

    private static final String COLUMNS = "id, workitem_uid, facility_code, contract_version, priority,"
            + " queue_priority, read_type, modality, target_ms, started_at, due_at, first_assigned_at, claimed_at,"
            + " warned_at, breached, breached_at, escalations, reassignments, stopped_at, stopped_by, outcome,"
            + " fired_keys, last_change_at, updated_at";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcStoredClocks() {
    }

    public JdbcStoredClocks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addIfAbsent(TaskClock clock, Instant now) {
        String sql = "INSERT INTO sla_clock (" + COLUMNS + ") VALUES (" + "?, ".repeat(23) + "?)"
                + " ON CONFLICT DO NOTHING"; // the id derives from the workitem: either unique key means "already started"
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, clock, now);
            boolean added = ps.executeUpdate() == 1;
            if (added) {
                writePauses(c, clock);
            }
            return added;
        } catch (SQLException e) {
            throw failed("store", e);
        }
    }

    @Override
    public Optional<TaskClock.Record> findForUpdate(String workitemUid) {
        return find("workitem_uid = ?", workitemUid);
    }

    @Override
    public Optional<TaskClock.Record> findForUpdate(UUID clockId) {
        return find("id = ?", clockId);
    }

    @Override
    public void update(TaskClock clock, Instant now) {
        String sql = "UPDATE sla_clock SET (" + COLUMNS + ") = (" + "?, ".repeat(23) + "?) WHERE id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, clock, now);
            ps.setObject(25, clock.id());
            if (ps.executeUpdate() != 1) {
                throw new TeleradException(TeleradException.Kind.CONFLICT, SlaErrors.CLOCK_STOPPED,
                        "the reading clock of workitem " + clock.workitemUid() + " is not stored");
            }
            writePauses(c, clock);
        } catch (SQLException e) {
            throw failed("store", e);
        }
    }

    private Optional<TaskClock.Record> find(String where, Object key) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM sla_clock WHERE " + where + " FOR UPDATE")) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                UUID id = rs.getObject("id", UUID.class);
                return Optional.of(read(rs, pauses(c, id)));
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static TaskClock.Record read(ResultSet rs, List<Pause> pauses) throws SQLException {
        String modality = rs.getString("modality");
        Set<String> fired = new LinkedHashSet<>();
        String keys = rs.getString("fired_keys");
        if (keys != null && !keys.isBlank()) {
            fired.addAll(Arrays.asList(keys.split(",")));
        }
        ReadingClock.Snapshot snapshot = new ReadingClock.Snapshot(rs.getObject("id", UUID.class),
                Priority.valueOf(rs.getString("priority")), Priority.valueOf(rs.getString("queue_priority")),
                ReadType.valueOf(rs.getString("read_type")), modality == null ? null : Modality.of(modality),
                instant(rs, "started_at"), pauses, fired, instant(rs, "last_change_at"), instant(rs, "stopped_at"));
        String stoppedBy = rs.getString("stopped_by");
        String outcome = rs.getString("outcome");
        return new TaskClock.Record(rs.getString("workitem_uid"), rs.getString("facility_code"),
                rs.getInt("contract_version"), snapshot, instant(rs, "first_assigned_at"), instant(rs, "claimed_at"),
                instant(rs, "warned_at"), instant(rs, "breached_at"), rs.getInt("escalations"),
                rs.getInt("reassignments"), stoppedBy == null ? null : TaskClock.StoppedBy.valueOf(stoppedBy),
                outcome == null ? null : TaskClock.Outcome.valueOf(outcome));
    }

    private static List<Pause> pauses(Connection c, UUID clockId) throws SQLException {
        List<Pause> pauses = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT reason, paused_at, resumed_at FROM sla_clock_pause"
                + " WHERE clock_id = ? ORDER BY position")) {
            ps.setObject(1, clockId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pauses.add(new Pause(PauseReason.valueOf(rs.getString("reason")), instant(rs, "paused_at"),
                            instant(rs, "resumed_at")));
                }
            }
        }
        return pauses;
    }

    private static void writePauses(Connection c, TaskClock clock) throws SQLException {
        List<Pause> pauses = clock.clock().pauses();
        try (PreparedStatement del = c.prepareStatement("DELETE FROM sla_clock_pause WHERE clock_id = ?")) {
            del.setObject(1, clock.id());
            del.executeUpdate();
        }
        if (pauses.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock_pause (clock_id, position, reason,"
                + " paused_at, resumed_at) VALUES (?, ?, ?, ?, ?)")) {
            for (int i = 0; i < pauses.size(); i++) {
                Pause p = pauses.get(i);
                ps.setObject(1, clock.id());
                ps.setInt(2, i);
                ps.setString(3, p.reason().name());
                ps.setObject(4, timestamp(p.from()));
                ps.setObject(5, timestamp(p.until()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, TaskClock clock, Instant now) throws SQLException {
        TaskClock.Record r = clock.record();
        ReadingClock.Snapshot s = r.clock();
        int i = 1;
        ps.setObject(i++, clock.id());
        ps.setString(i++, r.workitemUid());
        ps.setString(i++, r.facilityCode());
        ps.setInt(i++, r.contractVersion());
        ps.setString(i++, s.priority().name());
        ps.setString(i++, s.queuePriority().name());
        ps.setString(i++, s.readType().name());
        if (s.modality() == null) {
            ps.setNull(i++, Types.VARCHAR);
        } else {
            ps.setString(i++, s.modality().code());
        }
        ps.setLong(i++, Math.max(1, clock.target().toMillis()));
        ps.setObject(i++, timestamp(s.startedAt()));
        ps.setObject(i++, timestamp(clock.dueAt(now)));
        ps.setObject(i++, timestamp(r.firstAssignedAt()));
        ps.setObject(i++, timestamp(r.claimedAt()));
        ps.setObject(i++, timestamp(r.warnedAt()));
        ps.setBoolean(i++, clock.breached());
        ps.setObject(i++, timestamp(r.breachedAt()));
        ps.setInt(i++, r.escalations());
        ps.setInt(i++, r.reassignments());
        ps.setObject(i++, timestamp(s.stoppedAt()));
        ps.setString(i++, r.stoppedBy() == null ? null : r.stoppedBy().name());
        ps.setString(i++, r.outcome() == null ? null : r.outcome().name());
        ps.setString(i++, String.join(",", new TreeSet<>(s.firedKeys())));
        ps.setObject(i++, timestamp(s.lastChange()));
        ps.setObject(i++, timestamp(now));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.TIMER_STORE_UNAVAILABLE,
                "the SLA clock store could not " + what + " a clock (SQL state " + e.getSQLState() + ")");
    }
}
