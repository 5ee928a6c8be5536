package org.telerad.reporting.delivery.outbox.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a delivery is: {@code PENDING} (queued, retrying, or waiting for an earlier version of the same report on
 * the same channel), {@code DELIVERED} (the receiver accepted it; final), {@code DEAD_LETTER} (refused, or given
 * up after the last attempt; an administrator may send it back to {@code PENDING}).
 */
public enum DeliveryState {
    PENDING, DELIVERED, DEAD_LETTER;

    /** The name in JSON ({@code pending}, {@code delivered}, {@code dead-letter}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DeliveryState> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (DeliveryState state : values()) {
            if (state.code().equalsIgnoreCase(code.strip()) || state.name().equalsIgnoreCase(code.strip())) {
                return Optional.of(state);
            }
        }
        return Optional.empty();
    }
}
