package org.telerad.reporting.delivery.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.telerad.reporting.api.ReportVersionSigned;
import org.telerad.reporting.api.SignedReportVersion;
import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.reporting.delivery.channel.domain.ChannelConfiguration;
import org.telerad.reporting.delivery.channel.domain.DeliveryOutcome;
import org.telerad.reporting.delivery.channel.domain.MllpEndpoint;
import org.telerad.reporting.delivery.channel.persistence.JdbcResultChannels;
import org.telerad.reporting.delivery.outbox.application.DeliveryAdministration;
import org.telerad.reporting.delivery.outbox.application.DeliveryPageView;
import org.telerad.reporting.delivery.outbox.application.DeliveryQueue;
import org.telerad.reporting.delivery.outbox.application.DeliveryView;
import org.telerad.reporting.delivery.outbox.domain.QueuedDelivery;
import org.telerad.reporting.delivery.outbox.domain.RetryPolicy;
import org.telerad.reporting.delivery.outbox.persistence.JdbcDeliveryOutbox;
import org.telerad.reporting.delivery.testing.DeliveryTables;
import org.telerad.shared.testing.AdjustableClock;
import org.telerad.reporting.delivery.testing.RecordedAudit;
import org.telerad.reporting.delivery.testing.SecretKeys;
import org.telerad.reporting.delivery.testing.SignedVersions;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

@ExtendWith(DeliveryTables.class)
class DeliveryAdministrationTest {

    private static final Caller CREDENTIALING = new Caller("credentialing", Set.of(Roles.CREDENTIALING_ADMIN),
            Set.of(), "127.0.0.1");
    private static final Caller AUDITOR = new Caller("auditor", Set.of(Roles.AUDITOR), Set.of(), "127.0.0.1");
    private static final Caller TEXAS_ADMIN = new Caller("facility-admin-tx", Set.of(Roles.FACILITY_ADMIN),
            Set.of("tx-dallas", "tx-houston"), "127.0.0.1");
    private static final Caller CALIFORNIA_ADMIN = new Caller("facility-admin-ca", Set.of(Roles.FACILITY_ADMIN),
            Set.of("ca-sacramento"), "127.0.0.1");

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T02:05:30Z");
    private final RecordedAudit audit = new RecordedAudit();
    private JdbcDeliveryOutbox outbox;
    private DeliveryAdministration deliveries;

    @BeforeEach
    void dallasAndSacramentoEachHaveARis(DataSource db) {
        JdbcResultChannels channels = new JdbcResultChannels(db, SecretKeys.box());
        for (String facility : List.of("tx-dallas", "ca-sacramento")) {
            channels.add(ChannelConfiguration.open(facility, "RIS", true, new MllpEndpoint("127.0.0.1", 2575,
                    "TELERAD", null, null, null, Duration.ofSeconds(5))));
        }
        outbox = new JdbcDeliveryOutbox(db);
        DeliveryQueue queue = new DeliveryQueue(channels, outbox, audit, clock);
        SignedReportVersion v = SignedVersions.preliminary();
        queue.queue(SignedVersions.signed(v));
        queue.queue(new ReportVersionSigned(java.util.UUID.randomUUID(), 1, v.status(), v.workitemUid(),
                "ca-sacramento", v.signedAt()));
        deliveries = new DeliveryAdministration(outbox, audit, new CurrentCaller(), clock);
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return CurrentCaller.callAs(caller, work);
    }

    private String deadLetterInDallas() {
        for (QueuedDelivery claim : outbox.claimDue(clock.instant(), Duration.ofMinutes(5), 10)) {
            outbox.settle(claim, claim.settle(DeliveryOutcome.refused("AR: Unknown order"), clock.instant(),
                    RetryPolicy.standard()));
        }
        return as(CREDENTIALING, () -> deliveries.list("dead-letter", "tx-dallas", null, null, null)).items().get(0)
                .id();
    }

    @Test
    void a_facility_admin_lists_the_deliveries_of_their_own_facilities_only() {
        DeliveryPageView texas = as(TEXAS_ADMIN, () -> deliveries.list(null, null, null, null, null));
        DeliveryPageView all = as(AUDITOR, () -> deliveries.list(null, null, null, null, null));

        assertThat(texas.items()).extracting(DeliveryView::facility).containsExactly("tx-dallas");
        assertThat(all.total()).isEqualTo(2);
        assertThatThrownBy(() -> as(TEXAS_ADMIN, () -> deliveries.list(null, "ca-sacramento", null, null, null)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.FORBIDDEN_FACILITY));
        assertThatThrownBy(() -> as(AUDITOR, () -> deliveries.list("lost", null, null, null, null)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.INVALID_QUERY));
    }

    @Test
    void the_facility_admin_retries_their_dead_letter_and_the_retry_is_audited() {
        String dead = deadLetterInDallas();

        assertThatThrownBy(() -> as(CALIFORNIA_ADMIN, () -> deliveries.retry(dead)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.UNKNOWN_DELIVERY));
        assertThatThrownBy(() -> as(AUDITOR, () -> deliveries.retry(dead)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.FORBIDDEN_FACILITY));

        DeliveryView retried = as(TEXAS_ADMIN, () -> deliveries.retry(dead));

        assertThat(retried.state()).isEqualTo("pending");
        assertThat(retried.attempts()).extracting(DeliveryView.Attempt::outcome).containsExactly("refused");
        assertThat(audit.records()).last().satisfies(r -> assertThat(r.detail()).contains("queued again"));
        assertThatThrownBy(() -> as(TEXAS_ADMIN, () -> deliveries.retry(dead)))
                .isInstanceOfSatisfying(TeleradException.class,
                        e -> assertThat(e.code()).isEqualTo(DeliveryErrors.NOT_DEAD_LETTERED));
    }
}
