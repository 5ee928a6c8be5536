package org.telerad.routing.task.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditRecord;

/** Routing runs after the intake commits: the intake never waits for it and never fails because of it. */
class RoutingAfterCommitTest {

    static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    static final Performer RAD_TX = Performer.of(null, "rad-tx", "Reyes^Ana", null);

    final InMemoryReadingTasks store = new InMemoryReadingTasks();
    final List<AuditRecord> audit = new ArrayList<>();
    final AtomicInteger routed = new AtomicInteger();
    boolean routingFails = true;
    final TaskRouting routing = task -> {
        routed.incrementAndGet();
        if (routingFails) {
            throw new IllegalStateException("relation routing_decision does not exist");
        }
        return Optional.of(new TaskRouting.Assignment(RAD_TX, null));
    };
    final FiredEvents<TaskAwaitsRouting> awaiting = new FiredEvents<>();
    final ReadingTaskService service = ReadingTaskServices.inMemory(store, routing, Clock.fixed(NOW, ZoneOffset.UTC),
            audit);

    RoutingAfterCommitTest() {
        service.awaitingRouting = awaiting;
    }

    @Test
    void the_intake_asks_for_routing_after_commit_and_does_not_route_itself() {
        ReadingTaskService.Intake intake = service.schedule(ReadingRequests.ctFromDallas(), null);

        assertThat(intake.created()).isTrue();
        assertThat(routed).hasValue(0);
        assertThat(awaiting.fired()).containsExactly(new TaskAwaitsRouting(intake.task().uid(), false));
    }

    @Test
    void a_routing_failure_leaves_the_committed_task_scheduled_and_unassigned_for_the_sweep() {
        WorkitemUid uid = service.schedule(ReadingRequests.ctFromDallas(), null).task().uid();

        assertThatThrownBy(() -> service.routeNow(uid, false)).isInstanceOf(IllegalStateException.class);

        ReadingTask task = store.find(uid).orElseThrow();
        assertThat(task.state()).isEqualTo(ProcedureStepState.SCHEDULED);
        assertThat(task.performer()).isEmpty();
    }

    @Test
    void routing_now_is_idempotent_for_an_assigned_task() {
        routingFails = false;
        WorkitemUid uid = service.schedule(ReadingRequests.ctFromDallas(), null).task().uid();

        assertThat(service.routeNow(uid, false)).hasValueSatisfying(t -> assertThat(t.performer()).contains(RAD_TX));
        service.routeNow(uid, false);
        service.routeNow(uid, false);

        assertThat(routed).hasValue(1);
    }
}
