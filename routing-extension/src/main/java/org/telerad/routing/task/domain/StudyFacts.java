package org.telerad.routing.task.domain;

/**
 * What routing needs to know about the study beyond its UIDs, when known: modality (CT, MR, ...), body part
 * examined, institution name and study description. The archive's UPS body carries none of them; intake fills
 * them in from the archive (series-level QIDO) or the order.
 */
public record StudyFacts(String modality, String bodyPart, String institutionName, String studyDescription) {

    public static StudyFacts unknown() {
        return new StudyFacts(null, null, null, null);
    }

    /** These facts, with the blanks filled from {@code other}. */
    public StudyFacts orElse(StudyFacts other) {
        return new StudyFacts(modality != null ? modality : other.modality,
                bodyPart != null ? bodyPart : other.bodyPart,
                institutionName != null ? institutionName : other.institutionName,
                studyDescription != null ? studyDescription : other.studyDescription);
    }
}
