package org.telerad.routing.assignment.domain;

import java.util.Objects;

import org.telerad.registry.api.EligibilityRejection;

/**
 * Why one named rule kept a reader from a task: the {@code rule} ({@code LicensedInPatientJurisdiction},
 * {@code WithinCapacity}), its stable {@code code}, a {@code reason} sentence, and who applied it
 * ({@code registry} for the credentialing rules, {@code routing} for Telerad's assignment rules).
 */
public record Exclusion(String rule, String code, String reason, String source) {

    public static final String REGISTRY = "registry";
    public static final String ROUTING = "routing";

    public Exclusion {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    public static Exclusion byRegistry(EligibilityRejection rejection) {
        return new Exclusion(rejection.rule(), rejection.code(), rejection.reason(), REGISTRY);
    }

    public static Exclusion byRouting(String rule, String code, String reason) {
        return new Exclusion(rule, code, reason, ROUTING);
    }
}
