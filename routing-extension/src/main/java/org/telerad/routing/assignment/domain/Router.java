package org.telerad.routing.assignment.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityRejection;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

/**
 * Decides who gets a reading task. In order:
 * <ol>
 * <li>derives the subspecialties the study needs from the {@link SubspecialtyRule}s;</li>
 * <li>asks the registry who may read it ({@link Eligibility}: license where the patient was scanned,
 * privilege at the facility for the modality and read type, the subspecialties, all valid at the instant);</li>
 * <li>applies Telerad's own rules to every eligible reader, recording every rejection: {@link NotReleasedBy},
 * {@link OnShift}, {@link WithinCapacity}, {@link ReadsFromAllowedCountry};</li>
 * <li>scores the rest ({@link WorkloadUrgencyContinuityScoring}) and assigns the best;</li>
 * <li>when nobody is left and the read is STAT, waives capacity ({@link StatOverCapacity}) for readers held back
 * by capacity alone;</li>
 * <li>when nobody local is left and the facility's {@link PreliminaryAbroadContract} allows it, looks for a
 * reader abroad who is excluded <em>only</em> for lacking the local license, and assigns them the preliminary
 * read with a {@link ChainedFinalRequired} for a locally licensed final read.</li>
 * </ol>
 * Pure: it changes nothing. The caller records the decision and assigns the task in one transaction while
 * holding a row lock on the task ({@code SELECT ... FOR UPDATE} on the reading task row), so one task is never
 * assigned twice, also across nodes. Thread safe.
 */
public final class Router {

    /** The registry's rule name for the license check (see {@link EligibilityRejection#rule()}). */
    static final String LICENSE_RULE = "LicensedInPatientJurisdiction";
    private static final String ELIG_UNKNOWN_FACILITY = "TELERAD-ELIG-001";
    private static final String ELIG_FACILITY_DEACTIVATED = "TELERAD-ELIG-002";

    private final Eligibility eligibility;
    private final Workload workload;
    private final ReaderProfiles profiles;
    private final PreliminaryAbroadContracts contracts;
    private final RoutingSettings settings;
    private final List<AssignmentPolicy> policies;
    private final WorkloadUrgencyContinuityScoring scoring;

