package org.telerad.routing.hl7.domain;

/** Where every received HL7 message is kept (table {@code hl7_message}). */
public interface Hl7Messages {

    /** Keeps the message; answers its row id. */
    long keep(ReceivedMessage message);
}
