package org.telerad.routing.priors.domain;

import java.net.URI;
import java.util.Objects;

/**
 * What the priors adapters need of a configured archive ({@code routing_archive}): its name, adapter kind,
 * the residency region where copies it makes land ({@code EU} or an ISO country code; null = not configured),
 * its DICOMweb base URL, its REST base URL (Orthanc; derived from the DICOMweb URL when not set), and for
 * copies: dcm4chee's own AE title ({@code archiveAeTitle}), the external AE it retrieves from and the destination
 * AE of {@code export/dicom:{Dest}}; for Orthanc, the remote modality to C-MOVE from (null: priors are local).
 */
public record PriorsSource(String archiveName, ArchiveKind kind, String residencyRegion, URI dicomWebBaseUrl,
        URI restBaseUrl, String archiveAeTitle, String externalAeTitle, String destinationAeTitle,
        String moveModality) {

    public PriorsSource {
        Objects.requireNonNull(archiveName, "archiveName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dicomWebBaseUrl, "dicomWebBaseUrl");
        if (restBaseUrl == null) {
            String s = strip(dicomWebBaseUrl.toString());
            restBaseUrl = URI.create(s.endsWith("/dicom-web") ? s.substring(0, s.length() - "/dicom-web".length()) : s);
        }
        residencyRegion = residencyRegion == null || residencyRegion.isBlank() ? null : residencyRegion.strip();
    }

    public static PriorsSource orthanc(String name, URI dicomWeb) {
        return new PriorsSource(name, ArchiveKind.ORTHANC, null, dicomWeb, null, null, null, null, null);
    }

    /** A dcm4chee archive exporting priors from {@code externalAe} to {@code destinationAe} through {@code archiveAe}. */
    public static PriorsSource dcm4chee(String name, String region, URI dicomWeb, String archiveAe, String externalAe,
            String destinationAe) {
        return new PriorsSource(name, ArchiveKind.DCM4CHEE, region, dicomWeb, null, archiveAe, externalAe,
                destinationAe, null);
    }

    /** Whether bringing a prior makes a copy (a move or an export), which the residency rules must allow. */
    public boolean copies() {
        return kind == ArchiveKind.DCM4CHEE || moveModality != null;
    }

    public PriorsSource inRegion(String region) {
        return new PriorsSource(archiveName, kind, region, dicomWebBaseUrl, restBaseUrl, archiveAeTitle,
                externalAeTitle, destinationAeTitle, moveModality);
    }

    static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
