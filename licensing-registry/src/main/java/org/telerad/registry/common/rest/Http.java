package org.telerad.registry.common.rest;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.telerad.registry.common.domain.PageRequest;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.rest.Preconditions;

/**
 * Optimistic concurrency and paging over HTTP. The ETag of a record is its version as a strong tag
 * ({@code "3"}); a change needs {@code If-Match} with that tag: absent → 428, another version → 412
 * (raised by the service), {@code *} → no check.
 */
public final class Http {

    public static final String IF_MATCH_REQUIRED = "TELERAD-REGISTRY-041";

    private Http() {
    }

    public static EntityTag tag(long version) {
        return Preconditions.tag(version);
    }

    /** The version the client expects, null for {@code If-Match: *}; -1 for a tag this server never issued. */
    public static Long ifMatch(HttpHeaders headers) {
        return Preconditions.requiredVersion(headers, IF_MATCH_REQUIRED,
                "This change needs an If-Match header with the record's ETag (read the record first)");
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(tag(version)).build();
    }

    public static Response created(URI location, Object body, long version) {
        return Response.created(location).entity(body).tag(tag(version)).build();
    }

    public static PageRequest page(String page, String size) {
        return PageRequest.of(number("page", page), number("size", size));
    }

    public static Integer number(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw TeleradException.invalid("TELERAD-REGISTRY-019", name, "'" + text + "' is not a whole number");
        }
    }

    public static Boolean bool(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw TeleradException.invalid("TELERAD-REGISTRY-019", name,
                    "'" + text + "' is not true or false");
        };
    }
}
