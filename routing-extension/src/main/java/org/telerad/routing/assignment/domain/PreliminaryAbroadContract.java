package org.telerad.routing.assignment.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A facility's permission for a preliminary read (DCM 121362) by a reader abroad, not licensed where the
 * patient was scanned, followed by a final read (DCM 128005) by a locally licensed radiologist (ACR task
 * force on international teleradiology). {@code readerCountries} lists the countries such a reader may read
 * from (ISO 3166-1 alpha-2); empty means any country abroad. Immutable.
 */
public record PreliminaryAbroadContract(String facilityCode, Set<String> readerCountries) {

    public PreliminaryAbroadContract {
        Objects.requireNonNull(facilityCode, "facilityCode");
        readerCountries = readerCountries == null ? Set.of()
                : readerCountries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT))
                        .collect(Collectors.toUnmodifiableSet());
    }

    public boolean allowsReadingFrom(String country) {
        return country != null && (readerCountries.isEmpty() || readerCountries.contains(country));
    }
}
