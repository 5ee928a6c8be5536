package org.telerad.routing.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.telerad.routing.assignment.application.RecordedDecision;
import org.telerad.routing.assignment.application.RoutingExplanations;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/tasks/{id}/routing} ({@code id} = the workitem's UPS instance UID): the task's current routing
 * decision — the winner, each candidate's score parts, every other radiologist with the rules that excluded
 * them, and readable sentences. Credentialing admins, auditors, Telerad services, the admins of the task's
 * facility and the assigned radiologist may read it (403 otherwise); 404 when the task was never routed. Each
 * read is audited.
 */
@Path("/tasks/{id}/routing")
@RequestScoped
public class TaskRoutingResource {

    @Inject
    RoutingExplanations explanations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN,
            Roles.RADIOLOGIST })
    public Response routing(@PathParam("id") String id) {
        RecordedDecision decision = explanations.of(id == null ? "" : id.strip());
        // the stored document is the answer, exactly as recorded at decision time
        return Response.ok(decision.explanationJson(), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
