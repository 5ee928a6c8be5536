package org.telerad.reporting.report.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Every rule a signature passes, in order: the signer claimed the task, a preliminary task signs no final, the
 * signer is licensed in the patient's jurisdiction and privileged at the facility for the read type at that
 * instant. Answers every rejection (the first decides the refusal's code).
 */
public final class SigningPolicies {

    private final List<SigningPolicy> policies;

    public SigningPolicies(List<SigningPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    /** Telerad's rules. */
    public static SigningPolicies standard() {
        return new SigningPolicies(List.of(new SignerClaimedTheTask(), new PreliminaryTaskSignsNoFinal(),
                new LicensedInPatientJurisdictionAtSigning(), new PrivilegedAtFacilityAtSigning()));
    }

    /** The rejections of the attempt; empty when it may be signed. */
    public List<SigningVerdict.Rejected> rejections(SigningAttempt attempt) {
        List<SigningVerdict.Rejected> rejected = new ArrayList<>();
        for (SigningPolicy p : policies) {
            if (p.judge(attempt) instanceof SigningVerdict.Rejected r) {
                rejected.add(r);
            }
        }
        return rejected;
    }
}
