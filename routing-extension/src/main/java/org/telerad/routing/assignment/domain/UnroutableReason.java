package org.telerad.routing.assignment.domain;

/** Why a task could not be assigned; the task then waits in the unroutable queue with this reason. */
public enum UnroutableReason {
    /** The facility that scanned the patient is not known to the registry, or is deactivated. */
    NO_FACILITY,
    /** The study lacks what routing needs (its modality). */
    STUDY_INCOMPLETE,
    /** Nobody may read it: no radiologist is licensed, privileged and qualified for it. */
    NO_ELIGIBLE_READER,
    /** Some may read it, but every one of them is off shift or at capacity. */
    NO_AVAILABLE_READER,
    /** Some may read it, but none reads from a country the facility's residency rules allow. */
    RESIDENCY;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
