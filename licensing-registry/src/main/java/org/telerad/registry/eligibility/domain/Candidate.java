package org.telerad.registry.eligibility.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a policy looks at: one radiologist, the licenses of theirs whose jurisdiction covers the facility's
 * (whatever their status and dates), and one privilege of theirs at the facility, or none when they hold
 * none there. A radiologist with several privileges at a facility is evaluated once per privilege and the
 * best one explains the outcome.
 *
 * <p>Immutable; built once per facility and snapshot, reused by every decision about that facility.
 */
public final class Candidate {

    private final RadiologistRecord radiologist;
    private final List<LicenseRecord> coveringLicenses;
    private final PrivilegeRecord privilege;
    // copied from the radiologist so that a pass over all candidates reads consecutive memory
    private final UUID radiologistId;
    private final String radiologistName;
    private final boolean radiologistActive;

    Candidate(RadiologistRecord radiologist, List<LicenseRecord> coveringLicenses, PrivilegeRecord privilege) {
        this.radiologist = radiologist;
        this.coveringLicenses = coveringLicenses;
        this.privilege = privilege;
        this.radiologistId = radiologist.id();
        this.radiologistName = radiologist.name();
        this.radiologistActive = radiologist.active();
    }

    /** Whether the radiologist's registry record is active (a copy of {@code radiologist().active()}). */
    public boolean radiologistActive() {
        return radiologistActive;
    }

    public UUID radiologistId() {
        return radiologistId;
    }

    public String radiologistName() {
        return radiologistName;
    }

    public RadiologistRecord radiologist() {
        return radiologist;
    }

    /** Licenses whose jurisdiction covers the facility's (active ones first); may be empty. */
    public List<LicenseRecord> coveringLicenses() {
        return coveringLicenses;
    }

    /** The privilege under evaluation, or {@code null} when the radiologist holds none at the facility. */
    public PrivilegeRecord privilegeOrNull() {
        return privilege;
    }

    public Optional<PrivilegeRecord> privilege() {
        return Optional.ofNullable(privilege);
    }

    /** The privilege when it is active and valid at the date of the decision, else {@code null}. */
    public PrivilegeRecord usablePrivilegeOrNull(ReadContext read) {
        PrivilegeRecord p = privilege;
        return p != null && p.status() == CredentialStatus.ACTIVE && p.validOn(read.date()) ? p : null;
    }
}
