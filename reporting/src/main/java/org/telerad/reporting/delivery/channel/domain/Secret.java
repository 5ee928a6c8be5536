package org.telerad.reporting.delivery.channel.domain;

import java.util.Objects;

import org.telerad.reporting.delivery.DeliveryErrors;
import org.telerad.shared.problem.TeleradException;

/**
 * A credential of a channel (bearer token, password, client secret). Write-only towards people: it is stored,
 * handed to the channel adapter, and never printed, logged, audited or returned by the REST API.
 */
public final class Secret {

    static final int MAX_LENGTH = 4096;

    private final String value;

    private Secret(String value) {
        this.value = value;
    }

    /** A secret; rejects blank or oversized values (the message names the field, never the value). */
    public static Secret of(String field, String value) {
        if (value == null || value.isBlank()) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, field, field + " is required");
        }
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x20)) {
            throw TeleradException.invalid(DeliveryErrors.INVALID_CHANNEL, field,
                    field + " must be at most " + MAX_LENGTH + " printable characters");
        }
        return new Secret(value);
    }

    /** The value, for the adapter that authenticates with it. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "Secret[***]";
    }
}
