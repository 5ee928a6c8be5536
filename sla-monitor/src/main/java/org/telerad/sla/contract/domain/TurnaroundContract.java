package org.telerad.sla.contract.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.TeleradException;

/**
 * What one facility bought, in one version: turnaround targets per priority and read type (optionally
 * narrowed by modality; the most specific target wins), a hard ceiling no target may exceed, the share of
 * the target at which a warning fires, which moment starts the clock, an escalation ladder and the maximum
 * wait after which a low-priority task ages one tier.
 *
 * <p>Invariants, checked in the constructor and refused with a {@link TeleradException} naming the field:
 * facility code is a slug, version at least 1, every target positive and not above the ceiling, no two
 * targets for the same scope, warning share strictly between 0 and 1, ladder steps in ascending share,
 * maximum wait positive and not above the ceiling. Immutable; a change is a new version
 * ({@link #revised()}) and a clock keeps the version it started under.
 */
public record TurnaroundContract(String facilityCode, int version, List<TurnaroundTarget> targets,
        Duration ceiling, double warningShare, ClockStart clockStart, List<EscalationStep> ladder,
        Duration maximumWait) {

    public static final Duration DEFAULT_CEILING = Duration.ofDays(28);
    public static final double DEFAULT_WARNING_SHARE = 0.75;
    public static final Duration DEFAULT_MAXIMUM_WAIT = Duration.ofHours(12);

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public TurnaroundContract {
        SlaErrors.required(facilityCode, "facilityCode");
        if (!SLUG.matcher(facilityCode).matches() || facilityCode.length() > 64) {
            throw SlaErrors.invalid(SlaErrors.FACILITY_CODE, "facilityCode",
                    "'" + facilityCode + "' is not a facility code (lower case letters, digits and dashes)");
        }
        if (version < 1) {
            throw SlaErrors.invalid(SlaErrors.VERSION, "version", "a contract version starts at 1, not " + version);
        }
        SlaErrors.required(ceiling, "ceiling");
        if (ceiling.isNegative() || ceiling.isZero()) {
            throw SlaErrors.invalid(SlaErrors.CEILING, "ceiling", "the hard ceiling must be longer than zero");
        }
        targets = List.copyOf(SlaErrors.required(targets, "targets"));
        for (int i = 0; i < targets.size(); i++) {
            TurnaroundTarget t = targets.get(i);
            if (t.target().compareTo(ceiling) > 0) {
                throw SlaErrors.invalid(SlaErrors.TARGET_ABOVE_CEILING, "/targets/" + i + "/target",
                        "the " + describe(t) + " target of " + t.target() + " exceeds the hard ceiling of "
                                + ceiling);
            }
            for (int j = 0; j < i; j++) {
                if (targets.get(j).sameScopeAs(t)) {
                    throw SlaErrors.invalid(SlaErrors.DUPLICATE_TARGET, "/targets/" + i,
                            "there is already a " + describe(t) + " target (at /targets/" + j + ")");
                }
            }
        }
        if (!(warningShare > 0 && warningShare < 1)) {
            throw SlaErrors.invalid(SlaErrors.WARNING_SHARE, "warningShare",
                    "the warning share must lie strictly between 0 and 1, not " + warningShare);
        }
        SlaErrors.required(clockStart, "clockStart");
        ladder = List.copyOf(SlaErrors.required(ladder, "ladder"));
        for (int i = 1; i < ladder.size(); i++) {
            if (ladder.get(i).shareOfTarget() < ladder.get(i - 1).shareOfTarget()) {
                throw SlaErrors.invalid(SlaErrors.LADDER_OUT_OF_ORDER, "/ladder/" + i + "/shareOfTarget",
                        "escalation step " + i + " (" + ladder.get(i).action() + " at " + ladder.get(i).shareOfTarget()
                                + ") comes before step " + (i - 1) + " (at " + ladder.get(i - 1).shareOfTarget()
                                + "); order the ladder by share of the target");
            }
        }
        SlaErrors.required(maximumWait, "maximumWait");
        if (maximumWait.isNegative() || maximumWait.isZero() || maximumWait.compareTo(ceiling) > 0) {
            throw SlaErrors.invalid(SlaErrors.MAXIMUM_WAIT, "maximumWait",
                    "the maximum wait must be longer than zero and not above the ceiling of " + ceiling);
        }
    }

    /** The default targets: STAT 30 min, preliminary 60 min, final 24 h. */
    public static List<TurnaroundTarget> defaultTargets() {
        List<TurnaroundTarget> targets = new ArrayList<>();
        for (ReadType r : ReadType.values()) {
            targets.add(TurnaroundTarget.of(Priority.STAT, r, Duration.ofMinutes(30)));
        }
        for (Priority p : List.of(Priority.URGENT, Priority.ROUTINE)) {
            targets.add(TurnaroundTarget.of(p, ReadType.PRELIMINARY, Duration.ofMinutes(60)));
            targets.add(TurnaroundTarget.of(p, ReadType.FINAL, Duration.ofHours(24)));
        }
        return targets;
    }

    /** The default ladder: notify the reader at the warning, reassign at breach, then tell operations. */
    public static List<EscalationStep> defaultLadder() {
        return List.of(EscalationStep.at(DEFAULT_WARNING_SHARE, EscalationAction.NOTIFY_ASSIGNED_RADIOLOGIST),
                EscalationStep.atBreach(EscalationAction.REASSIGN),
                EscalationStep.at(1.25, EscalationAction.NOTIFY_OPERATIONS_ON_CALL));
    }

    /** Version 1 of a facility's contract with every default. */
    public static TurnaroundContract defaultsFor(String facilityCode) {
        return new TurnaroundContract(facilityCode, 1, defaultTargets(), DEFAULT_CEILING, DEFAULT_WARNING_SHARE,
                ClockStart.STUDY_COMPLETE, defaultLadder(), DEFAULT_MAXIMUM_WAIT);
    }

    /** This contract with {@code target} added, replacing a target of exactly the same scope. */
    public TurnaroundContract withTarget(TurnaroundTarget target) {
        List<TurnaroundTarget> next = new ArrayList<>(targets);
        next.removeIf(t -> t.sameScopeAs(target));
        next.add(target);
        return new TurnaroundContract(facilityCode, version, next, ceiling, warningShare, clockStart, ladder,
                maximumWait);
    }

    public TurnaroundContract withCeiling(Duration newCeiling) {
        return new TurnaroundContract(facilityCode, version, targets, newCeiling, warningShare, clockStart, ladder,
                maximumWait);
    }

    public TurnaroundContract withWarningShare(double share) {
        return new TurnaroundContract(facilityCode, version, targets, ceiling, share, clockStart, ladder,
                maximumWait);
    }

    public TurnaroundContract withClockStart(ClockStart start) {
        return new TurnaroundContract(facilityCode, version, targets, ceiling, warningShare, start, ladder,
                maximumWait);
    }

    public TurnaroundContract withLadder(List<EscalationStep> steps) {
        return new TurnaroundContract(facilityCode, version, targets, ceiling, warningShare, clockStart, steps,
                maximumWait);
    }

    public TurnaroundContract withMaximumWait(Duration wait) {
        return new TurnaroundContract(facilityCode, version, targets, ceiling, warningShare, clockStart, ladder,
                wait);
    }

    /** The same terms as the next version; clocks already running keep the version they started under. */
    public TurnaroundContract revised() {
        return new TurnaroundContract(facilityCode, version + 1, targets, ceiling, warningShare, clockStart, ladder,
                maximumWait);
    }

    /**
     * The target for a read: a target narrowed to the modality wins over the general one; without either,
     * the read falls back to the hard ceiling.
     */
    public Duration targetFor(Priority priority, ReadType readType, Modality modality) {
        SlaErrors.required(priority, "priority");
        SlaErrors.required(readType, "readType");
        return targets.stream().filter(t -> t.appliesTo(priority, readType, modality))
                .max(Comparator.comparing(t -> t.modality() != null)).map(TurnaroundTarget::target)
                .orElse(ceiling);
    }

    /** The instant this contract starts a study's clock at, or a refusal naming the missing moment. */
    public Instant clockStartsAt(StudyMoments moments) {
        Optional<Instant> at = SlaErrors.required(moments, "moments").moment(clockStart);
        return at.orElseThrow(() -> SlaErrors.invalid(SlaErrors.NO_START_EVIDENCE, "clockStart",
                "the contract of " + facilityCode + " starts the clock at " + clockStart + ", which is not known yet"));
    }

    private static String describe(TurnaroundTarget t) {
        return t.priority() + " " + t.readType() + t.narrowedTo().map(m -> " " + m.code()).orElse("");
    }
}
