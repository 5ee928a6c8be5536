package org.telerad.reporting.report.domain;

/** One rule a signature must pass; says why it rejects. */
public interface SigningPolicy {

    /** The rule's name, as refusals and the audit trail quote it. */
    default String name() {
        return getClass().getSimpleName();
    }

    SigningVerdict judge(SigningAttempt attempt);
}
