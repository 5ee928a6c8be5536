package org.telerad.routing.upsrs.rest;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.upsrs.dicom.UpsWorkitemTranslator;
import org.telerad.shared.dicom.DicomAttributes;
import org.telerad.shared.dicom.DicomJson;
import org.telerad.shared.dicom.DicomXml;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * Create (RAD-80) for a known sending archive, whichever way it authenticated ({@code /rs} with a Keycloak token,
 * {@code /archive-rs} with its static credential): parse, enrich from the archive, schedule (idempotent by study
 * and read type), route; 201 with {@code Location} under {@code /rs/workitems}.
 */
@ApplicationScoped
public class WorkitemIntake {

    @Inject
    ReadingTaskService tasks;

    @Inject
    TaskEnrichment enrichment;

    /** Takes in the body {@code archive} sent; {@code locationBase} is the {@code /rs} base URI. */
    public Response create(ConfiguredArchive archive, InputStream body, HttpHeaders headers, UriInfo uri,
            java.net.URI locationBase) {
        DicomAttributes ds = parse(body, headers, true);
        Optional<String> queryUid = query(uri, "workitem");
        Optional<String> bodyUid = UpsWorkitemTranslator.proposedUid(ds);
        if (queryUid.isPresent() && bodyUid.isPresent() && !queryUid.get().equals(bodyUid.get())) {
            throw TeleradException.invalid("TELERAD-UPS-018", "The workitem query parameter and the SOP Instance UID"
                    + " (0008,0018) of the body name different workitems.", List.of(new FieldViolation(
                            "(0008,0018)", "differs from the workitem query parameter")));
        }
        WorkitemUid proposed = queryUid.or(() -> bodyUid)
                .map(text -> UpsWorkitemTranslator.workitemUid(text, queryUid.isPresent() ? "workitem" : "(0008,0018)"))
                .orElse(null);
        ReadingRequest request = UpsWorkitemTranslator.toRequest(ds, archive.timeZone(), archive.primaryAeTitle(),
                archive.name());
        TaskEnrichment.Enriched enriched = enrichment.beforeIntake(request, archive);
        ReadingTaskService.Intake intake = tasks.schedule(enriched.request(), proposed);
        enrichment.afterIntake(intake, enriched);
        Response.ResponseBuilder created = Response.created(
                jakarta.ws.rs.core.UriBuilder.fromUri(locationBase).path("workitems").path(intake.task().uid().value())
                        .build());
        if (!intake.created()) {
            created.header(UpsWarningFilter.WARNING, UpsWarningFilter.warning("A workitem for this study and read type"
                    + " already existed: it was updated, not duplicated."));
        }
        return created.build();
    }

    /** The body as a data set; {@code required} false lets an empty body be an empty data set. */
    static DicomAttributes parse(InputStream body, HttpHeaders headers, boolean required) {
        byte[] bytes = BoundedBody.read(body, headers.getHeaderString(HttpHeaders.CONTENT_LENGTH));
        if (bytes.length == 0) {
            if (required) {
                throw TeleradException.invalid("TELERAD-UPS-021", "/", "The request body is empty; a DICOM data set"
                        + " is required.");
            }
            return DicomAttributes.empty();
        }
        MediaType type = headers.getMediaType();
        if (type != null && type.getSubtype().equalsIgnoreCase("dicom+xml")) {
            return DicomXml.standard().read(bytes);
        }
        if (type == null || !type.getSubtype().equalsIgnoreCase("dicom+json")) {
            throw new TeleradException(TeleradException.Kind.UNSUPPORTED_MEDIA_TYPE, "TELERAD-UPS-022",
                    "The body must be application/dicom+json or application/dicom+xml.");
        }
        return DicomJson.standard().read(bytes);
    }

    static Optional<String> query(UriInfo uri, String name) {
        for (var p : uri.getQueryParameters().entrySet()) {
            if (p.getKey().equalsIgnoreCase(name) && !p.getValue().isEmpty() && !p.getValue().get(0).isBlank()) {
                return Optional.of(p.getValue().get(0).strip());
            }
        }
        return Optional.empty();
    }
}
