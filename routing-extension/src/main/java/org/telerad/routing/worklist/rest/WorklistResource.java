package org.telerad.routing.worklist.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.telerad.routing.worklist.application.WorklistEntry;
import org.telerad.routing.worklist.application.WorklistReads;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * The web UI's worklist. {@code GET /api/worklist?facility=&study=&mine=&limit=200}: open tasks in the caller's
 * scope (a radiologist: their own; a facility admin: their facilities'; credentialing admins, auditors, services:
 * all), their own first, then by due time, priority and age; with {@code study} also that study's closed tasks.
 * Answers {@code {"now", "items"}} ({@code now}: the server's clock, for countdowns). {@code GET /api/worklist/{id}}:
 * one task (audited). {@code GET /api/worklist/changes}: server-sent events named {@code tasks-changed}, without
 * data, sent after any reading task changed: read the worklist again (a browser reads it with {@code fetch} and
 * its bearer token; EventSource cannot send one).
 */
@Path("/worklist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.RADIOLOGIST, Roles.FACILITY_ADMIN, Roles.CREDENTIALING_ADMIN, Roles.AUDITOR,
        Roles.TELERAD_SERVICE })
public class WorklistResource {

    static final int MAX_LIMIT = 1000;

    /** The worklist's answer. */
    public record WorklistPage(Instant now, List<WorklistEntry> items) {
    }

    @Inject
    WorklistReads reads;

    @Inject
    WorklistChanges changes;

    @GET
    public WorklistPage open(@QueryParam("facility") String facility, @QueryParam("study") String study,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw TeleradException.invalid("TELERAD-ROUTING-083", "limit",
                    "limit must be between 1 and " + MAX_LIMIT + ".");
        }
        return new WorklistPage(Instant.now(), reads.open(facility, study, mine, limit));
    }

    @GET
    @Path("changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void changes(@Context SseEventSink sink, @Context Sse sse) {
        changes.register(sink, sse);
    }

    @GET
    @Path("{id}")
    public WorklistEntry task(@PathParam("id") String id) {
        return reads.task(id == null ? "" : id.strip());
    }
}
