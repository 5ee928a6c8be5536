package org.telerad.sla.contract.domain;

/** Which moment starts a task's reading clock; part of each facility's contract. */
public enum ClockStart {
    /** The archive reports the study complete (the default). */
    STUDY_COMPLETE,
    /** The order was placed (ServiceRequest authored, HL7 ORM received). */
    ORDER_TIME,
    /** The first image of the study reached the archive. */
    FIRST_IMAGE
}
