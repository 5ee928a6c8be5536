package org.telerad.routing.viewer.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.telerad.routing.viewer.application.TaskViewerLinks;
import org.telerad.routing.viewer.domain.ViewerLink;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/tasks/{id}/viewer} ({@code id} = the workitem's UPS instance UID): {@code {"task", "studyInstanceUid",
 * "archive", "url"}}, the URL opening the study in the viewer configured for the task's archive (relative to
 * Telerad's origin when it starts with '/'). Same readers as {@code /routing} and {@code /priors}; 404 for an
 * unknown task; audited. The URL never carries a token.
 */
@Path("/tasks/{id}/viewer")
@RequestScoped
public class TaskViewerResource {

    @Inject
    TaskViewerLinks links;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN,
            Roles.RADIOLOGIST })
    public Map<String, Object> viewer(@PathParam("id") String id) {
        ViewerLink link = links.of(id == null ? "" : id.strip());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task", link.taskUid());
        answer.put("studyInstanceUid", link.studyInstanceUid());
        answer.put("archive", link.archive());
        answer.put("url", link.url());
        return answer;
    }
}
