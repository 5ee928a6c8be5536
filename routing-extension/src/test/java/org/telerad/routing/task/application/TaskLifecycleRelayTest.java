package org.telerad.routing.task.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskFacts;
import org.telerad.routing.api.TaskLifecycle;
import org.telerad.routing.api.TaskUrgency;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.TaskChanges;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.ReadingRequests;

class TaskLifecycleRelayTest {

    private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");

    private static ReadingTask statCt() {
        return ReadingTask.schedule(WorkitemUid.of("2.25.77"),
                ReadingRequests.withPriority(ReadingRequests.ctFromDallas(), Priority.HIGH), NOW);
    }

    @Test
    void a_task_is_known_to_other_modules_by_identifiers_and_routing_facts_only() {
        ReadingTask task = statCt();
        task.assignTo(Performer.of(null, "rad-tx", "Texas^Riley", null), null, NOW.plusSeconds(5));

        TaskFacts facts = TaskLifecycleRelay.factsOf(task);

        assertThat(facts.workitemUid()).isEqualTo("2.25.77");
        assertThat(facts.facilityCode()).isEqualTo("tx-dallas");
        assertThat(facts.urgency()).isEqualTo(TaskUrgency.STAT);
        assertThat(facts.readType()).isEqualTo(ReadType.FINAL);
        assertThat(facts.modality()).isEqualTo("CT");
        assertThat(facts.state()).isEqualTo(TaskFacts.State.SCHEDULED);
        assertThat(facts.performerUsername()).isEqualTo("rad-tx");
        assertThat(facts.studyCompletedAt()).isEqualTo(NOW);
        assertThat(facts.toString()).doesNotContain("Doe").doesNotContain("Riley");
    }

    @Test
    void each_life_cycle_step_is_relayed_in_telerad_words_and_updates_without_a_new_priority_are_not() {
        ReadingTask task = statCt();
        task.assignTo(Performer.of(null, "rad-tx", null, null), null, NOW);
        task.update(new TaskChanges(null, null, null, NOW.plusSeconds(60), null, null, null, null), null, NOW);
        task.update(new TaskChanges(Priority.MEDIUM, null, null, null, null, null, null, null), null, NOW);
        TransactionUid tx = TransactionUid.of("2.25.9");
        task.claim(tx, "rad-tx", false, NOW);
        task.complete(tx, NOW);
        TaskFacts facts = TaskLifecycleRelay.factsOf(task);

        List<String> relayed = task.takeEvents().stream()
                .map(e -> TaskLifecycleRelay.translate(e, facts).map(l -> l.getClass().getSimpleName())
                        .orElse("not relayed"))
                .toList();

        assertThat(relayed).containsExactly("Scheduled", "Assigned", "not relayed", "PriorityChanged", "Claimed",
                "Completed");
        assertThat(TaskLifecycleRelay.translate(new ReadingTaskEvent.ReadingTaskCanceled(task.uid(), "x", NOW),
                facts)).containsInstanceOf(TaskLifecycle.Canceled.class);
    }
}
