package org.telerad.registry.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The directory's answer: the recognised facility, or why none was (nothing matched, or an identifier is
 * claimed by more than one active facility — the directory never guesses).
 */
public record FacilityRecognition(RecognisedFacility facility, String reason) {

    public FacilityRecognition {
        if ((facility == null) == (reason == null)) {
            throw new IllegalArgumentException("a recognition has either a facility or a reason");
        }
    }

    public static FacilityRecognition recognised(RecognisedFacility facility) {
        return new FacilityRecognition(Objects.requireNonNull(facility, "facility"), null);
    }

    public static FacilityRecognition notRecognised(String reason) {
        return new FacilityRecognition(null, Objects.requireNonNull(reason, "reason"));
    }

    public Optional<RecognisedFacility> recognisedFacility() {
        return Optional.ofNullable(facility);
    }

    public boolean isRecognised() {
        return facility != null;
    }
}
