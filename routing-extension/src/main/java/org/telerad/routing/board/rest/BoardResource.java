package org.telerad.routing.board.rest;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.routing.board.application.BoardAccess;
import org.telerad.routing.board.application.TaskBoard;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/board?facility=&riskMinutes=30}: open tasks counted by facility, priority and state; the open
 * tasks due within {@code riskMinutes} or overdue (at most 100, soonest first); each radiologist's open load.
 * Credentialing admins, auditors, services: every facility; facility admins: their own (403
 * {@code TELERAD-ROUTING-085} otherwise). Answers {@code {"now", "riskUntil", "counts", "atRisk", "load"}}.
 */
@Path("/board")
@RequestScoped
public class BoardResource {

    static final int AT_RISK_LIMIT = 100;

    /** The board's answer. */
    public record Board(Instant now, Instant riskUntil, java.util.List<TaskBoard.Count> counts,
            java.util.List<TaskBoard.AtRisk> atRisk, java.util.List<TaskBoard.Load> load) {
    }

    @Inject
    TaskBoard board;

    @Inject
    CurrentCaller currentCaller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.CREDENTIALING_ADMIN, Roles.AUDITOR, Roles.TELERAD_SERVICE, Roles.FACILITY_ADMIN })
    public Board board(@QueryParam("facility") String facility,
            @QueryParam("riskMinutes") @DefaultValue("30") int riskMinutes) {
        if (riskMinutes < 0 || riskMinutes > 24 * 60) {
            throw TeleradException.invalid("TELERAD-ROUTING-087", "riskMinutes",
                    "riskMinutes must be between 0 and 1440.");
        }
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofMinutes(riskMinutes));
        TaskBoard.Snapshot s = board.snapshot(BoardAccess.facilitiesFor(currentCaller.get(), facility), now, until,
                AT_RISK_LIMIT);
        return new Board(now, until, s.counts(), s.atRisk(), s.load());
    }
}
