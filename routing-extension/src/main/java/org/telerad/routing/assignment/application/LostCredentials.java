package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.registry.api.EligibilityQuery;
import org.telerad.registry.api.Modality;
import org.telerad.registry.api.RegistryChanged;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Re-routes SCHEDULED tasks whose radiologist lost what made them eligible (license expired or revoked,
 * privilege ended, radiologist or facility deactivated): after every committed registry change, each assigned
 * SCHEDULED task is asked again of {@link Eligibility} (license where the patient was scanned, privilege at the
 * facility for the modality and read type, at this instant), and a task whose assignee is no longer eligible is
 * taken away from them and re-routed with trigger {@value #TRIGGER}. Bounded: at most {@link #MAX_TASKS} tasks
 * per run, read in batches of {@link #BATCH}, on the managed executor after the change committed (each task
 * re-routed in a transaction of its own); runs do not overlap (a change during a run asks for one more run).
 * {@link ShiftEnds} runs the same pass every minute for readers who went off shift.
 */
@ApplicationScoped
public class LostCredentials {

    static final String TRIGGER = "license or privilege no longer valid";
    static final int BATCH = 200;
    static final int MAX_TASKS = 5_000;
    private static final System.Logger LOG = System.getLogger(LostCredentials.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    @Inject
    AssignedTasks assigned;

    @Inject
    Eligibility eligibility;

    @Inject
    TaskReleases releases;

    @Inject
    Clock clock;

    /** Runs the re-check off the committing thread (null in tests: inline). */
    @Resource
    ManagedExecutorService executor;

    void onRegistryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RegistryChanged change) {
        again.set(true);
        start();
    }

    private void start() {
        if (!running.compareAndSet(false, true)) {
            return; // the run under way goes round once more
        }
        if (executor == null) {
            run();
            return;
        }
        try {
            executor.execute(this::run);
        } catch (RejectedExecutionException e) {
            running.set(false);
            LOG.log(System.Logger.Level.WARNING, "Assigned tasks not re-checked after a registry change (executor"
                    + " busy); the next change re-checks them");
        }
    }

    private void run() {
        try {
            CurrentCaller.runAs(Caller.system("credential re-check"), () -> {
                while (again.getAndSet(false)) {
                    int moved = recheck();
                    if (moved > 0) {
                        LOG.log(System.Logger.Level.INFO, "{0} task(s) re-routed: " + TRIGGER, moved);
                    }
                }
            });
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Re-checking assigned tasks after a registry change failed: {0}",
                    e instanceof TeleradException t ? t.code() : e.getClass().getName());
        } finally {
            running.set(false);
        }
        if (again.get()) {
            start(); // a change arrived as this run ended
        }
    }

    /** One pass over the assigned SCHEDULED tasks; answers how many were taken away and re-routed. */
    public int recheck() {
        Instant now = clock.instant();
        return AssignmentRecheck.pass(assigned, releases, BATCH, MAX_TASKS, false,
                a -> stillEligible(a, now) ? Optional.empty() : Optional.of(TRIGGER));
    }

    boolean stillEligible(AssignedTasks.Assigned a, Instant now) {
        return stillEligible(eligibility, a, now);
    }

    /** Whether the task's reader may still read it, asked of the registry at {@code now}. */
    static boolean stillEligible(Eligibility eligibility, AssignedTasks.Assigned a, Instant now) {
        if (a.facilityCode() == null || a.modality() == null || a.modality().isBlank()) {
            return true; // routed without these only as unroutable: nothing to re-check
        }
        try {
            Modality modality = Modality.of(a.modality().split("\\\\")[0]);
            return eligibility.evaluate(EligibilityQuery.of(a.facilityCode(), modality, a.readType(), now))
                    .isEligible(a.assigneeId());
        } catch (TeleradException e) {
            // unknown or deactivated facility (TELERAD-ELIG-00x): nobody may read there any more
            return !e.code().startsWith("TELERAD-ELIG-");
        }
    }
}
