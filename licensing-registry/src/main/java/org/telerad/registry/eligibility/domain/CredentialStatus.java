package org.telerad.registry.eligibility.domain;

import java.util.Locale;

/**
 * The administrative status of a license or a privilege as the snapshot keeps it. Only {@link #ACTIVE}
 * counts towards eligibility; expiry is not a status but derived from the validity dates at the instant.
 */
public enum CredentialStatus {
    ACTIVE("active"), SUSPENDED("suspended"), REVOKED("revoked"), INACTIVE("deactivated");

    private final String adjective;

    CredentialStatus(String adjective) {
        this.adjective = adjective;
    }

    /** How the status reads in a sentence ("is suspended"). */
    public String adjective() {
        return adjective;
    }

    /**
     * Reads a stored status leniently: {@code ACTIVE}, {@code SUSPENDED}, {@code REVOKED}; anything else
     * ({@code INACTIVE}, {@code DEACTIVATED}, {@code EXPIRED}, ...) is treated as not active.
     */
    public static CredentialStatus of(String stored) {
        if (stored == null) {
            return INACTIVE;
        }
        return switch (stored.trim().toUpperCase(Locale.ROOT)) {
            case "ACTIVE" -> ACTIVE;
            case "SUSPENDED" -> SUSPENDED;
            case "REVOKED" -> REVOKED;
            default -> INACTIVE;
        };
    }
}
