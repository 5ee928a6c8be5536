package org.telerad.routing.hl7.domain;

import java.util.Optional;

import org.telerad.routing.task.domain.Priority;

/**
 * Which priority a reading task takes when an order is joined with it. A new order (or one that waited for
 * its images) never makes a task less urgent: the more urgent of the two wins, so the order's STAT always
 * wins. A change order (XO) is the placer's explicit correction and is applied as given.
 */
public final class JoinPolicy {

    private JoinPolicy() {
    }

    /** The priority the task should have, empty when it keeps its own. */
    public static Optional<Priority> priorityAfterJoin(Priority task, ImagingOrder order) {
        Priority ordered = order.priority();
        if (ordered == null || ordered == task) {
            return Optional.empty();
        }
        if (order.control() == OrderControl.CHANGE || ordered.isMoreUrgentThan(task)) {
            return Optional.of(ordered);
        }
        return Optional.empty();
    }
}
