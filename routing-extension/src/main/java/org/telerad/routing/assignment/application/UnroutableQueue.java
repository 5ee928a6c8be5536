package org.telerad.routing.assignment.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Port: the unroutable queue — SCHEDULED tasks nobody is assigned to, oldest first, each with its current
 * routing decision's reason ({@code awaiting-routing} when no unroutable decision is current: routing under
 * way, or to be repeated by the sweep) and since when (the unroutable decision's time).
 */
public interface UnroutableQueue {

    /**
     * One page of the queue; {@code facilities} null for every facility (including tasks whose facility was not
     * recognised), else only tasks of those facility codes.
     */
    Page page(Set<String> facilities, int offset, int limit);

    /** A waiting task: no patient data. */
    record Entry(String taskId, String facilityCode, String reason, Instant scheduledAt, Instant unroutableSince) {
        public Entry {
            Objects.requireNonNull(taskId, "taskId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    record Page(List<Entry> items, long total) {
        public Page {
            items = List.copyOf(items);
        }
    }
}
