package org.telerad.sla.metrics.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.telerad.sla.clock.domain.SlaBreached;
import org.telerad.sla.clock.domain.SlaMet;
import org.telerad.sla.clock.domain.TaskEscalated;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.metrics.application.OpenClockSnapshot.DueWithin;
import org.telerad.sla.metrics.application.OpenClockSnapshot.TaskState;
import org.telerad.shared.testing.AdjustableClock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

class SlaMetersTest {

    private final AdjustableClock clock = AdjustableClock.at("2026-11-28T00:00:00Z");
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicInteger snapshots = new AtomicInteger();
    private final SlaMeters meters = new SlaMeters(registry, now -> {
        snapshots.incrementAndGet();
        return new OpenClockSnapshot(now, Map.of(TaskState.UNASSIGNED, Map.of(Priority.STAT, 3L)),
                Map.of(DueWithin.FIVE_MINUTES, 2L, DueWithin.OVERDUE, 1L));
    }, clock);

    private double openTasks(String state, String priority) {
        return registry.get("telerad.sla.open.tasks").tag("state", state).tag("priority", priority).gauge().value();
    }

    @Test
    void open_tasks_are_gauged_by_state_and_priority_from_one_snapshot_every_five_seconds() {
        assertThat(openTasks("UNASSIGNED", "STAT")).isEqualTo(3);
        assertThat(openTasks("IN_PROGRESS", "ROUTINE")).isZero();
        assertThat(registry.get("telerad.sla.open.tasks.due.within").tag("within", "5m").gauge().value()).isEqualTo(2);
        assertThat(snapshots).hasValue(1);

        clock.advance(Duration.ofSeconds(6));
        openTasks("UNASSIGNED", "STAT");
        assertThat(snapshots).hasValue(2);
    }

    @Test
    void breaches_escalations_and_reads_in_time_are_counted() {
        Instant due = clock.instant();
        meters.breached(new SlaBreached(UUID.randomUUID(), due, due.plusMillis(300)));
        meters.escalated(new TaskEscalated(UUID.randomUUID(), 1, EscalationAction.REASSIGN, due, due));
        meters.metTarget(new SlaMet(UUID.randomUUID(), due, due.minus(Duration.ofMinutes(10)), Duration.ofMinutes(20)));

        assertThat(registry.get("telerad.sla.breaches").counter().count()).isEqualTo(1);
        assertThat(registry.get("telerad.sla.breach.detection.delay").timer().max(TimeUnit.MILLISECONDS))
                .isEqualTo(300);
        assertThat(registry.get("telerad.sla.escalations").tag("action", "REASSIGN").counter().count()).isEqualTo(1);
        assertThat(registry.get("telerad.sla.escalations").tag("action", "NOTIFY_OPERATIONS_ON_CALL").counter()
                .count()).isZero();
        assertThat(registry.get("telerad.sla.time.to.due.seconds").summary().totalAmount()).isEqualTo(600);
        assertThat(registry.get("telerad.sla.time.to.due.buckets").tag("le", "300").counter().count()).isZero();
        assertThat(registry.get("telerad.sla.time.to.due.buckets").tag("le", "900").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("telerad.sla.time.to.due.buckets").tag("le", "+Inf").counter().count())
                .isEqualTo(1);
        assertThat(registry.get("telerad.sla.met").counter().count()).isEqualTo(1);
    }

    @Test
    void meters_left_by_an_earlier_deployment_are_replaced_and_removed_when_the_deployment_stops() {
        registry.counter("telerad.sla.breaches").increment(5);
        SlaMeters redeployed = new SlaMeters(registry, now -> OpenClockSnapshot.empty(now), clock);

        assertThat(registry.get("telerad.sla.breaches").counter().count()).isZero();
        assertThat(registry.get("telerad.sla.open.tasks").tag("state", "UNASSIGNED").tag("priority", "STAT").gauge()
                .value()).isZero();

        redeployed.stop();
        assertThat(registry.find("telerad.sla.open.tasks").meters()).isEmpty();
    }

    @Test
    void without_a_registry_nothing_is_measured_and_nothing_fails() {
        SlaMeters off = new SlaMeters((io.micrometer.core.instrument.MeterRegistry) null, now -> {
            throw new AssertionError("not asked");
        }, clock);

        off.breached(new SlaBreached(UUID.randomUUID(), clock.instant(), clock.instant()));
    }
}
