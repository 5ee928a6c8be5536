package org.telerad.sla.clock.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.application.TurnaroundContracts;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * The contracts clocks are timed under, through {@link TurnaroundContracts}; when no contract store is deployed
 * every facility reads under version 1 of the defaults.
 */
@ApplicationScoped
public class ContractsInForce {

    @Inject
    Instance<TurnaroundContracts> contracts;

    /** The facility's contract now. */
    public TurnaroundContract currentFor(String facilityCode) {
        if (contracts == null || !contracts.isResolvable()) {
            return TurnaroundContract.defaultsFor(facilityCode);
        }
        return contracts.get().currentFor(facilityCode);
    }

    /** The version a clock started under. */
    public TurnaroundContract version(String facilityCode, int version) {
        if (contracts == null || !contracts.isResolvable()) {
            if (version == 1) {
                return TurnaroundContract.defaultsFor(facilityCode);
            }
            throw TeleradException.notFound(SlaErrors.VERSION, "There is no version " + version
                    + " of the turnaround contract of " + facilityCode + ".");
        }
        return contracts.get().version(facilityCode, version);
    }
}
