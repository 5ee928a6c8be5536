package org.telerad.shared.problem.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.telerad.shared.problem.ProblemDetails;

/**
 * JAX-RS's own refusals (no such path, method not allowed, unsupported or unacceptable media type, a
 * {@code @RolesAllowed} refusal, which RESTEasy raises as {@link ForbiddenException}) as problem+json with their
 * status, keeping the headers that belong to them ({@code Allow}, {@code WWW-Authenticate}).
 */
@Provider
@Priority(1)
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        ProblemDetails problem = ProblemResponse.problem(status, title(status), code(exception, status),
                sentence(exception, status), uriInfo, null);
        Response.ResponseBuilder builder = ProblemResponse.builder(problem);
        if (original != null) {
            for (String header : new String[] { HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.LOCATION,
                    HttpHeaders.RETRY_AFTER, HttpHeaders.ETAG }) {
                Object value = original.getHeaders().getFirst(header);
                if (value != null) {
                    builder.header(header, value);
                }
            }
        }
        return builder.build();
    }

    static String code(WebApplicationException exception, int status) {
        if (exception instanceof NotFoundException) {
            return "TELERAD-API-010";
        }
        if (exception instanceof NotAllowedException) {
            return "TELERAD-API-011";
        }
        if (exception instanceof NotSupportedException) {
            return "TELERAD-API-012";
        }
        if (exception instanceof NotAcceptableException) {
            return "TELERAD-API-013";
        }
        if (exception instanceof ForbiddenException || status == 403) {
            return "TELERAD-API-014";
        }
        if (exception instanceof NotAuthorizedException || status == 401) {
            return "TELERAD-API-015";
        }
        return status >= 500 ? "TELERAD-API-098" : "TELERAD-API-019";
    }

    static String sentence(WebApplicationException exception, int status) {
        if (exception instanceof NotFoundException) {
            return "There is nothing at this address.";
        }
        if (exception instanceof NotAllowedException) {
            return "This address does not accept this HTTP method.";
        }
        if (exception instanceof NotSupportedException) {
            return "This address does not accept a request body of this media type.";
        }
        if (exception instanceof NotAcceptableException) {
            return "This address cannot answer in any of the media types the request accepts.";
        }
        if (status == 403) {
            return "Your roles do not allow this action.";
        }
        if (status == 401) {
            return "A valid access token is required.";
        }
        return status >= 500 ? "The server could not complete the request." : "The request cannot be carried out.";
    }

    static String title(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
