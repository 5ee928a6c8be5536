package org.telerad.registry.facility.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.common.persistence.ConsistentRead;
import org.telerad.registry.facility.application.DirectorySource;
import org.telerad.registry.facility.domain.DirectoryEntry;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityIndex;
import org.telerad.registry.facility.domain.ResidencyRegion;
import org.telerad.registry.facility.domain.StudyIdentifiers;
import org.telerad.shared.problem.TeleradException;

/**
 * Loads the facility directory from {@code registry_facility} and {@code registry_facility_identifier}, with the
 * registry revision, on its own read-only repeatable-read transaction. A row that no longer parses is skipped.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcDirectorySource implements DirectorySource {

    static final String FACILITIES = "select id, code, jurisdiction, residency_override, time_zone, active"
            + " from registry_facility";
    static final String IDENTIFIERS = "select facility_id, kind, value from registry_facility_identifier";

    private static final System.Logger LOG = System.getLogger(JdbcDirectorySource.class.getName());

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcDirectorySource() {
    }

    public JdbcDirectorySource(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long currentRevision() {
        try {
            return ConsistentRead.revision(dataSource);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public FacilityIndex load() {
        try {
            return ConsistentRead.of(dataSource, JdbcDirectorySource::read);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    static FacilityIndex read(Connection c) throws SQLException {
        long revision = ConsistentRead.revision(c);
        Map<UUID, Map<String, Set<String>>> identifiers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(IDENTIFIERS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                identifiers.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new TreeSet<>()).add(rs.getString(3));
            }
        }
        List<DirectoryEntry> entries = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(FACILITIES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    Jurisdiction jurisdiction = Jurisdiction.of(rs.getString(3));
                    String override = rs.getString(4);
                    Map<String, Set<String>> ids = identifiers.getOrDefault(rs.getObject(1, UUID.class), Map.of());
                    entries.add(new DirectoryEntry(FacilityCode.of(rs.getString(2)), jurisdiction,
                            override == null ? ResidencyRegion.of(jurisdiction) : ResidencyRegion.of(override),
                            ZoneId.of(rs.getString(5)), rs.getBoolean(6),
                            new StudyIdentifiers(ids.getOrDefault(FacilityIdentifierEmbeddable.AE_TITLE, Set.of()),
                                    ids.getOrDefault(FacilityIdentifierEmbeddable.INSTITUTION_NAME, Set.of()),
                                    ids.getOrDefault(FacilityIdentifierEmbeddable.HL7_FACILITY, Set.of()))));
                } catch (RuntimeException unreadable) {
                    LOG.log(System.Logger.Level.WARNING, "facility row skipped by the facility directory: "
                            + unreadable.getClass().getSimpleName());
                }
            }
        }
        return FacilityIndex.of(revision, entries);
    }

    private static TeleradException unavailable(SQLException e) {
        LOG.log(System.Logger.Level.ERROR, "facility directory could not be read (SQLState {0})", e.getSQLState());
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-REGISTRY-090",
                "The registry could not be read to recognise the study's facility; try again shortly.");
    }
}
