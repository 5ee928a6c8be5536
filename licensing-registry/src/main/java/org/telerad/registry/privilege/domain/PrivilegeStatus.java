package org.telerad.registry.privilege.domain;

/** Whether the facility lets the radiologist read now: granted, suspended (may be reinstated), revoked (final). */
public enum PrivilegeStatus {
    ACTIVE, SUSPENDED, REVOKED
}
