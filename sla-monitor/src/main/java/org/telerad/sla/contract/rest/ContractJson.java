package org.telerad.sla.contract.rest;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.application.ContractTerms;
import org.telerad.sla.contract.application.ContractVersion;
import org.telerad.sla.contract.domain.ClockStart;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.EscalationStep;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;
import org.telerad.sla.contract.domain.TurnaroundTarget;

/**
 * A contract version on the wire. Durations are ISO-8601 ({@code PT30M}, {@code PT24H}, {@code P28D}); enum
 * values are their names ({@code STAT}, {@code PRELIMINARY}, {@code STUDY_COMPLETE}, {@code REASSIGN}).
 * {@code facilityCode}, {@code version}, {@code stored}, {@code storedAt} and {@code storedBy} are read-only:
 * a body sent back unchanged is accepted and they are ignored. Terms left out take the defaults.
 */
public record ContractJson(String facilityCode, Integer version, Boolean stored, Instant storedAt, String storedBy,
        List<Target> targets, String ceiling, Double warningShare, String clockStart, List<Step> ladder,
        String maximumWait) {

    /** One target; {@code modality} absent = every modality. */
    public record Target(String priority, String readType, String modality, String target) {
    }

    public record Step(String action, Double shareOfTarget) {
    }

    static ContractJson of(ContractVersion v) {
        TurnaroundContract c = v.contract();
        return new ContractJson(c.facilityCode(), c.version(), v.stored(), v.storedAt(), v.storedBy(),
                c.targets().stream().map(t -> new Target(t.priority().name(), t.readType().name(),
                        t.narrowedTo().map(Modality::code).orElse(null), t.target().toString())).toList(),
                c.ceiling().toString(), c.warningShare(), c.clockStart().name(),
                c.ladder().stream().map(s -> new Step(s.action().name(), s.shareOfTarget())).toList(),
                c.maximumWait().toString());
    }

    /** The terms this body asks for; every unreadable value is named in one refusal. */
    ContractTerms terms() {
        List<FieldViolation> violations = new ArrayList<>();
        List<TurnaroundTarget> parsedTargets = null;
        if (targets != null) {
            parsedTargets = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                String at = "/targets/" + i;
                Target t = targets.get(i);
                if (t == null) {
                    violations.add(new FieldViolation(at, "a target is an object"));
                    continue;
                }
                Priority p = parse(at + "/priority", t.priority(), Priority.class, violations);
                ReadType r = parse(at + "/readType", t.readType(), ReadType.class, violations);
                Modality m = t.modality() == null ? null
                        : convert(at + "/modality", t.modality(), s -> Modality.of(s.strip().toUpperCase(Locale.ROOT)),
                                "a DICOM modality code such as CT or MR", violations);
                Duration d = duration(at + "/target", t.target(), true, violations);
                if (p != null && r != null && d != null) {
                    TurnaroundTarget made = convert(at, d, x -> new TurnaroundTarget(p, r, m, x), null, violations);
                    if (made != null) {
                        parsedTargets.add(made);
                    }
                }
            }
        }
        List<EscalationStep> parsedLadder = null;
        if (ladder != null) {
            parsedLadder = new ArrayList<>();
            for (int i = 0; i < ladder.size(); i++) {
                String at = "/ladder/" + i;
                Step s = ladder.get(i);
                if (s == null) {
                    violations.add(new FieldViolation(at, "a step is an object"));
                    continue;
                }
                EscalationAction a = parse(at + "/action", s.action(), EscalationAction.class, violations);
                if (s.shareOfTarget() == null) {
                    violations.add(new FieldViolation(at + "/shareOfTarget", "shareOfTarget is required"));
                } else if (a != null) {
                    EscalationStep made = convert(at, s.shareOfTarget(), x -> new EscalationStep(a, x), null,
                            violations);
                    if (made != null) {
                        parsedLadder.add(made);
                    }
                }
            }
        }
        Duration parsedCeiling = duration("/ceiling", ceiling, false, violations);
        ClockStart start = clockStart == null ? null : parse("/clockStart", clockStart, ClockStart.class, violations);
        Duration wait = duration("/maximumWait", maximumWait, false, violations);
        if (!violations.isEmpty()) {
            throw TeleradException.invalid(SlaErrors.MALFORMED_VALUE, violations.size() == 1
                    ? violations.get(0).field() + ": " + violations.get(0).message()
                    : violations.size() + " contract terms are invalid", violations);
        }
        return new ContractTerms(parsedTargets, parsedCeiling, warningShare, start, parsedLadder, wait);
    }

    private static <E extends Enum<E>> E parse(String field, String text, Class<E> type, List<FieldViolation> out) {
        if (text == null || text.isBlank()) {
            out.add(new FieldViolation(field, field.substring(field.lastIndexOf('/') + 1) + " is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            out.add(new FieldViolation(field, "one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static Duration duration(String field, String text, boolean required, List<FieldViolation> out) {
        if (text == null) {
            if (required) {
                out.add(new FieldViolation(field, field.substring(field.lastIndexOf('/') + 1) + " is required"));
            }
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            out.add(new FieldViolation(field, "an ISO-8601 duration such as PT30M, PT24H or P28D"));
            return null;
        }
    }

    /** Applies a validating constructor; its refusal is reported under {@code field} (prefixing its own field). */
    private static <T, R> R convert(String field, T value, Function<T, R> make, String expected,
            List<FieldViolation> out) {
        try {
            return make.apply(value);
        } catch (TeleradException e) {
            if (expected != null || e.violations().isEmpty()) {
                out.add(new FieldViolation(field, expected != null ? expected : e.getMessage()));
            } else {
                for (FieldViolation v : e.violations()) {
                    out.add(new FieldViolation(field + "/" + v.field(), v.message()));
                }
            }
            return null;
        }
    }
}
