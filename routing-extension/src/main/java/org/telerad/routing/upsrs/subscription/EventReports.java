package org.telerad.routing.upsrs.subscription;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.upsrs.dicom.UpsWorkitemTranslator;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.Tag;
import org.telerad.shared.dicom.VR;

/**
 * Sends UPS event reports (RAD-87, PS3.4 CC.2.4) to the subscribers of a workitem once the change is committed:
 * State Report (1) on creation, claim, completion and cancellation; Cancel Requested (2); Progress (3) on an
 * update; Assigned (5) when a performer is written. Each report is DICOM JSON with Affected SOP Class and
 * Instance UID and Event Type ID, plus the event's attributes; never patient data or the Transaction UID.
 */
@ApplicationScoped
public class EventReports {

    public static final int STATE_REPORT = 1;
    public static final int CANCEL_REQUESTED = 2;
    public static final int PROGRESS = 3;
    public static final int ASSIGNED = 5;

    private static final System.Logger LOG = System.getLogger(EventReports.class.getName());
    private static final AtomicInteger MESSAGE_ID = new AtomicInteger();

    @Inject
    Subscriptions subscriptions;

    @Inject
    ReadingTasks tasks;

    @Resource
    ManagedExecutorService executor;

    /**
     * After the change commits, hands the report to the managed executor: the committed transaction's thread
     * may not open connections any more, and the caller should not wait for slow subscribers.
     */
    void onTaskEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingTaskEvent event) {
        try {
            executor.execute(() -> deliver(event));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event report for {0} not queued: {1}", event.workitem(),
                    e.getClass().getName());
        }
    }

    void deliver(ReadingTaskEvent event) {
        try {
            int type = typeOf(event);
            if (type == 0) {
                return;
            }
            List<String> subscribers = subscriptions.subscribersOf(event.workitem().value());
            if (subscribers.isEmpty()) {
                return;
            }
            Optional<ReadingTask> task = tasks.find(event.workitem());
            if (task.isEmpty()) {
                return;
            }
            String report = DicomJson.standard().write(report(type, task.get(), event));
            for (String ae : subscribers) {
                SubscriberSessions.send(ae, report);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event report for {0} not sent: {1}", event.workitem(),
                    e.getClass().getName());
        }
    }

    static int typeOf(ReadingTaskEvent event) {
        if (event instanceof ReadingTaskEvent.ReadingTaskScheduled || event instanceof ReadingTaskEvent.ReadingTaskClaimed
                || event instanceof ReadingTaskEvent.ReadingTaskCompleted
                || event instanceof ReadingTaskEvent.ReadingTaskCanceled) {
            return STATE_REPORT;
        }
        if (event instanceof ReadingTaskEvent.CancellationRequested) {
            return CANCEL_REQUESTED;
        }
        if (event instanceof ReadingTaskEvent.ReadingTaskUpdated) {
            return PROGRESS;
        }
        if (event instanceof ReadingTaskEvent.ReadingTaskAssigned) {
            return ASSIGNED;
        }
        return 0;
    }

    /** The event report for one subscriber message. */
    static DicomAttributes report(int type, ReadingTask task, ReadingTaskEvent event) {
        DicomAttributes workitem = UpsWorkitemTranslator.toDicom(task);
        DicomAttributes.Builder b = DicomAttributes.builder()
                .string(Tag.AffectedSOPClassUID, UpsWorkitemTranslator.UPS_SOP_CLASS)
                .integer(Tag.MessageID, MESSAGE_ID.incrementAndGet() & 0xFFFF)
                .string(Tag.AffectedSOPInstanceUID, task.uid().value())
                .integer(Tag.EventTypeID, type);
        List<Tag> carried = switch (type) {
            case STATE_REPORT -> List.of(Tag.ProcedureStepState, Tag.InputReadinessState);
            case CANCEL_REQUESTED -> List.of();
            case PROGRESS -> List.of(Tag.ProcedureStepProgressInformationSequence);
            default -> List.of(Tag.ScheduledHumanPerformersSequence, Tag.InputReadinessState);
        };
        for (Tag tag : carried) {
            workitem.element(tag).ifPresent(b::element);
        }
        if (event instanceof ReadingTaskEvent.CancellationRequested requested) {
            if (requested.reason() != null) {
                b.string(Tag.ReasonForCancellation, VR.LT, requested.reason());
            }
            if (requested.requestedBy() != null && requested.requestedBy().length() <= 16) {
                b.string(Tag.RequestingAE, VR.AE, requested.requestedBy());
            }
        }
        return b.build();
    }
}
