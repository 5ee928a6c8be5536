package org.telerad.sla.contract.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.application.ContractStore;
import org.telerad.sla.contract.application.ContractVersion;
import org.telerad.sla.contract.domain.ClockStart;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;

/**
 * Contract versions in {@code sla_contract} (scalar terms), {@code sla_contract_target} and
 * {@code sla_contract_step} (ordered by position), through plain JDBC on {@code TeleradDS} (the connection joins
 * the caller's JTA transaction). Rows are insert-only (a database trigger refuses updates and deletes);
 * {@link #append} inserts with {@code ON CONFLICT DO NOTHING} so that the loser of two concurrent revisions
 * learns it lost instead of failing the transaction. Durations are milliseconds.
 */
@ApplicationScoped
public class JdbcContractStore implements ContractStore {

    private static final String CONTRACT_COLUMNS = "facility_code, version, ceiling_ms, warning_share, clock_start,"
            + " maximum_wait_ms, created_at, created_by";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcContractStore() {
    }

    public JdbcContractStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ContractVersion> latest(String facilityCode) {
        return first(load("SELECT " + CONTRACT_COLUMNS + " FROM sla_contract WHERE facility_code = ?"
                + " ORDER BY version DESC LIMIT 1", facilityCode));
    }

    @Override
    public Optional<ContractVersion> version(String facilityCode, int version) {
        return first(load("SELECT " + CONTRACT_COLUMNS + " FROM sla_contract WHERE facility_code = ? AND version = "
                + version, facilityCode));
    }

    @Override
    public List<ContractVersion> versions(String facilityCode, int offset, int limit) {
        return load("SELECT " + CONTRACT_COLUMNS + " FROM sla_contract WHERE facility_code = ?"
                + " ORDER BY version DESC OFFSET " + Math.max(0, offset) + " LIMIT " + Math.max(1, limit),
                facilityCode);
    }

    @Override
    public int count(String facilityCode) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM sla_contract WHERE facility_code = ?")) {
            ps.setString(1, facilityCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    @Override
    public boolean append(ContractVersion stored) {
        if (!stored.stored()) {
            throw new IllegalArgumentException("only stored versions are appended");
        }
        TurnaroundContract k = stored.contract();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_contract (" + CONTRACT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (facility_code, version) DO NOTHING")) {
                ps.setString(1, k.facilityCode());
                ps.setInt(2, k.version());
                ps.setLong(3, k.ceiling().toMillis());
                ps.setBigDecimal(4, BigDecimal.valueOf(k.warningShare()));
                ps.setString(5, k.clockStart().name());
                ps.setLong(6, k.maximumWait().toMillis());
                ps.setObject(7, OffsetDateTime.ofInstant(stored.storedAt(), ZoneOffset.UTC));
                ps.setString(8, stored.storedBy());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_contract_target (facility_code, version,"
                    + " position, priority, read_type, modality, target_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int position = 0;
                for (TurnaroundTarget t : k.targets()) {
                    ps.setString(1, k.facilityCode());
                    ps.setInt(2, k.version());
                    ps.setInt(3, position++);
                    ps.setString(4, t.priority().name());
                    ps.setString(5, t.readType().name());
                    ps.setString(6, t.narrowedTo().map(Modality::code).orElse(null));
                    ps.setLong(7, t.target().toMillis());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_contract_step (facility_code, version,"
                    + " position, action, share_of_target) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (EscalationStep s : k.ladder()) {
                    ps.setString(1, k.facilityCode());
                    ps.setInt(2, k.version());
                    ps.setInt(3, position++);
                    ps.setString(4, s.action().name());
                    ps.setBigDecimal(5, BigDecimal.valueOf(s.shareOfTarget()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return true;
        } catch (SQLException e) {
            throw failed("store", e);
        }
    }

    private List<ContractVersion> load(String sql, String facilityCode) {
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, Row> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, facilityCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Row row = new Row(rs);
                        rows.put(row.version, row);
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            String versions = rows.keySet().stream().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(","));
            try (PreparedStatement ps = c.prepareStatement("SELECT version, priority, read_type, modality, target_ms"
                    + " FROM sla_contract_target WHERE facility_code = ? AND version IN (" + versions + ")"
                    + " ORDER BY version, position")) {
                ps.setString(1, facilityCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String modality = rs.getString(4);
                        rows.get(rs.getInt(1)).targets.add(new TurnaroundTarget(Priority.valueOf(rs.getString(2)),
                                ReadType.valueOf(rs.getString(3)), modality == null ? null : Modality.of(modality),
                                Duration.ofMillis(rs.getLong(5))));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT version, action, share_of_target"
                    + " FROM sla_contract_step WHERE facility_code = ? AND version IN (" + versions + ")"
                    + " ORDER BY version, position")) {
                ps.setString(1, facilityCode);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.get(rs.getInt(1)).ladder.add(new EscalationStep(EscalationAction.valueOf(rs.getString(2)),
                                rs.getBigDecimal(3).doubleValue()));
                    }
                }
            }
            List<ContractVersion> loaded = new ArrayList<>();
            for (Row row : rows.values()) {
                loaded.add(row.toVersion());
            }
            return loaded;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static Optional<ContractVersion> first(List<ContractVersion> versions) {
        return versions.stream().findFirst();
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, SlaErrors.CONTRACT_STORE_UNAVAILABLE,
                "The contract store could not " + what + " (SQL state " + e.getSQLState() + ")");
    }

    /** One {@code sla_contract} row while its targets and steps are read. */
    private static final class Row {
        final String facilityCode;
        final int version;
        final Duration ceiling;
        final double warningShare;
        final ClockStart clockStart;
        final Duration maximumWait;
        final OffsetDateTime createdAt;
        final String createdBy;
        final List<TurnaroundTarget> targets = new ArrayList<>();
        final List<EscalationStep> ladder = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            facilityCode = rs.getString(1);
            version = rs.getInt(2);
            ceiling = Duration.ofMillis(rs.getLong(3));
            warningShare = rs.getBigDecimal(4).doubleValue();
            clockStart = ClockStart.valueOf(rs.getString(5));
            maximumWait = Duration.ofMillis(rs.getLong(6));
            createdAt = rs.getObject(7, OffsetDateTime.class);
            createdBy = rs.getString(8);
        }

        ContractVersion toVersion() {
            return ContractVersion.stored(new TurnaroundContract(facilityCode, version, targets, ceiling, warningShare,
                    clockStart, ladder, maximumWait), createdAt.toInstant(), createdBy);
        }
    }
}
