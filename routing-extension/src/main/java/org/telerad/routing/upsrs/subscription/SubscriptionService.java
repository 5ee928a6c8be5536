package org.telerad.routing.upsrs.subscription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * Subscribe (RAD-86) and unsubscribe: to one workitem the caller may see, or globally (services only, since a
 * global subscriber hears about every task). Audited as application activity.
 */
@ApplicationScoped
public class SubscriptionService {

    /** The well-known UID that addresses every workitem (PS3.4 CC.3.1). */
    public static final String GLOBAL_UID = "1.2.840.10008.5.1.4.34.5";
    /** The well-known UID of a filtered global subscription: global, narrowed by its matching keys. */
    public static final String FILTERED_GLOBAL_UID = "1.2.840.10008.5.1.4.34.5.1";

    @Inject
    Subscriptions subscriptions;

    @Inject
    ReadingTaskService tasks;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    AuditTrail audit;

    @Transactional
    public void subscribe(String workitem, String subscriberAe, boolean deletionLock) {
        subscribe(workitem, subscriberAe, deletionLock, null);
    }

    /**
     * Subscribes; {@code filter} (the matching keys of a filtered global subscription, UID {@value
     * #FILTERED_GLOBAL_UID}) narrows a global subscription and is refused for any other. A filtered global
     * subscription without keys is a global one. A new global subscription replaces the subscriber's previous one.
     */
    @Transactional
    public void subscribe(String workitem, String subscriberAe, boolean deletionLock, SubscriptionFilter filter) {
        String key = key(workitem);
        mayListenAs(subscriberAe);
        if (filter != null && !FILTERED_GLOBAL_UID.equals(workitem)) {
            throw TeleradException.invalid("TELERAD-UPS-045", "{uid}", "Matching keys filter a subscription only"
                    + " with the filtered global UID " + FILTERED_GLOBAL_UID + ".");
        }
        subscriptions.save(new Subscription(ae(subscriberAe), key, deletionLock, false,
                filter == null ? null : filter.text()));
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.CREATE, "UpsSubscription",
                subscriberAe + "@" + key, null, "subscribed to " + (Subscription.GLOBAL.equals(key)
                        ? (filter == null ? "all workitems" : "workitems matching " + filter.text())
                        : "workitem " + key)));
    }

    @Transactional
    public void unsubscribe(String workitem, String subscriberAe) {
        String key = key(workitem);
        if (!subscriptions.remove(ae(subscriberAe), key)) {
            throw TeleradException.notFound("TELERAD-UPS-041", "The subscriber has no such subscription.");
        }
        audit.record(AuditRecord.success(AuditEventType.APPLICATION_ACTIVITY, AuditAction.DELETE, "UpsSubscription",
                subscriberAe + "@" + key, null, "unsubscribed"));
    }

    @Transactional
    public void suspendGlobal(String workitem, String subscriberAe) {
        if (!Subscription.GLOBAL.equals(key(workitem)) || !subscriptions.suspendGlobal(ae(subscriberAe))) {
            throw TeleradException.notFound("TELERAD-UPS-041", "The subscriber has no global subscription to suspend.");
        }
    }

    private String key(String workitem) {
        if (GLOBAL_UID.equals(workitem) || FILTERED_GLOBAL_UID.equals(workitem)) {
            if (!currentCaller.get().hasRole(Roles.TELERAD_SERVICE)) {
                throw TeleradException.forbidden("TELERAD-UPS-042",
                        "Only Telerad services may subscribe to every workitem; subscribe to your own workitems.");
            }
            return Subscription.GLOBAL;
        }
        return tasks.get(WorkitemUid.of(workitem)).uid().value();
    }

    /** A radiologist listens only under their own username; services under any AE title. */
    private void mayListenAs(String subscriberAe) {
        var caller = currentCaller.get();
        if (!caller.hasRole(Roles.TELERAD_SERVICE) && !caller.username().equals(subscriberAe)) {
            throw TeleradException.forbidden("TELERAD-UPS-043",
                    "A radiologist subscribes under their own username as subscriber AE title.");
        }
    }

    private static String ae(String subscriberAe) {
        if (subscriberAe == null || subscriberAe.isBlank() || subscriberAe.length() > 16) {
            throw TeleradException.invalid("TELERAD-UPS-040", "{subscriber}", "A subscriber AE title has 1 to 16 characters.");
        }
        return subscriberAe.strip();
    }
}
