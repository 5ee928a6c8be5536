package org.telerad.routing.assignment.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.telerad.registry.api.Modality;
import org.telerad.registry.api.Subspecialty;
import org.telerad.shared.problem.TeleradException;

/**
 * One configurable rule deriving a subspecialty a study needs. It applies when every condition it sets
 * holds: the modality is one of {@code modalities}; the body part is one of {@code bodyParts} <em>or</em>
 * the study description contains one of {@code keywords} (case-insensitive; when either list is set, one of
 * them must match); the patient is younger than {@code youngerThanYears}. A rule with no condition never
 * applies. Immutable.
 */
public record SubspecialtyRule(String name, Subspecialty needs, Set<Modality> modalities, Set<String> bodyParts,
        Set<String> keywords, Integer youngerThanYears) {

    public SubspecialtyRule {
        if (name == null || name.isBlank()) {
            throw TeleradException.invalid(RoutingCodes.CONFIGURATION, "name", "a subspecialty rule needs a name");
        }
        Objects.requireNonNull(needs, "needs");
        modalities = modalities == null ? Set.of() : Set.copyOf(modalities);
        bodyParts = bodyParts == null ? Set.of()
                : bodyParts.stream().map(p -> p.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        keywords = keywords == null ? Set.of()
                : keywords.stream().map(k -> k.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        if (modalities.isEmpty() && bodyParts.isEmpty() && keywords.isEmpty() && youngerThanYears == null) {
            throw TeleradException.invalid(RoutingCodes.CONFIGURATION, name,
                    "subspecialty rule '" + name + "' sets no condition, so it would never apply");
        }
    }

    /** Why this rule applies to the request, or empty when it does not. */
    public Optional<DerivedNeed> apply(RoutingRequest request) {
        StringBuilder because = new StringBuilder();
        if (!modalities.isEmpty()) {
            if (request.modality() == null || !modalities.contains(request.modality())) {
                return Optional.empty();
            }
            because.append("modality ").append(request.modality().code());
        }
        if (!bodyParts.isEmpty() || !keywords.isEmpty()) {
            String anatomy = anatomyMatch(request);
            if (anatomy == null) {
                return Optional.empty();
            }
            because.append(because.length() == 0 ? "" : ", ").append(anatomy);
        }
        if (youngerThanYears != null) {
            if (!request.patientAge().isKnown() || request.patientAge().years() >= youngerThanYears) {
                return Optional.empty();
            }
            because.append(because.length() == 0 ? "" : ", ").append("patient aged ")
                    .append(request.patientAge().years()).append(" (younger than ").append(youngerThanYears)
                    .append(")");
        }
        return Optional.of(new DerivedNeed(needs, name, because.toString()));
    }

    private String anatomyMatch(RoutingRequest request) {
        if (request.bodyPart() != null && bodyParts.contains(request.bodyPart())) {
            return "body part " + request.bodyPart();
        }
        if (request.studyDescription() != null && !keywords.isEmpty()) {
            String description = request.studyDescription().toLowerCase(Locale.ROOT);
            for (String k : keywords) {
                if (description.contains(k)) {
                    return "study description mentions '" + k + "'";
                }
            }
        }
        return null;
    }
}
