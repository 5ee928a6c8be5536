package org.telerad.routing.hl7.domain;

import java.util.Objects;

/** An order as kept: its row id, the control id of its message, the order and where it stands. */
public record KeptOrder(long id, String controlId, ImagingOrder order, OrderState state) {

    public KeptOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(state, "state");
    }
}
