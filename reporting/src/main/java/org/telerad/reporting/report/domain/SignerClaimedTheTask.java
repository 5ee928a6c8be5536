package org.telerad.reporting.report.domain;

/**
 * Only the performer who claimed the task signs on it: the task is IN PROGRESS and claimed by the signer; an
 * amendment after the final may also be signed on the COMPLETED task by the performer who completed it.
 */
public final class SignerClaimedTheTask implements SigningPolicy {

    @Override
    public SigningVerdict judge(SigningAttempt a) {
        boolean open = "IN_PROGRESS".equals(a.taskState())
                || (a.kind() == SignatureKind.AMENDMENT && "COMPLETED".equals(a.taskState()));
        if (!open) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-040", "The task is "
                    + a.taskState().replace('_', ' ') + ": a report is written and signed on a task its performer"
                    + " has claimed (IN PROGRESS).");
        }
        if (!a.signer().equals(a.taskClaimedBy())) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-040",
                    "Only the performer who claimed the task writes and signs its report.");
        }
        return SigningVerdict.allowed();
    }
}
