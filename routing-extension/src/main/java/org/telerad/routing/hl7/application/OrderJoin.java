package org.telerad.routing.hl7.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.registry.api.FacilityDirectory;
import org.telerad.registry.api.RecognisedFacility;
import org.telerad.registry.api.StudyOrigin;
import org.telerad.routing.hl7.domain.ImagingOrder;
import org.telerad.routing.hl7.domain.ImagingOrders;
import org.telerad.routing.hl7.domain.JoinPolicy;
import org.telerad.routing.hl7.domain.KeptOrder;
import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderControl;
import org.telerad.routing.hl7.domain.OrderState;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.TaskChanges;
import org.telerad.routing.task.domain.TaskCriteria;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/**
 * Joins imaging orders with reading tasks by accession number (and Study Instance UID), whichever comes first.
 * An order whose study has no task yet waits as PENDING; a task scheduled later takes the newest pending order
 * ({@link #joinPending}). An order for an existing task changes it through {@link ReadingTaskService}: priority
 * by {@link JoinPolicy} (a change re-routes the task), the facility recognised from the sending facility when
 * the task has none, and CA requests the cancellation (a SCHEDULED task is canceled). Both sides lock the join
 * keys first, so simultaneous arrival still ends in one joined task.
 */
@ApplicationScoped
public class OrderJoin {

    private static final int MAX_TASKS = 10;

    @Inject
    ImagingOrders orders;

    @Inject
    ReadingTasks tasks;

    @Inject
    ReadingTaskService taskService;

    @Inject
    MessageJournal journal;

    @Inject
    Instance<FacilityDirectory> facilities;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Takes an accepted order: applies it or keeps it pending, and keeps the message, in one transaction. */
    @Transactional
    public MessageOutcome take(MessageHeader header, String raw, ImagingOrder order) {
        Instant now = clock.instant();
        orders.lockJoinKeys(order.accessionNumber(), order.studyInstanceUid());
        String facility = facilityOf(order).orElse(null);
        List<ReadingTask> joined = openTasksFor(order.accessionNumber(), order.studyInstanceUid());
        for (KeptOrder earlier : orders.pendingFor(order.accessionNumber(), order.studyInstanceUid())) {
            orders.settle(earlier.id(), order.control() == OrderControl.CANCEL ? OrderState.CANCELED
                    : OrderState.SUPERSEDED, null, now);
        }
        MessageOutcome outcome;
        if (order.control() == OrderControl.CANCEL) {
            for (ReadingTask task : joined) {
                taskService.requestCancellation(task.uid(), "order canceled by the placer (ORC-1 CA, message "
                        + header.controlId() + ")", "hl7:" + header.sendingApplication());
            }
            orders.add(header.controlId(), order, OrderState.CANCELED, first(joined), now);
            outcome = MessageOutcome.accepted(joined.isEmpty() ? "order canceled; no reading task for it"
                    : "cancellation requested for " + joined.size() + " reading task(s)");
        } else if (joined.isEmpty()) {
            orders.add(header.controlId(), order, OrderState.PENDING, null, now);
            outcome = MessageOutcome.accepted("order kept until its images arrive");
        } else {
            for (ReadingTask task : joined) {
                applyTo(task, order, facility, header.controlId());
            }
            orders.add(header.controlId(), order, OrderState.APPLIED, first(joined), now);
            outcome = MessageOutcome.accepted("order applied to " + joined.size() + " reading task(s)");
        }
        journal.keep(header, raw, outcome, facility);
        return outcome;
    }

    /**
     * Joins the newest pending order for the task's accession number or study with the newly scheduled task;
     * earlier pending ones are superseded. Answers whether an order was joined.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean joinPending(WorkitemUid workitem) {
        Optional<ReadingTask> found = tasks.find(workitem);
        if (found.isEmpty() || found.get().state().isFinal()) {
            return false;
        }
        String accession = found.get().snapshot().request().accessionNumber();
        String study = found.get().studyInstanceUid();
        orders.lockJoinKeys(accession, study);
        List<KeptOrder> pending = orders.pendingFor(accession, study);
        if (pending.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        KeptOrder newest = pending.get(pending.size() - 1);
        ReadingTask task = tasks.find(workitem).orElseThrow();
        applyTo(task, newest.order(), facilityOf(newest.order()).orElse(null), newest.controlId());
        for (KeptOrder kept : pending) {
            orders.settle(kept.id(), kept == newest ? OrderState.APPLIED : OrderState.SUPERSEDED,
                    kept == newest ? workitem.value() : null, now);
        }
        return true;
    }

    private void applyTo(ReadingTask task, ImagingOrder order, String facility, String controlId) {
        if (facility != null && task.facilityCode() == null) {
            taskService.enrich(task.uid(), null, Map.of(), facility,
                    "facility recognised from the HL7 order " + controlId, false);
            task = tasks.find(task.uid()).orElse(task);
        }
        Optional<Priority> priority = JoinPolicy.priorityAfterJoin(task.priority(), order);
        boolean reprioritise = priority.isPresent() && task.state() == ProcedureStepState.SCHEDULED;
        if (reprioritise) {
            taskService.update(task.uid(), new TaskChanges(priority.get(), null, null, null, null, null, null, null),
                    null);
        }
        audit.record(AuditRecord.success(AuditEventType.PROCEDURE_RECORD, AuditAction.UPDATE, "ReadingTask",
                task.uid().value(), facility != null ? facility : task.facilityCode(), "joined with HL7 order "
                        + controlId + " (" + order.control().code() + ", priority "
                        + (order.priority() == null ? "not given" : order.priority()) + ")"
                        + (reprioritise ? "; priority now " + priority.get() : "; priority kept")));
    }

    private List<ReadingTask> openTasksFor(String accession, String study) {
        Map<WorkitemUid, ReadingTask> found = new LinkedHashMap<>();
        if (accession != null) {
            tasks.search(new TaskCriteria(null, null, null, null, null, null, accession, null), 0, MAX_TASKS)
                    .forEach(t -> found.put(t.uid(), t));
        }
        if (study != null) {
            tasks.search(new TaskCriteria(null, null, null, null, null, List.of(study), null, null), 0, MAX_TASKS)
                    .forEach(t -> found.put(t.uid(), t));
        }
        List<ReadingTask> open = new ArrayList<>();
        for (ReadingTask t : found.values()) {
            if (!t.state().isFinal()) {
                open.add(t);
            }
        }
        return open;
    }

    private Optional<String> facilityOf(ImagingOrder order) {
        if (facilities == null || facilities.isUnsatisfied() || facilities.isAmbiguous()) {
            return Optional.empty();
        }
        FacilityDirectory directory = facilities.get();
        for (String candidate : new String[] {order.sendingFacility(), order.orderingFacility()}) {
            if (candidate != null) {
                Optional<RecognisedFacility> r = directory.recognise(
                        StudyOrigin.unknown().withHl7SendingFacility(candidate));
                if (r.isPresent()) {
                    return Optional.of(r.get().code());
                }
            }
        }
        return Optional.empty();
    }

    private static String first(List<ReadingTask> joined) {
        return joined.isEmpty() ? null : joined.get(0).uid().value();
    }
}
