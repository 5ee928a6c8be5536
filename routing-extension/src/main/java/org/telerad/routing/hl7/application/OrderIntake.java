package org.telerad.routing.hl7.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderReading;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * Takes in one received HL7 message, as Telerad itself (caller {@code telerad:hl7}): an order is joined
 * ({@link OrderJoin}) and kept with its effect; a refused message, or one whose processing failed (AE with the
 * reason), is kept on its own. Answers the outcome for the ACK. Never throws for a bad message.
 */
@ApplicationScoped
public class OrderIntake {

    private static final System.Logger LOG = System.getLogger(OrderIntake.class.getName());

    @Inject
    OrderJoin join;

    @Inject
    MessageJournal journal;

    public MessageOutcome take(MessageHeader header, String raw, OrderReading reading) {
        return CurrentCaller.callAs(Caller.system("hl7"), () -> takeAsTelerad(header, raw, reading));
    }

    private MessageOutcome takeAsTelerad(MessageHeader header, String raw, OrderReading reading) {
        if (reading instanceof OrderReading.Refused refused) {
            return keepAlone(header, raw, refused.outcome());
        }
        OrderReading.Read read = (OrderReading.Read) reading;
        try {
            return join.take(header, raw, read.order());
        } catch (TeleradException e) {
            return keepAlone(header, raw, MessageOutcome.error(e.getMessage(), null, 207));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "HL7 message {0} could not be processed: {1}", header.controlId(),
                    e.getClass().getName());
            return keepAlone(header, raw, MessageOutcome.error(
                    "the order could not be processed (" + e.getClass().getSimpleName() + "); send it again", null,
                    207));
        }
    }

    private MessageOutcome keepAlone(MessageHeader header, String raw, MessageOutcome outcome) {
        try {
            journal.keepAlone(header, raw, outcome);
            return outcome;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "HL7 message {0} could not be kept: {1}", header.controlId(),
                    e.getClass().getName());
            return MessageOutcome.error("the message could not be stored; send it again", null, 207);
        }
    }
}
