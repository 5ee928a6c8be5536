package org.telerad.routing.task.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.ReadingTask.CancellationOutcome;
import org.telerad.routing.task.domain.ReadingTaskEvent.CancellationRequested;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskAssigned;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskCanceled;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskClaimed;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskCompleted;
import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskScheduled;
import org.telerad.routing.task.domain.TaskRefusal.Reason;
import org.telerad.routing.task.testing.ReadingRequests;

class ReadingTaskStateMachineTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");
    private static final TransactionUid LOCK = TransactionUid.of("1.2.3.4");
    private static final TransactionUid OTHER_LOCK = TransactionUid.of("1.2.3.5");
    private static final Performer RAD_TX = Performer.of(null, "rad-tx", "Reyes^Ana", "Telerad");

    private static ReadingTask scheduled() {
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas(), NOW);
        task.takeEvents();
        return task;
    }

    private static ReadingTask claimed() {
        ReadingTask task = scheduled();
        task.claim(LOCK, "rad-tx", true, NOW);
        task.takeEvents();
        return task;
    }

    private static Reason refusal(Runnable change) {
        try {
            change.run();
        } catch (TaskRefusal e) {
            return e.reason();
        }
        throw new AssertionError("the change was not refused");
    }

    @Test
    void a_new_task_is_scheduled_under_a_telerad_uid_and_says_so() {
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ReadingRequests.ctFromDallas(), NOW);

        assertThat(task.state()).isEqualTo(ProcedureStepState.SCHEDULED);
        assertThat(task.uid().value()).matches("2\\.25\\.[1-9][0-9]*").hasSizeLessThanOrEqualTo(64);
        assertThat(task.readType()).isEqualTo(org.telerad.registry.api.ReadType.FINAL);
        assertThat(task.takeEvents()).singleElement().isInstanceOf(ReadingTaskScheduled.class);
    }

    @Test
    void claiming_puts_a_scheduled_task_in_progress_under_the_performers_transaction_uid() {
        ReadingTask task = scheduled();

        assertThat(task.changeState(ProcedureStepState.IN_PROGRESS, LOCK, "rad-tx", false, NOW))
                .isEqualTo(StateChange.CHANGED);

        assertThat(task.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);
        assertThat(task.snapshot().transactionUid()).isEqualTo(LOCK);
        assertThat(task.takeEvents()).singleElement().isInstanceOf(ReadingTaskClaimed.class);
    }

    @Test
    void claiming_without_a_transaction_uid_is_refused() {
        assertThat(refusal(() -> scheduled().changeState(ProcedureStepState.IN_PROGRESS, null, "rad-tx", false, NOW)))
                .isEqualTo(Reason.TRANSACTION_UID_REQUIRED);
    }

    @Test
    void a_second_claim_is_refused_because_the_task_is_already_in_progress() {
        assertThat(refusal(() -> claimed().claim(OTHER_LOCK, "rad-ca", true, NOW)))
                .isEqualTo(Reason.ALREADY_IN_PROGRESS);
    }

    @Test
    void a_radiologist_cannot_claim_a_task_assigned_to_someone_else() {
        ReadingTask task = scheduled();
        task.assignTo(RAD_TX, null, NOW);

        assertThat(refusal(() -> task.claim(LOCK, "rad-ca", false, NOW))).isEqualTo(Reason.ASSIGNED_TO_ANOTHER);
        assertThat(task.claim(LOCK, "rad-tx", false, NOW)).isEqualTo(StateChange.CHANGED);
    }

    @Test
    void completing_needs_the_transaction_uid_that_claimed_the_task() {
        ReadingTask task = claimed();

        assertThat(refusal(() -> task.complete(OTHER_LOCK, NOW))).isEqualTo(Reason.WRONG_TRANSACTION_UID);
        assertThat(refusal(() -> task.complete(null, NOW))).isEqualTo(Reason.TRANSACTION_UID_REQUIRED);
        assertThat(task.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);

        assertThat(task.complete(LOCK, NOW)).isEqualTo(StateChange.CHANGED);
        assertThat(task.state()).isEqualTo(ProcedureStepState.COMPLETED);
        assertThat(task.takeEvents()).singleElement().isInstanceOf(ReadingTaskCompleted.class);
    }

    @Test
    void a_scheduled_task_cannot_be_completed_before_it_is_claimed() {
        assertThat(refusal(() -> scheduled().complete(LOCK, NOW))).isEqualTo(Reason.NOT_IN_PROGRESS);
    }

    @Test
    void completing_a_completed_task_again_is_a_warning_not_a_change() {
        ReadingTask task = claimed();
        task.complete(LOCK, NOW);

        assertThat(task.complete(LOCK, NOW)).isEqualTo(StateChange.ALREADY_IN_STATE);
    }

    @Test
    void a_scheduled_task_is_canceled_directly() {
        ReadingTask task = scheduled();

        assertThat(task.changeState(ProcedureStepState.CANCELED, null, "svc", true, NOW)).isEqualTo(StateChange.CHANGED);
        assertThat(task.state()).isEqualTo(ProcedureStepState.CANCELED);
        assertThat(task.takeEvents()).singleElement().isInstanceOf(ReadingTaskCanceled.class);
    }

    @Test
    void an_in_progress_task_is_canceled_only_with_its_transaction_uid() {
        ReadingTask task = claimed();

        assertThat(refusal(() -> task.cancel(OTHER_LOCK, null, NOW))).isEqualTo(Reason.WRONG_TRANSACTION_UID);
        assertThat(task.cancel(LOCK, "patient left", NOW)).isEqualTo(StateChange.CHANGED);
        assertThat(task.state()).isEqualTo(ProcedureStepState.CANCELED);
    }

    @Test
    void a_cancellation_request_flags_an_in_progress_task_and_leaves_the_decision_to_its_performer() {
        ReadingTask task = claimed();

        assertThat(task.requestCancellation("ORTHANC", "ordered twice", NOW)).isEqualTo(CancellationOutcome.REQUESTED);

        assertThat(task.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);
        assertThat(task.isCancellationRequested()).isTrue();
        assertThat(task.takeEvents()).singleElement().isInstanceOf(CancellationRequested.class);
    }

    @Test
    void a_cancellation_request_cancels_a_scheduled_task_at_once() {
        ReadingTask task = scheduled();

        assertThat(task.requestCancellation("ORTHANC", null, NOW)).isEqualTo(CancellationOutcome.CANCELED);
        assertThat(task.state()).isEqualTo(ProcedureStepState.CANCELED);
    }

    @Test
    void a_final_task_may_no_longer_be_updated_claimed_or_canceled() {
        ReadingTask completed = claimed();
        completed.complete(LOCK, NOW);

        assertThat(refusal(() -> completed.update(TaskChanges.none(), LOCK, NOW)))
                .isEqualTo(Reason.MAY_NO_LONGER_BE_UPDATED);
        assertThat(refusal(() -> completed.claim(OTHER_LOCK, "rad-tx", true, NOW)))
                .isEqualTo(Reason.MAY_NO_LONGER_BE_UPDATED);
        assertThat(refusal(() -> completed.requestCancellation("x", null, NOW))).isEqualTo(Reason.ALREADY_COMPLETED);
        assertThat(refusal(() -> completed.changeState(ProcedureStepState.SCHEDULED, LOCK, "x", true, NOW)))
                .isEqualTo(Reason.CANNOT_BECOME_SCHEDULED);
    }

    @Test
    void an_in_progress_task_is_updated_only_with_its_transaction_uid() {
        ReadingTask task = claimed();
        TaskChanges progress = new TaskChanges(null, null, null, null, null, 40, "half way", null);

        assertThat(refusal(() -> task.update(progress, null, NOW))).isEqualTo(Reason.TRANSACTION_UID_REQUIRED);
        task.update(progress, LOCK, NOW);

        assertThat(task.snapshot().progress()).isEqualTo(40);
    }

    @Test
    void assignment_writes_the_performer_and_tells_watchers() {
        ReadingTask task = scheduled();

        assertThat(task.assignTo(RAD_TX, NOW.plusSeconds(3600), NOW)).isTrue();

        assertThat(task.performer()).contains(RAD_TX);
        assertThat(task.expectedCompletion()).isEqualTo(NOW.plusSeconds(3600));
        assertThat(task.takeEvents()).singleElement().isInstanceOf(ReadingTaskAssigned.class);
        assertThat(task.assignTo(RAD_TX, null, NOW)).isFalse();
    }

    @Test
    void a_repeated_request_for_the_study_merges_its_series_instead_of_duplicating_them() {
        ReadingTask task = scheduled();
        ReadingRequest again = ReadingRequests.withSeries(
                ReadingRequests.series("2.25.1001.1", "2.25.1001.1.2", "2.25.1001.1.3"),
                ReadingRequests.series("2.25.1001.2", "2.25.1001.2.1"));

        assertThat(task.reviseFrom(again, NOW)).isTrue();

        assertThat(task.snapshot().inputs()).hasSize(2);
        assertThat(task.snapshot().inputs().get(0).instances()).extracting(InputSeries.Instance::sopInstanceUid)
                .containsExactly("2.25.1001.1.1", "2.25.1001.1.2", "2.25.1001.1.3");
        assertThat(task.reviseFrom(again, NOW)).isFalse();
    }

    @Test
    void a_repeated_request_with_another_priority_reprioritises_a_scheduled_task() {
        ReadingTask task = scheduled();

        task.reviseFrom(ReadingRequests.withPriority(ReadingRequests.ctFromDallas(), Priority.HIGH), NOW);

        assertThat(task.priority()).isEqualTo(Priority.HIGH);
        assertThat(task.takeEvents()).singleElement()
                .isEqualTo(new ReadingTaskEvent.ReadingTaskRevised(task.uid(), true, NOW));
    }

    @Test
    void a_task_restored_from_its_snapshot_is_the_same_task() {
        ReadingTask task = claimed();

        assertThat(ReadingTask.restore(task.snapshot()).snapshot()).isEqualTo(task.snapshot());
    }

    @Test
    void the_transaction_uid_and_patient_never_show_in_text() {
        ReadingTask task = claimed();

        assertThat(task.snapshot().toString()).doesNotContain("1.2.3.4").doesNotContain("Doe");
        assertThat(task.patient().toString()).doesNotContain("Doe").doesNotContain("P-1");
        assertThat(LOCK.toString()).doesNotContain("1.2.3.4");
        assertThatThrownBy(() -> WorkitemUid.of("not-a-uid")).hasMessageContaining("not a DICOM UID");
    }

    @Test
    void priorities_keep_their_reading_meaning() {
        assertThat(Priority.parse("stat")).contains(Priority.HIGH);
        assertThat(Priority.parse("urgent")).contains(Priority.MEDIUM);
        assertThat(Priority.parse("LOW")).contains(Priority.LOW);
        assertThat(Priority.HIGH.isMoreUrgentThan(Priority.MEDIUM)).isTrue();
    }
}