    public Router(Eligibility eligibility, Workload workload, Availability availability, ReaderProfiles profiles,
            PreliminaryAbroadContracts contracts, RoutingSettings settings) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.workload = Objects.requireNonNull(workload, "workload");
        this.profiles = Objects.requireNonNull(profiles, "profiles");
        this.contracts = Objects.requireNonNull(contracts, "contracts");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.policies = List.of(new NotReleasedBy(), new OnShift(availability), new WithinCapacity(settings),
                new ReadsFromAllowedCountry());
        this.scoring = new WorkloadUrgencyContinuityScoring(settings.scoring());
    }

    public RoutingSettings settings() {
        return settings;
    }

    /** The subspecialties the request needs, each with the rule that derived it (one entry per subspecialty). */
    public List<DerivedNeed> needsOf(RoutingRequest request) {
        List<DerivedNeed> needs = new ArrayList<>(2);
        Set<Subspecialty> seen = EnumSet.noneOf(Subspecialty.class);
        for (SubspecialtyRule rule : settings.rules()) {
            Optional<DerivedNeed> need = rule.apply(request);
            if (need.isPresent() && seen.add(need.get().subspecialty())) {
                needs.add(need.get());
            }
        }
        return needs;
    }

    public RoutingDecision decide(RoutingRequest request) {
        Objects.requireNonNull(request, "request");
        List<DerivedNeed> needs = needsOf(request);
        double effort = settings.effort().of(request.modality());
        Decision d = new Decision(request, needs, effort);
        if (request.facilityCode() == null) {
            return d.unroutable(null, -1, UnroutableReason.NO_FACILITY,
                    "The facility that scanned the patient was not recognised, so nobody can be licensed there.");
        }
        if (request.modality() == null) {
            return d.unroutable(null, -1, UnroutableReason.STUDY_INCOMPLETE,
                    "The study's modality is not known, so privileges cannot be checked.");
        }
        Set<Subspecialty> required = d.required();
        EligibilityResult result;
        try {
            result = eligibility.evaluate(new EligibilityQuery(request.facilityCode(), request.modality(),
                    request.readType(), required, request.at()));
        } catch (TeleradException e) {
            if (ELIG_UNKNOWN_FACILITY.equals(e.code()) || ELIG_FACILITY_DEACTIVATED.equals(e.code())) {
                return d.unroutable(null, -1, UnroutableReason.NO_FACILITY, e.getMessage());
            }
            throw e;
        }
        Jurisdiction patientIn = result.facility().jurisdiction();
        OpenWork open = workload.openWork(request.patientKey());

        // registry exclusions, converted once per distinct list (the registry shares identical lists)
        Map<List<EligibilityRejection>, List<Exclusion>> converted = new IdentityHashMap<>();
        List<ExcludedReader> excluded = new ArrayList<>(result.excluded().size() + result.eligible().size());
        for (EligibilityResult.Excluded x : result.excluded()) {
            excluded.add(new ExcludedReader(x.radiologistId(), x.name(),
                    converted.computeIfAbsent(x.rejections(), Router::byRegistry)));
        }

        // Telerad's own rules over the eligible, then scoring
        List<ScoredCandidate> candidates = new ArrayList<>(result.eligible().size());
        List<ScoredCandidate> onlyAtCapacity = new ArrayList<>(2);
        int residencyOnly = 0;
        for (EligibilityResult.Eligible e : result.eligible()) {
            ReaderAtDecision reader = readerOf(e.radiologistId(), e.name(), e.username(), open);
            List<Exclusion> rejections = rejections(reader, request, effort);
            if (rejections.isEmpty()) {
                candidates.add(scoring.scored(reader, request.priority(), false));
            } else {
                if (rejections.size() == 1 && rejections.get(0).rule().equals(ReadsFromAllowedCountry.NAME)) {
                    residencyOnly++;
                }
                if (rejections.size() == 1 && rejections.get(0).rule().equals(WithinCapacity.NAME)) {
                    onlyAtCapacity.add(scoring.scored(reader, request.priority(), false));
                }
                excluded.add(new ExcludedReader(e.radiologistId(), e.name(), rejections));
            }
        }
        if (!candidates.isEmpty()) {
            candidates.sort(WorkloadUrgencyContinuityScoring.BEST_FIRST);
            ScoredCandidate best = candidates.get(0);
            Assignee assignee = assigneeOf(best);
            return d.decided(result, new RoutingOutcome.Assigned(assignee, request.readType()), candidates, excluded,
                    List.of());
        }

        // a STAT read does not wait for capacity: the least loaded of those held back only by capacity takes it
        if (request.priority() == ReadingPriority.STAT && !onlyAtCapacity.isEmpty()) {
            onlyAtCapacity.sort(WorkloadUrgencyContinuityScoring.BEST_FIRST);
            Set<UUID> waived = new java.util.HashSet<>();
            for (ScoredCandidate c : onlyAtCapacity) {
                waived.add(c.radiologistId());
            }
            excluded.removeIf(x -> waived.contains(x.radiologistId()));
            return d.decided(result, new RoutingOutcome.Assigned(assigneeOf(onlyAtCapacity.get(0)),
                    request.readType()), onlyAtCapacity, excluded, List.of("Every eligible reader is at capacity;"
                            + " a STAT read does not wait, so capacity is waived and the least loaded reader takes"
                            + " it (" + StatOverCapacity.NAME + ")."));
        }

        // nobody local: a preliminary read from abroad, if the contract allows it
        List<String> notes = new ArrayList<>(2);
        Optional<PreliminaryAbroadContract> contract = request.mayGoAbroad()
                ? contracts.forFacility(request.facilityCode())
                : Optional.empty();
        if (contract.isPresent()) {
            RoutingDecision abroad = preliminaryAbroad(d, result, contract.get(), patientIn, open, excluded, notes);
            if (abroad != null) {
                return abroad;
            }
        } else if (!request.mayGoAbroad()) {
            notes.add("This read must stay with radiologists licensed in " + patientIn.code()
                    + " (the final read of a cross-border preliminary); no reader abroad was considered.");
        }

        int eligible = result.eligible().size();
        if (eligible == 0) {
            return d.unroutableAfter(result, excluded, notes, UnroutableReason.NO_ELIGIBLE_READER,
                    "No radiologist is licensed in " + patientIn.code() + " (" + patientIn.name() + "), privileged at "
                            + result.facility().code() + " for " + request.modality().code() + " "
                            + request.readType().code() + " reads" + (required.isEmpty() ? ""
                                    : " and holding " + codes(required))
                            + " at " + request.at() + "; each radiologist's reasons are listed.");
        }
        if (residencyOnly == eligible) {
            return d.unroutableAfter(result, excluded, notes, UnroutableReason.RESIDENCY, eligible
                    + " radiologist(s) may read it, but none reads from a country the facility's residency rules"
                    + " allow (" + String.join(", ", request.allowedReaderCountries().stream().sorted().toList())
                    + ").");
        }
        return d.unroutableAfter(result, excluded, notes, UnroutableReason.NO_AVAILABLE_READER, eligible
                + " radiologist(s) may read it, but every one of them is off shift, at capacity or outside the"
                + " allowed countries; the task waits for the next one to become free.");
    }

    private RoutingDecision preliminaryAbroad(Decision d, EligibilityResult result, PreliminaryAbroadContract contract,
            Jurisdiction patientIn, OpenWork open, List<ExcludedReader> excluded, List<String> notes) {
        RoutingRequest request = d.request;
        EligibilityResult preliminary = request.readType() == ReadType.PRELIMINARY ? result
                : eligibility.evaluate(new EligibilityQuery(request.facilityCode(), request.modality(),
                        ReadType.PRELIMINARY, d.required(), request.at()));
        List<ScoredCandidate> abroad = new ArrayList<>();
        Map<UUID, List<Exclusion>> extra = new java.util.HashMap<>();
        for (EligibilityResult.Excluded x : preliminary.excluded()) {
            if (!onlyUnlicensed(x)) {
                continue;
            }
            ReaderAtDecision reader = readerOf(x.radiologistId(), x.name(), null, open);
            List<Exclusion> rejections = new ArrayList<>(2);
            Verdict v = PreliminaryAbroad.evaluate(reader, contract, patientIn);
            if (v instanceof Verdict.Rejected r) {
                rejections.add(r.exclusion());
            }
            rejections.addAll(rejections(reader, request, d.effort));
            if (rejections.isEmpty()) {
                abroad.add(scoring.scored(reader, request.priority(), true));
            } else {
                extra.put(x.radiologistId(), rejections);
            }
        }
        String contractText = "The facility's contract allows a preliminary read from abroad"
                + (contract.readerCountries().isEmpty() ? ""
                        : " (from " + String.join(", ", contract.readerCountries().stream().sorted().toList()) + ")");
        if (abroad.isEmpty()) {
            notes.add(contractText + ", but no reader abroad is privileged, free and allowed to take it.");
            appendRoutingExclusions(excluded, extra);
            return null;
        }
        abroad.sort(WorkloadUrgencyContinuityScoring.BEST_FIRST);
        ScoredCandidate best = abroad.get(0);
        Set<UUID> scored = new java.util.HashSet<>();
        for (ScoredCandidate c : abroad) {
            scored.add(c.radiologistId());
        }
        List<ExcludedReader> others = new ArrayList<>(excluded.size());
        for (ExcludedReader x : excluded) {
            if (!scored.contains(x.radiologistId())) {
                others.add(x);
            }
        }
        appendRoutingExclusions(others, extra);
        notes.add(contractText + "; readers abroad are scored without a license in " + patientIn.code()
                + ", which the preliminary read does not need.");
        Assignee assignee = assigneeOf(best);
        return d.decided(result, new RoutingOutcome.AssignedPreliminaryAbroad(assignee,
                ChainedFinalRequired.after(patientIn, result.facility().code())), abroad, others, notes);
    }

    /** Adds the cross-border rejections to the reasons already recorded for those readers. */
    private static void appendRoutingExclusions(List<ExcludedReader> excluded, Map<UUID, List<Exclusion>> extra) {
        if (extra.isEmpty()) {
            return;
        }
        for (int i = 0; i < excluded.size(); i++) {
            ExcludedReader x = excluded.get(i);
            List<Exclusion> more = extra.get(x.radiologistId());
            if (more != null) {
                List<Exclusion> all = new ArrayList<>(x.exclusions());
                all.addAll(more);
                excluded.set(i, new ExcludedReader(x.radiologistId(), x.name(), all));
            }
        }
    }

    /** True when the registry excluded the reader for lacking the local license, and for nothing else. */
    private static boolean onlyUnlicensed(EligibilityResult.Excluded x) {
        for (EligibilityRejection r : x.rejections()) {
            if (!r.rule().equals(LICENSE_RULE)) {
                return false;
            }
        }
        return true;
    }

    private List<Exclusion> rejections(ReaderAtDecision reader, RoutingRequest request, double effort) {
        List<Exclusion> rejections = null;
        for (AssignmentPolicy policy : policies) {
            Verdict v = policy.evaluate(reader, request, effort);
            if (v instanceof Verdict.Rejected r) {
                if (rejections == null) {
                    rejections = new ArrayList<>(2);
                }
                rejections.add(r.exclusion());
            }
        }
        return rejections == null ? List.of() : rejections;
    }

    private ReaderAtDecision readerOf(UUID id, String name, String username, OpenWork open) {
        ReaderProfile profile = profiles.of(id).orElse(null);
        String login = username != null ? username : profile == null ? null : profile.username();
        return new ReaderAtDecision(id, name, login, open.effortOf(id), open.patientTasksOf(id), profile);
    }

    private Assignee assigneeOf(ScoredCandidate best) {
        String npi = profiles.of(best.radiologistId()).map(ReaderProfile::npi).orElse(null);
        return new Assignee(best.radiologistId(), best.username(), best.name(), npi);
    }

    private static List<Exclusion> byRegistry(List<EligibilityRejection> rejections) {
        List<Exclusion> out = new ArrayList<>(rejections.size());
        for (EligibilityRejection r : rejections) {
            out.add(Exclusion.byRegistry(r));
        }
        return List.copyOf(out);
    }

    private static String codes(Set<Subspecialty> subspecialties) {
        return String.join(" and ", subspecialties.stream().map(Subspecialty::code).toList());
    }

    /** What every outcome of one decision shares. */
    private static final class Decision {
        final RoutingRequest request;
        final List<DerivedNeed> needs;
        final double effort;

        Decision(RoutingRequest request, List<DerivedNeed> needs, double effort) {
            this.request = request;
            this.needs = needs;
            this.effort = effort;
        }

        Set<Subspecialty> required() {
            Set<Subspecialty> set = EnumSet.noneOf(Subspecialty.class);
            for (DerivedNeed n : needs) {
                set.add(n.subspecialty());
            }
            return set;
        }

        RoutingDecision decided(EligibilityResult result, RoutingOutcome outcome, List<ScoredCandidate> candidates,
                List<ExcludedReader> excluded, List<String> notes) {
            return new RoutingDecision(request.taskId(), result.facility().code(), result.facility().jurisdiction(),
                    request.patientKey(), request.at(), result.registryRevision(), outcome, request.priority(),
                    request.readType(), needs, effort, candidates, excluded, notes);
        }

        RoutingDecision unroutableAfter(EligibilityResult result, List<ExcludedReader> excluded, List<String> notes,
                UnroutableReason reason, String explanation) {
            return decided(result, new RoutingOutcome.Unroutable(reason, explanation), List.of(), excluded, notes);
        }

        RoutingDecision unroutable(Jurisdiction where, long revision, UnroutableReason reason, String explanation) {
            return new RoutingDecision(request.taskId(), request.facilityCode(), where, request.patientKey(),
                    request.at(), revision, new RoutingOutcome.Unroutable(reason, explanation), request.priority(),
                    request.readType(), needs, effort, List.of(), List.of(), List.of());
        }
    }
}
