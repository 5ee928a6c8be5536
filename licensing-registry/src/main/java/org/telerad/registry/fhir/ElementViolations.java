package org.telerad.registry.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.telerad.shared.problem.TeleradException;

/**
 * Collects what is wrong with an incoming resource, each under the FHIRPath expression of the offending
 * element ({@code Practitioner.qualification[0].extension[0].extension[1].value}), so that one
 * OperationOutcome names every problem. Not thread-safe; one per request.
 */
final class ElementViolations {

    /** One problem: where, the stable code and a sentence. */
    record Found(String expression, String code, String message) {
    }

    private final List<Found> found = new ArrayList<>();

    /** Runs a value-type factory; a validation refusal is recorded under {@code expression} and null returned. */
    <T> T check(String expression, Supplier<T> factory) {
        try {
            return factory.get();
        } catch (TeleradException e) {
            if (e.kind() != TeleradException.Kind.INVALID) {
                throw e;
            }
            add(expression, e.code(), e.getMessage());
            return null;
        }
    }

    void add(String expression, String code, String message) {
        found.add(new Found(expression, code, message));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Found> list() {
        return List.copyOf(found);
    }

    /** Throws 422 with an OperationOutcome naming every element, when anything was found. */
    void throwIfAny(String resourceType) {
        if (!found.isEmpty()) {
            throw FhirOutcomes.unprocessable(resourceType, found);
        }
    }
}
