package org.telerad.routing.upsrs.subscription;

import java.util.Objects;

/**
 * A subscriber AE title watching one workitem, or every workitem ({@link #GLOBAL}). A suspended global
 * subscription keeps existing workitem subscriptions but adds no new ones. A global subscription may carry a
 * {@code filter} (the matching keys of a filtered global subscription, query-string form, see
 * {@link SubscriptionFilter}): it then hears only about workitems that match; null means every workitem.
 */
public record Subscription(String subscriberAe, String workitemUid, boolean deletionLock, boolean suspended,
        String filter) {

    /** The workitem key of a global subscription. */
    public static final String GLOBAL = "*";

    public Subscription {
        Objects.requireNonNull(subscriberAe, "subscriberAe");
        Objects.requireNonNull(workitemUid, "workitemUid");
        filter = filter == null || filter.isBlank() ? null : filter;
        if (filter != null && !GLOBAL.equals(workitemUid)) {
            throw new IllegalArgumentException("only a global subscription has a filter");
        }
    }

    /** An unfiltered subscription. */
    public Subscription(String subscriberAe, String workitemUid, boolean deletionLock, boolean suspended) {
        this(subscriberAe, workitemUid, deletionLock, suspended, null);
    }

    public boolean isGlobal() {
        return GLOBAL.equals(workitemUid);
    }
}
