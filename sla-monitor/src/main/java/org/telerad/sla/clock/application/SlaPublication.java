package org.telerad.sla.clock.application;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.telerad.routing.api.TaskDeadlines;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.sla.clock.domain.SlaBreached;
import org.telerad.sla.clock.domain.SlaEvent;
import org.telerad.sla.clock.domain.SlaMet;
import org.telerad.sla.clock.domain.SlaWarned;
import org.telerad.sla.clock.domain.TaskAged;
import org.telerad.sla.clock.domain.TaskClock;
import org.telerad.sla.clock.domain.TaskEscalated;

/**
 * Publishes what happened to a clock, in the caller's transaction: each {@link SlaEvent} as a CDI event (its own
 * record type: {@code SlaWarned}, {@code SlaBreached}, {@code SlaMet}, {@code TaskEscalated}, {@code TaskAged}),
 * an audit entry on the reading task (acted by {@code telerad:sla-monitor}, identifiers and instants only), and
 * for a warning, breach or escalation a turnaround note that UPS-RS subscribers receive as a Progress event
 * report. Clock life cycle steps (started, paused, stopped without verdict) are audited too.
 */
@ApplicationScoped
public class SlaPublication {

    static final String OBJECT_TYPE = "ReadingTask";

    @Inject
    Event<SlaEvent> events;

    @Inject
    AuditTrail audit;

    @Inject
    TaskDeadlines deadlines;

    public void publish(TaskClock clock, List<SlaEvent> happened) {
        for (SlaEvent e : happened) {
            audit(clock, AuditAction.UPDATE, describe(clock, e));
            events.fire(e);
            note(e).ifPresent(n -> deadlines.announce(clock.workitemUid(), n));
        }
    }

    public void started(TaskClock clock, Instant due) {
        audit(clock, AuditAction.CREATE, "SLA clock started " + t(clock.clock().startedAt()) + " under contract "
                + clock.clock().facilityCode() + " v" + clock.clock().contractVersion() + ": "
                + clock.clock().priority() + " " + clock.clock().readType().code()
                + clock.clock().modality().map(m -> " " + m.code()).orElse("") + ", target " + clock.target()
                + ", due " + t(due));
    }

    public void rescheduled(TaskClock clock, Instant due) {
        audit(clock, AuditAction.UPDATE, "SLA priority " + clock.clock().priority() + ": target " + clock.target()
                + ", due " + t(due));
    }

    public void stopped(TaskClock clock, Instant at) {
        audit(clock, AuditAction.UPDATE, "SLA clock stopped " + t(at) + " ("
                + clock.stoppedBy().map(Enum::name).orElse("?") + "): " + clock.outcome().map(Enum::name).orElse("?")
                + clock.clock().turnaround().map(d -> ", turnaround " + d).orElse(""));
    }

    public void paused(TaskClock clock, String detail) {
        audit(clock, AuditAction.UPDATE, detail);
    }

    private void audit(TaskClock clock, AuditAction action, String detail) {
        CurrentCaller.runAs(Caller.system("sla-monitor"), () -> audit.record(AuditRecord.success(
                AuditEventType.PROCEDURE_RECORD, action, OBJECT_TYPE, clock.workitemUid(),
                clock.clock().facilityCode(), detail)));
    }

    static String describe(TaskClock clock, SlaEvent e) {
        if (e instanceof SlaWarned w) {
            return "SLA warning: scheduled " + t(w.scheduledFor()) + ", fired " + t(w.firedAt()) + ", due "
                    + t(w.dueAt());
        }
        if (e instanceof SlaBreached b) {
            return "SLA breached: due " + t(b.dueAt()) + ", fired " + t(b.firedAt());
        }
        if (e instanceof SlaMet m) {
            return "SLA met: due " + t(m.dueAt()) + ", stopped " + t(m.firedAt()) + ", turnaround " + m.turnaround();
        }
        if (e instanceof TaskEscalated x) {
            return "SLA escalation step " + x.step() + " " + x.action() + ": scheduled " + t(x.scheduledFor())
                    + ", fired " + t(x.firedAt());
        }
        TaskAged a = (TaskAged) e;
        return "SLA ageing: queue priority " + a.from() + " -> " + a.to() + ": scheduled " + t(a.scheduledFor())
                + ", fired " + t(a.firedAt());
    }

    static java.util.Optional<String> note(SlaEvent e) {
        if (e instanceof SlaWarned w) {
            return java.util.Optional.of("Telerad SLA warning, due " + t(w.dueAt()));
        }
        if (e instanceof SlaBreached b) {
            return java.util.Optional.of("Telerad SLA breached, due " + t(b.dueAt()));
        }
        if (e instanceof TaskEscalated x) {
            return java.util.Optional.of("Telerad SLA escalation " + x.step() + " " + x.action());
        }
        return java.util.Optional.empty();
    }

    static String t(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
