package org.telerad.routing.assignment.domain;

/**
 * A STAT read (stroke, trauma, dissection: 20–30 minute targets) does not wait for a reader to drop under
 * capacity: when every eligible reader is held back by {@link WithinCapacity} alone, capacity is waived and the
 * least loaded of them takes it. Off-shift readers, residency and credentials are never waived; routine and
 * urgent reads wait (or go to a preliminary reader abroad, where a contract allows it).
 */
public final class StatOverCapacity {

    public static final String NAME = "StatOverCapacity";

    private StatOverCapacity() {
    }
}
