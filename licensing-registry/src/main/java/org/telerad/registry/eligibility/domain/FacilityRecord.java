package org.telerad.registry.eligibility.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

import org.telerad.registry.api.Jurisdiction;

/**
 * A facility as eligibility needs it: its stable code, the jurisdiction where its patients are scanned and
 * the time zone in which validity dates are read.
 */
public record FacilityRecord(UUID id, String code, String name, Jurisdiction jurisdiction, ZoneId timeZone,
        boolean active) {

    public FacilityRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(timeZone, "timeZone");
        name = name == null ? code : name;
    }
}
