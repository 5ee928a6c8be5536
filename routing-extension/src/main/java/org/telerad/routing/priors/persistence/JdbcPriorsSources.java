package org.telerad.routing.priors.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.PriorsSource;
import org.telerad.routing.priors.domain.PriorsSources;

/**
 * Reads the priors columns of {@code routing_archive}, and a facility's residency region from the registry's
 * {@code registry_facility} (its override, else the country of its jurisdiction, EU for a member state: the
 * registry API answers regions only for recognised studies, not by facility code). The archive the Orthanc
 * connector feeds ({@code telerad.orthanc.archive}) uses {@code telerad.orthanc.url} as REST base unless its row
 * names one.
 */
@ApplicationScoped
public class JdbcPriorsSources implements PriorsSources {

    static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Override
    public Optional<PriorsSource> byName(String archiveName) {
        String sql = "select name, priors_kind, residency_region, dicomweb_base_url, rest_base_url, priors_ae_title,"
                + " priors_external_ae_title, priors_destination_ae_title, priors_move_modality"
                + " from routing_archive where name = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, archiveName);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String rest = rs.getString(5);
                if (rest == null && rs.getString(1).equals(System.getProperty("telerad.orthanc.archive", "local-orthanc"))
                        && !System.getProperty("telerad.orthanc.url", "").isBlank()) {
                    rest = System.getProperty("telerad.orthanc.url").strip(); // the Orthanc the connector polls
                }
                return Optional.of(new PriorsSource(rs.getString(1), ArchiveKind.valueOf(rs.getString(2)),
                        rs.getString(3), URI.create(rs.getString(4)), rest == null ? null : URI.create(rest),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("archives could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public Optional<String> residencyRegionOf(String facilityCode) {
        if (facilityCode == null) {
            return Optional.empty();
        }
        String sql = "select jurisdiction, residency_override from registry_facility where code = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, facilityCode);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(region(rs.getString(1), rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("facilities could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    static String region(String jurisdiction, String override) {
        if (override != null && !override.isBlank()) {
            return override.strip();
        }
        String country = jurisdiction.length() >= 2 ? jurisdiction.substring(0, 2) : jurisdiction;
        return EU_MEMBERS.contains(country) ? "EU" : country;
    }
}
