package org.telerad.registry.common.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * Collects what is wrong with an input so that one answer names every offending field. Each
 * {@link #check(String, Supplier)} runs a value-type factory; a validation refusal is recorded under the
 * given field path (for example {@code /licenses/0/jurisdiction}) and the factory's result becomes null.
 * Not thread-safe; use one per request.
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();
    private String firstCode;

    public <T> T check(String field, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (TeleradException e) {
            if (e.kind() != TeleradException.Kind.INVALID) {
                throw e;
            }
            if (firstCode == null) {
                firstCode = e.code();
            }
            found.add(new FieldViolation(field, e.getMessage()));
            return null;
        }
    }

    /** Records a violation found by the caller. */
    public void add(String code, String field, String message) {
        if (firstCode == null) {
            firstCode = code;
        }
        found.add(new FieldViolation(field, message));
    }

    public <T> T require(String field, T value, String what) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add("TELERAD-REGISTRY-010", field, what + " is required");
            return null;
        }
        return value;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /**
     * Throws one validation refusal naming every field, when any was found. The code is the code of the
     * first violation, so that a single bad field keeps its specific code ({@code TELERAD-REGISTRY-011} for
     * an NPI).
     */
    public void throwIfAny(String what) {
        if (!found.isEmpty()) {
            String sentence = found.size() == 1 ? what + ": " + found.get(0).field() + ": " + found.get(0).message()
                    : what + ": " + found.size() + " fields are invalid";
            throw TeleradException.invalid(firstCode, sentence, found);
        }
    }
}
