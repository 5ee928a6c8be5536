package org.telerad.registry.api;

import java.util.Objects;

/**
 * Why one named rule excludes a radiologist from one eligibility question: the {@code rule} that rejected
 * ({@code LicensedInPatientJurisdiction}), a stable {@code code} clients can switch on
 * ({@code TELERAD-ELIG-021}) and a {@code reason} sentence a person understands ("The license covering
 * US-TX (Texas) has expired."). Reasons name places, facilities, modalities and rules, never personal data.
 */
public record EligibilityRejection(String rule, String code, String reason) {

    public EligibilityRejection {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
