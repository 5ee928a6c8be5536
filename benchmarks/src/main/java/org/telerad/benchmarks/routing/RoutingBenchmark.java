package org.telerad.benchmarks.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.telerad.benchmarks.eligibility.SyntheticRegistry;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.eligibility.domain.RadiologistRecord;
import org.telerad.registry.eligibility.domain.SnapshotEligibility;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.OpenWork;
import org.telerad.routing.assignment.domain.PatientAge;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.ReaderProfiles;
import org.telerad.routing.assignment.domain.ReadingPriority;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.routing.assignment.domain.RoutingRequest;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.domain.Workload;

/**
 * One routing decision = the subspecialty rules, the registry's eligibility answer over every radiologist (the
 * real {@link SnapshotEligibility}, same synthetic registry as the eligibility benchmark), Telerad's assignment
 * rules (availability, capacity, residency) over the eligible, scoring, and the decision record listing every
 * other radiologist with every rule that excluded them. Latency is sampled per decision on one thread
 * ({@link Mode#SampleTime}), so JMH prints the percentiles (p0.99 is the target, under 1 ms). Recording
 * the decision in PostgreSQL is not part of it.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class RoutingBenchmark {

    private static final String[] BODY_PARTS = { "HEAD", "BRAIN", "CHEST", "ABDOMEN", "KNEE", "PELVIS", null };

    @Param("1000")
    int radiologists;

    @Param("200")
    int facilities;

    private Router router;
    private RoutingRequest[] requests;
    private int next;

    @Setup(Level.Trial)
    public void buildRegistry() {
        SyntheticRegistry registry = SyntheticRegistry.generate(20261127L, radiologists, 5, 20, facilities, 256);
        SnapshotEligibility eligibility = SnapshotEligibility.of(registry.snapshot());
        Random random = new Random(20261128L);

        // open work: every radiologist holds 0-14 effort units (the default capacity is 12); a pool of patients
        Map<UUID, Double> effort = new HashMap<>();
        List<RadiologistRecord> all = registry.snapshot().radiologists();
        for (RadiologistRecord r : all) {
            effort.put(r.id(), Math.round(random.nextDouble() * 140) / 10.0);
        }
        PatientKey[] patients = new PatientKey[64];
        Map<PatientKey, Map<UUID, Integer>> byPatient = new HashMap<>();
        for (int i = 0; i < patients.length; i++) {
            patients[i] = PatientKey.of("MRN-" + i, "SYNTHETIC");
            Map<UUID, Integer> readers = new HashMap<>();
            readers.put(all.get(random.nextInt(all.size())).id(), 1);
            byPatient.put(patients[i], readers);
        }
        Workload workload = patient -> new OpenWork(effort,
                patient == null ? Map.of() : byPatient.getOrDefault(patient, Map.of()));
        router = new Router(eligibility, workload, Availability.everyone(), ReaderProfiles.unknown(),
                PreliminaryAbroadContracts.none(), RoutingSettings.defaults());

        List<EligibilityQuery> queries = registry.queries();
        requests = new RoutingRequest[queries.size()];
        ReadingPriority[] priorities = ReadingPriority.values();
        for (int i = 0; i < requests.length; i++) {
            EligibilityQuery q = queries.get(i);
            requests[i] = RoutingRequest.of(uid(i), q.facilityCode(), q.modality(),
                    priorities[random.nextInt(priorities.length)], q.readType(), q.at())
                    .withBodyPart(BODY_PARTS[random.nextInt(BODY_PARTS.length)])
                    .withPatient(patients[random.nextInt(patients.length)],
                            PatientAge.ofYears(random.nextInt(10) == 0 ? 8 : 30 + random.nextInt(50)));
        }
        long assigned = 0;
        long candidates = 0;
        long excluded = 0;
        for (RoutingRequest r : requests) {
            RoutingDecision d = router.decide(r);
            assigned += d.isAssigned() ? 1 : 0;
            candidates += d.candidates().size();
            excluded += d.excluded().size();
        }
        System.out.printf("%nsynthetic registry: %d radiologists, %d facilities; per decision on average %.1f"
                + " candidates scored, %.1f radiologists excluded; %d of %d decisions assigned%n", radiologists,
                facilities, (double) candidates / requests.length, (double) excluded / requests.length, assigned,
                requests.length);
    }

    /** Latency of one decision, sampled: JMH reports p50, p90, p99, p99.9 and the maximum. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public RoutingDecision decide() {
        RoutingRequest r = requests[next];
        next = (next + 1) & (requests.length - 1);
        return router.decide(r);
    }

    private static String uid(int i) {
        return "2.25.20261128" + i;
    }
}
