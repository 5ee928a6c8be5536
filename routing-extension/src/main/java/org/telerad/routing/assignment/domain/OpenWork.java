package org.telerad.routing.assignment.domain;

import java.util.Map;
import java.util.UUID;

/**
 * A reading of the {@link Workload}: open effort per reader (registry radiologist id; readers without open
 * work may be absent) and, for one patient, how many of that patient's open tasks each reader holds.
 * Immutable.
 */
public record OpenWork(Map<UUID, Double> effortByReader, Map<UUID, Integer> patientTasksByReader) {

    private static final OpenWork NONE = new OpenWork(Map.of(), Map.of());

    public OpenWork {
        effortByReader = Map.copyOf(effortByReader);
        patientTasksByReader = Map.copyOf(patientTasksByReader);
    }

    public static OpenWork none() {
        return NONE;
    }

    public double effortOf(UUID reader) {
        Double e = effortByReader.get(reader);
        return e == null ? 0.0 : e;
    }

    public int patientTasksOf(UUID reader) {
        Integer n = patientTasksByReader.get(reader);
        return n == null ? 0 : n;
    }
}
