package org.telerad.sla.clock.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.clock.domain.CriticalFinding;
import org.telerad.sla.clock.domain.StoredFindings;
import org.telerad.sla.contract.domain.SlaErrors;

/** Critical findings' clocks in {@code sla_critical_finding}, plain JDBC on {@code TeleradDS}. */
@ApplicationScoped
public class JdbcStoredFindings implements StoredFindings {

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcStoredFindings() {
    }

    public JdbcStoredFindings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean addIfAbsent(CriticalFinding f) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO sla_critical_finding (finding_id, workitem_uid, category, recorded_at, due_at,"
                        + " communicated_at, overdue_fired_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (finding_id) DO NOTHING")) {
            ps.setObject(1, f.findingId());
            ps.setString(2, f.workitemUid());
            ps.setInt(3, f.category());
            ps.setObject(4, ts(f.recordedAt()));
            ps.setObject(5, ts(f.dueAt()));
            ps.setObject(6, ts(f.communicatedAt()));
            ps.setObject(7, ts(f.overdueFiredAt()));
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public Optional<CriticalFinding> findForUpdate(UUID findingId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT finding_id, workitem_uid, category, recorded_at, due_at, communicated_at, overdue_fired_at"
                        + " FROM sla_critical_finding WHERE finding_id = ? FOR UPDATE")) {
            ps.setObject(1, findingId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CriticalFinding(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3),
                        instant(rs, 4), instant(rs, 5), instant(rs, 6), instant(rs, 7)));
            }
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void update(CriticalFinding f) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE sla_critical_finding SET communicated_at = ?, overdue_fired_at = ? WHERE finding_id = ?")) {
            ps.setObject(1, ts(f.communicatedAt()));
            ps.setObject(2, ts(f.overdueFiredAt()));
            ps.setObject(3, f.findingId());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static TeleradException failed(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.TIMER_STORE_UNAVAILABLE,
                "the SLA critical finding store failed (SQL state " + e.getSQLState() + ")");
    }
}
