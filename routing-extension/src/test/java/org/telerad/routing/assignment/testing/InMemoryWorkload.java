package org.telerad.routing.assignment.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.telerad.routing.assignment.domain.OpenWork;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.Workload;

/** Open work held in memory: effort per reader and the open tasks each reader holds for each patient. */
public final class InMemoryWorkload implements Workload {

    private final Map<UUID, Double> effort = new HashMap<>();
    private final Map<PatientKey, Map<UUID, Integer>> byPatient = new HashMap<>();

    public InMemoryWorkload holding(FixtureReader reader, double openEffort) {
        effort.put(reader.id(), openEffort);
        return this;
    }

    /** The reader holds an open task of this patient worth {@code taskEffort}. */
    public InMemoryWorkload reading(FixtureReader reader, PatientKey patient, double taskEffort) {
        effort.merge(reader.id(), taskEffort, Double::sum);
        byPatient.computeIfAbsent(patient, p -> new HashMap<>()).merge(reader.id(), 1, Integer::sum);
        return this;
    }

    @Override
    public OpenWork openWork(PatientKey patient) {
        Map<UUID, Integer> tasks = patient == null ? Map.of() : byPatient.getOrDefault(patient, Map.of());
        return new OpenWork(effort, tasks);
    }
}
