package org.telerad.routing.hl7.domain;

import java.util.Objects;

import org.telerad.routing.task.domain.Priority;

/**
 * An imaging order read from an HL7 ORM^O01 or OMI^O23 message: what to do with it (order control), how it is
 * identified (placer and filler order numbers, the accession number that joins it with the images, the Study
 * Instance UID when the placer assigned one), how urgent it is (null: no priority given), where it comes from
 * (MSH-4 sending facility, ORC-21 ordering facility), the ordered procedure (OBR-4) and the patient.
 */
public record ImagingOrder(OrderControl control, String placerOrderNumber, String fillerOrderNumber,
        String accessionNumber, String studyInstanceUid, Priority priority, String sendingApplication,
        String sendingFacility, String orderingFacility, String procedure, OrderedPatient patient) {

    public ImagingOrder {
        Objects.requireNonNull(control, "order control");
        if (accessionNumber == null || accessionNumber.isBlank()) {
            throw new IllegalArgumentException("an imaging order carries an accession number");
        }
        accessionNumber = accessionNumber.strip();
        studyInstanceUid = blankToNull(studyInstanceUid);
        patient = patient == null ? OrderedPatient.unknown() : patient;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String toString() {
        return "ImagingOrder[" + control.code() + ", priority " + priority + "]";
    }
}
