package org.telerad.routing.upsrs.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.testing.ReadingRequests;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.Tag;

class EventReportsTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:00:00Z");

    @Test
    void each_task_event_maps_to_its_ups_event_type() {
        WorkitemUid uid = WorkitemUid.of("2.25.7");
        assertThat(EventReports.typeOf(new ReadingTaskEvent.ReadingTaskScheduled(uid, "1.2", null, null, NOW)))
                .isEqualTo(EventReports.STATE_REPORT);
        assertThat(EventReports.typeOf(new ReadingTaskEvent.CancellationRequested(uid, "AE", "why", NOW)))
                .isEqualTo(EventReports.CANCEL_REQUESTED);
        assertThat(EventReports.typeOf(new ReadingTaskEvent.ReadingTaskUpdated(uid, false, NOW)))
                .isEqualTo(EventReports.PROGRESS);
        assertThat(EventReports.typeOf(new ReadingTaskEvent.ReadingTaskAssigned(uid, Performer.of(null, "rad-tx",
                null, null), NOW))).isEqualTo(EventReports.ASSIGNED);
        assertThat(EventReports.typeOf(new ReadingTaskEvent.ReadingTaskRevised(uid, true, NOW))).isZero();
    }

    @Test
    void a_state_report_names_the_workitem_and_its_state_and_nothing_about_the_patient_or_the_lock() {
        ReadingTask task = ReadingTask.schedule(WorkitemUid.of("2.25.7"), ReadingRequests.ctFromDallas(), NOW);
        task.claim(TransactionUid.of("1.2.3.4"), "rad-tx", true, NOW);

        DicomAttributes report = EventReports.report(EventReports.STATE_REPORT, task,
                new ReadingTaskEvent.ReadingTaskClaimed(task.uid(), "rad-tx", NOW));

        assertThat(report.string(Tag.AffectedSOPInstanceUID)).contains("2.25.7");
        assertThat(report.integer(Tag.EventTypeID)).hasValue(1);
        assertThat(report.string(Tag.ProcedureStepState)).contains("IN PROGRESS");
        assertThat(report.string(Tag.InputReadinessState)).contains("READY");
        assertThat(report.has(Tag.PatientName)).isFalse();
        assertThat(report.has(Tag.PatientID)).isFalse();
        assertThat(report.has(Tag.TransactionUID)).isFalse();
    }
}
