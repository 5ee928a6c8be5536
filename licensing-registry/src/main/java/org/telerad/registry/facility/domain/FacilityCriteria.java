package org.telerad.registry.facility.domain;

import org.telerad.registry.api.Jurisdiction;

/** Facility search filters; null matches all. {@code name} matches name or code by substring. */
public record FacilityCriteria(String name, Jurisdiction jurisdiction, Boolean active) {

    public static FacilityCriteria any() {
        return new FacilityCriteria(null, null, null);
    }
}
