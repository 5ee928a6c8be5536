package org.telerad.sla.contract.application;

import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * The port through which the SLA runtime finds the contract a task is timed under. A facility without a
 * stored contract reads under {@link TurnaroundContract#defaultsFor(String)} (version 1 of the defaults);
 * a stored contract is immutable per version, so a clock that remembers the version it started under can
 * always read the same terms again through {@link #version(String, int)}.
 *
 * <p>Implementations are application-scoped, thread safe and join the caller's transaction.
 */
public interface TurnaroundContracts {

    /** The contract in force for a facility now: its latest stored version, or the defaults. */
    TurnaroundContract currentFor(String facilityCode);

    /**
     * One version of a facility's contract; version 1 of a facility that never stored one is the defaults.
     *
     * @throws org.telerad.shared.problem.TeleradException (not found) when that version does not exist
     */
    TurnaroundContract version(String facilityCode, int version);
}
