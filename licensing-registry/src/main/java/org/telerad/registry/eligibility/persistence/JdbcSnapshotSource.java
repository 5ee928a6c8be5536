package org.telerad.registry.eligibility.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.common.persistence.ConsistentRead;
import org.telerad.registry.eligibility.application.SnapshotSource;
import org.telerad.registry.eligibility.domain.CredentialStatus;
import org.telerad.registry.eligibility.domain.FacilityRecord;
import org.telerad.registry.eligibility.domain.LicenseRecord;
import org.telerad.registry.eligibility.domain.PrivilegeRecord;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.RegistrySnapshot;
import org.telerad.shared.problem.TeleradException;

/**
 * Builds snapshots from the registry tables on {@code TeleradDS}. Runs outside any caller transaction, on
 * its own read-only repeatable-read transaction, so the revision and every row come from one consistent
 * database snapshot. A row that no longer parses (edited by hand) is skipped, never fatal.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class JdbcSnapshotSource implements SnapshotSource {

    static final String FACILITIES = "select id, code, name, jurisdiction, time_zone, active from registry_facility";
    static final String RADIOLOGISTS = "select r.id, r.given_name, r.family_name, r.active, r.username, r.home_country,"
            + " (select i.value from registry_radiologist_identifier i where i.radiologist_id = r.id"
            + " and i.system = 'http://hl7.org/fhir/sid/us-npi') from registry_radiologist r";
    static final String SUBSPECIALTIES = "select radiologist_id, subspecialty from registry_radiologist_subspecialty";
    static final String LICENSES = "select id, radiologist_id, jurisdiction, number, status, valid_from, valid_to"
            + " from registry_license";
    static final String PRIVILEGES = "select p.id, p.radiologist_id, f.code, p.status, p.valid_from, p.valid_to,"
            + " p.scope_modalities, p.scope_subspecialties, p.scope_read_types, p.available_times"
            + " from registry_privilege p join registry_facility f on f.id = p.facility_id";

    private static final System.Logger LOG = System.getLogger(JdbcSnapshotSource.class.getName());

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcSnapshotSource() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcSnapshotSource(DataSource dataSource) {
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
    public RegistrySnapshot load() {
        try {
            return ConsistentRead.of(dataSource, JdbcSnapshotSource::read);
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    static RegistrySnapshot read(Connection c) throws SQLException {
        long revision = ConsistentRead.revision(c);
        List<FacilityRecord> facilities = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(FACILITIES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    facilities.add(new FacilityRecord(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            Jurisdiction.of(rs.getString(4)), zone(rs.getString(5)), rs.getBoolean(6)));
                } catch (RuntimeException unreadable) {
                    skipped("facility", unreadable);
                }
            }
        }
        Map<UUID, Set<Subspecialty>> subspecialties = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(SUBSPECIALTIES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    subspecialties
                            .computeIfAbsent(rs.getObject(1, UUID.class), id -> EnumSet.noneOf(Subspecialty.class))
                            .add(Subspecialty.valueOf(rs.getString(2).trim().toUpperCase(Locale.ROOT)));
                } catch (RuntimeException unreadable) {
                    skipped("subspecialty", unreadable);
                }
            }
        }
        Map<UUID, List<LicenseRecord>> licenses = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(LICENSES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    licenses.computeIfAbsent(rs.getObject(2, UUID.class), id -> new ArrayList<>(5)).add(
                            new LicenseRecord(rs.getObject(1, UUID.class), Jurisdiction.of(rs.getString(3)),
                                    rs.getString(4), CredentialStatus.of(rs.getString(5)), date(rs, 6), date(rs, 7)));
                } catch (RuntimeException unreadable) {
                    skipped("license", unreadable);
                }
            }
        }
        Map<UUID, List<PrivilegeRecord>> privileges = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(PRIVILEGES); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                try {
                    privileges.computeIfAbsent(rs.getObject(2, UUID.class), id -> new ArrayList<>(4)).add(
                            new PrivilegeRecord(rs.getObject(1, UUID.class), rs.getString(3),
                                    CredentialStatus.of(rs.getString(4)), date(rs, 5), date(rs, 6),
                                    modalities(rs.getString(7)), subspecialties(rs.getString(8)),
                                    readTypes(rs.getString(9)), WeeklyAvailability.parse(rs.getString(10))));
                } catch (RuntimeException unreadable) {
                    skipped("privilege", unreadable);
                }
            }
        }
        Map<UUID, RadiologistRecord> radiologists = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(RADIOLOGISTS); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                String name = (nullToEmpty(rs.getString(2)) + " " + nullToEmpty(rs.getString(3))).trim();
                radiologists.put(id, new RadiologistRecord(id, name.isEmpty() ? null : name, rs.getString(5),
                        rs.getBoolean(4), subspecialties.getOrDefault(id, Set.of()), licenses.getOrDefault(id, List.of()),
                        privileges.getOrDefault(id, List.of()), rs.getString(6), rs.getString(7), rs.getString(3),
                        rs.getString(2)));
            }
        }
        return RegistrySnapshot.of(revision, facilities, radiologists.values());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException | NullPointerException unknown) {
            return ZoneOffset.UTC;
        }
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static Set<Modality> modalities(String csv) {
        Set<Modality> out = new HashSet<>();
        for (String code : codes(csv)) {
            out.add(Modality.of(code));
        }
        return out;
    }

    static Set<Subspecialty> subspecialties(String csv) {
        Set<Subspecialty> out = EnumSet.noneOf(Subspecialty.class);
        for (String code : codes(csv)) {
            out.add(Subspecialty.of(code));
        }
        return out;
    }

    static Set<ReadType> readTypes(String csv) {
        Set<ReadType> out = EnumSet.noneOf(ReadType.class);
        for (String code : codes(csv)) {
            out.add(ReadType.of(code));
        }
        return out;
    }

    private static List<String> codes(String csv) {
        List<String> out = new ArrayList<>();
        if (csv != null) {
            for (String part : csv.split(",")) {
                String code = part.strip();
                if (!code.isEmpty()) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static void skipped(String what, RuntimeException why) {
        // no values in the log: they may be personal data
        LOG.log(System.Logger.Level.WARNING, "eligibility snapshot skipped an unreadable {0} row ({1})", what,
                why.getClass().getSimpleName());
    }

    private static TeleradException unavailable(SQLException e) {
        LOG.log(System.Logger.Level.ERROR, "eligibility snapshot could not be read (SQLState {0})", e.getSQLState());
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-ELIG-005",
                "The registry could not be read to answer the eligibility question; try again shortly.");
    }
}
