package org.telerad.benchmarks.eligibility;

import java.util.ArrayList;
import java.util.List;
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
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.EligibilityResult;
import org.telerad.registry.eligibility.domain.EligibilityPolicies;
import org.telerad.registry.eligibility.domain.EligibilityPolicy;
import org.telerad.registry.eligibility.domain.SnapshotEligibility;

/**
 * One eligibility decision = every radiologist of the registry judged by every rule, with the full
 * explanation (eligible radiologists with their qualifying license and privilege, every excluded one with
 * all its rejections). Measured on one thread, cycling through a fixed set of questions about different
 * facilities, modalities, read types and subspecialties.
 */
@State(Scope.Thread)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class EligibilityBenchmark {

    @Param("1000")
    int radiologists;

    @Param("5")
    int licensesEach;

    @Param("20")
    int privilegesEach;

    @Param("200")
    int facilities;

    private SnapshotEligibility eligibility;
    private SnapshotEligibility withoutReuse;
    private EligibilityQuery[] queries;
    private int next;

    @Setup(Level.Trial)
    public void buildRegistry() {
        SyntheticRegistry registry = SyntheticRegistry.generate(20261127L, radiologists, licensesEach,
                privilegesEach, facilities, 256);
        eligibility = SnapshotEligibility.of(registry.snapshot());
        // the same rules, a question-dependent one first: no leading rule judges by facility and date alone
        List<EligibilityPolicy> rules = new ArrayList<>(EligibilityPolicies.standard());
        rules.add(0, rules.remove(rules.size() - 1)); // HoldsRequiredSubspecialty
        withoutReuse = new SnapshotEligibility(registry.snapshot(), rules);
        List<EligibilityQuery> list = registry.queries();
        queries = list.toArray(new EligibilityQuery[0]);
        long eligible = 0;
        long rejections = 0;
        for (EligibilityQuery q : queries) {
            EligibilityResult r = eligibility.evaluate(q);
            eligible += r.eligible().size();
            rejections += r.excluded().stream().mapToLong(e -> e.rejections().size()).sum();
        }
        System.out.printf("%nsynthetic registry: %d radiologists x %d licenses x %d privileges, %d facilities;"
                + " per decision on average %.1f eligible, %.1f excluded with %.2f rejections each%n",
                radiologists, licensesEach, privilegesEach, facilities, (double) eligible / queries.length,
                radiologists - (double) eligible / queries.length,
                rejections / (queries.length * (radiologists - (double) eligible / queries.length)));
    }

    /** Decisions per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EligibilityResult decisionsPerSecond() {
        return decide();
    }

    /** Microseconds per decision. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public EligibilityResult microsecondsPerDecision() {
        return decide();
    }

    /**
     * Decisions per second when no verdict is reused between questions: every rule judges every candidate in
     * every decision, as for the first question about a facility on a given day (the standard rules with the
     * subspecialty rule moved first, so that no leading rule judges by facility and date alone).
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public EligibilityResult decisionsPerSecondWithoutReuse() {
        EligibilityQuery q = queries[next];
        next = (next + 1) & (queries.length - 1);
        return withoutReuse.evaluate(q);
    }

    private EligibilityResult decide() {
        EligibilityQuery q = queries[next];
        next = (next + 1) & (queries.length - 1);
        return eligibility.evaluate(q);
    }
}
