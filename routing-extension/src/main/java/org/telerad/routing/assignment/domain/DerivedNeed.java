package org.telerad.routing.assignment.domain;

import java.util.Objects;

import org.telerad.registry.api.Subspecialty;

/** A subspecialty the study needs, the {@code rule} that derived it, and {@code because} (what matched). */
public record DerivedNeed(Subspecialty subspecialty, String rule, String because) {

    public DerivedNeed {
        Objects.requireNonNull(subspecialty, "subspecialty");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(because, "because");
    }

    /** "needs neuro (rule neuro-mr-head: modality MR, body part BRAIN)". */
    public String sentence() {
        return "needs " + subspecialty.code() + " (rule " + rule + ": " + because + ")";
    }
}
