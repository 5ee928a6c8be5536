package org.telerad.routing.hl7.domain;

import java.util.Objects;

/**
 * How Telerad answered a message: the acknowledgment code, the reason (MSA-3 / ERR-8; never patient values),
 * where the problem is (ERR-2, e.g. {@code OBR-18}; null when not one field) and the HL7 error code (table
 * 0357: 0 accepted, 100 segment sequence, 101 required field missing, 102 data type, 200 unsupported message
 * type, 201 unsupported event, 207 application internal error).
 */
public record MessageOutcome(AckCode code, String reason, String location, int errorCode) {

    public MessageOutcome {
        Objects.requireNonNull(code, "code");
        if (code != AckCode.AA && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a refusal says why");
        }
    }

    public static MessageOutcome accepted(String note) {
        return new MessageOutcome(AckCode.AA, note, null, 0);
    }

    public static MessageOutcome missing(String location, String what) {
        return new MessageOutcome(AckCode.AE, location + " (" + what + ") is required", location, 101);
    }

    public static MessageOutcome error(String reason, String location, int errorCode) {
        return new MessageOutcome(AckCode.AE, reason, location, errorCode);
    }

    public static MessageOutcome rejected(String reason, String location, int errorCode) {
        return new MessageOutcome(AckCode.AR, reason, location, errorCode);
    }

    public boolean isAccepted() {
        return code == AckCode.AA;
    }
}
