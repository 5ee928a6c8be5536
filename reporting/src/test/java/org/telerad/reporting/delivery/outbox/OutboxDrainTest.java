package org.telerad.reporting.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.api.SignedReports;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.ChannelKind;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.FhirAuth;
import org.telerad.reporting.delivery.channel.domain.FhirEndpoint;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.persistence.JdbcResultChannels;
import org.telerad.reporting.delivery.outbox.application.DeliveryAttempts;
import org.telerad.reporting.delivery.outbox.application.DeliveryQueue;
import org.telerad.reporting.delivery.outbox.application.OutboxDrain;
import org.telerad.reporting.delivery.outbox.application.OutboxSettings;
import org.telerad.reporting.delivery.outbox.domain.DeliveryQuery;
import org.telerad.reporting.delivery.outbox.domain.DeliveryRecord;
import org.telerad.reporting.delivery.outbox.domain.DeliveryState;
import org.telerad.reporting.delivery.outbox.domain.RetryPolicy;
import org.telerad.reporting.delivery.outbox.persistence.JdbcDeliveryOutbox;
import org.telerad.reporting.delivery.testing.DeliveryTables;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.reporting.delivery.testing.RecordedAudit;
import org.telerad.reporting.delivery.testing.ScriptedReceiver;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.reporting.delivery.testing.SignedVersions;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.testing.OneInstance;

