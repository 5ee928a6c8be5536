package org.telerad.routing.orthanc.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a study is a STAT read before it is complete, so it becomes a task on its first instance:
 * Requested Procedure Priority (0040,1003) STAT, or a Study Description matching a configurable pattern (by
 * default the words STAT or stroke). Answers the reason, or empty for a routine study.
 */
public record StatRule(Pattern descriptionPattern) {

    public static final String DEFAULT_PATTERN = "(?i)\\b(stat|stroke)\\b";

    public StatRule {
        Objects.requireNonNull(descriptionPattern, "descriptionPattern");
    }

    public static StatRule defaults() {
        return new StatRule(Pattern.compile(DEFAULT_PATTERN));
    }

    public static StatRule matching(String regex) {
        return new StatRule(Pattern.compile(regex));
    }

    /** Why the study is STAT, or empty when it is not. */
    public Optional<String> why(OrthancStudy study) {
        String priority = study.requestedProcedurePriority();
        if (priority != null && priority.strip().toUpperCase(Locale.ROOT).equals("STAT")) {
            return Optional.of("Requested Procedure Priority is STAT");
        }
        if (study.studyDescription() != null && descriptionPattern.matcher(study.studyDescription()).find()) {
            return Optional.of("Study Description matches " + descriptionPattern.pattern());
        }
        return Optional.empty();
    }
}
