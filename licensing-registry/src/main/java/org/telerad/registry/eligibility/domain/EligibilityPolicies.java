package org.telerad.registry.eligibility.domain;

import java.util.ArrayList;
import java.util.List;

/** The ordered list of rules Telerad applies; explanations list rejections in this order. */
public final class EligibilityPolicies {

    private EligibilityPolicies() {
    }

    /** The registry's own rules: active radiologist, license, privilege, privilege scope, subspecialty. */
    public static List<EligibilityPolicy> standard() {
        return List.of(new RadiologistActive(), new LicensedInPatientJurisdiction(), new PrivilegedAtFacility(),
                new PrivilegeCoversModality(), new PrivilegeCoversReadType(), new HoldsRequiredSubspecialty());
    }

    /** The standard rules followed by more (availability, residency, ...). */
    public static List<EligibilityPolicy> standardAnd(List<? extends EligibilityPolicy> more) {
        List<EligibilityPolicy> all = new ArrayList<>(standard());
        all.addAll(more);
        return List.copyOf(all);
    }
}
