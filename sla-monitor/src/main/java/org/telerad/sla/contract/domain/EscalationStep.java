package org.telerad.sla.contract.domain;

/**
 * One rung of an escalation ladder: an {@link EscalationAction} taken when a given share of the target has
 * elapsed ({@code 1.0} = at breach; more than 1 = after breach).
 */
public record EscalationStep(EscalationAction action, double shareOfTarget) {

    public EscalationStep {
        SlaErrors.required(action, "action");
        if (!(shareOfTarget > 0) || Double.isInfinite(shareOfTarget)) {
            throw SlaErrors.invalid(SlaErrors.STEP_SHARE, "shareOfTarget",
                    "an escalation step fires after a positive share of the target, not " + shareOfTarget);
        }
    }

    public static EscalationStep at(double shareOfTarget, EscalationAction action) {
        return new EscalationStep(action, shareOfTarget);
    }

    public static EscalationStep atBreach(EscalationAction action) {
        return new EscalationStep(action, 1.0);
    }
}
