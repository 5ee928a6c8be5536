package org.telerad.sla.contract.domain;

import java.time.Duration;
import java.util.Optional;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.ReadType;

/**
 * How long a read of one priority and read type may take, optionally narrowed to one modality
 * ({@code modality} null = every modality). The contract checks it against its ceiling.
 */
public record TurnaroundTarget(Priority priority, ReadType readType, Modality modality, Duration target) {

    public TurnaroundTarget {
        SlaErrors.required(priority, "priority");
        SlaErrors.required(readType, "readType");
        SlaErrors.required(target, "target");
        if (target.isNegative() || target.isZero()) {
            throw SlaErrors.invalid(SlaErrors.TARGET_NOT_POSITIVE, "target",
                    "a turnaround target must be longer than zero, not " + target);
        }
    }

    /** A target for every modality. */
    public static TurnaroundTarget of(Priority priority, ReadType readType, Duration target) {
        return new TurnaroundTarget(priority, readType, null, target);
    }

    /** A target narrowed to one modality; wins over the general one. */
    public static TurnaroundTarget forModality(Priority priority, ReadType readType, Modality modality,
            Duration target) {
        return new TurnaroundTarget(priority, readType, SlaErrors.required(modality, "modality"), target);
    }

    public Optional<Modality> narrowedTo() {
        return Optional.ofNullable(modality);
    }

    boolean appliesTo(Priority p, ReadType r, Modality m) {
        return priority == p && readType == r && (modality == null || modality.equals(m));
    }

    boolean sameScopeAs(TurnaroundTarget other) {
        return priority == other.priority && readType == other.readType
                && java.util.Objects.equals(modality, other.modality);
    }
}
