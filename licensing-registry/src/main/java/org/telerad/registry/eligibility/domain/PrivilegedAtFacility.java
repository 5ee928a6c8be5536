package org.telerad.registry.eligibility.domain;

import java.time.LocalDate;

/**
 * Each facility privileges each radiologist separately: the radiologist needs a privilege at this facility
 * that is active and valid at the date of the read there.
 */
public final class PrivilegedAtFacility implements EligibilityPolicy {

    public static final String NAME = "PrivilegedAtFacility";

    public static final RejectionReason NOT_PRIVILEGED = RejectionReason.of(NAME, "TELERAD-ELIG-030",
            d -> "Holds no privilege at " + d.facilityLabel() + ".");
    public static final RejectionReason EXPIRED = RejectionReason.of(NAME, "TELERAD-ELIG-031",
            d -> "The privilege at " + d.facilityLabel() + " has expired: it is not valid on " + d.date() + ".");
    public static final RejectionReason NOT_YET_VALID = RejectionReason.of(NAME, "TELERAD-ELIG-032",
            d -> "The privilege at " + d.facilityLabel() + " is not yet valid on " + d.date() + ".");
    public static final RejectionReason SUSPENDED = RejectionReason.of(NAME, "TELERAD-ELIG-033",
            d -> "The privilege at " + d.facilityLabel() + " is suspended.");
    public static final RejectionReason REVOKED = RejectionReason.of(NAME, "TELERAD-ELIG-034",
            d -> "The privilege at " + d.facilityLabel() + " is revoked.");
    public static final RejectionReason INACTIVE = RejectionReason.of(NAME, "TELERAD-ELIG-035",
            d -> "The privilege at " + d.facilityLabel() + " is deactivated.");

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
        PrivilegeRecord p = candidate.privilegeOrNull();
        if (p == null) {
            return read.reject(NOT_PRIVILEGED);
        }
        CredentialStatus status = p.status();
        if (status == CredentialStatus.ACTIVE) {
            LocalDate date = read.date();
            if (p.validOn(date)) {
                return Verdict.ALLOWED;
            }
            return read.reject(p.expiredOn(date) ? EXPIRED : NOT_YET_VALID);
        }
        return read.reject(status == CredentialStatus.SUSPENDED ? SUSPENDED
                : status == CredentialStatus.REVOKED ? REVOKED : INACTIVE);
    }
}
