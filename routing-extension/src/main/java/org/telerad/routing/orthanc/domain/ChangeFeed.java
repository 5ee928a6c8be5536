package org.telerad.routing.orthanc.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ReadingRequest;

/**
 * What a page of Orthanc's change log asks of intake. {@code StableStudy} (no new instance for Orthanc's
 * StableAge) takes the study in, complete; {@code NewStudy} (Orthanc stored the study's first instance) takes it
 * in at once only when the {@link StatRule} says it is STAT, as INCOMPLETE, so a STAT read starts before the last
 * image arrives; its StableStudy later completes the same task. Every other change is ignored.
 */
public final class ChangeFeed {

    private ChangeFeed() {
    }

    /** A study a page mentions, and whether the page says it is stable. */
    public record StudyCue(String orthancStudyId, boolean stable) {
    }

    /** The studies the page mentions, each once, in the order first mentioned; stable wins over new. */
    public static List<StudyCue> cues(List<OrthancChange> changes) {
        Map<String, Boolean> stable = new LinkedHashMap<>();
        for (OrthancChange c : changes) {
            if (c.is(OrthancChange.STABLE_STUDY)) {
                stable.put(c.resourceId(), true);
            } else if (c.is(OrthancChange.NEW_STUDY)) {
                stable.putIfAbsent(c.resourceId(), false);
            }
        }
        List<StudyCue> cues = new ArrayList<>();
        stable.forEach((id, s) -> cues.add(new StudyCue(id, s)));
        return cues;
    }

    /**
     * The reading request for a study cued by the feed, or empty when it is not to be taken in yet (a routine
     * study that is not stable).
     */
    public static Optional<ReadingRequest> requestFor(StudyCue cue, OrthancStudy study, StatRule stat,
            String archiveName, String archiveAeTitle) {
        boolean isStat = stat.why(study).isPresent();
        if (!cue.stable() && !isStat) {
            return Optional.empty();
        }
        return Optional.of(study.toReadingRequest(isStat ? Priority.HIGH : Priority.LOW,
                cue.stable() ? InputReadiness.READY : InputReadiness.INCOMPLETE, archiveName, archiveAeTitle));
    }
}
