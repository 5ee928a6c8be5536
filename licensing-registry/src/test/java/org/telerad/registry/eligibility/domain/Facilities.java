package org.telerad.registry.eligibility.domain;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.UUID;

import org.telerad.registry.api.Jurisdiction;

/** Facility fixtures: a few real-looking facilities in Texas, California and Bavaria. */
final class Facilities {
    static final FacilityRecord DALLAS = facility("tx-dallas", "Dallas Medical Center", Places.US_TX, "America/Chicago");
    static final FacilityRecord HOUSTON = facility("tx-houston", "Houston General", Places.US_TX, "America/Chicago");
    static final FacilityRecord SACRAMENTO = facility("ca-sacramento", "Sacramento Imaging", Places.US_CA,
            "America/Los_Angeles");
    static final FacilityRecord MUNICH = facility("de-munich", "Klinikum München", Places.DE_BY, "Europe/Berlin");

    private Facilities() {
    }

    static FacilityRecord facility(String code, String name, Jurisdiction where, String zone) {
        return new FacilityRecord(UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8)), code, name, where,
                ZoneId.of(zone), true);
    }

    static FacilityRecord deactivated(FacilityRecord f) {
        return new FacilityRecord(f.id(), f.code(), f.name(), f.jurisdiction(), f.timeZone(), false);
    }
}
