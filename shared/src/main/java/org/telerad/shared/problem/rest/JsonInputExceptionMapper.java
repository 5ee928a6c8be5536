package org.telerad.shared.problem.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;

/**
 * A request body Jackson could not read: 400 naming the field and the expected type. Replaces RESTEasy's own
 * mapper, which logs Jackson's message (and so the value sent) and answers plain text.
 */
@Provider
@Priority(1)
public class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return ProblemResponse.of(ProblemResponse.problem(JsonInputProblem.of(exception), uriInfo));
    }
}
