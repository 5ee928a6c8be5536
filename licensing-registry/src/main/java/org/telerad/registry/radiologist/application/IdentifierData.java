package org.telerad.registry.radiologist.application;

/** One identifier (system URI and value) as interfaces send and receive it. */
public record IdentifierData(String system, String value) {
}
