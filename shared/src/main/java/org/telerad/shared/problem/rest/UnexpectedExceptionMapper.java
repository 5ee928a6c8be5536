package org.telerad.shared.problem.rest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

import org.telerad.shared.problem.TeleradException;

/**
 * Everything else. First looks through wrappers (EJB, transaction and RESTEasy exceptions) for a failure that
 * has a proper answer; otherwise answers 500 with a correlation id and logs, under that id, the exception
 * classes and stack frames only: exception messages may quote personal values (SQL errors quote rows), so they
 * stay out of the log.
 */
@Provider
@Priority(1)
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final System.Logger LOG = System.getLogger(UnexpectedExceptionMapper.class.getName());
    static final String INTERNAL = "TELERAD-API-099";
    static final String STALE = "TELERAD-API-020";

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = exception; cause != null && seen.put(cause, Boolean.TRUE) == null;
                cause = cause.getCause()) {
            if (cause instanceof TeleradException refusal) {
                return ProblemResponse.of(ProblemResponse.problem(refusal, uriInfo));
            }
            if (cause instanceof JsonProcessingException json) {
                return ProblemResponse.of(ProblemResponse.problem(JsonInputProblem.of(json), uriInfo));
            }
            if (cause instanceof WebApplicationException web) {
                WebApplicationExceptionMapper mapper = new WebApplicationExceptionMapper();
                mapper.uriInfo = uriInfo;
                return mapper.toResponse(web);
            }
            if (cause instanceof EJBAccessException) {
                return ProblemResponse.of(ProblemResponse.problem(403, "Forbidden", "TELERAD-API-014",
                        "Your roles do not allow this action.", uriInfo, null));
            }
            if (cause instanceof OptimisticLockException) {
                return ProblemResponse.of(ProblemResponse.problem(412, "Precondition failed", STALE,
                        "Someone else changed this record in the meantime; read it again and retry.", uriInfo,
                        null));
            }
        }
        String correlationId = UUID.randomUUID().toString();
        LOG.log(System.Logger.Level.ERROR, "unexpected failure, correlation id {0}:{1}", correlationId,
                withoutMessages(exception));
        return ProblemResponse.of(ProblemResponse.problem(500, "Internal server error", INTERNAL,
                "Telerad could not complete the request; quote correlation id " + correlationId
                        + " when reporting it.",
                uriInfo, null));
    }

    /** Exception classes and their top stack frames, without messages. */
    static String withoutMessages(Throwable exception) {
        StringBuilder out = new StringBuilder();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = exception; cause != null && seen.put(cause, Boolean.TRUE) == null;
                cause = cause.getCause()) {
            out.append(System.lineSeparator()).append(cause == exception ? "" : "caused by ")
                    .append(cause.getClass().getName());
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                out.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        return out.toString();
    }
}
