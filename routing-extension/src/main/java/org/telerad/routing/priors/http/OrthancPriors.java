package org.telerad.routing.priors.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.ArchivePriors;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;

/**
 * Priors from Orthanc's REST API: {@code POST /tools/find} {@code {"Level":"Study","Query":{"PatientID":id}}},
 * then {@code GET /studies/{id}} (Study Instance UID, date, description; the Patient ID is checked for an exact
 * match since Orthanc treats {@code *} and {@code ?} as wildcards) and {@code GET /studies/{id}/series} (the
 * modalities). Studies Orthanc holds are {@link PriorState#AVAILABLE}. With a move modality configured, each prior
 * is asked from that DICOM modality by {@code POST /modalities/{name}/move}
 * {@code {"Level":"Study","Resources":[{"StudyInstanceUID":uid}],"TargetAet":dest,"Asynchronous":true}}
 * (Orthanc sends the C-MOVE; without {@code TargetAet} the copy comes to Orthanc itself): REQUESTED.
 */
@ApplicationScoped
public class OrthancPriors implements ArchivePriors {

    private final PriorsHttp http = new PriorsHttp();

    @Override
    public ArchiveKind kind() {
        return ArchiveKind.ORTHANC;
    }

    @Override
    public List<PriorStudy> studiesOf(PriorsSource source, String patientId) {
        String base = PriorsHttp.trimSlash(source.restBaseUrl());
        JsonNode ids = http.post(URI.create(base + "/tools/find"),
                Map.of("Level", "Study", "Query", Map.of("PatientID", patientId)));
        if (ids == null || !ids.isArray()) {
            throw new ArchiveUnreachable("/tools/find answered no list");
        }
        List<PriorStudy> studies = new ArrayList<>();
        for (JsonNode id : ids) {
            String orthancId = URLEncoder.encode(id.asText(), StandardCharsets.UTF_8);
            JsonNode study = http.get(URI.create(base + "/studies/" + orthancId), "application/json");
            if (study == null || !patientId.equals(PriorsHttp.text(study.path("PatientMainDicomTags").path("PatientID")))) {
                continue;
            }
            JsonNode tags = study.path("MainDicomTags");
            String uid = PriorsHttp.text(tags.path("StudyInstanceUID"));
            if (uid == null || uid.isBlank()) {
                continue;
            }
            Set<String> modalities = new LinkedHashSet<>();
            JsonNode series = http.get(URI.create(base + "/studies/" + orthancId + "/series"), "application/json");
            if (series != null) {
                for (JsonNode s : series) {
                    String m = PriorsHttp.text(s.path("MainDicomTags").path("Modality"));
                    if (m != null && !m.isBlank()) {
                        modalities.add(m);
                    }
                }
            }
            studies.add(new PriorStudy(uid, PriorsHttp.text(tags.path("StudyDate")),
                    PriorsHttp.text(tags.path("StudyDescription")), String.join("\\", modalities)));
        }
        return studies;
    }

    @Override
    public PriorState bring(PriorsSource source, PriorStudy study) {
        if (source.moveModality() == null) {
            return PriorState.AVAILABLE;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Level", "Study");
        body.put("Resources", List.of(Map.of("StudyInstanceUID", study.studyInstanceUid())));
        if (source.destinationAeTitle() != null) {
            body.put("TargetAet", source.destinationAeTitle());
        }
        body.put("Asynchronous", true);
        http.post(URI.create(PriorsHttp.trimSlash(source.restBaseUrl()) + "/modalities/"
                + URLEncoder.encode(source.moveModality(), StandardCharsets.UTF_8) + "/move"), body);
        return PriorState.REQUESTED;
    }
}
