package org.telerad.reporting.delivery.outbox.domain;

import java.util.Set;

/**
 * A filter of the delivery list: a state (null: any) and the facilities to include ({@code null}: every
 * facility, for roles that see all of them; a facility admin's list is never null).
 */
public record DeliveryQuery(DeliveryState state, Set<String> facilityCodes, java.util.UUID reportId) {
    public DeliveryQuery {
        facilityCodes = facilityCodes == null ? null : Set.copyOf(facilityCodes);
    }
}
