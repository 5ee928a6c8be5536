package org.telerad.registry.common.application;

/**
 * Announces that a registry record changed, inside the changing transaction (observers that keep derived
 * views, such as the eligibility snapshot, refresh after commit). In a container it fires the CDI event
 * {@link org.telerad.registry.api.RegistryChanged}; tests record or ignore the calls.
 */
@FunctionalInterface
public interface RegistryEvents {

    void changed(String recordType, String recordId);

    static RegistryEvents ignored() {
        return (type, id) -> {
        };
    }
}
