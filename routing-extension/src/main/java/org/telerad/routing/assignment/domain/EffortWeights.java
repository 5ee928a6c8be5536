package org.telerad.routing.assignment.domain;

import java.util.Map;
import java.util.Objects;

import org.telerad.registry.api.Modality;

/**
 * How much reading effort a study of each modality costs, RVU-like (a CT counts 1.0, a chest radiograph
 * 0.2, an MRI 1.4); modalities not listed cost {@code otherwise}. Workload is the sum of the efforts of a
 * reader's open tasks, so a reader with ten radiographs is less loaded than one with three MRIs. Immutable.
 */
public record EffortWeights(Map<Modality, Double> byModality, double otherwise) {

    public EffortWeights {
        byModality = Map.copyOf(byModality);
        for (Map.Entry<Modality, Double> e : byModality.entrySet()) {
            Objects.requireNonNull(e.getValue(), "weight");
            if (e.getValue() <= 0 || e.getValue().isInfinite() || e.getValue().isNaN()) {
                throw new IllegalArgumentException("the effort of " + e.getKey() + " must be positive");
            }
        }
        if (otherwise <= 0) {
            throw new IllegalArgumentException("the default effort must be positive");
        }
    }

    public double of(Modality modality) {
        Double w = modality == null ? null : byModality.get(modality);
        return w == null ? otherwise : w;
    }
}
