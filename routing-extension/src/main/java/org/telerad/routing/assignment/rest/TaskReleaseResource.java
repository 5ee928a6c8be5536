package org.telerad.routing.assignment.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.telerad.routing.assignment.application.TaskReleases;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.shared.security.Roles;

/**
 * {@code POST /api/tasks/{id}/release} with {@code {"reason": "..."}} (reason optional for the radiologist
 * releasing their own task, required for an admin releasing on a reader's behalf): gives a SCHEDULED task back
 * and re-routes it at once, never to the same reader. Answers {@code {"task", "state", "releasedFrom",
 * "assignedTo"}} ({@code assignedTo} absent when nobody else may read it: it then waits in the unroutable
 * queue). 409 TELERAD-TASK-012 for an IN PROGRESS task, 403 TELERAD-ROUTING-070 for someone else's.
 */
@Path("/tasks/{id}/release")
@RequestScoped
public class TaskReleaseResource {

    /** The request body. */
    public record ReleaseRequest(String reason) {
    }

    @Inject
    TaskReleases releases;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.RADIOLOGIST, Roles.CREDENTIALING_ADMIN, Roles.FACILITY_ADMIN })
    public Map<String, Object> release(@PathParam("id") String id, ReleaseRequest request) {
        TaskReleases.Released r = releases.release(WorkitemUid.of(id == null ? "" : id.strip()),
                request == null ? null : request.reason());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task", r.task().uid().value());
        answer.put("state", r.task().state().dicom());
        answer.put("releasedFrom", r.releasedFrom().code());
        r.reassignedTo().ifPresent(p -> answer.put("assignedTo", p.code()));
        return answer;
    }
}
