package org.telerad.sla.contract.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;

import org.telerad.shared.rest.Preconditions;
import org.telerad.sla.contract.domain.SlaErrors;

/**
 * Optimistic concurrency over HTTP, as the registry does it: the ETag of a contract is its version as a strong
 * tag ({@code "3"}); a revision needs {@code If-Match} with that tag: absent → 428, another version → 412 (raised
 * by the service), {@code *} → no check.
 */
final class IfMatch {

    private IfMatch() {
    }

    static EntityTag tag(int version) {
        return Preconditions.tag(version);
    }

    /** The version the client revised, null for {@code If-Match: *}; -1 for a tag this server never issued. */
    static Long expectedVersion(HttpHeaders headers) {
        return Preconditions.requiredVersion(headers, SlaErrors.IF_MATCH_REQUIRED,
                "A contract revision needs an If-Match header with the current contract's ETag (read it first)");
    }
}
