package org.telerad.registry.api;

import java.util.Objects;

/**
 * CDI event: a record of the credentialing registry was created, updated or deactivated. The registry's
 * application services fire it inside the changing transaction; observers that keep derived views (the
 * eligibility snapshot) refresh after the transaction commits. {@code recordType} is {@code Radiologist},
 * {@code License}, {@code Facility} or {@code Privilege}; {@code recordId} its identifier.
 */
public record RegistryChanged(String recordType, String recordId) {

    public RegistryChanged {
        Objects.requireNonNull(recordType, "recordType");
    }

    public static RegistryChanged of(String recordType, Object recordId) {
        return new RegistryChanged(recordType, recordId == null ? null : recordId.toString());
    }
}
