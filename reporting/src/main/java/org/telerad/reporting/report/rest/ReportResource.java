package org.telerad.reporting.report.rest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.telerad.reporting.report.application.ReportLifecycle;
import org.telerad.reporting.report.application.ReportViews;
import org.telerad.reporting.rest.Preconditions;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * {@code /api/reports/{id}}, {@code /api/reports/{id}/versions}, {@code /api/reports/{id}/versions/{n}}: a report
 * and its signed versions, for facility admins of its facility, auditors, Telerad services and the radiologists
 * of its tasks. Every read audited.
 */
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    ReportLifecycle lifecycle;

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE })
    public Response get(@PathParam("id") String id) {
        ReportViews.ReportView view = lifecycle.byId(uuid(id, "TELERAD-REPORT-009"));
        return Preconditions.ok(view, view.revision());
    }

    @GET
    @Path("{id}/versions")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE })
    public Map<String, Object> versions(@PathParam("id") String id) {
        List<ReportViews.VersionView> versions = lifecycle.versions(uuid(id, "TELERAD-REPORT-009"));
        return Map.of("items", versions, "page", 0, "size", versions.size(), "total", versions.size());
    }

    @GET
    @Path("{id}/versions/{version}")
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE })
    public ReportViews.VersionView version(@PathParam("id") String id, @PathParam("version") String version) {
        return lifecycle.version(uuid(id, "TELERAD-REPORT-009"),
                Preconditions.number("version", version, 0, Integer.MAX_VALUE));
    }

    static UUID uuid(String text, String notFoundCode) {
        try {
            return UUID.fromString(text.strip());
        } catch (RuntimeException e) {
            throw TeleradException.notFound(notFoundCode, "There is no record " + text + ".");
        }
    }
}
