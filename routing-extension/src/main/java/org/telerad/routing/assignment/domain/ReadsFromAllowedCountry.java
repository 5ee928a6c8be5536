package org.telerad.routing.assignment.domain;

/**
 * Residency: when the facility's rules restrict the countries a study may be read from (GDPR: remote access
 * from a third country is a transfer, EDPB 05/2021), the reader must read from one of them; a reader whose
 * location is unknown is not assigned such a study.
 */
public final class ReadsFromAllowedCountry implements AssignmentPolicy {

    public static final String NAME = "ReadsFromAllowedCountry";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Verdict evaluate(ReaderAtDecision reader, RoutingRequest request, double studyEffort) {
        if (!request.restrictsReaderCountries()) {
            return Verdict.ALLOWED;
        }
        String country = reader.readsFromCountry();
        if (country == null) {
            return Verdict.rejected(NAME, RoutingCodes.COUNTRY_UNKNOWN, "The facility's residency rules allow reading"
                    + " only from " + String.join(", ", sorted(request)) + ", and where this reader reads from is not"
                    + " known.");
        }
        if (!request.allowedReaderCountries().contains(country)) {
            return Verdict.rejected(NAME, RoutingCodes.COUNTRY_NOT_ALLOWED, "Reads from " + country
                    + ", but the facility's residency rules allow reading only from "
                    + String.join(", ", sorted(request)) + ".");
        }
        return Verdict.ALLOWED;
    }

    private static java.util.List<String> sorted(RoutingRequest request) {
        return request.allowedReaderCountries().stream().sorted().toList();
    }
}
