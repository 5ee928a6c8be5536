package org.telerad.reporting.delivery.channel.persistence;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.channel.domain.Secret;
import org.telerad.shared.problem.TeleradException;

/**
 * Channel configurations in {@code delivery_channel} through plain JDBC (the connection joins the caller's JTA
 * transaction). One row per channel; the FHIR and MLLP columns of the other kind stay null. The secret column is
 * read only to build the {@link Secret}; SQL errors are reported by SQL state only.
 */
@ApplicationScoped
public class JdbcResultChannels implements ResultChannels {

    private static final String COLUMNS = "id, facility_code, name, kind, enabled, base_url, auth_type, auth_username,"
            + " token_url, client_id, scope, secret, timeout_seconds, host, port, sending_application,"
            + " sending_facility, receiving_application, receiving_facility, version";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    /** For CDI. */
    protected JdbcResultChannels() {
    }

    public JdbcResultChannels(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<ChannelConfiguration> of(String facilityCode) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM delivery_channel WHERE facility_code = ? ORDER BY name")) {
            ps.setString(1, facilityCode);
            List<ChannelConfiguration> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(read(rs));
                }
            }
            return found;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public Optional<ChannelConfiguration> find(UUID channelId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM delivery_channel WHERE id = ?")) {
            ps.setObject(1, channelId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public boolean add(ChannelConfiguration channel) {
        String sql = "INSERT INTO delivery_channel (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT delivery_channel_name_key DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, channel.id());
            ps.setString(2, channel.facilityCode());
            bind(ps, channel, 3);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("store", e);
        }
    }

    @Override
    public boolean replace(ChannelConfiguration changed) {
        String sql = "UPDATE delivery_channel SET name = ?, kind = ?, enabled = ?, base_url = ?, auth_type = ?,"
                + " auth_username = ?, token_url = ?, client_id = ?, scope = ?, secret = ?, timeout_seconds = ?,"
                + " host = ?, port = ?, sending_application = ?, sending_facility = ?, receiving_application = ?,"
                + " receiving_facility = ?, version = ? WHERE id = ? AND version = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, changed, 1);
            ps.setObject(19, changed.id());
            ps.setLong(20, changed.version() - 1);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw TeleradException.conflict(DeliveryErrors.DUPLICATE_CHANNEL_NAME,
                        "the facility already has a result channel named like this");
            }
            throw failed("store", e);
        }
    }

    @Override
    public boolean remove(UUID channelId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("DELETE FROM delivery_channel WHERE id = ?")) {
            ps.setObject(1, channelId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("remove", e);
        }
    }

    /** Binds name .. version (18 parameters) from {@code first}. */
    private static void bind(PreparedStatement ps, ChannelConfiguration channel, int first) throws SQLException {
        int i = first;
        ps.setString(i++, channel.name());
        ps.setString(i++, channel.kind().code());
        ps.setBoolean(i++, channel.enabled());
        FhirEndpoint fhir = channel.endpoint() instanceof FhirEndpoint f ? f : null;
        MllpEndpoint mllp = channel.endpoint() instanceof MllpEndpoint m ? m : null;
        FhirAuth auth = fhir == null ? null : fhir.auth();
        ps.setString(i++, fhir == null ? null : fhir.baseUrl().toString());
        ps.setString(i++, auth == null ? null : auth.type());
        ps.setString(i++, auth instanceof FhirAuth.Basic b ? b.username() : null);
        ps.setString(i++, auth instanceof FhirAuth.ClientCredentials cc ? cc.tokenUrl().toString() : null);
        ps.setString(i++, auth instanceof FhirAuth.ClientCredentials cc ? cc.clientId() : null);
        ps.setString(i++, auth instanceof FhirAuth.ClientCredentials cc ? cc.scope() : null);
        ps.setString(i++, auth == null || auth.secret() == null ? null : auth.secret().reveal());
        ps.setInt(i++, (int) (fhir != null ? fhir.timeout() : mllp.ackTimeout()).toSeconds());
        ps.setString(i++, mllp == null ? null : mllp.host());
        if (mllp == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setInt(i++, mllp.port());
        }
        ps.setString(i++, mllp == null ? null : mllp.sendingApplication());
        ps.setString(i++, mllp == null ? null : mllp.sendingFacility());
        ps.setString(i++, mllp == null ? null : mllp.receivingApplication());
        ps.setString(i++, mllp == null ? null : mllp.receivingFacility());
        ps.setLong(i, channel.version());
    }

    private static ChannelConfiguration read(ResultSet rs) throws SQLException {
        ChannelKind kind = ChannelKind.ofCode(rs.getString("kind")).orElseThrow();
        Duration timeout = Duration.ofSeconds(rs.getInt("timeout_seconds"));
        Endpoint endpoint;
        if (kind == ChannelKind.FHIR_R4) {
            String secret = rs.getString("secret");
            FhirAuth auth = switch (rs.getString("auth_type")) {
                case "bearer" -> new FhirAuth.StaticBearer(Secret.of("auth.secret", secret));
                case "basic" -> new FhirAuth.Basic(rs.getString("auth_username"), Secret.of("auth.secret", secret));
                case "oauth-client-credentials" -> new FhirAuth.ClientCredentials(URI.create(rs.getString("token_url")),
                        rs.getString("client_id"), Secret.of("auth.secret", secret), rs.getString("scope"));
                default -> new FhirAuth.None();
            };
            endpoint = new FhirEndpoint(URI.create(rs.getString("base_url")), auth, timeout);
        } else {
            endpoint = new MllpEndpoint(rs.getString("host"), rs.getInt("port"), rs.getString("sending_application"),
                    rs.getString("sending_facility"), rs.getString("receiving_application"),
                    rs.getString("receiving_facility"), timeout);
        }
        return new ChannelConfiguration(rs.getObject("id", UUID.class), rs.getString("facility_code"),
                rs.getString("name"), rs.getBoolean("enabled"), endpoint, rs.getLong("version"));
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, DeliveryErrors.STORE_UNAVAILABLE,
                "the result channel store could not " + what + " channels (SQL state " + e.getSQLState() + ")");
    }
}
