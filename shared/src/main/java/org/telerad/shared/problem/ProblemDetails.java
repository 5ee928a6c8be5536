package org.telerad.shared.problem;

import java.net.URI;
import java.util.List;

/**
 * RFC 9457 problem details as Telerad writes them ({@code application/problem+json}): the standard members
 * plus {@code code}, a stable identifier clients can switch on, and {@code errors} for field violations.
 */
public record ProblemDetails(URI type, String title, int status, String detail, String instance, String code,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static ProblemDetails of(TeleradException e, String instance) {
        return new ProblemDetails(URI.create("urn:telerad:problem:" + e.code()), e.kind().title(),
                e.kind().httpStatus(), e.getMessage(), instance, e.code(), e.violations());
    }
}
