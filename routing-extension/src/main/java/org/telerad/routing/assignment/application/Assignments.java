package org.telerad.routing.assignment.application;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingOutcome;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Routes one reading task: decides ({@link Router}), records the decision with its explanation, audits it,
 * and fires {@link TaskRouted}. It does not touch the task: the caller writes the assignee into it.
 *
 * <p><b>What the caller must hold.</b> Call inside the transaction that assigns the task, after locking the
 * task's row ({@code SELECT ... FROM routing_reading_task WHERE workitem_uid = ? FOR UPDATE}, or having just
 * inserted it), so that two nodes never route the same task at once: the decision, the assignment and the
 * audit entry then commit together or not at all. Workload is read without locks (see
 * {@link org.telerad.routing.assignment.domain.Workload}).
 */
@ApplicationScoped
public class Assignments {

    static final String OBJECT_TYPE = "ReadingTask";

    private Router router;
    private RoutingDecisions decisions;
    private AuditTrail audit;
    private Event<TaskRouted> routed;

    protected Assignments() {
        // for CDI proxies
    }

    @Inject
    public Assignments(Router router, RoutingDecisions decisions, AuditTrail audit, Event<TaskRouted> routed) {
        this.router = Objects.requireNonNull(router, "router");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.routed = Objects.requireNonNull(routed, "routed");
    }

    /** Routes a new (or re-prioritised) task. */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingDecision route(RoutingRequest request) {
        return decideAndRecord(request, null);
    }

    /**
     * Routes a task again: its reader released it (put them in {@link RoutingRequest#releasedBy}), went off
     * shift, lost a license or privilege, or the SLA monitor asks for reassignment. {@code trigger} says which,
     * for the audit trail ("released by rad-tx", "SLA breach warning"); no patient data.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingDecision reroute(RoutingRequest request, String trigger) {
        return decideAndRecord(request, trigger == null || trigger.isBlank() ? "re-routed" : trigger.strip());
    }

    private RoutingDecision decideAndRecord(RoutingRequest request, String trigger) {
        RoutingDecision decision = router.decide(request);
        decisions.record(decision);
        audit.record(new AuditRecord(AuditEventType.PROCEDURE_RECORD, AuditAction.EXECUTE,
                decision.isAssigned() ? AuditOutcome.SUCCESS : AuditOutcome.MINOR_FAILURE, OBJECT_TYPE,
                decision.taskId(), decision.facilityCode(),
                (trigger == null ? "" : trigger + "; ") + auditDetail(decision)));
        routed.fire(new TaskRouted(decision));
        return decision;
    }

    /** Who got it and on what grounds, without patient data. */
    static String auditDetail(RoutingDecision d) {
        String base = "routing decision at registry revision " + d.registryRevision() + ": ";
        if (d.outcome() instanceof RoutingOutcome.Unroutable u) {
            return base + "unroutable (" + u.reason().code() + "), " + d.excluded().size() + " excluded";
        }
        String who = d.assignee().map(a -> a.username() != null ? a.username() : a.radiologistId().toString())
                .orElse("-");
        return base + d.outcome().code() + " to " + who + " for a " + d.assignedReadType().map(t -> t.code())
                .orElse("?") + " read, " + d.candidates().size() + " candidate(s), " + d.excluded().size()
                + " excluded";
    }
}
