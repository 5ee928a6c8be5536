package org.telerad.reporting.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.telerad.reporting.api.ReportStatus;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.persistence.JdbcResultChannels;
import org.telerad.reporting.delivery.outbox.domain.DeliveryQuery;
import org.telerad.reporting.delivery.outbox.domain.DeliveryRecord;
import org.telerad.reporting.delivery.outbox.domain.DeliveryState;
import org.telerad.reporting.delivery.outbox.domain.NewDelivery;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.domain.RetryPolicy;
import org.telerad.reporting.delivery.outbox.persistence.JdbcDeliveryOutbox;
import org.telerad.reporting.delivery.testing.DeliveryTables;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.reporting.delivery.testing.SignedVersions;

@ExtendWith(DeliveryTables.class)
class JdbcDeliveryOutboxTest {

    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(4), 5);

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T02:05:30Z");

    private static ChannelConfiguration ris(DataSource db) {
        ChannelConfiguration channel = ChannelConfiguration.open("tx-dallas", "Dallas RIS", true,
                new MllpEndpoint("127.0.0.1", 2575, "TELERAD", null, "RIS", "DALLAS", Duration.ofSeconds(30)));
        new JdbcResultChannels(db, SecretKeys.box()).add(channel);
        return channel;
    }

    private NewDelivery of(SignedReportVersion version, ChannelConfiguration channel) {
        return NewDelivery.of(SignedVersions.signed(version), channel, clock.instant());
    }

    private static void deliver(JdbcDeliveryOutbox outbox, QueuedDelivery claim, Instant at) {
        assertThat(outbox.settle(claim, claim.settle(DeliveryOutcome.delivered("AA"), at, POLICY))).isTrue();
    }

    @Test
    void queuing_the_same_version_twice_keeps_one_delivery(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        ChannelConfiguration ris = ris(db);

        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris)));
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris)));

        assertThat(outbox.list(new DeliveryQuery(null, null, null), 0, 10).total()).isEqualTo(1);
        assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ReportStatus.PRELIMINARY);
            assertThat(c.attemptId(clock.instant()).controlId()).isEqualTo("TR" + c.sequence() + ".1");
        });
    }

    @Test
    void the_final_waits_until_the_preliminary_is_delivered_on_the_same_channel(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        ChannelConfiguration ris = ris(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris)));
        outbox.enqueue(List.of(of(SignedVersions.finalByAttending(), ris)));

        List<QueuedDelivery> first = outbox.claimDue(clock.instant(), LEASE, 10);
        assertThat(first).extracting(QueuedDelivery::reportVersion).containsExactly(1);
        assertThat(outbox.list(new DeliveryQuery(DeliveryState.PENDING, null, null), 0, 10).items())
                .filteredOn(d -> d.reportVersion() == 2).singleElement()
                .extracting(DeliveryRecord::waitingForVersion).isEqualTo(1);
        assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).as("v2 never overtakes v1 in flight").isEmpty();

        deliver(outbox, first.get(0), clock.instant());

        assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).extracting(QueuedDelivery::reportVersion)
                .containsExactly(2);
    }

    @Test
    void a_failing_delivery_backs_off_exponentially_and_is_not_claimed_before_it_is_due(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris(db))));
        List<Duration> waits = new ArrayList<>();

        for (int failure = 1; failure <= 4; failure++) {
            QueuedDelivery claim = outbox.claimDue(clock.instant(), LEASE, 10).get(0);
            Instant failedAt = clock.instant();
            assertThat(outbox.settle(claim, claim.settle(DeliveryOutcome.failed("refused the connection"), failedAt,
                    POLICY))).isTrue();
            Instant next = outbox.nextDue().orElseThrow();
            waits.add(Duration.between(failedAt, next));
            clock.advance(Duration.between(failedAt, next).minusSeconds(1));
            assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).as("not due yet").isEmpty();
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4));
        QueuedDelivery fifth = outbox.claimDue(clock.instant(), LEASE, 10).get(0);
        outbox.settle(fifth, fifth.settle(DeliveryOutcome.failed("refused the connection"), clock.instant(), POLICY));
        DeliveryRecord dead = outbox.find(fifth.id()).orElseThrow();
        assertThat(dead.state()).isEqualTo(DeliveryState.DEAD_LETTER);
        assertThat(dead.reason()).isEqualTo("gave up after 5 failed attempts: refused the connection");
        assertThat(dead.attempts()).hasSize(5).allSatisfy(a -> assertThat(a.outcome()).isEqualTo("failed"));
    }

    @Test
    void a_refusal_dead_letters_at_once_with_the_receivers_reason_and_a_retry_sends_it_again(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris(db))));
        QueuedDelivery claim = outbox.claimDue(clock.instant(), LEASE, 10).get(0);
        outbox.settle(claim, claim.settle(DeliveryOutcome.refused("AR: Unknown order"), clock.instant(), POLICY));

        assertThat(outbox.list(new DeliveryQuery(DeliveryState.DEAD_LETTER, null, null), 0, 10).items())
                .singleElement().satisfies(d -> assertThat(d.reason())
                        .isEqualTo("refused: AR: Unknown order"));
        assertThat(outbox.claimDue(clock.instant().plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();

        assertThat(outbox.retry(claim.id(), clock.advance(Duration.ofMinutes(10)))).isTrue();
        assertThat(outbox.retry(claim.id(), clock.instant())).as("only a dead letter").isFalse();
        QueuedDelivery again = outbox.claimDue(clock.instant(), LEASE, 10).get(0);
        assertThat(again.attemptId(clock.instant()).attempt()).isEqualTo(2);
        assertThat(again.failures()).isZero();
        deliver(outbox, again, clock.instant());

        DeliveryRecord delivered = outbox.find(claim.id()).orElseThrow();
        assertThat(delivered.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(delivered.deliveredAt()).isEqualTo(clock.instant());
        assertThat(delivered.attempts()).extracting(a -> a.number() + " " + a.outcome())
                .containsExactly("1 refused", "2 delivered");
    }

    @Test
    void a_claim_whose_lease_expired_is_taken_over_and_the_late_worker_cannot_settle_it(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris(db))));
        QueuedDelivery stuck = outbox.claimDue(clock.instant(), LEASE, 10).get(0);

        assertThat(outbox.claimDue(clock.advance(Duration.ofMinutes(4)), LEASE, 10)).as("lease still held").isEmpty();
        QueuedDelivery takenOver = outbox.claimDue(clock.advance(Duration.ofMinutes(1)), LEASE, 10).get(0);

        assertThat(outbox.settle(stuck, stuck.settle(DeliveryOutcome.delivered("AA"), clock.instant(), POLICY)))
                .isFalse();
        deliver(outbox, takenOver, clock.instant());
        assertThat(outbox.find(stuck.id()).orElseThrow().attempts()).hasSize(1);
    }

    @Test
    void a_disabled_channel_holds_its_deliveries_until_it_is_enabled_again(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        JdbcResultChannels channels = new JdbcResultChannels(db, SecretKeys.box());
        ChannelConfiguration ris = ris(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris)));

        ChannelConfiguration disabled = ris.changedTo(ris.name(), false, ris.endpoint());
        assertThat(channels.replace(disabled)).isTrue();
        assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).isEmpty();
        assertThat(channels.replace(disabled.changedTo(ris.name(), true, ris.endpoint()))).isTrue();
        assertThat(outbox.claimDue(clock.instant(), LEASE, 10)).hasSize(1);
    }

    @Test
    void of_many_nodes_claiming_at_once_each_delivery_is_claimed_exactly_once(DataSource db) throws Exception {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        ChannelConfiguration ris = ris(db);
        List<NewDelivery> queued = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            SignedReportVersion v = SignedVersions.preliminary();
            queued.add(new NewDelivery(UUID.randomUUID(), UUID.randomUUID(), 1, v.status(), v.workitemUid(),
                    ris.id(), ris.kind(), ris.facilityCode(), clock.instant()));
        }
        outbox.enqueue(queued);
        int nodes = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<QueuedDelivery> claimed = new ArrayList<>();
        try {
            List<Future<List<QueuedDelivery>>> results = new ArrayList<>();
            for (int n = 0; n < nodes; n++) {
                Callable<List<QueuedDelivery>> node = () -> {
                    go.await();
                    List<QueuedDelivery> mine = new ArrayList<>();
                    List<QueuedDelivery> batch;
                    while (!(batch = outbox.claimDue(clock.instant(), LEASE, 7)).isEmpty()) {
                        mine.addAll(batch);
                    }
                    return mine;
                };
                results.add(pool.submit(node));
            }
            go.countDown();
            for (Future<List<QueuedDelivery>> r : results) {
                claimed.addAll(r.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(claimed).hasSize(60);
        assertThat(claimed).extracting(QueuedDelivery::id).doesNotHaveDuplicates();
    }

    @Test
    void the_list_filters_by_state_and_facility_newest_first(DataSource db) {
        JdbcDeliveryOutbox outbox = new JdbcDeliveryOutbox(db);
        ChannelConfiguration ris = ris(db);
        outbox.enqueue(List.of(of(SignedVersions.preliminary(), ris)));
        outbox.enqueue(List.of(of(SignedVersions.finalByAttending(), ris)));

        assertThat(outbox.list(new DeliveryQuery(null, java.util.Set.of("tx-dallas"), null), 0, 10).items())
                .extracting(DeliveryRecord::reportVersion).containsExactly(2, 1);
        assertThat(outbox.list(new DeliveryQuery(null, java.util.Set.of("tx-houston"), null), 0, 10).total())
                .isZero();
        assertThat(outbox.list(new DeliveryQuery(DeliveryState.DELIVERED, null, null), 0, 10).total()).isZero();
        assertThat(outbox.list(new DeliveryQuery(null, null, SignedVersions.REPORT), 1, 1).items())
                .extracting(DeliveryRecord::reportVersion).containsExactly(1);
    }
}
