package org.telerad.registry.eligibility.domain;

import org.telerad.registry.api.Jurisdiction;

/** Jurisdictions the eligibility tests speak about. */
final class Places {
    static final Jurisdiction US_TX = Jurisdiction.of("US-TX");
    static final Jurisdiction US_CA = Jurisdiction.of("US-CA");
    static final Jurisdiction US_NY = Jurisdiction.of("US-NY");
    static final Jurisdiction DE = Jurisdiction.of("DE");
    static final Jurisdiction DE_BY = Jurisdiction.of("DE-BY");
    static final Jurisdiction FR = Jurisdiction.of("FR");

    private Places() {
    }
}
