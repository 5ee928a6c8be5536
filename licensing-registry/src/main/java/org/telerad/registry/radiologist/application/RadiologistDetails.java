package org.telerad.registry.radiologist.application;

import java.util.List;

/**
 * The command to register or revise a radiologist: raw values, validated by the service into one answer
 * naming every bad field ({@code /name/family}, {@code /identifiers/0/value}, {@code /homeCountry}, ...).
 * {@code subspecialties} are codes such as {@code neuro}; {@code homeCountry} an ISO 3166-1 code;
 * {@code username} the optional Keycloak username.
 */
public record RadiologistDetails(NameData name, List<IdentifierData> identifiers, String email, String username,
        List<String> subspecialties, String homeCountry) {
}
