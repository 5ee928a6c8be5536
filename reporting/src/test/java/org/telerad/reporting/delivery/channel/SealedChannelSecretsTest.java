package org.telerad.reporting.delivery.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.ResultChannels;
import org.telerad.reporting.delivery.channel.domain.Secret;
import org.telerad.reporting.delivery.channel.persistence.JdbcResultChannels;
import org.telerad.reporting.delivery.outbox.application.DeliveryAttempts;
import org.telerad.reporting.delivery.outbox.application.OutboxSettings;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.persistence.JdbcDeliveryOutbox;
import org.telerad.reporting.delivery.secrets.EnvironmentSecretKeys;
import org.telerad.reporting.delivery.secrets.TinkSecretBox;
import org.telerad.reporting.delivery.testing.DeliveryTables;
import org.telerad.reporting.delivery.testing.RecordedAudit;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.testing.OneInstance;

/** Channel secrets at rest: sealed in the database, bound to their row, sealed again after upgrades and rotations. */
@ExtendWith(DeliveryTables.class)
class SealedChannelSecretsTest {

    private DataSource db;
    private JdbcResultChannels channels;

    @BeforeEach
    void store(DataSource db) {
        this.db = db;
        channels = new JdbcResultChannels(db, SecretKeys.box());
    }

    private static ChannelConfiguration bearerChannel(String name, String token) {
        return ChannelConfiguration.open("tx-dallas", name, true, new FhirEndpoint(
                URI.create("https://ehr.dallas.example/fhir"), new FhirAuth.StaticBearer(Secret.of("auth.secret",
                        token)), Duration.ofSeconds(20)));
    }

    private static Secret secretOf(ChannelConfiguration channel) {
        return ((FhirEndpoint) channel.endpoint()).auth().secret();
    }

    @Test
    void the_database_holds_only_the_ciphertext_of_a_secret() throws SQLException {
        ChannelConfiguration channel = bearerChannel("Dallas EHR", "token-of-dallas");
        channels.add(channel);

        Map<String, Object> row = row(channel.id());
        assertThat(row.get("secret")).isNull();
        assertThat((String) row.get("secret_sealed")).isNotBlank().doesNotContain("token-of-dallas");
        assertThat(row.get("secret_key_id")).isNotNull();
        assertThat(secretOf(channels.find(channel.id()).orElseThrow()).reveal()).isEqualTo("token-of-dallas");
    }

