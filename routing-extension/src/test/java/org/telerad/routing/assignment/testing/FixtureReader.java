package org.telerad.routing.assignment.testing;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;

/**
 * A radiologist of the fixture registry, built fluently:
 * {@code FixtureReader.named("Dr Tex").licensedIn("US-TX").privilegedAt("tx-dallas").holding(NEURO)}.
 * Mutable while a test builds it; the fake eligibility reads it.
 */
public final class FixtureReader {

    final UUID id;
    final String name;
    String username;
    final Set<Jurisdiction> licensedIn = new HashSet<>();
    final Map<String, Set<ReadType>> privileges = new HashMap<>();
    final Set<Subspecialty> subspecialties = EnumSet.noneOf(Subspecialty.class);

    private FixtureReader(String name) {
        this.name = name;
        this.id = UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        this.username = name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }

    public static FixtureReader named(String name) {
        return new FixtureReader(name);
    }

    public FixtureReader licensedIn(String... jurisdictions) {
        for (String j : jurisdictions) {
            licensedIn.add(Jurisdiction.of(j));
        }
        return this;
    }

    /** Privileged at the facility for every modality and both read types. */
    public FixtureReader privilegedAt(String... facilityCodes) {
        for (String f : facilityCodes) {
            privileges.put(f, EnumSet.allOf(ReadType.class));
        }
        return this;
    }

    /** Privileged at the facility for preliminary reads only. */
    public FixtureReader privilegedForPreliminaryAt(String facilityCode) {
        privileges.put(facilityCode, EnumSet.of(ReadType.PRELIMINARY));
        return this;
    }

    public FixtureReader holding(Subspecialty... held) {
        subspecialties.addAll(Set.of(held));
        return this;
    }

    public FixtureReader withoutLogin() {
        username = null;
        return this;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String username() {
        return username;
    }
}
