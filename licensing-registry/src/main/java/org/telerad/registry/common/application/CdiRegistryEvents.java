package org.telerad.registry.common.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.telerad.registry.api.RegistryChanged;

/** {@link RegistryEvents} as the CDI event {@link RegistryChanged}, fired synchronously in the caller's transaction. */
@ApplicationScoped
public class CdiRegistryEvents implements RegistryEvents {

    @Inject
    Event<RegistryChanged> event;

    @Override
    public void changed(String recordType, String recordId) {
        event.fire(RegistryChanged.of(recordType, recordId));
    }
}
