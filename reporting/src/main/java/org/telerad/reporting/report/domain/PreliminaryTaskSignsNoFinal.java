package org.telerad.reporting.report.domain;

import org.telerad.registry.api.ReadType;

/**
 * A preliminary task (a cross-border read from abroad) ends with a preliminary: its final is signed on the
 * chained final task, by a radiologist licensed where the patient was scanned.
 */
public final class PreliminaryTaskSignsNoFinal implements SigningPolicy {

    @Override
    public SigningVerdict judge(SigningAttempt a) {
        if (a.taskReadType() == ReadType.PRELIMINARY && a.kind() != SignatureKind.PRELIMINARY) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-041", "This task is a preliminary read: it"
                    + " is signed preliminary only; the final is signed on the final read task by a radiologist"
                    + " licensed in the patient's jurisdiction.");
        }
        return SigningVerdict.allowed();
    }
}
