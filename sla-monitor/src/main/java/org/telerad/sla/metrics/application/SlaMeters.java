package org.telerad.sla.metrics.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.telerad.shared.lifecycle.SchemaMigrated;
import org.telerad.sla.clock.domain.SlaBreached;
import org.telerad.sla.clock.domain.SlaMet;
import org.telerad.sla.clock.domain.TaskEscalated;
import org.telerad.sla.contract.domain.EscalationAction;
import org.telerad.sla.contract.domain.Priority;
import org.telerad.sla.metrics.application.OpenClockSnapshot.DueWithin;
import org.telerad.sla.metrics.application.OpenClockSnapshot.TaskState;

/**
 * The SLA monitor's meters in the {@link MeterRegistry} of WildFly's micrometer subsystem (scraped in Prometheus
 * format from the management port, {@code /metrics}; WildFly adds the label {@code WF_DEPLOYMENT="telerad.war"}):
 * <ul>
 * <li>{@code telerad_sla_open_tasks{state, priority}} (gauge) — running clocks by task state and priority;</li>
 * <li>{@code telerad_sla_open_tasks_due_within{within}} (gauge) — running clocks by time left until due
 * ({@code overdue}, {@code 5m}, {@code 30m}, {@code 1h}, {@code 4h}, {@code 24h}, {@code later});</li>
 * <li>{@code telerad_sla_time_to_due_seconds} (summary: count, sum, max) and
 * {@code telerad_sla_time_to_due_buckets_total{le}} (cumulative counters with the {@code le} label of a Prometheus
 * histogram, for {@code histogram_quantile}) — how long before its due instant each read was completed in time;</li>
 * <li>{@code telerad_sla_breaches_total} (counter) and {@code telerad_sla_breach_detection_delay_seconds}
 * (summary: fired instant minus due instant) — from {@link SlaBreached};</li>
 * <li>{@code telerad_sla_escalations_total{action}} (counter) — from {@link TaskEscalated};</li>
 * <li>{@code telerad_sla_met_total} (counter) — from {@link SlaMet}.</li>
 * </ul>
 *
 * <p>WildFly's per-deployment registry honours only the plain {@code counter/gauge/timer/summary} calls (meter
 * builders and registry configuration stay local to the deployment and are never exported), hence the histogram
 * made of counters (named {@code _buckets}: the Prometheus client drops a counter's {@code _bucket} suffix). Its meters also outlive a redeployment, so the meters are removed when the deployment stops
 * and any left over are replaced when it starts. Gauges read one snapshot of the clock table, taken on a scrape at
 * most every {@value #SNAPSHOT_MILLIS} ms (one grouped query). Events count after their transaction commits.
 * Without the micrometer subsystem (no {@code MeterRegistry} to inject) nothing is measured. Thread safe.
 */
@ApplicationScoped
public class SlaMeters {

    static final long SNAPSHOT_MILLIS = 5_000;
    /** Upper bounds (seconds) of the time-to-due histogram. */
    static final long[] TIME_TO_DUE_BUCKETS = { 60, 300, 900, 1800, 3600, 4 * 3600, 24 * 3600 };
    static final List<String> METER_NAMES = List.of("telerad.sla.open.tasks", "telerad.sla.open.tasks.due.within",
            "telerad.sla.time.to.due.seconds", "telerad.sla.time.to.due.buckets", "telerad.sla.breaches",
            "telerad.sla.breach.detection.delay", "telerad.sla.escalations", "telerad.sla.met");
    private static final System.Logger LOG = System.getLogger(SlaMeters.class.getName());

    private OpenClocks openClocks;
    private Clock clock;
    private MeterRegistry registry;
    /** What the gauges read; held here so that the registry's weak references stay valid. */
    private Gauges gauges;

    protected SlaMeters() {
        // for CDI proxies
    }

    @Inject
    public SlaMeters(Instance<MeterRegistry> registry, OpenClocks openClocks, Clock clock) {
        this(registry.isResolvable() ? registry.get() : null, openClocks, clock);
    }

    public SlaMeters(MeterRegistry registry, OpenClocks openClocks, Clock clock) {
        this.openClocks = Objects.requireNonNull(openClocks, "openClocks");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (registry == null) {
            LOG.log(System.Logger.Level.INFO, "No MeterRegistry (micrometer subsystem absent): SLA metrics are off");
            return;
        }
        this.registry = registry;
        removeMeters();
        register();
    }

