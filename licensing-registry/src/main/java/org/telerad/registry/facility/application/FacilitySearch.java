package org.telerad.registry.facility.application;

/** Facility search filters as interfaces receive them, all optional. */
public record FacilitySearch(String name, String jurisdiction, Boolean active) {

    public static FacilitySearch any() {
        return new FacilitySearch(null, null, null);
    }
}