    @Test
    void a_ciphertext_copied_into_another_channel_row_does_not_decrypt() throws SQLException {
        ChannelConfiguration dallas = bearerChannel("Dallas EHR", "token-of-dallas");
        ChannelConfiguration houston = bearerChannel("Houston EHR", "token-of-houston");
        channels.add(dallas);
        channels.add(houston);

        update("UPDATE delivery_channel SET (secret_sealed, secret_key_id) = (SELECT secret_sealed, secret_key_id"
                + " FROM delivery_channel WHERE id = ?) WHERE id = ?", dallas.id(), houston.id());

        assertThatThrownBy(() -> secretOf(channels.find(houston.id()).orElseThrow()).reveal())
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.SECRET_UNREADABLE));
    }

    @Test
    void an_update_that_leaves_the_secret_out_keeps_the_same_ciphertext() throws SQLException {
        ChannelConfiguration channel = bearerChannel("Dallas EHR", "token-of-dallas");
        channels.add(channel);
        Object before = row(channel.id()).get("secret_sealed");
        ChannelConfiguration stored = channels.find(channel.id()).orElseThrow();

        channels.replace(stored.changedTo("Dallas EHR (renamed)", false, stored.endpoint()));

        assertThat(row(channel.id()).get("secret_sealed")).isEqualTo(before);
        assertThat(secretOf(channels.find(channel.id()).orElseThrow()).reveal()).isEqualTo("token-of-dallas");
    }

    @Test
    void secrets_an_older_telerad_stored_in_clear_are_sealed_at_startup() throws SQLException {
        ChannelConfiguration channel = bearerChannel("Dallas EHR", "token-of-dallas");
        channels.add(channel);
        update("UPDATE delivery_channel SET secret = 'legacy-token', secret_sealed = NULL, secret_key_id = NULL"
                + " WHERE id = ?", channel.id());
        long version = channels.find(channel.id()).orElseThrow().version();

        ResultChannels.SealingPass pass = channels.sealStoredSecrets();

        assertThat(pass.sealed()).isEqualTo(1);
        Map<String, Object> row = row(channel.id());
        assertThat(row.get("secret")).isNull();
        assertThat((String) row.get("secret_sealed")).doesNotContain("legacy-token");
        ChannelConfiguration sealed = channels.find(channel.id()).orElseThrow();
        assertThat(secretOf(sealed).reveal()).isEqualTo("legacy-token");
        assertThat(sealed.version()).isEqualTo(version);
        assertThat(channels.sealStoredSecrets().sealed()).isZero();
    }

    @Test
    void after_a_key_rotation_startup_seals_every_secret_with_the_new_key() throws SQLException {
        ChannelConfiguration channel = bearerChannel("Dallas EHR", "token-of-dallas");
        channels.add(channel);
        JdbcResultChannels rotated = new JdbcResultChannels(db,
                TinkSecretBox.withKeys(SecretKeys.NEXT, List.of(SecretKeys.CURRENT)));

        assertThat(rotated.sealStoredSecrets()).isEqualTo(new ResultChannels.SealingPass(1, 0, 0));

        JdbcResultChannels newKeyOnly = new JdbcResultChannels(db, TinkSecretBox.withKeys(SecretKeys.NEXT,
                List.of()));
        assertThat(secretOf(newKeyOnly.find(channel.id()).orElseThrow()).reveal()).isEqualTo("token-of-dallas");
        assertThatThrownBy(() -> secretOf(channels.find(channel.id()).orElseThrow()).reveal())
                .isInstanceOf(TeleradException.class);
    }

    @Test
    void without_a_key_channels_still_load_but_their_secrets_are_neither_stored_nor_used() throws SQLException {
        ChannelConfiguration channel = bearerChannel("Dallas EHR", "token-of-dallas");
        channels.add(channel);
        ChannelConfiguration legacy = bearerChannel("Dallas legacy", "token");
        channels.add(legacy);
        update("UPDATE delivery_channel SET secret = 'legacy-token', secret_sealed = NULL, secret_key_id = NULL"
                + " WHERE id = ?", legacy.id());
        JdbcResultChannels keyless = new JdbcResultChannels(db, EnvironmentSecretKeys.from(name -> null));

        assertThat(keyless.of("tx-dallas")).hasSize(2);
        assertThat(keyless.sealStoredSecrets()).isEqualTo(new ResultChannels.SealingPass(0, 0, 2));
        for (UUID id : List.of(channel.id(), legacy.id())) {
            assertThatThrownBy(() -> secretOf(keyless.find(id).orElseThrow()).reveal())
                    .isInstanceOfSatisfying(TeleradException.class, e -> {
                        assertThat(e.code()).isEqualTo(DeliveryErrors.SECRETS_KEY_MISSING);
                        assertThat(e.getMessage()).contains("TELERAD_SECRETS_KEY");
                    });
        }
        assertThatThrownBy(() -> keyless.add(bearerChannel("Houston EHR", "token")))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.kind()).isEqualTo(TeleradException.Kind.UNAVAILABLE));
    }

    @Test
    void a_delivery_waits_for_a_key_and_is_dead_lettered_when_its_secret_does_not_open() throws SQLException {
        ChannelConfiguration dallas = bearerChannel("Dallas EHR", "token-of-dallas");
        ChannelConfiguration houston = bearerChannel("Houston EHR", "token-of-houston");
        channels.add(dallas);
        channels.add(houston);
        update("UPDATE delivery_channel SET (secret_sealed, secret_key_id) = (SELECT secret_sealed, secret_key_id"
                + " FROM delivery_channel WHERE id = ?) WHERE id = ?", dallas.id(), houston.id());

        DeliveryOutcome withoutKey = attempts(new JdbcResultChannels(db, EnvironmentSecretKeys.from(name -> null)))
                .prepare(queued(dallas)).refusal();
        DeliveryOutcome copied = attempts(channels).prepare(queued(houston)).refusal();

        assertThat(withoutKey).isInstanceOfSatisfying(DeliveryOutcome.Failed.class,
                f -> assertThat(f.reason()).contains("TELERAD_SECRETS_KEY"));
        assertThat(copied).isInstanceOfSatisfying(DeliveryOutcome.Refused.class,
                r -> assertThat(r.reason()).contains("enter the secret again"));
    }

    private DeliveryAttempts attempts(JdbcResultChannels store) {
        return new DeliveryAttempts(new JdbcDeliveryOutbox(db), store, OneInstance.of((id, version) ->
                java.util.Optional.empty()), new RecordedAudit(), java.time.Clock.fixed(Instant.EPOCH,
                        ZoneOffset.UTC), OutboxSettings.from(new java.util.Properties()));
    }

    private static QueuedDelivery queued(ChannelConfiguration channel) {
        return new QueuedDelivery(UUID.randomUUID(), 1, UUID.randomUUID(), 1, ReportStatus.FINAL, channel.id(),
                ChannelKind.FHIR_R4, "tx-dallas", 0, 0, UUID.randomUUID());
    }

    private Map<String, Object> row(UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT secret, secret_sealed, secret_key_id FROM delivery_channel WHERE id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                java.util.HashMap<String, Object> row = new java.util.HashMap<>();
                for (String column : List.of("secret", "secret_sealed", "secret_key_id")) {
                    row.put(column, rs.getObject(column));
                }
                return row;
            }
        }
    }

    private void update(String sql, UUID... ids) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setObject(i + 1, ids[i]);
            }
            ps.executeUpdate();
        }
    }
}
