package org.telerad.routing.task.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One series of the study to read (an Input Information Sequence item, 0040,4021): its UIDs, the AE title it
 * can be retrieved from (null when the archive did not say) and the instances it holds.
 */
public record InputSeries(String studyInstanceUid, String seriesInstanceUid, String retrieveAeTitle,
        List<Instance> instances) {

    public InputSeries {
        Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
        Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
        instances = List.copyOf(instances);
    }

    /** A referenced SOP instance (SOP Class UID, SOP Instance UID). */
    public record Instance(String sopClassUid, String sopInstanceUid) {
        public Instance {
            Objects.requireNonNull(sopInstanceUid, "sopInstanceUid");
        }
    }

    /** This series with the instances of {@code later} added (by SOP Instance UID) and its AE if it has one. */
    InputSeries mergedWith(InputSeries later) {
        Map<String, Instance> all = new LinkedHashMap<>();
        instances.forEach(i -> all.put(i.sopInstanceUid(), i));
        later.instances.forEach(i -> all.putIfAbsent(i.sopInstanceUid(), i));
        String ae = later.retrieveAeTitle != null ? later.retrieveAeTitle : retrieveAeTitle;
        return new InputSeries(studyInstanceUid, seriesInstanceUid, ae, List.copyOf(all.values()));
    }

    /** The series, each without a Retrieve AE title given the one named for it in {@code aeBySeries}. */
    static List<InputSeries> withRetrieveAeTitles(List<InputSeries> series, Map<String, String> aeBySeries) {
        if (aeBySeries == null || aeBySeries.isEmpty()) {
            return series;
        }
        return series.stream().map(s -> s.retrieveAeTitle != null || aeBySeries.get(s.seriesInstanceUid) == null ? s
                : new InputSeries(s.studyInstanceUid, s.seriesInstanceUid, aeBySeries.get(s.seriesInstanceUid),
                        s.instances)).toList();
    }
}
