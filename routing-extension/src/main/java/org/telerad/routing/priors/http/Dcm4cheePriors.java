package org.telerad.routing.priors.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.telerad.routing.priors.domain.ArchiveKind;
import org.telerad.routing.priors.domain.ArchivePriors;
import org.telerad.routing.priors.domain.ArchiveUnreachable;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsSource;

/**
 * Priors from dcm4chee-arc-light (paths of 5.35, DCM4CHEE.md §2): QIDO-RS
 * {@code GET {dicomweb}/studies?PatientID=<id>&includefield=00081030,00080061,00080020}, then for each prior the
 * DIMSE retrieve service {@code POST {app}/aets/{AET}/dimse/{ExternalAET}/studies/{uid}/export/dicom:{Dest}}
 * ({@code RetrieveRS}: the archive C-MOVEs the study from the external AE to the destination AE). {@code {app}}
 * is the REST base ({@code rest_base_url}, default: the DICOMweb URL up to {@code /dcm4chee-arc}).
 */
@ApplicationScoped
public class Dcm4cheePriors implements ArchivePriors {

    private final PriorsHttp http = new PriorsHttp();

    @Override
    public ArchiveKind kind() {
        return ArchiveKind.DCM4CHEE;
    }

    @Override
    public List<PriorStudy> studiesOf(PriorsSource source, String patientId) {
        URI uri = URI.create(PriorsHttp.trimSlash(source.dicomWebBaseUrl()) + "/studies?PatientID="
                + URLEncoder.encode(patientId, StandardCharsets.UTF_8) + "&includefield=00081030,00080061,00080020");
        JsonNode answer = http.get(uri, "application/dicom+json");
        if (answer == null || !answer.isArray()) {
            throw new ArchiveUnreachable(uri.getPath() + " answered no DICOM JSON array");
        }
        List<PriorStudy> studies = new ArrayList<>();
        for (JsonNode study : answer) {
            String uid = first(study, "0020000D");
            if (uid == null || uid.isBlank()) {
                continue;
            }
            JsonNode mods = study.path("00080061").path("Value");
            List<String> modalities = new ArrayList<>();
            mods.forEach(m -> modalities.add(m.asText()));
            studies.add(new PriorStudy(uid, first(study, "00080020"), first(study, "00081030"),
                    String.join("\\", modalities)));
        }
        return studies;
    }

    @Override
    public PriorState bring(PriorsSource source, PriorStudy study) {
        if (source.archiveAeTitle() == null || source.externalAeTitle() == null
                || source.destinationAeTitle() == null) {
            throw new ArchiveUnreachable("archive '" + source.archiveName()
                    + "' lacks the AE titles for export (priors_ae_title, priors_external_ae_title,"
                    + " priors_destination_ae_title)");
        }
        URI uri = URI.create(appBase(source) + "/aets/" + enc(source.archiveAeTitle()) + "/dimse/"
                + enc(source.externalAeTitle()) + "/studies/" + enc(study.studyInstanceUid()) + "/export/dicom:"
                + enc(source.destinationAeTitle()));
        http.post(uri, null);
        return PriorState.REQUESTED;
    }

    /** The archive's REST base, e.g. {@code http://host:8080/dcm4chee-arc}. */
    static String appBase(PriorsSource source) {
        String dicomWeb = PriorsHttp.trimSlash(source.dicomWebBaseUrl());
        String rest = PriorsHttp.trimSlash(source.restBaseUrl());
        if (!rest.equals(dicomWeb)) {
            return rest;
        }
        int at = dicomWeb.indexOf("/dcm4chee-arc");
        return at < 0 ? dicomWeb : dicomWeb.substring(0, at + "/dcm4chee-arc".length());
    }

    private static String first(JsonNode study, String tag) {
        JsonNode v = study.path(tag).path("Value");
        return v.isArray() && v.size() > 0 ? v.get(0).asText() : null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
