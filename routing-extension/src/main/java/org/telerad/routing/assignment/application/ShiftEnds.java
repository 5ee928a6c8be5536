package org.telerad.routing.assignment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.telerad.registry.api.Eligibility;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Every minute, takes SCHEDULED (not yet claimed) tasks away from readers whose shift at the task's facility has
 * ended and re-routes them with trigger {@value #TRIGGER}, through the same pass as {@link LostCredentials}
 * ({@link AssignmentRecheck}, {@link TaskReleases#reassignAway}): the reader is excluded, routing's
 * {@code OnShift} rule keeps the task with readers on shift, and without one it waits in the unroutable queue.
 * Each task's registry eligibility is asked first (availability answers from the registry state of that
 * question); a reader who is no longer eligible at all (a license that simply expired fires no registry change)
 * loses the task with {@link LostCredentials}'s trigger. A claimed (IN PROGRESS) task always stays with its
 * reader: PS3.4 has no way back to SCHEDULED. Bounded: at most {@link #MAX_TASKS} tasks per run in batches of
 * {@link #BATCH}. Non-persistent timer, so each node runs its own; a task whose row another node holds is
 * skipped ({@code FOR UPDATE SKIP LOCKED}) and looked at again a minute later, and under the lock the task must
 * still be SCHEDULED and still the reader's, so two nodes never both re-route one task. Runs outside any
 * transaction, as Telerad itself; each task in a transaction of its own.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ShiftEnds {

    static final String TRIGGER = "reader off shift";
    static final int BATCH = 200;
    static final int MAX_TASKS = 2_000;
    private static final System.Logger LOG = System.getLogger(ShiftEnds.class.getName());

    @Inject
    AssignedTasks assigned;

    @Inject
    Eligibility eligibility;

    @Inject
    Availability availability;

    @Inject
    TaskReleases releases;

    @Inject
    Clock clock;

    @Schedule(second = "45", minute = "*", hour = "*", persistent = false, info = "telerad-shift-ends")
    void everyMinute() {
        try {
            int moved = CurrentCaller.callAs(Caller.system("shift check"), this::recheck);
            if (moved > 0) {
                LOG.log(System.Logger.Level.INFO, "{0} task(s) re-routed away from readers off shift or no longer"
                        + " eligible", moved);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Checking shifts of assigned tasks failed: {0}",
                    e instanceof TeleradException t ? t.code() : e.getClass().getName());
        }
    }

    /** One pass over the assigned SCHEDULED tasks; answers how many were taken away and re-routed. */
    public int recheck() {
        Instant now = clock.instant();
        return AssignmentRecheck.pass(assigned, releases, BATCH, MAX_TASKS, true, a -> triggerFor(a, now));
    }

    /** Empty when the reader keeps the task; else why it is taken away. */
    Optional<String> triggerFor(AssignedTasks.Assigned a, Instant now) {
        if (a.facilityCode() == null) {
            return Optional.empty(); // routed without a facility only as unroutable: nothing to check
        }
        if (!LostCredentials.stillEligible(eligibility, a, now)) {
            return Optional.of(LostCredentials.TRIGGER);
        }
        return availability.unavailableBecause(a.assigneeId(), a.facilityCode(), now).map(why -> TRIGGER);
    }
}
