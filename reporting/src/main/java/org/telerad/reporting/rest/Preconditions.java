package org.telerad.reporting.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.telerad.shared.problem.TeleradException;

/**
 * Optimistic concurrency over HTTP for reporting: the ETag of a report is its revision, of a template its version,
 * as a strong tag ({@code "3"}). A change needs {@code If-Match}: absent → 428 (TELERAD-REPORT-001), another value
 * → 412 (raised by the service, TELERAD-REPORT-002).
 */
public final class Preconditions {

    private Preconditions() {
    }

    /** The revision the client expects; 428 when the header is absent. */
    public static long ifMatch(HttpHeaders headers) {
        Long expected = ifMatchOrNull(headers);
        if (expected == null) {
            throw new TeleradException(TeleradException.Kind.PRECONDITION_REQUIRED, "TELERAD-REPORT-001",
                    "This change needs an If-Match header with the ETag you read (GET it first).");
        }
        return expected;
    }

    /** The revision the client expects, null when it sent no If-Match (or {@code *}). */
    public static Long ifMatchOrNull(HttpHeaders headers) {
        return org.telerad.shared.rest.Preconditions.optionalVersion(headers);
    }

    public static EntityTag tag(long revision) {
        return org.telerad.shared.rest.Preconditions.tag(revision);
    }

    public static Response ok(Object body, long revision) {
        return Response.ok(body).tag(tag(revision)).build();
    }

    /** A whole number query parameter, or {@code fallback}. */
    public static int number(String name, String text, int fallback, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 0 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw TeleradException.invalid("TELERAD-REPORT-005", name, "'" + text + "' is not a whole number from 0"
                    + " to " + max);
        }
    }
}
