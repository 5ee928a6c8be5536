package org.telerad.reporting.delivery.channel.domain;

import java.util.Objects;

/**
 * What a receiver made of one delivery attempt. {@link Delivered}: accepted (HL7 AA, FHIR 2xx).
 * {@link Failed}: not accepted this time, worth retrying (unreachable, timeout, HL7 AE, FHIR 5xx / 429);
 * {@code unreachable} when the receiver could not be reached or did not answer at all (the worker then spares the
 * receiver the rest of its batch).
 * {@link Refused}: the receiver will not accept it as it is (HL7 AR, FHIR 4xx): dead-lettered for an administrator.
 * Reasons are short, come from the receiver or the transport, and must not contain report text.
 */
public sealed interface DeliveryOutcome {

    /** One line for the attempt list and the audit trail. */
    String detail();

    static Delivered delivered(String receipt) {
        return new Delivered(receipt);
    }

    static Failed failed(String reason) {
        return new Failed(reason, false);
    }

    /** A failure to reach the receiver at all: no connection, or no answer in time. */
    static Failed unreachable(String reason) {
        return new Failed(reason, true);
    }

    static Refused refused(String reason) {
        return new Refused(reason);
    }

    record Delivered(String receipt) implements DeliveryOutcome {
        public Delivered {
            receipt = Reasons.clip(receipt);
        }

        @Override
        public String detail() {
            return receipt;
        }
    }

    record Failed(String reason, boolean unreachable) implements DeliveryOutcome {
        public Failed {
            reason = Reasons.clip(Objects.requireNonNull(reason, "reason"));
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    record Refused(String reason) implements DeliveryOutcome {
        public Refused {
            reason = Reasons.clip(Objects.requireNonNull(reason, "reason"));
        }

        @Override
        public String detail() {
            return reason;
        }
    }

    /** Reasons are kept to one line of at most 500 characters. */
    final class Reasons {
        static final int MAX = 500;

        private Reasons() {
        }

        static String clip(String text) {
            if (text == null) {
                return "";
            }
            String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
            return line.length() <= MAX ? line : line.substring(0, MAX - 1) + "…";
        }
    }
}
