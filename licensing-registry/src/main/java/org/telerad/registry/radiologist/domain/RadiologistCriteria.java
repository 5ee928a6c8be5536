package org.telerad.registry.radiologist.domain;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Subspecialty;

/**
 * What a radiologist search filters on; every null field matches all. {@code name} matches family or
 * given name case-insensitively by substring; {@code licensedIn} matches radiologists holding a license in
 * exactly that jurisdiction; {@code facilityCode} those holding a privilege at that facility.
 */
public record RadiologistCriteria(String name, Jurisdiction licensedIn, Subspecialty subspecialty,
        String facilityCode, Boolean active) {

    public static RadiologistCriteria any() {
        return new RadiologistCriteria(null, null, null, null, null);
    }
}
