package org.telerad.registry.eligibility.application;

import org.telerad.registry.eligibility.domain.RegistrySnapshot;

/**
 * Where snapshots come from (the registry's tables in production, a fixed snapshot in tests). The revision
 * is a number that changes, transactionally, with every committed change of the registry.
 */
public interface SnapshotSource {

    /** The registry revision now; cheap (one indexed row). */
    long currentRevision();

    /** Loads every radiologist, license, facility and privilege as one consistent snapshot. */
    RegistrySnapshot load();
}
