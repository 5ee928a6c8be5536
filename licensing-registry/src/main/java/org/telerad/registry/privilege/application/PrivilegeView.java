package org.telerad.registry.privilege.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A privilege as interfaces show it; {@code expired} is derived at the moment of reading, {@code status}
 * is ACTIVE, SUSPENDED or REVOKED, {@code version} is the ETag.
 */
public record PrivilegeView(String id, long version, String radiologistId, String facilityId, String facilityCode,
        String status, LocalDate validFrom, LocalDate validTo, boolean expired, ScopeData scope, String grantedBy,
        Instant grantedAt) {
}
