package org.telerad.sla.report.domain;

/** What a row of turnaround figures is grouped by; {@link #ALL} is the whole selection. */
public enum Dimension {
    ALL, PRIORITY, MODALITY, READ_TYPE
}