    /** Creates the bean, and so registers the meters, while the deployment starts. */
    void start(@Observes SchemaMigrated migrated) {
        LOG.log(System.Logger.Level.DEBUG, "SLA metrics {0}", registry == null ? "off" : "registered");
    }

    @PreDestroy
    void stop() {
        if (registry != null) {
            removeMeters();
        }
    }

    private void removeMeters() {
        List<Meter> ours = new ArrayList<>();
        for (String name : METER_NAMES) {
            ours.addAll(registry.find(name).meters());
        }
        ours.forEach(registry::remove);
    }

    private void register() {
        gauges = new Gauges(this);
        for (TaskState state : TaskState.values()) {
            for (Priority priority : Priority.values()) {
                registry.gauge("telerad.sla.open.tasks", Tags.of("state", state.name(), "priority", priority.name()),
                        gauges, g -> g.meters.current().count(state, priority));
            }
        }
        for (DueWithin within : DueWithin.values()) {
            registry.gauge("telerad.sla.open.tasks.due.within", Tags.of("within", within.label()), gauges,
                    g -> g.meters.current().dueWithin(within));
        }
        registry.counter("telerad.sla.breaches");
        registry.counter("telerad.sla.met");
        for (EscalationAction action : EscalationAction.values()) {
            registry.counter("telerad.sla.escalations", "action", action.name());
        }
        registry.timer("telerad.sla.breach.detection.delay");
        registry.summary("telerad.sla.time.to.due.seconds");
        for (long le : TIME_TO_DUE_BUCKETS) {
            registry.counter("telerad.sla.time.to.due.buckets", "le", Long.toString(le));
        }
        registry.counter("telerad.sla.time.to.due.buckets", "le", "+Inf");
    }

    /** The snapshot of running clocks, refreshed when older than {@value #SNAPSHOT_MILLIS} ms. */
    OpenClockSnapshot current() {
        Gauges g = gauges;
        Instant now = clock.instant();
        OpenClockSnapshot s = g.snapshot;
        if (Duration.between(s.takenAt(), now).toMillis() < SNAPSHOT_MILLIS) {
            return s;
        }
        synchronized (g) {
            s = g.snapshot;
            if (Duration.between(s.takenAt(), now).toMillis() < SNAPSHOT_MILLIS) {
                return s;
            }
            try {
                s = openClocks.snapshot(now);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "SLA open-task gauges keep their last values: {0}",
                        e.getMessage());
                s = new OpenClockSnapshot(now, s.byStateAndPriority(), s.byTimeToDue());
            }
            g.snapshot = s;
            return s;
        }
    }

    void breached(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaBreached event) {
        if (registry == null) {
            return;
        }
        registry.counter("telerad.sla.breaches").increment();
        Duration late = Duration.between(event.dueAt(), event.firedAt());
        registry.timer("telerad.sla.breach.detection.delay").record(late.isNegative() ? Duration.ZERO : late);
    }

    void escalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) TaskEscalated event) {
        if (registry == null) {
            return;
        }
        registry.counter("telerad.sla.escalations", "action", event.action().name()).increment();
    }

    void metTarget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SlaMet event) {
        if (registry == null) {
            return;
        }
        registry.counter("telerad.sla.met").increment();
        double left = Math.max(0, Duration.between(event.firedAt(), event.dueAt()).toMillis()) / 1000.0;
        registry.summary("telerad.sla.time.to.due.seconds").record(left);
        for (long le : TIME_TO_DUE_BUCKETS) {
            if (left <= le) {
                registry.counter("telerad.sla.time.to.due.buckets", "le", Long.toString(le)).increment();
            }
        }
        registry.counter("telerad.sla.time.to.due.buckets", "le", "+Inf").increment();
    }

    /** The object the gauges observe. */
    private static final class Gauges {
        final SlaMeters meters;
        volatile OpenClockSnapshot snapshot = OpenClockSnapshot.empty(Instant.EPOCH);

        Gauges(SlaMeters meters) {
            this.meters = meters;
        }
    }
}
