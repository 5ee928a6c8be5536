package org.telerad.reporting.report.domain;

/**
 * At the instant of signing the signer holds an active, valid privilege at the task's facility whose scope
 * covers the modality, the subspecialties and the read type being signed (registry rules TELERAD-ELIG-030 to
 * 061). A preliminary-only privilege never signs a final (TELERAD-REPORT-044).
 */
public final class PrivilegedAtFacilityAtSigning implements SigningPolicy {

    @Override
    public SigningVerdict judge(SigningAttempt a) {
        SignerStanding s = a.standing();
        if (s.eligible() || !s.known()) {
            return SigningVerdict.allowed();
        }
        if (s.rejectedWith("TELERAD-ELIG-03", "TELERAD-ELIG-04", "TELERAD-ELIG-06")) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-043", "You may not sign now: "
                    + s.reasons("TELERAD-ELIG-03", "TELERAD-ELIG-04", "TELERAD-ELIG-06"));
        }
        if (s.rejectedWith("TELERAD-ELIG-05")) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-044", "Your privilege at this facility"
                    + " allows preliminary reads only: you may not sign a final report or amend one. "
                    + s.reasons("TELERAD-ELIG-05"));
        }
        if (!s.rejections().isEmpty() && !s.rejectedWith("TELERAD-ELIG-01", "TELERAD-ELIG-02")) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-043", "You may not sign now: "
                    + s.reasons("TELERAD-ELIG-"));
        }
        return SigningVerdict.allowed();
    }
}
