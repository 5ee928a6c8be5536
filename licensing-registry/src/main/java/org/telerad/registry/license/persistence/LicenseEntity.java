package org.telerad.registry.license.persistence;

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

import org.telerad.registry.license.domain.LicenseStatus;
import org.telerad.registry.license.domain.LicenseType;

/** A license row; mapped to and from {@code License} by {@link JpaLicenseRepository}. */
@Entity
@Table(name = "registry_license")
public class LicenseEntity {

    @Id
    UUID id;

    @Column(name = "radiologist_id", nullable = false)
    UUID radiologistId;

    @Column(nullable = false)
    String jurisdiction;

    @Column(nullable = false)
    String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LicenseType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    LicenseStatus status;

    @Column(name = "valid_from", nullable = false)
    LocalDate validFrom;

    @Column(name = "valid_to")
    LocalDate validTo;

    @Column(name = "verified_at")
    Instant verifiedAt;

    @Column(name = "verified_by")
    String verifiedBy;

    @Version
    long version;

    protected LicenseEntity() {
    }

    LicenseEntity(UUID id) {
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
