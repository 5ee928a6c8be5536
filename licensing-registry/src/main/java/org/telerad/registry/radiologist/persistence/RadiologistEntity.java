package org.telerad.registry.radiologist.persistence;

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

/** A radiologist row; mapped to and from {@code Radiologist} by {@link JpaRadiologistRepository}. */
@Entity
@Table(name = "registry_radiologist")
public class RadiologistEntity {

    @Id
    UUID id;

    @Column(name = "family_name", nullable = false)
    String familyName;

    @Column(name = "given_name", nullable = false)
    String givenName;

    @Column(name = "name_prefix")
    String namePrefix;

    @Column(name = "name_suffix")
    String nameSuffix;

    @Column(nullable = false)
    String email;

    String username;

    @Column(name = "home_country", nullable = false)
    String homeCountry;

    boolean active;

    @ElementCollection
    @CollectionTable(name = "registry_radiologist_identifier", joinColumns = @JoinColumn(name = "radiologist_id"))
    Set<IdentifierEmbeddable> identifiers = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "registry_radiologist_subspecialty", joinColumns = @JoinColumn(name = "radiologist_id"))
    @Column(name = "subspecialty")
    Set<String> subspecialties = new HashSet<>();

    @Version
    long version;

    protected RadiologistEntity() {
    }

    RadiologistEntity(UUID id) {
        this.id = id;
    }
}
