package org.telerad.routing.archive;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/** Archives in table {@code routing_archive}; joins the caller's JTA transaction through {@code TeleradDS}. */
@ApplicationScoped
public class JdbcArchives implements Archives {

    private static final String COLUMNS = "name, dicomweb_base_url, ae_titles, client_id, time_zone, credential_kind,"
            + " credential_hash, credential_set_at, viewer_url_template, active, version";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcArchives() {
    }

    /** For tests outside a container. */
    public JdbcArchives(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ConfiguredArchive> byClientId(String clientId) {
        return one("select " + COLUMNS + " from routing_archive where client_id = ? and active", clientId);
    }

    @Override
    public Optional<ConfiguredArchive> byName(String name) {
        return one("select " + COLUMNS + " from routing_archive where name = ?", name);
    }

    @Override
    public Optional<ConfiguredArchive> byTokenHash(String tokenHash) {
        return one("select " + COLUMNS + " from routing_archive where credential_kind = 'BEARER_TOKEN'"
                + " and credential_hash = ? and active", tokenHash);
    }

    @Override
    public List<ConfiguredArchive> all() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from routing_archive order by name");
                ResultSet rs = s.executeQuery()) {
            List<ConfiguredArchive> all = new ArrayList<>();
            while (rs.next()) {
                all.add(map(rs));
            }
            return all;
        } catch (SQLException e) {
            throw new IllegalStateException("archives could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public boolean addIfAbsent(ConfiguredArchive a) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into routing_archive (" + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing")) {
            bind(s, a);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the archive could not be stored (SQL state " + e.getSQLState() + ")");
        }
    }

    @Override
    public boolean replace(ConfiguredArchive a, long expectedVersion) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update routing_archive set (" + COLUMNS
                        + ") = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, version + 1) where name = ? and version = ?")) {
            bind(s, a);
            s.setString(11, a.name());
            s.setLong(12, expectedVersion);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("the archive could not be stored (SQL state " + e.getSQLState() + ")");
        }
    }

    private static void bind(PreparedStatement s, ConfiguredArchive a) throws SQLException {
        s.setString(1, a.name());
        s.setString(2, a.dicomWebBaseUrl().toString());
        s.setString(3, String.join(",", a.aeTitles()));
        s.setString(4, a.clientId());
        s.setString(5, a.timeZone().getId());
        ArchiveCredential credential = a.credential();
        s.setString(6, credential == null ? null : credential.kind().name());
        s.setString(7, credential == null ? null : credential.hash());
        if (credential == null) {
            s.setNull(8, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setTimestamp(8, Timestamp.from(credential.setAt()));
        }
        s.setString(9, a.viewerUrlTemplate());
        s.setBoolean(10, a.active());
    }

    private Optional<ConfiguredArchive> one(String sql, String value) {
        if (value == null) {
            return Optional.empty();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("archives could not be read (SQL state " + e.getSQLState() + ")");
        }
    }

    private static ConfiguredArchive map(ResultSet rs) throws SQLException {
        String aes = rs.getString("ae_titles");
        String kind = rs.getString("credential_kind");
        ArchiveCredential credential = kind == null ? null : new ArchiveCredential(ArchiveCredential.Kind.valueOf(kind),
                rs.getString("credential_hash"), rs.getTimestamp("credential_set_at").toInstant());
        return new ConfiguredArchive(rs.getString("name"), URI.create(rs.getString("dicomweb_base_url")),
                aes == null || aes.isBlank() ? List.of() : Arrays.asList(aes.split(",")), rs.getString("client_id"),
                ZoneId.of(rs.getString("time_zone")), credential, rs.getString("viewer_url_template"),
                rs.getBoolean("active"), rs.getLong("version"));
    }
}
