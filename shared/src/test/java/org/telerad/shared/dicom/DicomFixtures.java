package org.telerad.shared.dicom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The payloads under src/test/resources/dicom/ (see the README there). */
final class DicomFixtures {

    /** Shaped after dcm4chee-arc-light 5.35 Dcm2UpsExporter, per DCM4CHEE.md. */
    static final String UPS_CREATE_JSON = "dcm4chee-ups-create.json";
    static final String UPS_CREATE_XML = "dcm4chee-ups-create.xml";
    static final String QIDO_SERIES_JSON = "dcm4chee-qido-series.json";

    static final String STUDY_UID = "2.25.168915247463381905219117470624837019321";

    private DicomFixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = DicomFixtures.class.getResourceAsStream("/dicom/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
