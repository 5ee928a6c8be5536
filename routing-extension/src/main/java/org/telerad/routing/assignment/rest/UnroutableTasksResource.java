package org.telerad.routing.assignment.rest;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.routing.assignment.application.UnroutableQueue;
import org.telerad.routing.assignment.application.UnroutableQueueAccess;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/tasks/unroutable?facility=&page=0&size=50}: the SCHEDULED tasks nobody is assigned to, oldest
 * first, each with {@code task}, {@code facility}, {@code reason} (the current decision's unroutable reason:
 * no-facility, study-incomplete, no-eligible-reader, no-available-reader, residency; or awaiting-routing),
 * {@code scheduledAt} and {@code unroutableSince}. See {@link UnroutableQueueAccess} for who sees what.
 */
@Path("/tasks/unroutable")
@RequestScoped
public class UnroutableTasksResource {

    static final int MAX_SIZE = 200;

    @Inject
    UnroutableQueue queue;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN })
    public Map<String, Object> list(@QueryParam("facility") String facility,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw TeleradException.invalid("TELERAD-ROUTING-072", page < 0 ? "page" : "size",
                    "page must be >= 0 and size between 1 and " + MAX_SIZE + ".");
        }
        UnroutableQueue.Page p = queue.page(UnroutableQueueAccess.facilitiesFor(currentCaller.get(), facility),
                page * size, size);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", p.items().stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("task", e.taskId());
            m.put("facility", e.facilityCode());
            m.put("reason", e.reason());
            m.put("scheduledAt", e.scheduledAt());
            m.put("unroutableSince", e.unroutableSince());
            return m;
        }).toList());
        answer.put("page", page);
        answer.put("size", size);
        answer.put("total", p.total());
        return answer;
    }
}
