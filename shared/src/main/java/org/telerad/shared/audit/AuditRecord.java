package org.telerad.shared.audit;

import java.util.Objects;

/**
 * What a module asks the audit trail to record. Who, when and from where are added by the trail from the
 * current {@link org.telerad.shared.security.Caller} and clock. {@code objectType} names the kind of record
 * ({@code Radiologist}, {@code License}, {@code ReadingTask}), {@code objectId} its Telerad identifier,
 * {@code facilityCode} the facility it belongs to when there is one, and {@code detail} a short
 * description that must not contain patient data (identifiers and field names are fine, values of
 * personal fields are not).
 */
public record AuditRecord(AuditEventType type, AuditAction action, AuditOutcome outcome, String objectType,
        String objectId, String facilityCode, String detail) {

    public AuditRecord {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(objectType, "objectType");
    }

    public static AuditRecord success(AuditEventType type, AuditAction action, String objectType, String objectId,
            String facilityCode, String detail) {
        return new AuditRecord(type, action, AuditOutcome.SUCCESS, objectType, objectId, facilityCode, detail);
    }
}
