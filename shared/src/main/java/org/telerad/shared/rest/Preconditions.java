package org.telerad.shared.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.telerad.shared.problem.TeleradException;

/**
 * Optimistic concurrency over HTTP, one reading for every module: the ETag of a record is its version as a strong
 * tag ({@code "3"}); a change sends it back in {@code If-Match}. Absent → 428 with the caller's code and sentence;
 * {@code *} → no check (null); a weak tag ({@code W/"3"}) or a bare number counts as the same version; of a list
 * only the first tag counts; a tag this server never issued → -1, which matches no version, so the service answers
 * 412.
 */
public final class Preconditions {

    /** The version of a tag this server never issued: it matches no record. */
    public static final long UNKNOWN_VERSION = -1L;

    private Preconditions() {
    }

    /** The ETag of a record at {@code version}. */
    public static EntityTag tag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * The version the client expects, null for {@code If-Match: *}; a 428 {@link TeleradException} with
     * {@code code} and {@code sentence} when the header is absent.
     */
    public static Long requiredVersion(HttpHeaders headers, String code, String sentence) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            throw new TeleradException(TeleradException.Kind.PRECONDITION_REQUIRED, code, sentence);
        }
        return version(header);
    }

    /** The version the client expects, null when it sent no {@code If-Match} or {@code *}. */
    public static Long optionalVersion(HttpHeaders headers) {
        String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (header == null || header.isBlank()) {
            return null;
        }
        return version(header);
    }

    /** The version named by a present {@code If-Match} value: null for {@code *}, -1 for a foreign tag. */
    public static Long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.equals("*")) {
            return null;
        }
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.contains(",")) {
            value = value.substring(0, value.indexOf(',')).strip();
        }
        try {
            return Long.parseLong(value.replace("\"", "").strip());
        } catch (NumberFormatException e) {
            return UNKNOWN_VERSION;
        }
    }
}
