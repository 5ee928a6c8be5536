package org.telerad.routing.enrichment.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.telerad.registry.api.StudyOrigin;
import org.telerad.routing.task.domain.StudyFacts;

/**
 * What the series of a study, as the archive answered, tell about it: the study facts routing needs (the modality
 * and body part of the first imaging series — structured reports, presentation states and key object selections
 * do not count when an imaging series exists), every institution name, and the Retrieve AE title of each series.
 */
public record StudyEnrichment(StudyFacts facts, List<String> institutionNames, Map<String, String> retrieveAeTitles) {

    private static final Set<String> NON_IMAGING = Set.of("SR", "PR", "KO", "DOC", "REG", "SEG", "RWV", "AU");

    public StudyEnrichment {
        institutionNames = List.copyOf(institutionNames);
        retrieveAeTitles = Map.copyOf(retrieveAeTitles);
    }

    public static StudyEnrichment of(List<SeriesFacts> series) {
        List<SeriesFacts> imaging = new ArrayList<>();
        List<SeriesFacts> others = new ArrayList<>();
        for (SeriesFacts s : series) {
            (s.modality() != null && NON_IMAGING.contains(s.modality()) ? others : imaging).add(s);
        }
        List<SeriesFacts> ordered = new ArrayList<>(imaging);
        ordered.addAll(others);
        String modality = null;
        String bodyPart = null;
        String description = null;
        String institution = null;
        List<String> institutions = new ArrayList<>();
        Map<String, String> aes = new LinkedHashMap<>();
        for (SeriesFacts s : ordered) {
            modality = modality != null ? modality : s.modality();
            bodyPart = bodyPart != null ? bodyPart : s.bodyPart();
            description = description != null ? description : s.studyDescription();
            institution = institution != null ? institution : s.institutionName();
            if (s.institutionName() != null && !institutions.contains(s.institutionName())) {
                institutions.add(s.institutionName());
            }
            if (s.retrieveAeTitle() != null) {
                aes.put(s.seriesInstanceUid(), firstValue(s.retrieveAeTitle()));
            }
        }
        return new StudyEnrichment(new StudyFacts(modality, bodyPart, institution, description), institutions, aes);
    }

    /** The study's origin for facility recognition: the archive's AE titles and the series' institution names. */
    public StudyOrigin origin(List<String> archiveAeTitles) {
        List<String> aes = new ArrayList<>(archiveAeTitles);
        retrieveAeTitles.values().forEach(ae -> {
            if (!aes.contains(ae)) {
                aes.add(ae);
            }
        });
        return StudyOrigin.fromArchive(aes, institutionNames);
    }

    private static String firstValue(String multi) {
        int backslash = multi.indexOf('\\');
        return backslash < 0 ? multi : multi.substring(0, backslash);
    }
}
