package org.telerad.registry.radiologist.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

/**
 * Everything credentialing records about a radiologist except identity and life cycle: validated as a
 * whole (the home country must be a country, an identifier system appears once).
 */
public record RadiologistProfile(PersonName name, List<Identifier> identifiers, EmailAddress email,
        Username username, Set<Subspecialty> subspecialties, Jurisdiction homeCountry) {

    public RadiologistProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(homeCountry, "homeCountry");
        identifiers = List.copyOf(identifiers == null ? List.of() : identifiers);
        subspecialties = subspecialties == null || subspecialties.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(subspecialties));
        if (!homeCountry.isCountry()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "homeCountry",
                    "'" + homeCountry.code() + "' is a subdivision; the home country is an ISO 3166-1 country code");
        }
        Set<String> systems = new HashSet<>();
        for (Identifier identifier : identifiers) {
            if (!systems.add(identifier.system())) {
                throw TeleradException.invalid("TELERAD-REGISTRY-010", "identifiers",
                        "the identifier system " + identifier.system() + " appears more than once");
            }
        }
    }

    public Optional<Username> login() {
        return Optional.ofNullable(username);
    }

    public Optional<Npi> npi() {
        return identifiers.stream().filter(Identifier::isNpi).findFirst().map(i -> new Npi(i.value()));
    }

    /** Names of the fields that differ from {@code other}, for the audit trail (never the values). */
    public List<String> changedFields(RadiologistProfile other) {
        List<String> changed = new ArrayList<>();
        if (!name.equals(other.name)) {
            changed.add("name");
        }
        if (!new HashSet<>(identifiers).equals(new HashSet<>(other.identifiers))) {
            changed.add("identifiers");
        }
        if (!email.equals(other.email)) {
            changed.add("email");
        }
        if (!Objects.equals(username, other.username)) {
            changed.add("username");
        }
        if (!subspecialties.equals(other.subspecialties)) {
            changed.add("subspecialties");
        }
        if (!homeCountry.equals(other.homeCountry)) {
            changed.add("homeCountry");
        }
        return changed;
    }
}
