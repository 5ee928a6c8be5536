package org.telerad.registry.radiologist.application;

/** A person's name as interfaces send and receive it. */
public record NameData(String family, String given, String prefix, String suffix) {
}
