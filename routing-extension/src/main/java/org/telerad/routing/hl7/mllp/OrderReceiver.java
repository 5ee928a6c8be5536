package org.telerad.routing.hl7.mllp;

import java.util.Map;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.protocol.ReceivingApplication;
import ca.uhn.hl7v2.protocol.ReceivingApplicationExceptionHandler;
import ca.uhn.hl7v2.protocol.impl.ApplicationRouterImpl;

import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;
import org.telerad.routing.hl7.domain.OrderReading;

/**
 * HAPI's receiving application for every message type, and its exception handler for messages HAPI cannot
 * parse: reads the order, hands it to the intake ({@code (header, raw, reading) -> outcome}) and answers the
 * ACK. Messages that cannot be parsed are rejected (AR) and still kept. The raw text is never logged.
 */
public final class OrderReceiver implements ReceivingApplication<Message>, ReceivingApplicationExceptionHandler {

    /** The intake: keeps the message and acts on it, answering the outcome. */
    @FunctionalInterface
    public interface Intake {
        MessageOutcome take(MessageHeader header, String raw, OrderReading reading);
    }

    private final Intake intake;
    private final OrderMessageReader reader = new OrderMessageReader();
    private final Acknowledgements acknowledgements;

    public OrderReceiver(Intake intake, Acknowledgements acknowledgements) {
        this.intake = intake;
        this.acknowledgements = acknowledgements;
    }

    @Override
    public Message processMessage(Message message, Map<String, Object> metadata) {
        Object raw = metadata == null ? null : metadata.get(ApplicationRouterImpl.RAW_MESSAGE_KEY);
        String text = raw instanceof String s ? s : encoded(message);
        MessageHeader header = MessageHeader.fromRaw(text);
        OrderReading reading;
        try {
            reading = reader.read(message);
        } catch (RuntimeException e) {
            reading = new OrderReading.Refused(MessageOutcome.error("the message could not be read ("
                    + e.getClass().getSimpleName() + ")", null, 207));
        }
        return acknowledgements.message(header, intake.take(header, text, reading));
    }

    /** A message no parser accepts (not HL7, no MSH, broken segments): rejected, kept, answered. */
    @Override
    public String processException(String incoming, Map<String, Object> metadata, String outgoing, Exception e) {
        MessageHeader header = MessageHeader.fromRaw(incoming);
        String reason = header.messageType() == null
                ? "not an HL7 v2 message: it must start with an MSH segment naming the message type (MSH-9)"
                : "the message could not be parsed as HL7 v2 (" + kind(e) + ")";
        MessageOutcome outcome = MessageOutcome.rejected(reason, header.messageType() == null ? "MSH" : null,
                header.messageType() == null ? 100 : 102);
        return acknowledgements.text(header, intake.take(header, incoming, new OrderReading.Refused(outcome)));
    }

    @Override
    public boolean canProcess(Message message) {
        return true;
    }

    private static String kind(Exception e) {
        if (e instanceof HL7Exception h && h.getErrorCode() > 0) {
            return "HL7 error " + h.getErrorCode();
        }
        return e.getClass().getSimpleName();
    }

    private static String encoded(Message message) {
        try {
            return message.encode();
        } catch (HL7Exception e) {
            return "";
        }
    }

}
