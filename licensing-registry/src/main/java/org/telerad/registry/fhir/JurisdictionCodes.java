package org.telerad.registry.fhir;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.telerad.registry.api.Jurisdiction;
import org.telerad.shared.problem.TeleradException;

/**
 * Reads and writes jurisdictions as FHIR codes. Accepted: USPS state and territory codes
 * ({@value FhirSystems#USPS}, {@code TX}), ISO 3166 codes ({@value FhirSystems#ISO_3166}: a country {@code DE}
 * or a subdivision {@code US-TX}) and ISO 3166-2 subdivision codes ({@value FhirSystems#ISO_3166_2}). A code
 * without a system is read as ISO 3166 ({@code CA} is Canada; California is {@code US-CA} or USPS {@code CA}).
 * Written: the ISO code, plus the USPS code for a US state so that Plan-Net clients find theirs.
 */
final class JurisdictionCodes {

    private JurisdictionCodes() {
    }

    /** The jurisdiction a system and code name; throws the registry's validation refusal otherwise. */
    static Jurisdiction fromCode(String system, String code) {
        String sys = system == null ? "" : system.strip();
        if (code == null || code.isBlank()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction", "a jurisdiction code is required");
        }
        return switch (sys) {
            case FhirSystems.USPS -> Jurisdiction.ofUsState(code);
            case FhirSystems.ISO_3166_2 -> subdivision(code);
            case FhirSystems.ISO_3166, "" -> Jurisdiction.of(code);
            default -> throw TeleradException.invalid(FhirOutcomes.INVALID_ELEMENT, "jurisdiction", "'" + sys
                    + "' is not a jurisdiction code system; use " + FhirSystems.USPS + ", " + FhirSystems.ISO_3166
                    + " or " + FhirSystems.ISO_3166_2);
        };
    }

    private static Jurisdiction subdivision(String code) {
        Jurisdiction jurisdiction = Jurisdiction.of(code);
        if (jurisdiction.isCountry()) {
            throw TeleradException.invalid("TELERAD-REGISTRY-001", "jurisdiction", "'" + code
                    + "' is a country; ISO 3166-2 codes name subdivisions such as US-TX (use " + FhirSystems.ISO_3166
                    + " for countries)");
        }
        return jurisdiction;
    }

    /**
     * The jurisdiction of a CodeableConcept, each problem recorded under {@code expression}: every coding
     * must name the same jurisdiction; codings of other systems are refused, so that nothing is silently
     * dropped. Answers null when a problem was recorded.
     */
    static Jurisdiction fromConcept(CodeableConcept concept, String expression, ElementViolations violations) {
        if (concept == null || concept.getCoding().isEmpty()) {
            violations.add(expression, "TELERAD-REGISTRY-001",
                    "a jurisdiction coding is required (" + FhirSystems.USPS + " or " + FhirSystems.ISO_3166_2 + ")");
            return null;
        }
        List<Jurisdiction> named = new ArrayList<>();
        List<Coding> codings = concept.getCoding();
        for (int i = 0; i < codings.size(); i++) {
            Coding coding = codings.get(i);
            Jurisdiction j = violations.check(expression + ".coding[" + i + "]",
                    () -> fromCode(coding.getSystem(), coding.getCode()));
            if (j == null) {
                return null;
            }
            named.add(j);
        }
        Jurisdiction first = named.get(0);
        for (int i = 1; i < named.size(); i++) {
            if (!Objects.equals(first, named.get(i))) {
                violations.add(expression + ".coding[" + i + "]", "TELERAD-REGISTRY-001", "codings name different"
                        + " jurisdictions (" + first.code() + " and " + named.get(i).code() + ")");
                return null;
            }
        }
        return first;
    }

    /** The jurisdiction as a CodeableConcept: ISO code, plus USPS code for a US state or territory. */
    static CodeableConcept toConcept(Jurisdiction jurisdiction) {
        CodeableConcept concept = new CodeableConcept();
        concept.addCoding(isoCoding(jurisdiction));
        jurisdiction.usState().ifPresent(state -> concept.addCoding(new Coding(FhirSystems.USPS, state, null)));
        concept.setText(jurisdiction.name());
        return concept;
    }

    static Coding isoCoding(Jurisdiction jurisdiction) {
        return new Coding(jurisdiction.isCountry() ? FhirSystems.ISO_3166 : FhirSystems.ISO_3166_2,
                jurisdiction.code(), jurisdiction.name());
    }
}
