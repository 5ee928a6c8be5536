package org.telerad.routing.reporting.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.api.ReportingTasks;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.api.TaskForReporting;
import org.telerad.routing.assignment.application.RoutingDecisions;
import org.telerad.routing.priors.domain.PriorsLedger;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;

/**
 * Reading tasks for the report lifecycle. {@link #complete} acts for the performer who claimed the task: it
 * presents the Transaction UID the claim holds (the performer signed in Telerad, so Telerad ends the step they
 * started), records the Performed Procedure Step, stores the COMPLETED task and publishes its events like every
 * other task change.
 */
@ApplicationScoped
public class TasksForReporting implements ReportingTasks {

    @Inject
    ReadingTasks tasks;

    @Inject
    RoutingDecisions decisions;

    @Inject
    PriorsLedger priors;

    @Inject
    PerformedProcedureSteps steps;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Event<ReadingTaskEvent> events;

    @Override
    @Transactional
    public Optional<TaskForReporting> find(String workitemUid) {
        WorkitemUid uid;
        try {
            uid = WorkitemUid.of(workitemUid);
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
        return tasks.find(uid).map(this::view);
    }

    @Override
    @Transactional
    public void complete(TaskCompletion completion) {
        ReadingTask task = tasks.findForUpdate(WorkitemUid.of(completion.workitemUid()))
                .orElseThrow(() -> TeleradException.notFound("TELERAD-TASK-040",
                        "There is no workitem " + completion.workitemUid() + "."));
        if (task.state() == ProcedureStepState.COMPLETED) {
            return;
        }
        ReadingTask.Snapshot s = task.snapshot();
        if (task.state() != ProcedureStepState.IN_PROGRESS
                || !completion.performerUsername().equals(s.claimedBy())) {
            throw TeleradException.conflict("TELERAD-TASK-041", "The workitem is " + task.state().dicom()
                    + (task.state() == ProcedureStepState.IN_PROGRESS ? " for another performer" : "")
                    + "; only the performer who claimed it completes it by signing.");
        }
        steps.record(completion);
        task.complete(s.transactionUid(), clock.instant());
        tasks.update(task);
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, "ReadingTask",
                s.uid().value(), s.facilityCode(), "state changed to COMPLETED: " + completion.signedAs().code()
                        + " report signed (" + completion.reportReference() + ")"));
        for (ReadingTaskEvent e : task.takeEvents()) {
            events.fire(e);
        }
    }

    private TaskForReporting view(ReadingTask task) {
        ReadingTask.Snapshot s = task.snapshot();
        String uid = s.uid().value();
        UUID assignee = decisions.currentAssigneeOf(uid).orElse(null);
        String jurisdiction = decisions.currentFor(uid).map(d -> jurisdictionOf(d.explanationJson())).orElse(null);
        List<TaskForReporting.PriorSummary> recorded = priors.ofTask(uid).stream()
                .map(p -> new TaskForReporting.PriorSummary(p.study().studyInstanceUid(), p.study().studyDate(),
                        p.study().description(), p.study().modalities()))
                .toList();
        return new TaskForReporting(uid, s.studyInstanceUid(), s.readType(), s.state().name(), s.facilityCode(),
                jurisdiction,
                new TaskForReporting.Patient(s.patient().id(), s.patient().issuer(), s.patient().name(),
                        s.patient().birthDate(), s.patient().sex()),
                s.request().accessionNumber(), s.request().accessionIssuer(),
                s.request().requestedProcedureDescription(), s.facts().modality(), s.facts().bodyPart(),
                s.facts().studyDescription(), s.performer() == null ? null : s.performer().username(),
                s.performer() == null ? null : s.performer().name(), s.claimedBy(), assignee, recorded);
    }

    /** The facility jurisdiction of the explanation document ({@code "facility":{...,"jurisdiction":"US-TX"}}). */
    static String jurisdictionOf(String explanationJson) {
        int facility = explanationJson.indexOf("\"facility\"");
        if (facility < 0) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"jurisdiction\"\\s*:\\s*\"([A-Z0-9-]{2,6})\"")
                .matcher(explanationJson);
        return m.find(facility) ? m.group(1) : null;
    }
}
