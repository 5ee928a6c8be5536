package org.telerad.shared.problem.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.telerad.shared.problem.TeleradException;

/** A domain refusal: the status of its {@link TeleradException.Kind}, its code, sentence and field violations. */
@Provider
@Priority(1)
public class TeleradExceptionMapper implements ExceptionMapper<TeleradException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TeleradException exception) {
        return ProblemResponse.of(ProblemResponse.problem(exception, uriInfo));
    }
}
