package org.telerad.sla.clock.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.api.ReadingTaskDirectory;
import org.telerad.routing.api.TaskFacts;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.sla.api.CriticalFindingClock;
import org.telerad.sla.api.CriticalFindingOverdue;
import org.telerad.sla.clock.domain.CriticalFinding;
import org.telerad.sla.clock.domain.StoredFindings;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.escalation.application.EscalationLadder;
import org.telerad.sla.timer.domain.DurableTimers;
import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.domain.TimersChanged;

/**
 * {@link CriticalFindingClock} on the durable timers: a category 1 finding is due within
 * {@code telerad.sla.critical-finding.category1} (ISO-8601 duration, default 60 minutes), category 2 within
 * {@code ...category2} (default 24 hours), category 3 is not timed. When the timer fires before the communication
 * is documented, the finding is overdue once: {@link CriticalFindingOverdue} is fired, audited, and the ladder
 * notifies the reader and then the operations on-call.
 */
@ApplicationScoped
public class CriticalFindings implements CriticalFindingClock {

    static final String OBJECT_TYPE = "ReadingTask";

    @Inject
    StoredFindings findings;

    @Inject
    DurableTimers timers;

    @Inject
    ReadingTaskDirectory directory;

    @Inject
    EscalationLadder ladder;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CriticalFindingOverdue> overdue;

    @Inject
    Event<TimersChanged> timersChanged;

    @Override
    @Transactional
    public void findingRecorded(UUID findingId, String workitemUid, int category, Instant recordedAt) {
        CriticalFinding f = CriticalFinding.recorded(findingId, workitemUid, category, recordedAt,
                within(category));
        if (!findings.addIfAbsent(f)) {
            return;
        }
        if (f.dueAt() != null) {
            timers.schedule(findingId, List.of(f.timer()));
            timersChanged.fire(new TimersChanged(f.dueAt()));
        }
        audit(f, "critical finding " + findingId + " category " + category + " recorded"
                + (f.dueAt() == null ? "" : ", communication due " + SlaPublication.t(f.dueAt())));
    }

    @Override
    @Transactional
    public void findingCommunicated(UUID findingId, Instant communicatedAt) {
        Optional<CriticalFinding> found = findings.findForUpdate(findingId);
        if (found.isEmpty() || found.get().communicatedAt() != null) {
            return;
        }
        CriticalFinding f = found.get().communicated(communicatedAt);
        findings.update(f);
        timers.cancel(findingId);
        audit(f, "critical finding " + findingId + " communicated " + SlaPublication.t(communicatedAt));
    }

    /** Whether a claimed timer is a finding's. */
    public static boolean owns(FiredTimer fired) {
        return CriticalFinding.TIMER_KEY.equals(fired.timer().key());
    }

    /** Fires a finding's claimed timer in the caller's transaction; answers whether it was overdue now. */
    public boolean fire(FiredTimer fired) {
        Optional<CriticalFinding> late = findings.findForUpdate(fired.timer().taskId())
                .flatMap(f -> f.overdue(fired.firedAt()));
        if (late.isEmpty()) {
            return false;
        }
        CriticalFinding f = late.get();
        findings.update(f);
        audit(f, "critical finding " + f.findingId() + " overdue: due " + SlaPublication.t(f.dueAt()) + ", fired "
                + SlaPublication.t(fired.firedAt()));
        overdue.fire(new CriticalFindingOverdue(f.findingId(), f.workitemUid(), f.category(), f.dueAt(),
                fired.firedAt()));
        String facility = facilityOf(f.workitemUid());
        ladder.escalate(f.workitemUid(), facility, 0, EscalationAction.NOTIFY_ASSIGNED_RADIOLOGIST, fired.firedAt());
        ladder.escalate(f.workitemUid(), facility, 1, EscalationAction.NOTIFY_OPERATIONS_ON_CALL, fired.firedAt());
        return true;
    }

    static Duration within(int category) {
        return switch (category) {
            case 1 -> configured("telerad.sla.critical-finding.category1", Duration.ofMinutes(60));
            case 2 -> configured("telerad.sla.critical-finding.category2", Duration.ofHours(24));
            default -> null;
        };
    }

    private static Duration configured(String property, Duration fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(value.strip());
            return d.isNegative() || d.isZero() ? fallback : d;
        } catch (java.time.format.DateTimeParseException e) {
            return fallback;
        }
    }

    private String facilityOf(String workitemUid) {
        return directory.find(workitemUid).map(TaskFacts::facilityCode).orElse(null);
    }

    private void audit(CriticalFinding f, String detail) {
        String facility = facilityOf(f.workitemUid());
        CurrentCaller.runAs(Caller.system("sla-monitor"), () -> audit.record(AuditRecord.success(
                AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, OBJECT_TYPE, f.workitemUid(), facility, detail)));
    }
}
