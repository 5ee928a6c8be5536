package org.telerad.sla.contract.application;

import java.util.List;
import java.util.Optional;

/**
 * Where contract versions are kept. Versions are append-only: {@link #append} refuses (answers false) a version
 * that already exists, which is how two concurrent revisions of one facility are told apart. Joins the caller's
 * transaction.
 */
public interface ContractStore {

    /** The highest stored version of a facility. */
    Optional<ContractVersion> latest(String facilityCode);

    Optional<ContractVersion> version(String facilityCode, int version);

    /** Stored versions, newest first. */
    List<ContractVersion> versions(String facilityCode, int offset, int limit);

    int count(String facilityCode);

    /** Stores a new version; false when that version of the facility exists already. */
    boolean append(ContractVersion version);
}
