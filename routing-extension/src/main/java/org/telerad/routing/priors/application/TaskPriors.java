package org.telerad.routing.priors.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.priors.domain.AssignedStudies;
import org.telerad.routing.priors.domain.PrefetchSubject;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorsLedger;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;

/** Reads a task's recorded priors for an allowed caller ({@link PriorsAccess}); each read is audited (QUERY). */
@ApplicationScoped
public class TaskPriors {

    @Inject
    AssignedStudies studies;

    @Inject
    PriorsLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    @Transactional
    public List<Prior> of(String taskUid) {
        PrefetchSubject task = studies.byTask(taskUid).orElseThrow(
                () -> TeleradException.notFound("TELERAD-PRIORS-001", "No reading task has this UID."));
        String refusal = PriorsAccess.refusal(currentCaller.get(), task);
        if (refusal != null) {
            throw TeleradException.forbidden("TELERAD-PRIORS-002", refusal + ".");
        }
        List<Prior> priors = ledger.ofTask(taskUid);
        audit.record(AuditRecord.success(AuditEventType.QUERY, AuditAction.READ, PriorsPrefetch.OBJECT_TYPE,
                taskUid, task.facilityCode(), priors.size() + " priors"));
        return priors;
    }
}