@ExtendWith(DeliveryTables.class)
class OutboxDrainTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T01:10:00Z");
    private final RecordedAudit audit = new RecordedAudit();
    private final Map<String, SignedReportVersion> signed = new ConcurrentHashMap<>();
    private final SignedReports reports = (id, version) -> Optional.ofNullable(signed.get(id + "/" + version));
    private final ScriptedReceiver ehr = new ScriptedReceiver(ChannelKind.FHIR_R4);
    private final ScriptedReceiver ris = new ScriptedReceiver(ChannelKind.HL7V2_MLLP);
    private final OutboxSettings settings = new OutboxSettings(true, Duration.ofMillis(100),
            new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(5), 4), Duration.ofMinutes(5), 20);

    private DataSource dataSource;
    private JdbcDeliveryOutbox outbox;
    private DeliveryQueue queue;
    private OutboxDrain drain;

    @BeforeEach
    void dallasHasAFhirServerAndARis(DataSource db) {
        dataSource = db;
        JdbcResultChannels channels = new JdbcResultChannels(db, SecretKeys.box());
        channels.add(ChannelConfiguration.open("tx-dallas", "Dallas EHR", true, new FhirEndpoint(
                URI.create("https://ehr.example.org/fhir"), new FhirAuth.None(), Duration.ofSeconds(5))));
        channels.add(ChannelConfiguration.open("tx-dallas", "Dallas RIS", true, new MllpEndpoint("127.0.0.1", 2575,
                "TELERAD", null, "RIS", "DALLAS", Duration.ofSeconds(5))));
        outbox = new JdbcDeliveryOutbox(db);
        queue = new DeliveryQueue(channels, outbox, audit, clock);
        drain = new OutboxDrain(new DeliveryAttempts(outbox, channels, OneInstance.of(reports), audit, clock, settings),
                List.of(ehr, ris));
    }

    private void sign(SignedReportVersion version) {
        signed.put(version.reportId() + "/" + version.version(), version);
        queue.queue(SignedVersions.signed(version));
    }

    @Test
    void each_signed_version_reaches_both_channels_once_in_signing_order() {
        sign(SignedVersions.preliminary());
        sign(SignedVersions.finalByAttending());
        sign(SignedVersions.addendum());

        OutboxDrain.Pass pass = drain.drain(10);

        assertThat(pass.delivered()).isEqualTo(6);
        assertThat(ehr.accepted()).containsExactly("v1 P", "v2 F", "v3 C");
        assertThat(ris.accepted()).containsExactly("v1 P", "v2 F", "v3 C");
        assertThat(drain.drain(10).claimed()).isZero();
    }

    @Test
    void a_receiver_that_is_down_gets_the_report_exactly_once_after_it_returns() {
        ris.down(true);
        sign(SignedVersions.preliminary());

        assertThat(drain.drain(10).retrying()).isEqualTo(1);
        assertThat(ehr.accepted()).containsExactly("v1 P");
        sign(SignedVersions.finalByAttending());
        clock.advance(Duration.ofSeconds(10));
        drain.drain(10);
        assertThat(ris.attempts()).hasSize(2);
        assertThat(ehr.accepted()).as("other channels are not held up").containsExactly("v1 P", "v2 F");

        ris.down(false);
        assertThat(drain.drain(10).claimed()).as("the next attempt is not due yet").isZero();
        clock.advance(Duration.ofSeconds(20));
        drain.drain(10);
        clock.advance(Duration.ofMinutes(10));
        drain.drain(10);

        assertThat(ris.accepted()).containsExactly("v1 P", "v2 F");
        assertThat(audit.records()).filteredOn(r -> r.objectType().equals("ReportDelivery")
                && r.outcome() == AuditOutcome.MINOR_FAILURE).hasSize(2);
    }

    @Test
    void a_receiver_found_unreachable_is_not_called_again_for_the_rest_of_the_batch() {
        ris.down(true);
        sign(SignedVersions.preliminary());
        sign(SignedVersions.preliminaryOf(java.util.UUID.randomUUID()));
        sign(SignedVersions.preliminaryOf(java.util.UUID.randomUUID()));

        OutboxDrain.Pass pass = drain.once();

        assertThat(pass.retrying()).isEqualTo(3);
        assertThat(ris.attempts()).as("one connection attempt, not three timeouts").hasSize(1);
        assertThat(ehr.accepted()).hasSize(3);
        assertThat(outbox.list(new DeliveryQuery(DeliveryState.PENDING, null, null), 0, 10).items())
                .extracting(DeliveryRecord::reason).containsExactlyInAnyOrder("refused the connection",
                        "not sent: the receiver was unreachable a moment ago (refused the connection)",
                        "not sent: the receiver was unreachable a moment ago (refused the connection)");

        ris.down(false);
        clock.advance(Duration.ofSeconds(10));
        drain.drain(10);
        assertThat(ris.accepted()).hasSize(3);
    }

    @Test
    void a_refused_report_is_dead_lettered_with_the_reason_holds_later_versions_and_a_retry_delivers_all() {
        ris.then(DeliveryOutcome.refused("AR: Unknown order ACC-20261128-0042"));
        sign(SignedVersions.preliminary());
        sign(SignedVersions.finalByAttending());

        drain.drain(10);

        List<DeliveryRecord> dead = outbox.list(new DeliveryQuery(DeliveryState.DEAD_LETTER, null, null), 0, 10)
                .items();
        assertThat(dead).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ChannelKind.HL7V2_MLLP);
            assertThat(d.reason()).isEqualTo("refused: AR: Unknown order ACC-20261128-0042");
        });
        assertThat(ris.accepted()).as("the final never overtakes the dead preliminary").isEmpty();
        assertThat(audit.records()).filteredOn(r -> r.outcome() == AuditOutcome.SERIOUS_FAILURE).singleElement()
                .extracting(AuditRecord::detail).asString().contains("attempt 1: dead-lettered")
                .doesNotContain("ACC-20261128-0042");

        assertThat(outbox.retry(dead.get(0).id(), clock.instant())).isTrue();
        drain.drain(10);

        assertThat(ris.accepted()).containsExactly("v1 P", "v2 F");
        assertThat(outbox.find(dead.get(0).id()).orElseThrow().attempts()).extracting(a -> a.outcome())
                .containsExactly("refused", "delivered");
    }

    @Test
    void a_version_that_is_not_signed_is_never_delivered() {
        queue.queue(SignedVersions.signed(SignedVersions.finalByAttending()));

        drain.drain(10);

        assertThat(ehr.attempts()).isEmpty();
        assertThat(outbox.list(new DeliveryQuery(DeliveryState.DEAD_LETTER, null, null), 0, 10).items())
                .extracting(DeliveryRecord::reason).containsOnly("refused: report version 2 is not"
                        + " signed");
    }

    @Test
    void a_report_store_that_fails_counts_as_a_failed_attempt_and_is_retried() {
        SignedReportVersion preliminary = SignedVersions.preliminary();
        signed.put(preliminary.reportId() + "/1", preliminary);
        queue.queue(SignedVersions.signed(preliminary));
        DeliveryAttempts failingStore = new DeliveryAttempts(outbox, new JdbcResultChannels(dataSource, SecretKeys.box()),
                OneInstance.of((id, version) -> {
                    throw new IllegalStateException("store down");
                }), audit, clock, settings);

        OutboxDrain.Pass pass = new OutboxDrain(failingStore, List.of(ehr, ris)).drain(10);

        assertThat(pass.retrying()).isEqualTo(2);
        assertThat(outbox.list(new DeliveryQuery(DeliveryState.PENDING, null, null), 0, 10).items())
                .allSatisfy(d -> assertThat(d.reason()).isEqualTo("the channel or the signed version could not be"
                        + " read: IllegalStateException"));
        clock.advance(Duration.ofSeconds(10));
        drain.drain(10);
        assertThat(ehr.accepted()).containsExactly("v1 P");
        assertThat(ris.accepted()).containsExactly("v1 P");
    }

    @Test
    void a_facility_without_channels_queues_nothing() {
        SignedReportVersion elsewhere = SignedVersions.preliminary();
        assertThat(queue.queue(new org.telerad.reporting.api.ReportVersionSigned(elsewhere.reportId(), 1,
                elsewhere.status(), elsewhere.workitemUid(), "tx-houston", elsewhere.signedAt()))).isEmpty();
    }
}
