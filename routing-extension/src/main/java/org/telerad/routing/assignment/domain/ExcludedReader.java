package org.telerad.routing.assignment.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/** A radiologist who did not get the task, with every rule that excluded them (at least one). */
public record ExcludedReader(UUID radiologistId, String name, List<Exclusion> exclusions) {

    public ExcludedReader {
        Objects.requireNonNull(radiologistId, "radiologistId");
        exclusions = List.copyOf(exclusions);
        if (exclusions.isEmpty()) {
            throw new IllegalArgumentException("an excluded reader is excluded by at least one rule");
        }
    }

    public boolean excludedBy(String rule) {
        for (Exclusion e : exclusions) {
            if (e.rule().equals(rule)) {
                return true;
            }
        }
        return false;
    }

    /** "Dr A was excluded: Holds no license covering US-TX (Texas)...; ..." */
    public String sentence() {
        return name + " was excluded: " + exclusions.stream().map(e -> e.reason() + " [" + e.rule() + "]")
                .collect(Collectors.joining("; "));
    }
}
