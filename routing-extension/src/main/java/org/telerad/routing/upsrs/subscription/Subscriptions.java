package org.telerad.routing.upsrs.subscription;

import java.util.List;

/** Where subscriptions are kept. */
public interface Subscriptions {

    /** Adds or replaces the subscription. */
    void save(Subscription subscription);

    /** Removes it; answers whether there was one. */
    boolean remove(String subscriberAe, String workitemUid);

    /** Suspends the subscriber's global subscription; answers whether there was one. */
    boolean suspendGlobal(String subscriberAe);

    /**
     * The subscriptions that may want to hear about this workitem: its own, and the global ones not suspended
     * (filtered or not: the caller applies the filters to the workitem).
     */
    List<Subscription> listenersOf(String workitemUid);
}
