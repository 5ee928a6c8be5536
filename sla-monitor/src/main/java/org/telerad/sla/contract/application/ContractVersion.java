package org.telerad.sla.contract.application;

import java.time.Instant;
import java.util.Objects;

import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * One version of a facility's contract as the store holds it: the terms, when and by whom they were stored, and
 * whether they are stored at all ({@code stored == false}: the built-in defaults a facility without a contract
 * reads under, as version 1).
 */
public record ContractVersion(TurnaroundContract contract, Instant storedAt, String storedBy, boolean stored) {

    /** Who version 1 of a facility is attributed to when it is the defaults. */
    public static final String DEFAULTS_AUTHOR = "telerad:defaults";

    public ContractVersion {
        Objects.requireNonNull(contract, "contract");
        if (stored) {
            Objects.requireNonNull(storedAt, "storedAt");
            Objects.requireNonNull(storedBy, "storedBy");
        }
    }

    /** The defaults of a facility that stored no contract: version 1, never stored. */
    public static ContractVersion defaultsOf(String facilityCode) {
        return new ContractVersion(TurnaroundContract.defaultsFor(facilityCode), null, DEFAULTS_AUTHOR, false);
    }

    public static ContractVersion stored(TurnaroundContract contract, Instant at, String by) {
        return new ContractVersion(contract, at, by, true);
    }

    public String facilityCode() {
        return contract.facilityCode();
    }

    public int version() {
        return contract.version();
    }
}
