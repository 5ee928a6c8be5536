package org.telerad.registry.common.application;

import org.telerad.registry.common.domain.Decision;
import org.telerad.shared.problem.TeleradException;

/** Turns policy decisions and version mismatches into the registry's stable refusals. */
public final class Refusals {

    public static final String FORBIDDEN = "TELERAD-REGISTRY-050";
    public static final String STALE = "TELERAD-REGISTRY-040";

    private Refusals() {
    }

    /** Throws 403 with the policy's reason unless the decision allows. */
    public static void enforce(Decision decision) {
        if (decision instanceof Decision.Rejected rejected) {
            throw TeleradException.forbidden(FORBIDDEN, rejected.reason());
        }
    }

    /** Throws 412 when the caller's expected version (from If-Match) is not the stored one; null skips it. */
    public static void requireVersion(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw TeleradException.preconditionFailed(STALE, "The " + what + " was changed by someone else (version "
                    + actual + ", you sent " + expected + "); reload it and apply your change again");
        }
    }

    public static TeleradException notFound(String code, String what, String id) {
        return TeleradException.notFound(code, "No " + what + " with id " + id);
    }

    /** 422: a body names a record that does not exist. */
    public static TeleradException unknownReference(String code, String field, String what, String id) {
        return new TeleradException(TeleradException.Kind.UNPROCESSABLE, code,
                field + ": no " + what + " with id " + id,
                java.util.List.of(new org.telerad.shared.problem.FieldViolation(field,
                        "no " + what + " with id " + id)));
    }
}
