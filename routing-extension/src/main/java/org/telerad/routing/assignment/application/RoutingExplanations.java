package org.telerad.routing.assignment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.assignment.domain.RoutingCodes;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/** Serves a task's current routing decision to those {@link RoutingAccess} allows, and audits the read. */
@ApplicationScoped
public class RoutingExplanations {

    @Inject
    RoutingDecisions decisions;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Transactional
    public RecordedDecision of(String taskId) {
        RecordedDecision decision = decisions.currentFor(taskId).orElseThrow(() -> TeleradException.notFound(
                RoutingCodes.NOT_FOUND, "No routing decision is recorded for task '" + taskId + "'."));
        Caller caller = currentCaller.get();
        String refusal = RoutingAccess.refusal(caller, decision);
        if (refusal != null) {
            throw TeleradException.forbidden(RoutingCodes.FORBIDDEN, refusal + ".");
        }
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.READ, "RoutingDecision", taskId,
                decision.facilityCode(), "routing explanation read (" + decision.outcome() + ")"));
        return decision;
    }
}
