package org.telerad.shared.problem;

import java.util.List;
import java.util.Objects;

/**
 * A refusal every Telerad interface can explain: a stable {@link #code()} (for example
 * {@code TELERAD-REGISTRY-004}), a {@link Kind} that decides the protocol status, a sentence for people
 * and, for validation failures, the offending fields. Never carries personal data in its message.
 */
public class TeleradException extends RuntimeException {

    /** What went wrong, independent of the protocol that reports it. */
    public enum Kind {
        INVALID(400, "Invalid request"),
        UNAUTHENTICATED(401, "Authentication required"),
        FORBIDDEN(403, "Forbidden"),
        NOT_FOUND(404, "Not found"),
        CONFLICT(409, "Conflict"),
        PAYLOAD_TOO_LARGE(413, "Payload too large"),
        UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
        PRECONDITION_FAILED(412, "Precondition failed"),
        UNPROCESSABLE(422, "Unprocessable content"),
        PRECONDITION_REQUIRED(428, "Precondition required"),
        UNAVAILABLE(503, "Service unavailable");

        private final int httpStatus;
        private final String title;

        Kind(int httpStatus, String title) {
            this.httpStatus = httpStatus;
            this.title = title;
        }

        public int httpStatus() {
            return httpStatus;
        }

        public String title() {
            return title;
        }
    }

    private final Kind kind;
    private final String code;
    private final List<FieldViolation> violations;

    public TeleradException(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public TeleradException(Kind kind, String code, String message, List<FieldViolation> violations) {
        super(Objects.requireNonNull(message, "message"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.violations = List.copyOf(violations);
    }

    public static TeleradException invalid(String code, String message, List<FieldViolation> violations) {
        return new TeleradException(Kind.INVALID, code, message, violations);
    }

    public static TeleradException invalid(String code, String field, String message) {
        return new TeleradException(Kind.INVALID, code, message, List.of(new FieldViolation(field, message)));
    }

    public static TeleradException notFound(String code, String message) {
        return new TeleradException(Kind.NOT_FOUND, code, message);
    }

    public static TeleradException forbidden(String code, String message) {
        return new TeleradException(Kind.FORBIDDEN, code, message);
    }

    public static TeleradException conflict(String code, String message) {
        return new TeleradException(Kind.CONFLICT, code, message);
    }

    public static TeleradException preconditionFailed(String code, String message) {
        return new TeleradException(Kind.PRECONDITION_FAILED, code, message);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
