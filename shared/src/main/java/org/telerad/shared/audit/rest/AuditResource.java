package org.telerad.shared.audit.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEntry;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditOutcome;
import org.telerad.shared.audit.AuditQuery;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;
import org.telerad.shared.audit.persistence.AuditEntryTable;
import org.telerad.shared.audit.persistence.JdbcAuditReader;
import org.telerad.shared.audit.verification.VerificationReport;
import org.telerad.shared.problem.FieldViolation;
import org.telerad.shared.problem.TeleradException;
import org.telerad.shared.security.Roles;

/**
 * {@code GET /api/audit} searches the trail (newest first; the search is itself recorded as a Query event) and
 * {@code GET /api/audit/verification} walks the hash chain. Auditors only.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    /** One page of entries, in the API's paging shape. */
    public record AuditPage(List<AuditEntryView> items, int page, int size, long total) {
    }

    /** An entry as the API shows it: DICOM codes with their names, roles as a list. */
    public record AuditEntryView(long sequenceNumber, Instant occurredAt, String eventType, String eventTypeCode,
            String action, String actionCode, String outcome, int outcomeCode, String username, List<String> roles,
            String clientAddress, String objectType, String objectId, String facilityCode, String detail,
            String previousHash, String entryHash) {

        static AuditEntryView of(AuditEntry entry) {
            return new AuditEntryView(entry.sequenceNumber(), entry.occurredAt(),
                    AuditEventType.ofCode(entry.eventTypeCode()).map(Enum::name).orElse(null), entry.eventTypeCode(),
                    AuditAction.ofCode(entry.actionCode()).map(Enum::name).orElse(null), entry.actionCode(),
                    AuditOutcome.ofCode(entry.outcomeCode()).map(Enum::name).orElse(null), entry.outcomeCode(),
                    entry.username(),
                    entry.roles().isEmpty() ? List.of() : Arrays.asList(entry.roles().split(",")),
                    entry.clientAddress(), entry.objectType(), entry.objectId(), entry.facilityCode(), entry.detail(),
                    entry.previousHash(), entry.entryHash());
        }
    }

    @Inject
    JdbcAuditReader reader;

    @Inject
    AuditTrail auditTrail;

    @GET
    public AuditPage search(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("username") String username, @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId, @QueryParam("eventType") String eventType,
            @QueryParam("facility") String facility, @QueryParam("page") @DefaultValue("0") String pageParam,
            @QueryParam("size") @DefaultValue("50") String sizeParam) {
        List<FieldViolation> violations = new ArrayList<>();
        int page = number("page", pageParam, violations);
        int size = number("size", sizeParam, violations);
        Instant fromInstant = instant("from", from, violations);
        Instant toInstant = instant("to", to, violations);
        String eventTypeCode = eventTypeCode(eventType, violations);
        if (page < 0 && page != NOT_A_NUMBER) {
            violations.add(new FieldViolation("page", "page must be 0 or more"));
        }
        if ((size < 1 || size > AuditQuery.MAX_PAGE_SIZE) && size != NOT_A_NUMBER) {
            violations.add(new FieldViolation("size", "size must be between 1 and " + AuditQuery.MAX_PAGE_SIZE));
        }
        if (fromInstant != null && toInstant != null && !fromInstant.isBefore(toInstant)) {
            violations.add(new FieldViolation("to", "to must be after from"));
        }
        if (!violations.isEmpty()) {
            throw TeleradException.invalid("TELERAD-AUDIT-010", "The audit search has invalid parameters.",
                    violations);
        }
        AuditQuery query = new AuditQuery(fromInstant, toInstant, username, objectType, objectId, eventTypeCode,
                facility, page, size);
        AuditEntryTable.SearchResult result = reader.search(query);
        auditTrail.record(AuditRecord.success(AuditEventType.QUERY, AuditAction.EXECUTE, "AuditTrail", null, facility,
                "audit search" + filterNames(from, to, username, objectType, objectId, eventType, facility)));
        return new AuditPage(result.items().stream().map(AuditEntryView::of).toList(), page, size, result.total());
    }

    @GET
    @Path("verification")
    public VerificationReport verification() {
        return reader.verify();
    }

    private static final int NOT_A_NUMBER = Integer.MIN_VALUE;

    private static int number(String name, String value, List<FieldViolation> violations) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            violations.add(new FieldViolation(name, name + " must be a whole number"));
            return NOT_A_NUMBER;
        }
    }

    private static Instant instant(String name, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(name,
                    name + " must be an ISO-8601 instant such as 2026-11-27T00:00:00Z"));
            return null;
        }
    }

    private static String eventTypeCode(String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (AuditEventType type : AuditEventType.values()) {
            if (type.name().equalsIgnoreCase(value) || type.code().equals(value)) {
                return type.code();
            }
        }
        violations.add(new FieldViolation("eventType",
                "eventType must be a DICOM audit event ID (such as 110110) or its name (such as PATIENT_RECORD)"));
        return null;
    }

    /** Which filters were used, never their values (they may be personal). */
    private static String filterNames(String from, String to, String username, String objectType, String objectId,
            String eventType, String facility) {
        List<String> names = new ArrayList<>();
        addIfSet(names, "from", from);
        addIfSet(names, "to", to);
        addIfSet(names, "username", username);
        addIfSet(names, "objectType", objectType);
        addIfSet(names, "objectId", objectId);
        addIfSet(names, "eventType", eventType);
        addIfSet(names, "facility", facility);
        return names.isEmpty() ? "" : " by " + String.join(", ", names);
    }

    private static void addIfSet(List<String> names, String name, String value) {
        if (value != null && !value.isBlank()) {
            names.add(name);
        }
    }
}
