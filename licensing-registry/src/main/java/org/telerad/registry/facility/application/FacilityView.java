package org.telerad.registry.facility.application;

/**
 * A facility as interfaces show it. {@code residencyRegion} is the effective region;
 * {@code residencyOverridden} says whether it was set explicitly. {@code version} is the ETag.
 */
public record FacilityView(String id, long version, String code, String name, String jurisdiction,
        String residencyRegion, boolean residencyOverridden, String timeZone, StudyIdentifiersData identifiers,
        boolean active) {
}
