package org.telerad.sla.escalation.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.telerad.routing.api.ReadingTaskDirectory;
import org.telerad.routing.api.TaskFacts;
import org.telerad.routing.api.TaskReassignment;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.sla.contract.domain.EscalationAction;

/**
 * Takes the action of a reached escalation step, in the caller's transaction: a notification (to the assigned
 * radiologist, or to the operations on-call named by {@code telerad.sla.on-call}, default
 * {@value #DEFAULT_ON_CALL}) is an {@link EscalationNotified} CDI event, an audit entry and a log line naming the
 * workitem only; a re-assignment goes through routing's {@link TaskReassignment} (which audits it and tells UPS
 * subscribers) and is audited here with its outcome. A notification for a task nobody is assigned to goes to the
 * on-call instead.
 */
@ApplicationScoped
public class EscalationLadder {

    static final String DEFAULT_ON_CALL = "operations-on-call";
    static final String OBJECT_TYPE = "ReadingTask";
    private static final System.Logger LOG = System.getLogger(EscalationLadder.class.getName());

    @Inject
    ReadingTaskDirectory directory;

    @Inject
    TaskReassignment reassignment;

    @Inject
    AuditTrail audit;

    @Inject
    Event<EscalationNotified> notified;

    /** Acts on step {@code step} of the task's ladder; answers the re-assignment when it was one. */
    public TaskReassignment.Reassignment escalate(String workitemUid, String facilityCode, int step,
            EscalationAction action, Instant at) {
        return switch (action) {
            case NOTIFY_ASSIGNED_RADIOLOGIST -> {
                String reader = directory.find(workitemUid).map(TaskFacts::performerUsername).orElse(null);
                notify(workitemUid, facilityCode, step, action, reader != null ? reader : onCall(), at);
                yield TaskReassignment.Reassignment.of(TaskReassignment.Outcome.UNKNOWN);
            }
            case NOTIFY_OPERATIONS_ON_CALL -> {
                notify(workitemUid, facilityCode, step, action, onCall(), at);
                yield TaskReassignment.Reassignment.of(TaskReassignment.Outcome.UNKNOWN);
            }
            case REASSIGN -> {
                TaskReassignment.Reassignment r = reassignment.reassign(workitemUid,
                        "turnaround escalation step " + step);
                record(workitemUid, facilityCode, AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE,
                        "SLA escalation step " + step + " REASSIGN: " + r.outcome()
                                + (r.toPerformer() == null ? "" : " to performer " + r.toPerformer()));
                LOG.log(System.Logger.Level.INFO, "SLA escalation step {0} for workitem {1}: re-assignment {2}",
                        step, workitemUid, r.outcome());
                yield r;
            }
        };
    }

    private void notify(String workitemUid, String facilityCode, int step, EscalationAction action,
            String recipient, Instant at) {
        record(workitemUid, facilityCode, AuditEventType.APPLICATION_ACTIVITY, AuditAction.EXECUTE,
                "SLA escalation step " + step + " " + action + ": notified " + recipient);
        notified.fire(new EscalationNotified(workitemUid, facilityCode, step, action, recipient, at));
        LOG.log(System.Logger.Level.INFO, "SLA escalation step {0} for workitem {1}: {2} notified", step,
                workitemUid, action == EscalationAction.NOTIFY_OPERATIONS_ON_CALL ? "operations on-call"
                        : "assigned radiologist");
    }

    private void record(String workitemUid, String facilityCode, AuditEventType type, AuditAction action,
            String detail) {
        CurrentCaller.runAs(Caller.system("sla-monitor"), () -> audit.record(AuditRecord.success(type, action,
                OBJECT_TYPE, workitemUid, facilityCode, detail)));
    }

    static String onCall() {
        String configured = System.getProperty("telerad.sla.on-call");
        return configured == null || configured.isBlank() ? DEFAULT_ON_CALL : configured.strip();
    }
}
