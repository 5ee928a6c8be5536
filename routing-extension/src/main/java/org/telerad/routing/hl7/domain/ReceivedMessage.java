package org.telerad.routing.hl7.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One message as received and answered, the way it is kept: when, its header, the raw text (personal data:
 * stored, never logged) and the outcome.
 */
public record ReceivedMessage(Instant receivedAt, MessageHeader header, String raw, MessageOutcome outcome) {

    public ReceivedMessage {
        Objects.requireNonNull(receivedAt, "receivedAt");
        header = header == null ? MessageHeader.unknown() : header;
        raw = raw == null ? "" : raw;
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public String toString() {
        return "ReceivedMessage[" + header.typeOrUnknown() + ", control id " + header.controlId() + ", "
                + outcome.code() + "]";
    }
}
