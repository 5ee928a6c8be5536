package org.telerad.routing.assignment.domain;

import org.telerad.registry.api.Jurisdiction;

/**
 * Cross-border preliminary reads: a reader not licensed where the patient was scanned may take a preliminary
 * read only when the facility's {@link PreliminaryAbroadContract} allows it, when they read from abroad (a
 * reader in the patient's own country still needs that state's license, even for a preliminary), and from a
 * country the contract names.
 */
public final class PreliminaryAbroad {

    public static final String NAME = "PreliminaryAbroad";

    private PreliminaryAbroad() {
    }

    public static Verdict evaluate(ReaderAtDecision reader, PreliminaryAbroadContract contract, Jurisdiction patientIn) {
        String country = reader.readsFromCountry();
        String patientCountry = patientIn.country().code();
        if (country == null) {
            return Verdict.rejected(NAME, RoutingCodes.NOT_A_CONTRACTED_READER,
                    "Not licensed in " + patientIn.code() + ", and where this reader reads from is not known, so a"
                            + " preliminary read from abroad cannot be arranged.");
        }
        if (country.equals(patientCountry)) {
            return Verdict.rejected(NAME, RoutingCodes.NOT_A_CONTRACTED_READER,
                    "Reads from " + country + ", the patient's own country, where a license in " + patientIn.code()
                            + " is required even for a preliminary read.");
        }
        if (!contract.allowsReadingFrom(country)) {
            return Verdict.rejected(NAME, RoutingCodes.NOT_A_CONTRACTED_READER, "Reads from " + country
                    + ", which the facility's contract does not list for preliminary reads from abroad.");
        }
        return Verdict.ALLOWED;
    }
}
