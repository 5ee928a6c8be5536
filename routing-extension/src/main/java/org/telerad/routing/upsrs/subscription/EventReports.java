package org.telerad.routing.upsrs.subscription;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReadingTasks;
import org.telerad.routing.task.domain.WorkitemUid;
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
 *
 * <p>Subscribers may be connected to any Telerad node: after the change commits, this node delivers to its own
 * connections and tells the other nodes through the {@link EventRelay} (an {@link EventNotice}: identifiers only);
 * each of them reloads the workitem and delivers to its connections ({@link #deliverFromAnotherNode}). A filtered
 * global subscription hears only about workitems its {@link SubscriptionFilter} matches.
 */
@ApplicationScoped
public class EventReports {

    public static final int STATE_REPORT = 1;
    public static final int CANCEL_REQUESTED = 2;
    public static final int PROGRESS = 3;
    public static final int ASSIGNED = 5;

    private static final System.Logger LOG = System.getLogger(EventReports.class.getName());
    private static final AtomicInteger MESSAGE_ID = new AtomicInteger();
    /** Stands in for the relay's node id where no relay is deployed (a node of its own). */
    private static final String LONE_NODE = UUID.randomUUID().toString();

    @Inject
    Subscriptions subscriptions;

    @Inject
    ReadingTasks tasks;

    @Inject
    Instance<EventRelay> relay;

    @Resource
    ManagedExecutorService executor;

    /**
     * After the change commits, hands the report to the managed executor: the committed transaction's thread
     * may not open connections any more, and the caller should not wait for slow subscribers.
     */
    void onTaskEvent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingTaskEvent event) {
        int type = typeOf(event);
        if (type == 0) {
            return;
        }
        EventRelay nodes = relay.isResolvable() ? relay.get() : null;
        EventNotice notice = new EventNotice(nodes == null ? LONE_NODE : nodes.node(), event.workitem().value(), type,
                event instanceof ReadingTaskEvent.CancellationRequested r ? r.requestedBy() : null);
        try {
            executor.execute(() -> {
                deliver(notice);
                if (nodes != null) {
                    nodes.publish(notice);
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event report for {0} not queued: {1}", event.workitem(),
                    e.getClass().getName());
        }
    }

    /** A notice another node published: reload the workitem and deliver to this node's subscribers. */
    public void deliverFromAnotherNode(EventNotice notice) {
        try {
            executor.execute(() -> deliver(notice));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event report for {0} from another node not queued: {1}",
                    notice.workitem(), e.getClass().getName());
        }
    }

    /** Delivers the report of {@code notice} to the subscribers connected to this node; answers how many took it. */
    int deliver(EventNotice notice) {
        try {
            List<Subscription> listeners = subscriptions.listenersOf(notice.workitem());
            if (listeners.isEmpty()) {
                return 0;
            }
            Optional<ReadingTask> task = tasks.find(WorkitemUid.of(notice.workitem()));
            if (task.isEmpty()) {
                return 0;
            }
            Set<String> subscribers = new LinkedHashSet<>();
            for (Subscription s : listeners) {
                if (hears(s, task.get())) {
                    subscribers.add(s.subscriberAe());
                }
            }
            if (subscribers.isEmpty()) {
                return 0;
            }
            String report = DicomJson.standard().write(report(notice.eventType(), task.get(), notice.requestedBy()));
            int sent = 0;
            for (String ae : subscribers) {
                sent += SubscriberSessions.send(ae, report);
            }
            return sent;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "UPS event report for {0} not sent: {1}", notice.workitem(),
                    e.getClass().getName());
            return 0;
        }
    }

    /** Whether this subscription hears about the workitem: its own, a global one, or a filtered one that matches. */
    static boolean hears(Subscription s, ReadingTask task) {
        if (!s.isGlobal() || s.filter() == null) {
            return true;
        }
        try {
            return SubscriptionFilter.parse(s.filter()).matches(task);
        } catch (RuntimeException unreadable) {
            return false;
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

    /** The event report for one subscriber message (the cancel reason is the task's). */
    static DicomAttributes report(int type, ReadingTask task, ReadingTaskEvent event) {
        return report(type, task, event instanceof ReadingTaskEvent.CancellationRequested r ? r.requestedBy() : null,
                event instanceof ReadingTaskEvent.CancellationRequested r ? r.reason() : null);
    }

    /** The event report, the workitem as it is now; {@code requestedBy} the AE title asking to cancel. */
    static DicomAttributes report(int type, ReadingTask task, String requestedBy) {
        return report(type, task, requestedBy, task.snapshot().cancellationReason());
    }

    private static DicomAttributes report(int type, ReadingTask task, String requestedBy, String reason) {
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
        if (type == CANCEL_REQUESTED) {
            if (reason != null) {
                b.string(Tag.ReasonForCancellation, VR.LT, reason);
            }
            if (requestedBy != null && requestedBy.length() <= 16) {
                b.string(Tag.RequestingAE, VR.AE, requestedBy);
            }
        }
        return b.build();
    }
}
