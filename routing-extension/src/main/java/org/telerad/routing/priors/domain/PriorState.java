package org.telerad.routing.priors.domain;

/** Where a prior stands for a task's reader. */
public enum PriorState {
    /** Already in the archive the reader reads from: nothing to move. */
    AVAILABLE,
    /** The archive was asked to bring it (C-MOVE / export); it arrives asynchronously. */
    REQUESTED,
    /** Asking the archive failed; the prefetch is retried. */
    FAILED,
    /** The residency rules forbid the copy; the study can still be read where it is. */
    REFUSED
}
