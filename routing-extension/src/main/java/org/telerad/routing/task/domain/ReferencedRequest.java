package org.telerad.routing.task.domain;

/**
 * The imaging service request the read answers (Referenced Request Sequence, 0040,A370): accession number
 * with its issuer, the requested procedure and the referring physician (PN text); any may be null.
 */
public record ReferencedRequest(String accessionNumber, String accessionIssuer, String requestedProcedureId,
        String requestedProcedureDescription, String referringPhysicianName) {

    public static ReferencedRequest none() {
        return new ReferencedRequest(null, null, null, null, null);
    }

    @Override
    public String toString() {
        return "ReferencedRequest[accession " + (accessionNumber == null ? "none" : "present") + "]";
    }
}
