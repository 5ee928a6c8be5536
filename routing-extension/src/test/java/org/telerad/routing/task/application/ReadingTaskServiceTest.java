package org.telerad.routing.task.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;


import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.TaskRefusal;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.testing.InMemoryReadingTasks;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;
import org.telerad.shared.testing.FiredEvents;

class ReadingTaskServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    private static final Caller ARCHIVE = new Caller("service-account-telerad-archive", Set.of(Roles.TELERAD_SERVICE),
            Set.of(), "127.0.0.1");
    private static final Caller RAD_TX = new Caller("rad-tx", Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");
    private static final Caller RAD_CA = new Caller("rad-ca", Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");
    private static final Performer RAD_TX_PERFORMER = Performer.of("1234567893", "rad-tx", "Reyes^Ana", "Telerad");

    private final InMemoryReadingTasks store = new InMemoryReadingTasks();
    private final List<AuditRecord> audit = new ArrayList<>();
    private final FiredEvents<ReadingTaskEvent> events = new FiredEvents<>();
    private final List<ReadingTaskEvent> published = events.fired();
    private TaskRouting router = task -> Optional.of(new TaskRouting.Assignment(RAD_TX_PERFORMER,
            NOW.plusSeconds(3600)));

    private ReadingTaskService service() {
        return ReadingTaskServices.inMemory(store, () -> router, Clock.fixed(NOW, ZoneOffset.UTC), audit, events);
    }

    private static <T> T as(Caller caller, Supplier<T> work) {
        return CurrentCaller.callAs(caller, work);
    }

    @Test
    void a_new_study_becomes_one_scheduled_task_assigned_by_routing_and_audited() {
        ReadingTaskService.Intake intake = as(ARCHIVE, () -> service().schedule(ReadingRequests.ctFromDallas(), null));

        assertThat(intake.created()).isTrue();
        ReadingTask stored = store.find(intake.task().uid()).orElseThrow();
        assertThat(stored.state()).isEqualTo(ProcedureStepState.SCHEDULED);
        assertThat(stored.performer()).contains(RAD_TX_PERFORMER);
        assertThat(stored.expectedCompletion()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(audit).extracting(AuditRecord::type).containsOnly(AuditEventType.PROCEDURE_RECORD);
        assertThat(audit).extracting(AuditRecord::action).containsExactly(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(audit).extracting(AuditRecord::objectId).containsOnly(stored.uid().value());
        assertThat(audit).extracting(AuditRecord::detail).noneMatch(d -> d.contains("Doe") || d.contains("P-1"));
        assertThat(published).hasExactlyElementsOfTypes(ReadingTaskEvent.ReadingTaskScheduled.class,
                ReadingTaskEvent.ReadingTaskAssigned.class);
    }

    @Test
    void the_same_study_again_revises_the_one_task_instead_of_creating_another() {
        ReadingTaskService service = service();
        ReadingTaskService.Intake first = as(ARCHIVE, () -> service.schedule(ReadingRequests.ctFromDallas(), null));

        ReadingTaskService.Intake second = as(ARCHIVE, () -> service.schedule(ReadingRequests.withSeries(
                ReadingRequests.series("2.25.1001.2", "2.25.1001.2.1")), null));

        assertThat(second.created()).isFalse();
        assertThat(second.task().uid()).isEqualTo(first.task().uid());
        assertThat(store.size()).isEqualTo(1);
        assertThat(store.find(first.task().uid()).orElseThrow().snapshot().inputs()).hasSize(2);
    }

    @Test
    void a_task_nobody_may_read_yet_stays_scheduled_and_unassigned() {
        router = task -> Optional.empty();

        ReadingTaskService.Intake intake = as(ARCHIVE, () -> service().schedule(ReadingRequests.ctFromDallas(), null));

        assertThat(store.find(intake.task().uid()).orElseThrow().performer()).isEmpty();
    }

    @Test
    void a_failing_router_never_loses_the_task() {
        router = task -> {
            throw TeleradException.notFound("TELERAD-ELIG-001", "unknown facility");
        };

        ReadingTaskService.Intake intake = as(ARCHIVE, () -> service().schedule(ReadingRequests.ctFromDallas(), null));

        assertThat(store.find(intake.task().uid())).isPresent();
    }

    @Test
    void the_assigned_radiologist_claims_and_completes_while_another_one_may_not_even_see_the_task() {
        ReadingTaskService service = service();
        ReadingTask task = as(ARCHIVE, () -> service.schedule(ReadingRequests.ctFromDallas(), null)).task();
        TransactionUid lock = TransactionUid.of("1.2.3.4");

        assertThatThrownBy(() -> as(RAD_CA, () -> service.get(task.uid())))
                .isInstanceOfSatisfying(TeleradException.class, e -> assertThat(e.code()).isEqualTo("TELERAD-TASK-030"));
        assertThatThrownBy(() -> as(RAD_CA, () -> service.changeState(task.uid(), ProcedureStepState.IN_PROGRESS, lock)))
                .isInstanceOfSatisfying(TaskRefusal.class,
                        e -> assertThat(e.reason()).isEqualTo(TaskRefusal.Reason.ASSIGNED_TO_ANOTHER));
        assertThat(as(RAD_CA, () -> service.search(TaskCriteria.any(), 0, 10))).isEmpty();
        assertThat(as(RAD_TX, () -> service.search(TaskCriteria.any(), 0, 10))).hasSize(1);

        as(RAD_TX, () -> service.changeState(task.uid(), ProcedureStepState.IN_PROGRESS, lock));
        as(RAD_TX, () -> service.changeState(task.uid(), ProcedureStepState.COMPLETED, lock));

        assertThat(store.find(task.uid()).orElseThrow().state()).isEqualTo(ProcedureStepState.COMPLETED);
        assertThat(published).hasAtLeastOneElementOfType(ReadingTaskEvent.ReadingTaskCompleted.class);
    }

    @Test
    void raising_the_priority_of_a_scheduled_task_asks_routing_again() {
        ReadingTaskService service = service();
        ReadingTask task = as(ARCHIVE, () -> service.schedule(ReadingRequests.ctFromDallas(), null)).task();
        List<String> routed = new ArrayList<>();
        router = t -> {
            routed.add(t.priority().name());
            return Optional.empty();
        };

        as(ARCHIVE, () -> service.schedule(ReadingRequests.withPriority(ReadingRequests.ctFromDallas(), Priority.HIGH),
                null));

        assertThat(routed).containsExactly("HIGH");
        assertThat(store.find(task.uid()).orElseThrow().priority()).isEqualTo(Priority.HIGH);
    }
}
