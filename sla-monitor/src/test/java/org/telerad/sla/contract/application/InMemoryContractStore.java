package org.telerad.sla.contract.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The contract store as a list, for service tests. */
final class InMemoryContractStore implements ContractStore {

    final List<ContractVersion> rows = new ArrayList<>();

    @Override
    public Optional<ContractVersion> latest(String facilityCode) {
        return of(facilityCode).stream().findFirst();
    }

    @Override
    public Optional<ContractVersion> version(String facilityCode, int version) {
        return of(facilityCode).stream().filter(v -> v.version() == version).findFirst();
    }

    @Override
    public List<ContractVersion> versions(String facilityCode, int offset, int limit) {
        return of(facilityCode).stream().skip(offset).limit(limit).toList();
    }

    @Override
    public int count(String facilityCode) {
        return of(facilityCode).size();
    }

    @Override
    public boolean append(ContractVersion version) {
        if (version(version.facilityCode(), version.version()).isPresent()) {
            return false;
        }
        rows.add(version);
        return true;
    }

    private List<ContractVersion> of(String facilityCode) {
        return rows.stream().filter(v -> v.facilityCode().equals(facilityCode))
                .sorted(Comparator.comparingInt(ContractVersion::version).reversed()).toList();
    }
}
