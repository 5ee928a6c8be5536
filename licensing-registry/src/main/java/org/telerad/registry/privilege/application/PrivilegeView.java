package org.telerad.registry.privilege.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.telerad.registry.availability.application.AvailableTimeData;

/**
 * A privilege as interfaces show it; {@code expired} is derived at the moment of reading, {@code status}
 * is ACTIVE, SUSPENDED or REVOKED, {@code version} is the ETag; {@code availableTimes} are the reading
 * windows in the facility's time zone (empty: always available).
 */
public record PrivilegeView(String id, long version, String radiologistId, String facilityId, String facilityCode,
        String status, LocalDate validFrom, LocalDate validTo, boolean expired, ScopeData scope, String grantedBy,
        Instant grantedAt, List<AvailableTimeData> availableTimes) {

    public PrivilegeView {
        availableTimes = availableTimes == null ? List.of() : List.copyOf(availableTimes);
    }

    /** Without reading windows (always available). */
    public PrivilegeView(String id, long version, String radiologistId, String facilityId, String facilityCode,
            String status, LocalDate validFrom, LocalDate validTo, boolean expired, ScopeData scope, String grantedBy,
            Instant grantedAt) {
        this(id, version, radiologistId, facilityId, facilityCode, status, validFrom, validTo, expired, scope,
                grantedBy, grantedAt, List.of());
    }
}
