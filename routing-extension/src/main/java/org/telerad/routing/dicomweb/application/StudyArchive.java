package org.telerad.routing.dicomweb.application;

import java.net.URI;
import java.util.Objects;

/** Where the gateway reads an authorised study: the DICOMweb base URL of the archive its task came from. */
public record StudyArchive(String archiveName, URI dicomWebBaseUrl) {

    public StudyArchive {
        Objects.requireNonNull(archiveName, "archiveName");
        Objects.requireNonNull(dicomWebBaseUrl, "dicomWebBaseUrl");
    }

    /** The base URL without a trailing slash, as DICOM JSON answers write it. */
    public String base() {
        String s = dicomWebBaseUrl.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
