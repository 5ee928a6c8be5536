package org.telerad.routing.assignment.application;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.UnroutableReason;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Raises the alert for every new unroutable decision: an APPLICATION_ACTIVITY audit entry with outcome
 * MINOR_FAILURE (in the routing transaction, so it commits with the decision), a counter
 * ({@link #raised()}), a {@link TaskFoundUnroutable} event for the SLA monitor and notifications, and one log
 * line with the workitem UID, facility code and reason only (no patient data).
 */
@ApplicationScoped
public class UnroutableAlerts {

    private static final System.Logger LOG = System.getLogger(UnroutableAlerts.class.getName());

    private final AtomicLong raised = new AtomicLong();

    @Inject
    AuditTrail audit;

    @Inject
    Event<TaskFoundUnroutable> found;

    void onRouted(@Observes TaskRouted routed) {
        RoutingDecision d = routed.decision();
        if (d.isAssigned() || d.unroutableReason().isEmpty()) {
            return;
        }
        raise(d, d.unroutableReason().get());
    }

    void raise(RoutingDecision d, UnroutableReason reason) {
        audit.record(new AuditRecord(AuditEventType.APPLICATION_ACTIVITY, AuditAction.EXECUTE,
                AuditOutcome.MINOR_FAILURE, "ReadingTask", d.taskId(), d.facilityCode(),
                "unroutable alert: " + reason.code() + "; the task waits in the unroutable queue"));
        raised.incrementAndGet();
        found.fire(new TaskFoundUnroutable(d.taskId(), d.facilityCode(), reason, d.decidedAt()));
        LOG.log(System.Logger.Level.WARNING, "Workitem {0} (facility {1}) is unroutable: {2}", d.taskId(),
                d.facilityCode() == null ? "unrecognised" : d.facilityCode(), reason.code());
    }

    /** How many unroutable alerts this node raised since it started. */
    public long raised() {
        return raised.get();
    }
}
