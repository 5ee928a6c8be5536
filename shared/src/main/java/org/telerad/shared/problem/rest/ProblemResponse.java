package org.telerad.shared.problem.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.ProblemDetails;
import org.telerad.shared.problem.TeleradException;

/** Builds problem+json responses. */
final class ProblemResponse {

    private ProblemResponse() {
    }

    static ProblemDetails problem(int status, String title, String code, String detail, UriInfo uriInfo,
            List<FieldViolation> errors) {
        return new ProblemDetails(URI.create("urn:telerad:problem:" + code), title, status, detail, instance(uriInfo),
                code, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    static ProblemDetails problem(TeleradException e, UriInfo uriInfo) {
        return problem(e.kind().httpStatus(), e.kind().title(), e.code(), e.getMessage(), uriInfo, e.violations());
    }

    static Response.ResponseBuilder builder(ProblemDetails problem) {
        return Response.status(problem.status())
                .type(ProblemDetails.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(problem);
    }

    static Response of(ProblemDetails problem) {
        return builder(problem).build();
    }

    private static String instance(UriInfo uriInfo) {
        if (uriInfo == null) {
            return null;
        }
        try {
            return uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException outsideRequest) {
            return null;
        }
    }
}
