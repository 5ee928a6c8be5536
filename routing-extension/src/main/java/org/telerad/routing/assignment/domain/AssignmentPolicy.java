package org.telerad.routing.assignment.domain;

/**
 * A named rule of Telerad's own (beyond the registry's credentialing rules) that may keep an eligible reader
 * from a task, and says why. Implementations are immutable and thread safe.
 */
public interface AssignmentPolicy {

    String name();

    Verdict evaluate(ReaderAtDecision reader, RoutingRequest request, double studyEffort);
}
