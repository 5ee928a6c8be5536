package org.telerad.registry.radiologist.application;

import java.util.List;

/** A radiologist as interfaces show it; {@code version} is the ETag. Subspecialties are sorted codes. */
public record RadiologistView(String id, long version, NameData name, List<IdentifierData> identifiers,
        String email, String username, List<String> subspecialties, String homeCountry, boolean active) {
}
