package org.telerad.registry.privilege.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.telerad.registry.availability.domain.WeeklyAvailability;
import org.telerad.registry.common.domain.Validity;
import org.telerad.registry.facility.domain.FacilityCode;
import org.telerad.registry.facility.domain.FacilityId;
import org.telerad.registry.radiologist.domain.RadiologistId;
import org.telerad.shared.problem.TeleradException;

/**
 * A facility's permission for one radiologist to read its studies: the aggregate root for its status,
 * validity and scope. It carries the facility's immutable code as well as its id, so that facility-scoped
 * access checks need no lookup.
 *
 * <p>Life cycle: {@link #grant granted} ACTIVE by a named person at an instant; {@link #rescope rescoped}
 * (scope and dates) and {@link #reschedule rescheduled} (its reading windows, the facility-local
 * {@link WeeklyAvailability} during which the radiologist reads there); {@link #suspend() suspended} and {@link #reinstate() reinstated}; {@link #revoke()
 * revoked} for good. Expiry is derived from its dates. {@code version} is the REST ETag. Not thread-safe.
 */
public final class Privilege {

    static final String TRANSITION = "TELERAD-REGISTRY-051";

    private final PrivilegeId id;
    private final RadiologistId radiologist;
    private final FacilityId facility;
    private final FacilityCode facilityCode;
    private PrivilegeStatus status;
    private Validity validity;
    private PrivilegeScope scope;
    private WeeklyAvailability availability;
    private final String grantedBy;
    private final Instant grantedAt;
    private final long version;

    private Privilege(PrivilegeId id, RadiologistId radiologist, FacilityId facility, FacilityCode facilityCode,
            PrivilegeStatus status, Validity validity, PrivilegeScope scope, WeeklyAvailability availability,
            String grantedBy, Instant grantedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.radiologist = Objects.requireNonNull(radiologist, "radiologist");
        this.facility = Objects.requireNonNull(facility, "facility");
        this.facilityCode = Objects.requireNonNull(facilityCode, "facilityCode");
        this.status = Objects.requireNonNull(status, "status");
        this.validity = Objects.requireNonNull(validity, "validity");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.availability = availability == null ? WeeklyAvailability.always() : availability;
        this.grantedBy = Objects.requireNonNull(grantedBy, "grantedBy");
        this.grantedAt = Objects.requireNonNull(grantedAt, "grantedAt");
        this.version = version;
    }

    public static Privilege grant(PrivilegeId id, RadiologistId radiologist, FacilityId facility,
            FacilityCode facilityCode, Validity validity, PrivilegeScope scope, String grantedBy, Instant grantedAt) {
        return grant(id, radiologist, facility, facilityCode, validity, scope, WeeklyAvailability.always(), grantedBy,
                grantedAt);
    }

    public static Privilege grant(PrivilegeId id, RadiologistId radiologist, FacilityId facility,
            FacilityCode facilityCode, Validity validity, PrivilegeScope scope, WeeklyAvailability availability,
            String grantedBy, Instant grantedAt) {
        return new Privilege(id, radiologist, facility, facilityCode, PrivilegeStatus.ACTIVE, validity, scope,
                availability, grantedBy, grantedAt, 0);
    }

    public static Privilege restore(PrivilegeId id, RadiologistId radiologist, FacilityId facility,
            FacilityCode facilityCode, PrivilegeStatus status, Validity validity, PrivilegeScope scope,
            String grantedBy, Instant grantedAt, long version) {
        return restore(id, radiologist, facility, facilityCode, status, validity, scope, WeeklyAvailability.always(),
                grantedBy, grantedAt, version);
    }

    public static Privilege restore(PrivilegeId id, RadiologistId radiologist, FacilityId facility,
            FacilityCode facilityCode, PrivilegeStatus status, Validity validity, PrivilegeScope scope,
            WeeklyAvailability availability, String grantedBy, Instant grantedAt, long version) {
        return new Privilege(id, radiologist, facility, facilityCode, status, validity, scope, availability,
                grantedBy, grantedAt, version);
    }

    /** Changes scope and dates; answers the names of the fields that changed. */
    public List<String> rescope(Validity newValidity, PrivilegeScope newScope) {
        List<String> changed = new ArrayList<>();
        if (!validity.validFrom().equals(newValidity.validFrom())) {
            changed.add("validFrom");
        }
        if (!Objects.equals(validity.validTo(), newValidity.validTo())) {
            changed.add("validTo");
        }
        if (!scope.modalities().equals(newScope.modalities())) {
            changed.add("scope.modalities");
        }
        if (!scope.subspecialties().equals(newScope.subspecialties())) {
            changed.add("scope.subspecialties");
        }
        if (!scope.readTypes().equals(newScope.readTypes())) {
            changed.add("scope.readTypes");
        }
        if (!changed.isEmpty() && status == PrivilegeStatus.REVOKED) {
            throw refused("change", "a revoked privilege is final; grant a new one");
        }
        validity = newValidity;
        scope = newScope;
        return changed;
    }

    /**
     * Changes scope, dates and reading windows; answers the names of the fields that changed
     * ({@code availableTimes} for the windows).
     */
    public List<String> rescope(Validity newValidity, PrivilegeScope newScope, WeeklyAvailability newAvailability) {
        WeeklyAvailability windows = newAvailability == null ? WeeklyAvailability.always() : newAvailability;
        boolean rescheduled = !availability.equals(windows);
        if (rescheduled && status == PrivilegeStatus.REVOKED) {
            throw refused("change", "a revoked privilege is final; grant a new one");
        }
        List<String> changed = rescope(newValidity, newScope);
        if (rescheduled) {
            changed.add("availableTimes");
            availability = windows;
        }
        return changed;
    }

    /** Replaces the reading windows; answers whether they changed. */
    public boolean reschedule(WeeklyAvailability newAvailability) {
        return rescope(validity, scope, newAvailability).contains("availableTimes");
    }

    public void suspend() {
        if (status != PrivilegeStatus.ACTIVE) {
            throw refused("suspend", "only an active privilege can be suspended");
        }
        status = PrivilegeStatus.SUSPENDED;
    }

    public void reinstate() {
        if (status != PrivilegeStatus.SUSPENDED) {
            throw refused("reinstate", "only a suspended privilege can be reinstated");
        }
        status = PrivilegeStatus.ACTIVE;
    }

    public void revoke() {
        if (status == PrivilegeStatus.REVOKED) {
            throw refused("revoke", "the privilege is already revoked");
        }
        status = PrivilegeStatus.REVOKED;
    }

    public boolean hasExpiredAt(Instant at) {
        return validity.hasExpiredAt(at);
    }

    public boolean isInForceAt(Instant at) {
        return status == PrivilegeStatus.ACTIVE && validity.coversInstant(at);
    }

    private TeleradException refused(String verb, String why) {
        return TeleradException.conflict(TRANSITION, "Cannot " + verb + " privilege " + id + ": " + why
                + " (it is " + status + ")");
    }

    public PrivilegeId id() {
        return id;
    }

    public RadiologistId radiologist() {
        return radiologist;
    }

    public FacilityId facility() {
        return facility;
    }

    public FacilityCode facilityCode() {
        return facilityCode;
    }

    public PrivilegeStatus status() {
        return status;
    }

    public Validity validity() {
        return validity;
    }

    public PrivilegeScope scope() {
        return scope;
    }

    /** The reading windows at this facility, in its time zone; {@link WeeklyAvailability#always()} when none. */
    public WeeklyAvailability availability() {
        return availability;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }

    public long version() {
        return version;
    }
}
