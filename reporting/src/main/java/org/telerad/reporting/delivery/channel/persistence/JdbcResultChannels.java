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
import jakarta.inject.Inject;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.Endpoint;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.channel.domain.SealedSecret;
import org.telerad.reporting.delivery.channel.domain.Secret;
import org.telerad.reporting.delivery.channel.domain.SecretBox;
import org.telerad.shared.problem.TeleradException;

/**
 * Channel configurations in {@code delivery_channel} through plain JDBC (the connection joins the caller's JTA
 * transaction). One row per channel; the FHIR and MLLP columns of the other kind stay null. Secrets are stored
 * sealed by the {@link SecretBox} for their channel ({@code secret_sealed}, {@code secret_key_id}) and opened only
 * when an adapter uses them; the old clear column {@code secret} is only read (rows of an older Telerad) and emptied
 * by {@link #sealStoredSecrets()}. SQL errors are reported by SQL state only.
 */
@ApplicationScoped
public class JdbcResultChannels implements ResultChannels {

    private static final String COLUMNS = "id, facility_code, name, kind, enabled, base_url, auth_type, auth_username,"
            + " token_url, client_id, scope, secret, timeout_seconds, host, port, sending_application,"
            + " sending_facility, receiving_application, receiving_facility, version, secret_sealed, secret_key_id";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Inject
    SecretBox box;

    /** For CDI. */
    protected JdbcResultChannels() {
    }

    public JdbcResultChannels(DataSource dataSource, SecretBox box) {
        this.dataSource = dataSource;
        this.box = box;
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
                + " ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ON CONSTRAINT delivery_channel_name_key DO NOTHING";
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
                + " receiving_facility = ?, version = ?, secret_sealed = ?, secret_key_id = ? WHERE id = ? AND version = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, changed, 1);
            ps.setObject(21, changed.id());
            ps.setLong(22, changed.version() - 1);
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

    /** Binds name .. version, secret_sealed, secret_key_id (20 parameters) from {@code first}. */
    private void bind(PreparedStatement ps, ChannelConfiguration channel, int first) throws SQLException {
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
        SealedSecret sealed = auth == null || auth.secret() == null ? null : sealed(channel.id(), auth.secret());
        ps.setString(i++, null); // never in clear

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
        ps.setLong(i++, channel.version());
        ps.setString(i++, sealed == null ? null : sealed.ciphertext());
        if (sealed == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, sealed.keyId());
        }
    }

    /** The stored form of a channel's secret: as it is when already sealed for this channel, else sealed now. */
    private SealedSecret sealed(UUID channelId, Secret secret) {
        return secret.sealedFor(channelId).orElseGet(() -> box.seal(channelId, secret.reveal()));
    }

    private ChannelConfiguration read(ResultSet rs) throws SQLException {
        ChannelKind kind = ChannelKind.ofCode(rs.getString("kind")).orElseThrow();
        Duration timeout = Duration.ofSeconds(rs.getInt("timeout_seconds"));
        Endpoint endpoint;
        if (kind == ChannelKind.FHIR_R4) {
            UUID id = rs.getObject("id", UUID.class);
            String type = rs.getString("auth_type");
            Secret secret = type.equals("none") ? null : secret(id, rs);
            FhirAuth auth = switch (type) {
                case "bearer" -> new FhirAuth.StaticBearer(secret);
                case "basic" -> new FhirAuth.Basic(rs.getString("auth_username"), secret);
                case "oauth-client-credentials" -> new FhirAuth.ClientCredentials(URI.create(rs.getString("token_url")),
                        rs.getString("client_id"), secret, rs.getString("scope"));
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

    /** The stored secret of a channel row: sealed, or in clear from an older Telerad (usable only with a key). */
    private Secret secret(UUID channelId, ResultSet rs) throws SQLException {
        String ciphertext = rs.getString("secret_sealed");
        if (ciphertext != null) {
            return Secret.stored(channelId, new SealedSecret(ciphertext, rs.getInt("secret_key_id")), box);
        }
        String clear = rs.getString("secret");
        if (clear == null) {
            throw new IllegalStateException("result channel " + channelId + " has an auth type but no secret");
        }
        return Secret.storedUnencrypted(clear, box);
    }

    /**
     * Seals, with the current key, every stored secret that is in clear (stored by an older Telerad) or sealed with
     * a previous key; rows are locked meanwhile, so nodes starting together seal each row once. Secrets that do
     * not open with the configured keys are left as they are and counted. The channels' versions do not change.
     */
    @Override
    public SealingPass sealStoredSecrets() {
        if (box.unavailable().isPresent()) {
            return new SealingPass(0, 0, count("SELECT count(*) FROM delivery_channel WHERE secret IS NOT NULL"
                    + " OR secret_sealed IS NOT NULL"));
        }
        int sealedNow = 0;
        int unreadable = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT id, secret, secret_sealed, secret_key_id FROM delivery_channel WHERE secret IS NOT NULL"
                        + " OR secret_sealed IS NOT NULL ORDER BY id FOR UPDATE");
                PreparedStatement update = c.prepareStatement("UPDATE delivery_channel SET secret = NULL,"
                        + " secret_sealed = ?, secret_key_id = ? WHERE id = ?")) {
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    String clear = rs.getString("secret");
                    String ciphertext = rs.getString("secret_sealed");
                    SealedSecret stored = ciphertext == null ? null
                            : new SealedSecret(ciphertext, rs.getInt("secret_key_id"));
                    if (clear == null && box.sealedWithCurrentKey(stored)) {
                        continue;
                    }
                    if (clear == null) {
                        try {
                            clear = box.open(id, stored);
                        } catch (TeleradException e) {
                            unreadable++;
                            continue;
                        }
                    }
                    SealedSecret sealed = box.seal(id, clear);
                    update.setString(1, sealed.ciphertext());
                    update.setInt(2, sealed.keyId());
                    update.setObject(3, id);
                    update.executeUpdate();
                    sealedNow++;
                }
            }
        } catch (SQLException e) {
            throw failed("seal the secrets of", e);
        }
        return new SealingPass(sealedNow, unreadable, 0);
    }

    private long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed("count", e);
        }
    }

    private static TeleradException failed(String what, SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, DeliveryErrors.STORE_UNAVAILABLE,
                "the result channel store could not " + what + " channels (SQL state " + e.getSQLState() + ")");
    }
}
