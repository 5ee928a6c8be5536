package org.telerad.registry.privilege.domain;

import java.util.Set;

import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.radiologist.domain.RadiologistId;

/**
 * Privilege search filters; null matches all. {@code withinFacilities}, when not null, limits results to
 * those facilities (a facility admin's own), even when empty (then nothing matches).
 */
public record PrivilegeCriteria(FacilityCode facility, RadiologistId radiologist, PrivilegeStatus status,
        Set<FacilityCode> withinFacilities) {

    public static PrivilegeCriteria any() {
        return new PrivilegeCriteria(null, null, null, null);
    }

    public static PrivilegeCriteria ofRadiologist(RadiologistId radiologist) {
        return new PrivilegeCriteria(null, radiologist, null, null);
    }
}
