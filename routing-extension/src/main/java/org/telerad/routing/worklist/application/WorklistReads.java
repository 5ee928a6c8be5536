package org.telerad.routing.worklist.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;

/**
 * The worklist and task pages for the current caller, limited to their {@link WorklistScope}. Opening one task's
 * page (patient data of one procedure) is audited; the worklist itself, read again on every change, is not.
 */
@ApplicationScoped
public class WorklistReads {

    @Inject
    Worklist worklist;

    @Inject
    AuditTrail audit;

    @Inject
    CurrentCaller currentCaller;

    public List<WorklistEntry> open(String facility, String studyInstanceUid, boolean mineOnly, int limit) {
        return worklist.open(WorklistScope.of(currentCaller.get()),
                new Worklist.Query(blankToNull(facility), blankToNull(studyInstanceUid), mineOnly, limit));
    }

    @Transactional
    public WorklistEntry task(String taskId) {
        WorklistEntry entry = worklist.task(WorklistScope.of(currentCaller.get()), taskId)
                .orElseThrow(() -> TeleradException.notFound("TELERAD-ROUTING-082",
                        "No reading task '" + taskId + "' is visible to you."));
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.READ, "ReadingTask", taskId,
                entry.facilityCode(), "task page read (" + entry.state() + ")"));
        return entry;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
