package org.telerad.routing.hl7.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The sample messages under src/test/resources/org/telerad/routing/hl7 (synthetic patients), written one
 * segment a line and sent with carriage returns between segments as MLLP carries them.
 */
public final class SampleMessages {

    public static final String ORM_V251_STAT = "orm-o01-v251-stat.hl7";
    public static final String OMI_V251_ASAP = "omi-o23-v251-asap.hl7";
    public static final String ORM_V23_ROUTINE_CHANGE = "orm-o01-v23-routine-change.hl7";
    public static final String ORM_MISSING_ACCESSION = "orm-o01-missing-accession.hl7";
    public static final String ORM_WITHOUT_OBR = "orm-o01-without-obr.hl7";
    public static final String ADT_A01 = "adt-a01.hl7";
    public static final String NOT_HL7 = "not-hl7.txt";
    public static final String BROKEN_SEGMENTS = "broken-segments.hl7";

    private SampleMessages() {
    }

    public static String load(String name) {
        try (InputStream in = SampleMessages.class.getResourceAsStream("/org/telerad/routing/hl7/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().replace("\n", "\r");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
