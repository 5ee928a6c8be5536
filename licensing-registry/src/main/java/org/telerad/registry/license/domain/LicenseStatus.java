package org.telerad.registry.license.domain;

/** What the issuing board says: in good standing, suspended (may be reinstated) or revoked (final). */
public enum LicenseStatus {
    ACTIVE, SUSPENDED, REVOKED
}
