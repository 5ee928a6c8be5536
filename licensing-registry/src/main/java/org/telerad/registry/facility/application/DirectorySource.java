package org.telerad.registry.facility.application;

import org.telerad.registry.facility.domain.FacilityIndex;

/**
 * Where the facility directory's index comes from (the registry tables in production, fixtures in tests). The
 * revision changes, transactionally, with every committed change of the registry.
 */
public interface DirectorySource {

    /** The registry revision now; cheap (one indexed row). */
    long currentRevision();

    /** Loads every facility with its identifiers as one consistent index. */
    FacilityIndex load();
}
