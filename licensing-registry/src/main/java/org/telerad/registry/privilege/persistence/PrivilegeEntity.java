package org.telerad.registry.privilege.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.telerad.registry.privilege.domain.PrivilegeStatus;

/**
 * A privilege row; mapped to and from {@code Privilege} by {@link JpaPrivilegeRepository}. The scope sets are
 * stored as comma-separated codes (never searched; read with the privilege).
 */
@Entity
@Table(name = "registry_privilege")
public class PrivilegeEntity {

    @Id
    UUID id;

    @Column(name = "radiologist_id", nullable = false, updatable = false)
    UUID radiologistId;

    @Column(name = "facility_id", nullable = false, updatable = false)
    UUID facilityId;

    @Column(name = "facility_code", nullable = false, updatable = false)
    String facilityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    PrivilegeStatus status;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "scope_modalities", nullable = false)
    String scopeModalities;

    @Column(name = "scope_subspecialties", nullable = false)
    String scopeSubspecialties;

    @Column(name = "scope_read_types", nullable = false)
    String scopeReadTypes;

    /** Reading windows in {@code WeeklyAvailability} notation; empty = always available. */
    @Column(name = "available_times", nullable = false)
    String availableTimes = "";

    @Column(name = "granted_by", nullable = false, updatable = false)
    String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    Instant grantedAt;

    @Version
    long version;

    protected PrivilegeEntity() {
    }

    PrivilegeEntity(UUID id) {
        this.id = id;
    }
}
