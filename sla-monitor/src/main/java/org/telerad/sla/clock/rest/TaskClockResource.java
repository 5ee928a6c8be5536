package org.telerad.sla.clock.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;
import org.telerad.sla.clock.application.ClockView;
import org.telerad.sla.clock.application.TaskClocks;
import org.telerad.sla.clock.domain.PauseReason;

/**
 * {@code /api/tasks/{id}/clock} ({@code id} = the workitem UID): {@code GET} the task's reading clock (terms,
 * state, due time, instants, pauses); {@code POST .../pause} with {@code {"reason": "WAITING_FOR_PRIORS"}} or
 * {@code WAITING_FOR_CLINICAL_INFORMATION}, and {@code POST .../resume}, both audited. Readable by the task's
 * radiologist, the admins of its facility, credentialing admins, auditors and Telerad services; paused and resumed
 * by the same minus auditors (403). 404 when the task has no clock or the caller may not see it.
 */
@Path("/tasks/{id}/clock")
@RequestScoped
public class TaskClockResource {

    @Inject
    TaskClocks clocks;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN,
            Roles.RADIOLOGIST })
    public ClockView clock(@PathParam("id") String id) {
        return clocks.view(id, caller.get());
    }

    @POST
    @Path("pause")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN, Roles.RADIOLOGIST })
    public ClockView pause(@PathParam("id") String id, Map<String, String> body) {
        String reason = body == null ? null : body.get("reason");
        PauseReason why;
        try {
            why = PauseReason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            throw TeleradException.invalid("TELERAD-SLA-043", "reason",
                    "A pause needs a reason: WAITING_FOR_PRIORS or WAITING_FOR_CLINICAL_INFORMATION.");
        }
        return clocks.pause(id, why, caller.get());
    }

    @POST
    @Path("resume")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN, Roles.RADIOLOGIST })
    public ClockView resume(@PathParam("id") String id) {
        return clocks.resume(id, caller.get());
    }
}
