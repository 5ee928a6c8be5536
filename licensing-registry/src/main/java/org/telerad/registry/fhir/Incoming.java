package org.telerad.registry.fhir;

/**
 * A resource a client sent, read into the registry's command: the command itself, the active flag it asks
 * for (null when the resource leaves it out) and where each command field came from, for naming elements
 * in refusals.
 */
record Incoming<T>(T command, Boolean active, FieldPaths paths) {
}
