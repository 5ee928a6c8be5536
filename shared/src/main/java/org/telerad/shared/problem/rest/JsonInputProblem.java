package org.telerad.shared.problem.rest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;

/**
 * Turns a Jackson failure to read a request body into a refusal that names the field (as a JSON pointer) and
 * what it should hold, without repeating the value that was sent (it may be personal) and without Jackson's
 * internal wording. A {@link TeleradException} thrown by a record's constructor while Jackson builds it is
 * passed through unchanged.
 */
public final class JsonInputProblem {

    public static final String MALFORMED = "TELERAD-API-001";
    public static final String WRONG_TYPE = "TELERAD-API-002";
    public static final String UNKNOWN_FIELD = "TELERAD-API-003";

    private JsonInputProblem() {
    }

    public static TeleradException of(JsonProcessingException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof TeleradException refusal) {
                return refusal;
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException parse && !(cause instanceof JsonMappingException)) {
                return malformed(parse);
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            String field = pointer(unknown);
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            String message = "is not a field of this request" + (known.isEmpty() ? "" : "; known fields: " + known);
            return TeleradException.invalid(UNKNOWN_FIELD, "The request body has an unknown field " + field + ".",
                    List.of(new FieldViolation(field, message)));
        }
        if (e instanceof ValueInstantiationException invalid) {
            String field = pointer(invalid);
            return TeleradException.invalid(WRONG_TYPE, "The request body has an invalid value at " + field + ".",
                    List.of(new FieldViolation(field, "has an invalid value")));
        }
        if (e instanceof MismatchedInputException mismatch) {
            String field = pointer(mismatch);
            String expected = describe(mismatch.getTargetType());
            return TeleradException.invalid(WRONG_TYPE, "The field " + field + " must be " + expected + ".",
                    List.of(new FieldViolation(field, "must be " + expected)));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pointer(mapping);
            return TeleradException.invalid(WRONG_TYPE, "The request body could not be read at " + field + ".",
                    List.of(new FieldViolation(field, "could not be read")));
        }
        return TeleradException.invalid(MALFORMED, "The request body could not be read.",
                List.of(new FieldViolation("/", "could not be read")));
    }

    private static TeleradException malformed(StreamReadException parse) {
        String where = "";
        if (parse.getLocation() != null && parse.getLocation() != JsonLocation.NA) {
            where = " (line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr()
                    + ")";
        }
        return TeleradException.invalid(MALFORMED, "The request body is not valid JSON" + where + ".",
                List.of(new FieldViolation("/", "is not valid JSON" + where)));
    }

    /** The failing location as a JSON pointer ({@code /licenses/0/validFrom}); {@code /} for the whole body. */
    static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.length() == 0 ? "/" : pointer.toString();
    }

    /** What a value of this Java type looks like in JSON, in plain words. */
    static String describe(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "text";
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class
                || type == Integer.class || type == Long.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == float.class || type == BigDecimal.class
                || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-01-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "a date and time such as 2026-01-31T14:30:00Z";
        }
        if (type == LocalDateTime.class) {
            return "a date and time such as 2026-01-31T14:30:00";
        }
        if (type == LocalTime.class) {
            return "a time such as 14:30";
        }
        if (type == Duration.class) {
            return "an ISO-8601 duration such as PT4H";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "a time zone such as America/Chicago";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }
}
