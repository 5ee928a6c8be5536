package org.telerad.routing.assignment.domain;

import java.util.Objects;

import org.telerad.registry.api.Jurisdiction;
import org.telerad.registry.api.ReadType;

/**
 * A cross-border preliminary read needs a final read (DCM 128005) by a radiologist licensed where the patient
 * was scanned ({@code licensedIn}). The reading-task side creates that second task and routes it with
 * {@link #requestFor(RoutingRequest, String)}, which asks for a final read that may not go abroad again.
 */
public record ChainedFinalRequired(ReadType readType, Jurisdiction licensedIn, String facilityCode, String reason) {

    public ChainedFinalRequired {
        Objects.requireNonNull(licensedIn, "licensedIn");
        Objects.requireNonNull(facilityCode, "facilityCode");
        Objects.requireNonNull(reason, "reason");
        if (readType != ReadType.FINAL) {
            throw new IllegalArgumentException("a chained read after a preliminary is a final read");
        }
    }

    public static ChainedFinalRequired after(Jurisdiction licensedIn, String facilityCode) {
        return new ChainedFinalRequired(ReadType.FINAL, licensedIn, facilityCode, "The preliminary read is done from"
                + " abroad; the final read (DCM 128005) must be signed by a radiologist licensed in " + licensedIn.code()
                + " (" + licensedIn.name() + "), where the patient was scanned.");
    }

    /** The routing request for the chained final task {@code finalTaskId}: final, local readers only. */
    public RoutingRequest requestFor(RoutingRequest preliminary, String finalTaskId) {
        return preliminary.forTask(finalTaskId).withReadType(ReadType.FINAL).localOnly();
    }
}
