package org.telerad.shared.problem;

import java.util.Objects;

/**
 * One invalid input field: {@code field} is a JSON-pointer-like path ({@code /licenses/0/jurisdiction})
 * and {@code message} says what is wrong with it in plain words.
 */
public record FieldViolation(String field, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
