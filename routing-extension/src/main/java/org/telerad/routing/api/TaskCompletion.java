package org.telerad.routing.api;

import java.time.Instant;
import java.util.Objects;

import org.telerad.registry.api.ReadType;

/**
 * The command that ends a reading task because its report was signed: the Performed Procedure Step of the UPS
 * (PS3.4 CC.2.5: Actual Human Performers with their code and name, Performed Procedure Step Start and End
 * DateTime) and its Output Information, a reference to the signed report version ({@code reportReference},
 * e.g. {@code urn:telerad:report:<id>:<version>}, with the {@code retrieveUrl} under which Telerad serves it).
 *
 * @param performerUsername the Keycloak username of the performer who claimed the task and signed
 * @param performerCode NPI when known, else the username
 * @param performerCodingScheme {@code NPI} or {@code 99TELERAD}
 * @param signedAs the read type the signature finished
 */
public record TaskCompletion(String workitemUid, String performerUsername, String performerCode,
        String performerCodingScheme, String performerName, Instant startedAt, Instant completedAt,
        ReadType signedAs, String reportReference, String retrieveUrl) {

    public TaskCompletion {
        Objects.requireNonNull(workitemUid, "workitemUid");
        Objects.requireNonNull(performerUsername, "performerUsername");
        Objects.requireNonNull(performerCode, "performerCode");
        Objects.requireNonNull(performerCodingScheme, "performerCodingScheme");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(signedAs, "signedAs");
        Objects.requireNonNull(reportReference, "reportReference");
    }
}
