package org.telerad.sla.contract.application;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.telerad.shared.problem.TeleradException;
import org.telerad.sla.contract.domain.SlaErrors;
import org.telerad.sla.contract.domain.TurnaroundContract;

/**
 * The {@link TurnaroundContracts} Telerad runs: the latest stored version, else the defaults as version 1. Reads
 * the store on every call (one indexed row set), so a revision stored on another node counts at once.
 */
@ApplicationScoped
public class StoredTurnaroundContracts implements TurnaroundContracts {

    private ContractStore store;

    protected StoredTurnaroundContracts() {
        // for CDI proxies
    }

    @Inject
    public StoredTurnaroundContracts(ContractStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public TurnaroundContract currentFor(String facilityCode) {
        return currentVersion(facilityCode).contract();
    }

    @Override
    public TurnaroundContract version(String facilityCode, int version) {
        return versionOf(facilityCode, version).contract();
    }

    ContractVersion currentVersion(String facilityCode) {
        SlaErrors.required(facilityCode, "facilityCode");
        return store.latest(facilityCode).orElseGet(() -> ContractVersion.defaultsOf(facilityCode));
    }

    ContractVersion versionOf(String facilityCode, int version) {
        SlaErrors.required(facilityCode, "facilityCode");
        return store.version(facilityCode, version).or(() -> version == 1 && store.count(facilityCode) == 0
                ? java.util.Optional.of(ContractVersion.defaultsOf(facilityCode))
                : java.util.Optional.empty())
                .orElseThrow(() -> TeleradException.notFound(SlaErrors.UNKNOWN_VERSION,
                        "Facility " + facilityCode + " has no contract version " + version));
    }
}
