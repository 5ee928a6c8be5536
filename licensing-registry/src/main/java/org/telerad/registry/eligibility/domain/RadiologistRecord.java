package org.telerad.registry.eligibility.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Subspecialty;

/**
 * A radiologist as eligibility needs it: identity, display name and Keycloak {@code username} (null when the
 * radiologist has no login yet), active flag, subspecialties, and every license and privilege they hold
 * (whatever their status, so that exclusions can say which one failed); plus, for the radiologist directory,
 * the home country (ISO 3166-1 alpha-2), NPI and the family and given names (each null when unknown).
 */
public record RadiologistRecord(UUID id, String name, String username, boolean active, Set<Subspecialty> subspecialties,
        List<LicenseRecord> licenses, List<PrivilegeRecord> privileges, String homeCountry, String npi,
        String familyName, String givenName) {

    /** A radiologist whose family and given names are not known apart (only the display name). */
    public RadiologistRecord(UUID id, String name, String username, boolean active, Set<Subspecialty> subspecialties,
            List<LicenseRecord> licenses, List<PrivilegeRecord> privileges, String homeCountry, String npi) {
        this(id, name, username, active, subspecialties, licenses, privileges, homeCountry, npi, null, null);
    }

    /** A radiologist whose home country and NPI do not matter (eligibility alone). */
    public RadiologistRecord(UUID id, String name, String username, boolean active, Set<Subspecialty> subspecialties,
            List<LicenseRecord> licenses, List<PrivilegeRecord> privileges) {
        this(id, name, username, active, subspecialties, licenses, privileges, null, null, null, null);
    }

    public RadiologistRecord {
        Objects.requireNonNull(id, "id");
        name = name == null ? id.toString() : name;
        subspecialties = subspecialties == null || subspecialties.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(subspecialties));
        licenses = licenses == null ? List.of() : List.copyOf(licenses);
        privileges = privileges == null ? List.of() : List.copyOf(privileges);
        homeCountry = homeCountry == null || homeCountry.isBlank() ? null : homeCountry.strip();
        npi = npi == null || npi.isBlank() ? null : npi.strip();
        familyName = familyName == null || familyName.isBlank() ? null : familyName.strip();
        givenName = givenName == null || givenName.isBlank() ? null : givenName.strip();
    }

    public boolean holdsAll(Set<Subspecialty> required) {
        return subspecialties.containsAll(required);
    }
}
