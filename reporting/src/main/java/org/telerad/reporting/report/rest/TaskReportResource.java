package org.telerad.reporting.report.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.reporting.report.application.ReportLifecycle;
import org.telerad.reporting.report.application.ReportText;
import org.telerad.reporting.report.application.ReportViews;
import org.telerad.reporting.report.domain.SignatureKind;
import org.telerad.reporting.rest.Preconditions;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * The report of a reading task, {@code /api/tasks/{uid}/report}. {@code GET} answers the report (or the one to
 * start, prefilled, ETag "0"); {@code PUT} saves the draft (If-Match required: "0" to start); {@code POST
 * .../sign-preliminary}, {@code .../sign-final} sign it; {@code POST .../addenda} and {@code .../corrections}
 * amend a final report; {@code POST .../critical-findings} records a finding and {@code POST
 * .../critical-findings/{id}/communication} documents its communication. Writes: the radiologist who claimed the
 * task; reads also facility admins of the task's facility, auditors and Telerad services.
 */
@Path("/tasks/{uid}/report")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaskReportResource {

    @Inject
    ReportLifecycle lifecycle;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /** An addendum's text. */
    public record AddendumRequest(String text) {
    }

    /** A correction: the corrected sections and why. */
    public record CorrectionRequest(ReportText sections, String reason) {
    }

    /** A critical finding to record. */
    public record FindingRequest(Integer category, String description) {
    }

    @GET
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE })
    public Response get(@PathParam("uid") String uid) {
        ReportViews.ReportView view = lifecycle.forTask(uid);
        return Preconditions.ok(view, view.revision());
    }

    @PUT
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response saveDraft(@PathParam("uid") String uid, ReportLifecycle.DraftInput draft) {
        ReportViews.ReportView view = lifecycle.saveDraft(uid, Preconditions.ifMatch(headers), draft);
        return Preconditions.ok(view, view.revision());
    }

    @POST
    @Path("sign-preliminary")
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response signPreliminary(@PathParam("uid") String uid) {
        ReportViews.ReportView view = lifecycle.sign(uid, SignatureKind.PRELIMINARY,
                Preconditions.ifMatchOrNull(headers));
        return Preconditions.ok(view, view.revision());
    }

    @POST
    @Path("sign-final")
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response signFinal(@PathParam("uid") String uid) {
        ReportViews.ReportView view = lifecycle.sign(uid, SignatureKind.FINAL, Preconditions.ifMatchOrNull(headers));
        return Preconditions.ok(view, view.revision());
    }

    @POST
    @Path("addenda")
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response addAddendum(@PathParam("uid") String uid, AddendumRequest request) {
        ReportViews.ReportView view = lifecycle.addAddendum(uid, request == null ? null : request.text(),
                Preconditions.ifMatchOrNull(headers));
        return created(view);
    }

    @POST
    @Path("corrections")
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response correct(@PathParam("uid") String uid, CorrectionRequest request) {
        if (request == null) {
            throw TeleradException.invalid("TELERAD-REPORT-014", "sections", "The corrected sections are required");
        }
        ReportViews.ReportView view = lifecycle.correct(uid, request.sections(), request.reason(),
                Preconditions.ifMatchOrNull(headers));
        return created(view);
    }

    @POST
    @Path("critical-findings")
    @RolesAllowed(Roles.RADIOLOGIST)
    public Response recordFinding(@PathParam("uid") String uid, FindingRequest request) {
        if (request == null) {
            throw TeleradException.invalid("TELERAD-REPORT-030", "category", "A category (1, 2 or 3) is required");
        }
        ReportViews.FindingView finding = lifecycle.recordCriticalFinding(uid, request.category(),
                request.description());
        URI location = uri.getAbsolutePathBuilder().path(finding.id().toString()).build();
        return Response.created(location).entity(finding).build();
    }

    @POST
    @Path("critical-findings/{findingId}/communication")
    @RolesAllowed(Roles.RADIOLOGIST)
    public ReportViews.FindingView documentCommunication(@PathParam("uid") String uid,
            @PathParam("findingId") String findingId, ReportLifecycle.CommunicationInput communication) {
        return lifecycle.documentCommunication(uid, ReportResource.uuid(findingId, "TELERAD-REPORT-036"),
                communication);
    }

    private Response created(ReportViews.ReportView view) {
        int latest = view.versions().isEmpty() ? 0 : view.versions().get(view.versions().size() - 1).version();
        URI location = uri.getBaseUriBuilder().path("reports").path(view.id().toString()).path("versions")
                .path(Integer.toString(latest)).build();
        return Response.created(location).entity(view).tag(Preconditions.tag(view.revision())).build();
    }

}
