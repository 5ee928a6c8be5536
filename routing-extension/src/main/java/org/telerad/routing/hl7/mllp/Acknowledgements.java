package org.telerad.routing.hl7.mllp;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.v251.message.ACK;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;

import org.telerad.routing.hl7.domain.MessageHeader;
import org.telerad.routing.hl7.domain.MessageOutcome;

/**
 * Builds the original-mode ACK Telerad answers every message with: MSH addressed back to the sender (its
 * version echoed, 2.5.1 when unknown), MSA-1 the code, MSA-2 the message's control id, MSA-3 the reason; for a
 * refusal an ERR segment with the location (ERR-2), the HL7 error code (ERR-3, table 0357), severity E (ERR-4)
 * and the reason (ERR-8).
 */
public final class Acknowledgements {

    static final String APPLICATION = "TELERAD";
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Clock clock;

    public Acknowledgements(Clock clock) {
        this.clock = clock;
    }

    public ACK message(MessageHeader incoming, MessageOutcome outcome) {
        try {
            ACK ack = new ACK();
            Terser t = new Terser(ack);
            ack.getMSH().getFieldSeparator().setValue("|");
            ack.getMSH().getEncodingCharacters().setValue("^~\\&");
            t.set("/MSH-3-1", APPLICATION);
            t.set("/MSH-4-1", incoming.receivingFacility() != null ? incoming.receivingFacility() : APPLICATION);
            set(t, "/MSH-5-1", incoming.sendingApplication());
            set(t, "/MSH-6-1", incoming.sendingFacility());
            t.set("/MSH-7-1", TS.format(clock.instant()));
            t.set("/MSH-9-1", "ACK");
            String type = incoming.messageType();
            if (type != null && type.indexOf('^') > 0) {
                t.set("/MSH-9-2", type.substring(type.indexOf('^') + 1));
            }
            t.set("/MSH-9-3", "ACK");
            t.set("/MSH-10", ControlIds.next(clock));
            t.set("/MSH-11-1", "P");
            t.set("/MSH-12-1", incoming.version() != null ? incoming.version() : "2.5.1");
            t.set("/MSA-1", outcome.code().name());
            set(t, "/MSA-2", incoming.controlId());
            set(t, "/MSA-3", outcome.reason());
            if (!outcome.isAccepted()) {
                if (outcome.location() != null) {
                    String[] parts = outcome.location().split("-", 2);
                    t.set("/ERR-2-1", parts[0]);
                    if (parts.length > 1) {
                        t.set("/ERR-2-3", parts[1]);
                    }
                }
                t.set("/ERR-3-1", Integer.toString(outcome.errorCode()));
                t.set("/ERR-3-3", "HL70357");
                t.set("/ERR-4", "E");
                t.set("/ERR-8", outcome.reason());
            }
            return ack;
        } catch (HL7Exception e) {
            throw new IllegalStateException("could not build the acknowledgement", e);
        }
    }

    /** The ACK as ER7 text. */
    public String text(MessageHeader incoming, MessageOutcome outcome) {
        try {
            return new PipeParser().encode(message(incoming, outcome));
        } catch (HL7Exception e) {
            throw new IllegalStateException("could not encode the acknowledgement", e);
        }
    }

    private static void set(Terser t, String path, String value) throws HL7Exception {
        if (value != null) {
            t.set(path, value);
        }
    }
}
