package org.telerad.registry.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * The question routing asks the registry: who may read a study scanned at {@code facilityCode}, of
 * {@code modality}, as a {@code readType}, needing every one of {@code requiredSubspecialties}, at
 * {@code at}. The instant is part of the question so that an expiry or a suspension is seen at the moment
 * of the read, without waiting for any cache to refresh. Immutable; validated on construction.
 */
public record EligibilityQuery(String facilityCode, Modality modality, ReadType readType,
        Set<Subspecialty> requiredSubspecialties, Instant at) {

    public EligibilityQuery {
        List<FieldViolation> violations = new ArrayList<>();
        if (facilityCode == null || facilityCode.isBlank()) {
            violations.add(new FieldViolation("facility", "a facility code is required"));
        }
        if (modality == null) {
            violations.add(new FieldViolation("modality", "a modality is required (CT, MR, CR, ...)"));
        }
        if (readType == null) {
            violations.add(new FieldViolation("readType", "a read type is required (preliminary or final)"));
        }
        if (at == null) {
            violations.add(new FieldViolation("at", "the instant of the read is required"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-ELIG-003",
                    "The eligibility question is incomplete: " + violations.get(0).message() + ".", violations);
        }
        facilityCode = facilityCode.trim();
        requiredSubspecialties = requiredSubspecialties == null || requiredSubspecialties.isEmpty()
                ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(requiredSubspecialties));
    }

    /** A question with no subspecialty requirement. */
    public static EligibilityQuery of(String facilityCode, Modality modality, ReadType readType, Instant at) {
        return new EligibilityQuery(facilityCode, modality, readType, Set.of(), at);
    }

    /** The same question, also requiring these subspecialties. */
    public EligibilityQuery requiring(Subspecialty... subspecialties) {
        EnumSet<Subspecialty> all = requiredSubspecialties.isEmpty() ? EnumSet.noneOf(Subspecialty.class)
                : EnumSet.copyOf(requiredSubspecialties);
        for (Subspecialty s : subspecialties) {
            all.add(Objects.requireNonNull(s, "subspecialty"));
        }
        return new EligibilityQuery(facilityCode, modality, readType, all, at);
    }

    /** The same question asked at another instant. */
    public EligibilityQuery at(Instant instant) {
        return new EligibilityQuery(facilityCode, modality, readType, requiredSubspecialties, instant);
    }
}
