package org.telerad.routing.assignment.domain;

/**
 * Port: the open work of every reader, as routing needs it. The reading-task persistence implements it
 * (open = assigned and not yet completed or canceled); a reader's open effort is the sum of the
 * {@link RoutingDecision#effort() effort} recorded with each of their open tasks, and the patient's open
 * tasks are those whose patient key equals {@code patient}.
 *
 * <p>Called inside the routing transaction, after the caller has locked the task being routed; it reads
 * committed work and need not lock it (two tasks routed at the same instant may both see the same load: the
 * cost is a slightly uneven spread, never a task assigned twice). Implementations must answer in one or two
 * queries, not one per reader.
 */
public interface Workload {

    /** The open work now; {@code patient} may be null (no continuity then). */
    OpenWork openWork(PatientKey patient);
}
