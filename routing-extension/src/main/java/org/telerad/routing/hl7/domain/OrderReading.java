package org.telerad.routing.hl7.domain;

import java.util.Objects;

/** What reading a message gave: an imaging order, or the refusal of the message with its reason. */
public sealed interface OrderReading {

    /** The message carries an order Telerad acts on. */
    record Read(ImagingOrder order) implements OrderReading {
        public Read {
            Objects.requireNonNull(order, "order");
        }
    }

    /** The message is refused (AE or AR), with why. */
    record Refused(MessageOutcome outcome) implements OrderReading {
        public Refused {
            if (Objects.requireNonNull(outcome, "outcome").isAccepted()) {
                throw new IllegalArgumentException("a refusal is not accepted");
            }
        }
    }
}
