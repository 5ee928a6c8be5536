package org.telerad.registry.common.application;

import java.util.List;

import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditEventType;
import org.telerad.shared.audit.AuditRecord;

/**
 * The audit entries the registry writes. Changes to credentials are DICOM Security Alerts (110113: user
 * security attributes changed); reads of a personal record and searches are Queries (110112). Details name
 * fields and states, never personal values.
 */
public final class RegistryAudit {

    private RegistryAudit() {
    }

    public static AuditRecord created(String objectType, String id, String facilityCode) {
        return AuditRecord.success(AuditEventType.SECURITY_ALERT, AuditAction.CREATE, objectType, id, facilityCode,
                objectType + " created");
    }

    public static AuditRecord updated(String objectType, String id, String facilityCode, List<String> fields) {
        return AuditRecord.success(AuditEventType.SECURITY_ALERT, AuditAction.UPDATE, objectType, id, facilityCode,
                fields.isEmpty() ? "no field changed" : "changed: " + String.join(", ", fields));
    }

    public static AuditRecord changedState(String objectType, String id, String facilityCode, String transition) {
        return AuditRecord.success(AuditEventType.SECURITY_ALERT, AuditAction.UPDATE, objectType, id, facilityCode,
                transition);
    }

    public static AuditRecord deleted(String objectType, String id, String facilityCode, String how) {
        return AuditRecord.success(AuditEventType.SECURITY_ALERT, AuditAction.DELETE, objectType, id, facilityCode,
                how);
    }

    public static AuditRecord read(String objectType, String id) {
        return AuditRecord.success(AuditEventType.QUERY, AuditAction.READ, objectType, id, null, "read");
    }

    /** A list of records belonging to one owner (a radiologist's licenses), audited against the owner's id. */
    public static AuditRecord listed(String objectType, String ownerType, String ownerId, long returned) {
        return AuditRecord.success(AuditEventType.QUERY, AuditAction.READ, objectType, ownerId, null,
                objectType + " list of " + ownerType + " " + ownerId + ", " + returned + " returned");
    }

    /** A search: which filters were used (names only) and how many records it returned. */
    public static AuditRecord queried(String objectType, List<String> filters, long returned) {
        return AuditRecord.success(AuditEventType.QUERY, AuditAction.EXECUTE, objectType, null, null,
                "search" + (filters.isEmpty() ? "" : " by " + String.join(", ", filters)) + ", " + returned
                        + " returned");
    }
}
