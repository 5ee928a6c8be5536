package org.telerad.routing.upsrs.subscription;

import java.util.Objects;

/**
 * A subscriber AE title watching one workitem, or every workitem ({@link #GLOBAL}). A suspended global
 * subscription keeps existing workitem subscriptions but adds no new ones.
 */
public record Subscription(String subscriberAe, String workitemUid, boolean deletionLock, boolean suspended) {

    /** The workitem key of a global subscription. */
    public static final String GLOBAL = "*";

    public Subscription {
        Objects.requireNonNull(subscriberAe, "subscriberAe");
        Objects.requireNonNull(workitemUid, "workitemUid");
    }

    public boolean isGlobal() {
        return GLOBAL.equals(workitemUid);
    }
}
