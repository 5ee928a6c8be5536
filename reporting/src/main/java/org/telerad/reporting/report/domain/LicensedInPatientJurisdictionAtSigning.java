package org.telerad.reporting.report.domain;

/**
 * At the instant of signing the signer has a registry record, is active and holds an active, valid license in
 * the jurisdiction where the patient was scanned (registry rules TELERAD-ELIG-010 and 020-025).
 */
public final class LicensedInPatientJurisdictionAtSigning implements SigningPolicy {

    @Override
    public SigningVerdict judge(SigningAttempt a) {
        if (!a.standing().known()) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-045", "Your account is not linked to a"
                    + " radiologist of the registry, so your license and privileges cannot be checked.");
        }
        if (a.standing().rejectedWith("TELERAD-ELIG-01", "TELERAD-ELIG-02")) {
            return new SigningVerdict.Rejected(name(), "TELERAD-REPORT-042", "You may not sign now: "
                    + a.standing().reasons("TELERAD-ELIG-01", "TELERAD-ELIG-02"));
        }
        return SigningVerdict.allowed();
    }
}
