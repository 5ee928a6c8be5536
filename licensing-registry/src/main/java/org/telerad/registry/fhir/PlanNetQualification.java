package org.telerad.registry.fhir;

import java.util.Locale;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Extension;
import org.telerad.registry.api.Jurisdiction;

/**
 * The Da Vinci Plan-Net {@code practitioner-qualification} extension on one qualification, read: its
 * {@code status} (Plan-Net's {@code active}, {@code inactive} for a suspended license, {@code revoked}; also
 * Telerad's {@code suspended}) as a registry license status, and its single {@code whereValid} as a
 * jurisdiction. A license is valid in exactly one jurisdiction, so a second {@code whereValid} is refused.
 */
record PlanNetQualification(Jurisdiction jurisdiction, String status, String whereValidExpression) {

    /** Reads the extension at {@code expression}; problems are recorded and null answered. */
    static PlanNetQualification read(Extension extension, String expression, ElementViolations violations) {
        int before = violations.list().size();
        String status = "ACTIVE";
        Jurisdiction jurisdiction = null;
        String whereValidAt = null;
        for (int i = 0; i < extension.getExtension().size(); i++) {
            Extension sub = extension.getExtension().get(i);
            String where = expression + ".extension[" + i + "]";
            if ("status".equals(sub.getUrl())) {
                String code = sub.getValue() == null ? null : sub.getValue().primitiveValue();
                String registry = registryStatus(code);
                if (registry == null) {
                    violations.add(where + ".value", FhirOutcomes.INVALID_ELEMENT, "'" + code + "' is not a "
                            + "qualification status Telerad keeps; use active, inactive (suspended) or revoked");
                } else {
                    status = registry;
                }
            } else if ("whereValid".equals(sub.getUrl())) {
                if (whereValidAt != null) {
                    violations.add(where, FhirOutcomes.INVALID_ELEMENT, "a license is valid in one jurisdiction; "
                            + "send one qualification per jurisdiction");
                    continue;
                }
                whereValidAt = where + ".value";
                if (!(sub.getValue() instanceof CodeableConcept concept)) {
                    violations.add(whereValidAt, "TELERAD-REGISTRY-001",
                            "whereValid needs a valueCodeableConcept (USPS or ISO 3166 coding)");
                    continue;
                }
                jurisdiction = JurisdictionCodes.fromConcept(concept, whereValidAt, violations);
            }
        }
        if (whereValidAt == null) {
            violations.add(expression, "TELERAD-REGISTRY-001", "the license's jurisdiction is required: a whereValid "
                    + "sub-extension with a USPS (" + FhirSystems.USPS + ") or ISO 3166 coding");
        }
        if (violations.list().size() > before) {
            return null;
        }
        return new PlanNetQualification(jurisdiction, status, whereValidAt);
    }

    /** Plan-Net status code to registry status; null for codes the registry cannot keep. */
    static String registryStatus(String code) {
        if (code == null) {
            return "ACTIVE";
        }
        return switch (code.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> "ACTIVE";
            case "inactive", "suspended" -> "SUSPENDED";
            case "revoked" -> "REVOKED";
            default -> null;
        };
    }
}
