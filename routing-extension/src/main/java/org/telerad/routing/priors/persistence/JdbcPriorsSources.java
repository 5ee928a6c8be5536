package org.telerad.routing.priors.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.registry.api.FacilityResidency;
import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.PriorsSource;
import org.telerad.routing.priors.domain.PriorsSources;

/**
 * Reads the priors columns of {@code routing_archive}; a facility's residency region comes from the registry's
 * {@link FacilityResidency}. The archive the Orthanc
 * connector feeds ({@code telerad.orthanc.archive}) uses {@code telerad.orthanc.url} as REST base unless its row
 * names one.
 */
@ApplicationScoped
public class JdbcPriorsSources implements PriorsSources {

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Inject
    FacilityResidency residency;

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
        return facilityCode == null ? Optional.empty() : residency.residencyRegionOf(facilityCode);
    }
}
