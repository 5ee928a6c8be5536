package org.telerad.routing.hl7.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.telerad.routing.task.domain.ReadingTaskEvent.ReadingTaskScheduled;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * When a reading task was scheduled (after its transaction committed), joins the order that waited for its
 * study, in a transaction of its own, as Telerad itself. A failure leaves the order pending (logged without
 * patient data); the next order message for the accession joins it again.
 */
@ApplicationScoped
public class PendingOrderRelease {

    private static final System.Logger LOG = System.getLogger(PendingOrderRelease.class.getName());

    @Inject
    OrderJoin join;

    void onScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReadingTaskScheduled scheduled) {
        try {
            boolean joined = CurrentCaller.callAs(Caller.system("hl7"), () -> join.joinPending(scheduled.workitem()));
            if (joined) {
                LOG.log(System.Logger.Level.INFO, "Workitem {0} joined with its pending HL7 order",
                        scheduled.workitem().value());
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Workitem {0}: joining its pending HL7 order failed: {1}",
                    scheduled.workitem().value(), e.getClass().getName());
        }
    }
}
