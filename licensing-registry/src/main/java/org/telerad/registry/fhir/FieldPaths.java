package org.telerad.registry.fhir;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the fields of a registry command came from in the FHIR resource: the application services name
 * offending fields by their own paths ({@code /identifiers/0/value}, {@code jurisdiction}); the mappers record
 * here which FHIR element each field was read from, so that a refusal names the element the client sent.
 */
final class FieldPaths {

    private final String root;
    private final Map<String, String> expressions = new LinkedHashMap<>();

    private FieldPaths(String root) {
        this.root = root;
    }

    /** Paths under {@code root}: the resource type, or the element a nested command was read from. */
    static FieldPaths of(String root) {
        return new FieldPaths(root);
    }

    FieldPaths put(String field, String expression) {
        expressions.put(field, expression);
        return this;
    }

    /** The element a refusal that names no field is about. */
    String root() {
        return root;
    }

    /**
     * The FHIR expression for a registry field: an exact entry, else the entry of its longest parent path
     * ({@code /identifiers/0} for {@code /identifiers/0/value}), else the root element.
     */
    String expressionFor(String field) {
        if (field == null) {
            return root;
        }
        String exact = expressions.get(field);
        if (exact != null) {
            return exact;
        }
        String key = field;
        for (int slash = key.lastIndexOf('/'); slash > 0; slash = key.lastIndexOf('/')) {
            key = key.substring(0, slash);
            String parent = expressions.get(key);
            if (parent != null) {
                return parent;
            }
        }
        String bare = field.startsWith("/") ? field.substring(1) : field;
        String named = expressions.get(bare);
        return named != null ? named : root;
    }
}
