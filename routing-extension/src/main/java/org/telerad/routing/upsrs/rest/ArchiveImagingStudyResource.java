package org.telerad.routing.upsrs.rest;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.telerad.routing.archive.ConfiguredArchive;
import org.telerad.routing.enrichment.application.TaskEnrichment;
import org.telerad.routing.fhir.ImagingStudyTranslator;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.upsrs.rest.ArchiveCredentialFilter.ArchivePrincipal;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;

/**
 * {@code POST /telerad/archive-rs/ImagingStudy}: what dcm4chee-arc-light's {@code fhir:} exporter posts (FHIR
 * ImagingStudy, R5 JSON by default, R4 too) when its web app (service class FHIR) points at {@code /telerad/archive-rs}
 * with a static credential. The same intake as {@code POST /fhir/ImagingStudy} ({@link ImagingStudyTranslator},
 * enrichment, idempotent schedule, routing), run as the archive; 201 with {@code Location} = the workitem under
 * {@code /rs} and an informational OperationOutcome.
 */
@Path("ImagingStudy")
@RequestScoped
@ServedOnlyBy(ArchiveRsApplication.class)
public class ArchiveImagingStudyResource {

    static final String FHIR_JSON = "application/fhir+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReadingTaskService tasks;

    @Inject
    TaskEnrichment enrichment;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest servletRequest;

    @POST
    @Consumes({ FHIR_JSON, "application/json" })
    public Response create(InputStream body) {
        ArchivePrincipal principal = ArchivePrincipal.of(security);
        String text = new String(BoundedBody.read(body, headers.getHeaderString(HttpHeaders.CONTENT_LENGTH)),
                StandardCharsets.UTF_8);
        ConfiguredArchive archive = principal.archive();
        Caller caller = principal.caller(servletRequest);
        return CurrentCaller.callAs(caller, () -> {
            ReadingRequest reading = ImagingStudyTranslator.toRequest(text, archive.timeZone(),
                    archive.primaryAeTitle(), archive.name());
            TaskEnrichment.Enriched enriched = enrichment.beforeIntake(reading, archive);
            ReadingTaskService.Intake intake = tasks.schedule(enriched.request(), null);
            enrichment.afterIntake(intake, enriched);
            String uid = intake.task().uid().value();
            java.net.URI location = UriBuilder.fromUri(ArchivePrincipal.rsBase(uri)).path("workitems").path(uid)
                    .build();
            ObjectNode outcome = JSON.createObjectNode().put("resourceType", "OperationOutcome");
            outcome.putArray("issue").addObject().put("severity", "information").put("code", "informational")
                    .put("diagnostics", (intake.created() ? "Reading task created" : "The reading task for this"
                            + " study already existed: it was updated, not duplicated") + "; UPS workitem " + uid
                            + " at " + location);
            return Response.created(location).type(FHIR_JSON).entity(outcome.toString()).build();
        });
    }
}
