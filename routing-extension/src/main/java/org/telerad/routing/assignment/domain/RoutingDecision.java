package org.telerad.routing.assignment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;

/**
 * Who gets a reading task, and why: the {@link RoutingOutcome}, the subspecialties the study needs with the
 * rules that derived them, the study's effort (record it with the task: {@link Workload} sums it), every
 * scored candidate with the parts of their score (best first: the first is the assignee), every other
 * radiologist of the registry with each rule that excluded them, the registry revision the eligibility
 * answer came from (-1 when the registry was not asked), the decision instant, and the pseudonymous patient key
 * (null without a Patient ID) that continuity is computed from. Immutable.
 */
public record RoutingDecision(String taskId, String facilityCode, Jurisdiction patientJurisdiction,
        PatientKey patientKey, Instant decidedAt, long registryRevision, RoutingOutcome outcome, ReadingPriority priority,
        ReadType requestedReadType, List<DerivedNeed> needs, double effort, List<ScoredCandidate> candidates,
        List<ExcludedReader> excluded, List<String> notes) {

    public RoutingDecision {
        Objects.requireNonNull(taskId, "taskId");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(requestedReadType, "requestedReadType");
        needs = List.copyOf(needs);
        candidates = List.copyOf(candidates);
        excluded = List.copyOf(excluded);
        notes = List.copyOf(notes);
    }

    /** The radiologist the task goes to, if any. */
    public Optional<Assignee> assignee() {
        if (outcome instanceof RoutingOutcome.Assigned a) {
            return Optional.of(a.assignee());
        }
        if (outcome instanceof RoutingOutcome.AssignedPreliminaryAbroad p) {
            return Optional.of(p.assignee());
        }
        return Optional.empty();
    }

    /** The read type the assignee performs (preliminary for a cross-border read), if assigned. */
    public Optional<ReadType> assignedReadType() {
        if (outcome instanceof RoutingOutcome.Assigned a) {
            return Optional.of(a.readType());
        }
        if (outcome instanceof RoutingOutcome.AssignedPreliminaryAbroad p) {
            return Optional.of(p.readType());
        }
        return Optional.empty();
    }

    /** The final task to create after a cross-border preliminary, if this is one. */
    public Optional<ChainedFinalRequired> chainedFinal() {
        return outcome instanceof RoutingOutcome.AssignedPreliminaryAbroad p ? Optional.of(p.chainedFinal())
                : Optional.empty();
    }

    public boolean isAssigned() {
        return assignee().isPresent();
    }

    public Optional<UnroutableReason> unroutableReason() {
        return outcome instanceof RoutingOutcome.Unroutable u ? Optional.of(u.reason()) : Optional.empty();
    }

    public Set<org.telerad.registry.api.Subspecialty> neededSubspecialties() {
        java.util.EnumSet<org.telerad.registry.api.Subspecialty> set = java.util.EnumSet
                .noneOf(org.telerad.registry.api.Subspecialty.class);
        for (DerivedNeed n : needs) {
            set.add(n.subspecialty());
        }
        return set;
    }

    /** The exclusion of one radiologist, if they were excluded. */
    public Optional<ExcludedReader> exclusionOf(UUID radiologistId) {
        for (ExcludedReader e : excluded) {
            if (e.radiologistId().equals(radiologistId)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The scored candidate, if the radiologist was scored. */
    public Optional<ScoredCandidate> candidate(UUID radiologistId) {
        for (ScoredCandidate c : candidates) {
            if (c.radiologistId().equals(radiologistId)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** One sentence saying what was decided and why. */
    public String summary() {
        String needsText = needs.isEmpty() ? "no subspecialty"
                : String.join(", ", needs.stream().map(n -> n.subspecialty().code()).toList());
        String where = facilityCode == null ? "an unrecognised facility"
                : facilityCode + (patientJurisdiction == null ? "" : " (" + patientJurisdiction.code() + ")");
        if (outcome instanceof RoutingOutcome.Assigned a) {
            return String.format(Locale.ROOT, "%s %s read from %s needing %s: assigned to %s, the best of %d"
                    + " candidate(s); %d other radiologist(s) excluded.", priority, a.readType().code(), where,
                    needsText, a.assignee().name(), candidates.size(), excluded.size());
        }
        if (outcome instanceof RoutingOutcome.AssignedPreliminaryAbroad p) {
            return String.format(Locale.ROOT, "%s read from %s needing %s: no locally licensed radiologist could take"
                    + " it, so the preliminary read goes abroad to %s under the facility's contract, and a final read"
                    + " by a radiologist licensed in %s follows; %d other radiologist(s) excluded.", priority, where,
                    needsText, p.assignee().name(), p.chainedFinal().licensedIn().code(), excluded.size());
        }
        RoutingOutcome.Unroutable u = (RoutingOutcome.Unroutable) outcome;
        return priority + " " + requestedReadType.code() + " read from " + where + " needing " + needsText
                + ": unroutable (" + u.reason().code() + "). " + u.explanation();
    }

    /** The whole explanation as sentences: summary, needs, notes, candidates, exclusions. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        out.add(summary());
        for (DerivedNeed n : needs) {
            out.add("The study " + n.sentence() + ".");
        }
        out.addAll(notes);
        for (ScoredCandidate c : candidates) {
            out.add(c.sentence() + ".");
        }
        for (ExcludedReader e : excluded) {
            out.add(e.sentence());
        }
        return out;
    }
}
