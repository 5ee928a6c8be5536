package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The practice of medicine occurs where the patient is: the radiologist needs an active license, valid at
 * the date of the read in the facility's time zone, whose jurisdiction covers the facility's jurisdiction
 * (the same code, or the country of a subdivision: a national license covers its states). When none
 * qualifies the reason says why the closest one fails: expired, not yet valid, suspended or revoked.
 */
public final class LicensedInPatientJurisdiction implements EligibilityPolicy {

    public static final String NAME = "LicensedInPatientJurisdiction";

    public static final RejectionReason NOT_LICENSED = RejectionReason.of(NAME, "TELERAD-ELIG-020",
            d -> "Holds no license covering " + d.jurisdictionLabel()
                    + ", where this facility's patients are scanned.");
    public static final RejectionReason EXPIRED = RejectionReason.of(NAME, "TELERAD-ELIG-021",
            d -> "The license covering " + d.jurisdictionLabel() + " has expired: it is not valid on " + d.date()
                    + " at the facility.");
    public static final RejectionReason NOT_YET_VALID = RejectionReason.of(NAME, "TELERAD-ELIG-022",
            d -> "The license covering " + d.jurisdictionLabel() + " is not yet valid on " + d.date()
                    + " at the facility.");
    public static final RejectionReason SUSPENDED = RejectionReason.of(NAME, "TELERAD-ELIG-023",
            d -> "The license covering " + d.jurisdictionLabel() + " is suspended.");
    public static final RejectionReason REVOKED = RejectionReason.of(NAME, "TELERAD-ELIG-024",
            d -> "The license covering " + d.jurisdictionLabel() + " is revoked.");
    public static final RejectionReason INACTIVE = RejectionReason.of(NAME, "TELERAD-ELIG-025",
            d -> "The license covering " + d.jurisdictionLabel() + " is deactivated.");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean judgesByFacilityAndDateOnly() {
        return true;
    }

    @Override
    public Verdict evaluate(Candidate candidate, ReadContext read) {
        List<LicenseRecord> covering = candidate.coveringLicenses();
        int n = covering.size();
        if (n == 0) {
            return read.reject(NOT_LICENSED);
        }
        RejectionReason closest = null;
        for (int i = 0; i < n; i++) {
            LicenseRecord l = covering.get(i);
            RejectionReason why = whyNot(l, read);
            if (why == null) {
                return Verdict.ALLOWED;
            }
            if (closest == null) {
                closest = why; // active licenses come first, so the first failure is the closest
            }
        }
        return read.reject(closest);
    }

    private static RejectionReason whyNot(LicenseRecord l, ReadContext read) {
        CredentialStatus status = l.status();
        if (status == CredentialStatus.ACTIVE) {
            LocalDate date = read.date();
            if (l.validOn(date)) {
                return null;
            }
            return l.expiredOn(date) ? EXPIRED : NOT_YET_VALID;
        }
        return status == CredentialStatus.SUSPENDED ? SUSPENDED
                : status == CredentialStatus.REVOKED ? REVOKED : INACTIVE;
    }

    /** True when the license counts for this decision. */
    static boolean qualifies(LicenseRecord l, ReadContext read) {
        return whyNot(l, read) == null;
    }
}
