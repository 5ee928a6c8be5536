package org.telerad.routing.assignment.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;

/**
 * An in-memory {@link Eligibility} over fixture facilities and readers that applies the registry's rules by
 * name and code (license covering the facility's jurisdiction, privilege there, read type, subspecialties),
 * listing every failing rule, as the registry does. Not a mock: answers follow from the fixtures.
 */
public final class FixtureEligibility implements Eligibility {

    private final Map<String, Jurisdiction> facilities = new HashMap<>();
    private final List<FixtureReader> readers = new ArrayList<>();
    private long revision = 7;
    private int questions;

    public FixtureEligibility facility(String code, String jurisdiction) {
        facilities.put(code, Jurisdiction.of(jurisdiction));
        return this;
    }

    public FixtureEligibility with(FixtureReader... more) {
        readers.addAll(List.of(more));
        return this;
    }

    public int questionsAsked() {
        return questions;
    }

    public long revision() {
        return revision;
    }

    @Override
    public EligibilityResult evaluate(EligibilityQuery query) {
        questions++;
        Jurisdiction where = facilities.get(query.facilityCode());
        if (where == null) {
            throw TeleradException.notFound("TELERAD-ELIG-001", "No facility has the code '" + query.facilityCode() + "'.");
        }
        List<EligibilityResult.Eligible> eligible = new ArrayList<>();
        List<EligibilityResult.Excluded> excluded = new ArrayList<>();
        List<FixtureReader> ordered = new ArrayList<>(readers);
        ordered.sort(Comparator.comparing((FixtureReader r) -> r.name));
        for (FixtureReader r : ordered) {
            List<EligibilityRejection> why = new ArrayList<>();
            if (r.licensedIn.stream().noneMatch(l -> l.covers(where))) {
                why.add(new EligibilityRejection("LicensedInPatientJurisdiction", "TELERAD-ELIG-020",
                        "Holds no license covering " + where.code() + " (" + where.name()
                                + "), where this facility's patients are scanned."));
            }
            Set<ReadType> privilege = r.privileges.get(query.facilityCode());
            if (privilege == null) {
                why.add(new EligibilityRejection("PrivilegedAtFacility", "TELERAD-ELIG-030",
                        "Holds no privilege at " + query.facilityCode() + "."));
            } else if (!privilege.contains(query.readType())) {
                why.add(new EligibilityRejection("PrivilegeCoversReadType", "TELERAD-ELIG-050",
                        "The privilege at " + query.facilityCode() + " does not cover " + query.readType().code()
                                + " reads."));
            }
            if (!r.subspecialties.containsAll(query.requiredSubspecialties())) {
                why.add(new EligibilityRejection("HoldsRequiredSubspecialty", "TELERAD-ELIG-060",
                        "Does not hold every subspecialty the study needs: " + query.requiredSubspecialties() + "."));
            }
            if (why.isEmpty()) {
                List<EligibilityResult.QualifyingLicense> licenses = new ArrayList<>();
                for (Jurisdiction l : r.licensedIn) {
                    if (l.covers(where)) {
                        licenses.add(new EligibilityResult.QualifyingLicense(UUID.randomUUID(), l, "LIC-" + l.code(),
                                null, null));
                    }
                }
                eligible.add(new EligibilityResult.Eligible(r.id, r.name, r.username, licenses,
                        new EligibilityResult.QualifyingPrivilege(UUID.randomUUID(), query.facilityCode(), Set.of(),
                                Set.of(), privilege, null, null)));
            } else {
                excluded.add(new EligibilityResult.Excluded(r.id, r.name, why));
            }
        }
        EligibilityResult.AtFacility at = new EligibilityResult.AtFacility(UUID.randomUUID(), query.facilityCode(),
                query.facilityCode(), where, "UTC", LocalDate.ofInstant(query.at(), ZoneOffset.UTC));
        return new EligibilityResult(query, at, revision, eligible, excluded);
    }
}
