package org.telerad.registry.facility.persistence;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A facility row; mapped to and from {@code Facility} by {@link JpaFacilityRepository}. */
@Entity
@Table(name = "registry_facility")
public class FacilityEntity {

    @Id
    UUID id;

    @Column(nullable = false, updatable = false)
    String code;

    @Column(nullable = false)
    String name;

    @Column(nullable = false)
    String jurisdiction;

    @Column(name = "residency_override")
    String residencyOverride;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    boolean active;

    @ElementCollection
    @CollectionTable(name = "registry_facility_identifier", joinColumns = @JoinColumn(name = "facility_id"))
    Set<FacilityIdentifierEmbeddable> identifiers = new HashSet<>();

    @Version
    long version;

    protected FacilityEntity() {
    }

    FacilityEntity(UUID id) {
        this.id = id;
    }
}
