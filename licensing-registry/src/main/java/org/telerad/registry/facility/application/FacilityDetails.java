package org.telerad.registry.facility.application;

/**
 * The command to open or revise a facility. {@code code} is the stable slug (it cannot change on revision);
 * {@code jurisdiction} an ISO 3166 code; {@code residencyRegion} an optional override (EU or a country);
 * {@code timeZone} an IANA zone such as {@code America/Chicago}.
 */
public record FacilityDetails(String code, String name, String jurisdiction, String residencyRegion,
        String timeZone, StudyIdentifiersData identifiers) {
}
