package org.telerad.routing.priors.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.telerad.routing.priors.application.TaskPriors;
import org.telerad.routing.priors.domain.Prior;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/tasks/{id}/priors} ({@code id} = the workitem's UPS instance UID): the task's priors, each
 * with Study Instance UID, date, description, modalities, the archive asked, its state (AVAILABLE, REQUESTED,
 * FAILED, REFUSED) and why. Same readers as {@code /routing}; 404 for an unknown task; audited.
 */
@Path("/tasks/{id}/priors")
@RequestScoped
public class TaskPriorsResource {

    @Inject
    TaskPriors priors;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN,
            Roles.RADIOLOGIST })
    public Map<String, Object> priors(@PathParam("id") String id) {
        String task = id == null ? "" : id.strip();
        List<Map<String, Object>> items = new ArrayList<>();
        for (Prior p : priors.of(task)) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("studyInstanceUid", p.study().studyInstanceUid());
            m.put("studyDate", p.study().studyDate());
            m.put("description", p.study().description());
            m.put("modalities", p.study().modalities());
            m.put("archive", p.archiveName());
            m.put("state", p.state().name());
            m.put("reason", p.reason());
            m.put("attempts", p.attempts());
            m.put("updatedAt", p.updatedAt().toString());
            items.add(m);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("task", task);
        answer.put("items", items);
        return answer;
    }
}
