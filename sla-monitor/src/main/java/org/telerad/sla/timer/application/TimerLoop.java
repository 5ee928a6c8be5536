package org.telerad.sla.timer.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.shared.lifecycle.SchemaMigrated;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.domain.TimersChanged;

/**
 * The SLA timer loop: one dedicated thread per node (from the container's {@code DefaultManagedThreadFactory},
 * so it has the application's context), started once the schema is migrated and stopped on undeploy. It fires
 * every due timer ({@link TimerFiring#fireNext}, one transaction each), then sleeps until the earliest pending
 * timer, at most {@code telerad.sla.idle-poll-ms} (default 5000: timers another node scheduled, or left behind by
 * a node that stopped), and is woken at once when a transaction that scheduled an earlier timer commits. Timers
 * that fell due while Telerad was down fire at the first pass, their due and fired instants both recorded.
 * Idle, it costs one indexed query per poll. {@code telerad.sla.timer-loop=false} turns it off.
 */
@ApplicationScoped
public class TimerLoop {

    static final int FAILURES_BEFORE_DROP = 10;
    private static final System.Logger LOG = System.getLogger(TimerLoop.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    ManagedThreadFactory threads;

    @Inject
    TimerFiring firing;

    @Inject
    Clock clock;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private Instant wakeAt;
    private volatile boolean running;
    private Thread thread;

    void start(@Observes SchemaMigrated migrated) {
        if (!Boolean.parseBoolean(System.getProperty("telerad.sla.timer-loop", "true"))) {
            LOG.log(System.Logger.Level.INFO, "SLA timer loop disabled (telerad.sla.timer-loop=false)");
            return;
        }
        running = true;
        thread = threads.newThread(() -> CurrentCaller.runAs(Caller.system("sla-timers"), this::loop));
        thread.setName("telerad-sla-timers");
        thread.setDaemon(true);
        thread.start();
        LOG.log(System.Logger.Level.INFO, "SLA timer loop started");
    }

    /** Wakes the loop when a committed change scheduled a timer earlier than it sleeps until. */
    void timersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TimersChanged changed) {
        wake(changed.earliest());
    }

    /** Wakes the loop if it sleeps past {@code due}. */
    public void wake(Instant due) {
        lock.lock();
        try {
            if (wakeAt == null || due.isBefore(wakeAt)) {
                wakeAt = due;
                woken.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            try {
                t.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
            LOG.log(System.Logger.Level.INFO, "SLA timer loop stopped");
        }
    }

    private void loop() {
        long idlePoll = Long.getLong("telerad.sla.idle-poll-ms", 5_000L);
        int failures = 0;
        pause(Long.getLong("telerad.sla.start-delay-ms", 1_000L)); // let the deployment finish first
        while (running) {
            try {
                Optional<FiredTimer> fired = firing.fireNext(clock.instant());
                failures = 0;
                if (fired.isPresent()) {
                    continue;
                }
                Instant now = clock.instant();
                Instant until = firing.nextDue().filter(n -> n.isBefore(now.plusMillis(idlePoll)))
                        .orElse(now.plusMillis(idlePoll));
                sleepUntil(until);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                failures++;
                LOG.log(System.Logger.Level.WARNING, "SLA timer failed ({0} in a row): {1}", failures,
                        e instanceof TeleradException t ? t.code() : e.getClass().getName());
                if (failures >= FAILURES_BEFORE_DROP) {
                    dropOne();
                    failures = 0;
                }
                pause(1_000);
            }
        }
    }

    private void dropOne() {
        try {
            firing.drop(clock.instant()).ifPresent(t -> LOG.log(System.Logger.Level.ERROR,
                    "SLA timer {0} of clock {1} dropped after {2} failures", t.timer().key(), t.timer().taskId(),
                    FAILURES_BEFORE_DROP));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Dropping a failing SLA timer failed: {0}", e.getClass().getName());
        }
    }

    private void sleepUntil(Instant until) {
        lock.lock();
        try {
            if (wakeAt == null || until.isBefore(wakeAt)) {
                wakeAt = until;
            }
            while (running) {
                long nanos = Duration.between(clock.instant(), wakeAt).toNanos();
                if (nanos <= 0) {
                    break;
                }
                woken.awaitNanos(nanos);
            }
            wakeAt = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
