package org.telerad.registry.radiologist.domain;

import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;

/** Where radiologists are kept. Implementations: {@code JpaRadiologistRepository}, in-memory fakes in tests. */
public interface RadiologistRepository {

    Optional<Radiologist> find(RadiologistId id);

    Optional<Radiologist> findByUsername(Username username);

    /** Stores a new radiologist and answers it as stored (version 0). */
    Radiologist add(Radiologist radiologist);

    /**
     * Stores a changed radiologist whose {@code version} is the one it was loaded with; answers it with its
     * new version. Throws {@code TELERAD-REGISTRY-040} (412) when someone else stored a change meanwhile.
     */
    Radiologist update(Radiologist radiologist);

    /** Radiologists carrying this identifier (system and value), ordered by family name, given name, id. */
    java.util.List<Radiologist> findByIdentifier(Identifier identifier);

    /** Ordered by family name, given name, id. */
    Page<Radiologist> search(RadiologistCriteria criteria, PageRequest page);
}
