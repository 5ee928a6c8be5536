package org.telerad.registry.privilege.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.telerad.registry.common.domain.Page;
import org.telerad.registry.common.domain.PageRequest;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.radiologist.domain.RadiologistId;

/** Where privileges are kept. Implementations: {@code JpaPrivilegeRepository}, in-memory fakes in tests. */
public interface PrivilegeRepository {

    Optional<Privilege> find(PrivilegeId id);

    /** The privilege of a radiologist at a facility that is not revoked, if any. */
    Optional<Privilege> findCurrent(RadiologistId radiologist, FacilityId facility);

    Privilege add(Privilege privilege);

    /** Stores a change; throws {@code TELERAD-REGISTRY-040} (412) when the stored version moved on. */
    Privilege update(Privilege privilege);

    /** Ordered by facility code, then grantedAt. */
    Page<Privilege> search(PrivilegeCriteria criteria, PageRequest page);

    /** Privileges not revoked whose validTo lies from {@code from} to {@code to}, inclusive, by validTo. */
    List<Privilege> endingBetween(LocalDate from, LocalDate to);

    /** All privileges that are not revoked, of any radiologist (the expiry report maps licenses to facilities). */
    List<Privilege> current();
}
