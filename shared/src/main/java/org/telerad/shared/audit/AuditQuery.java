package org.telerad.shared.audit;

import java.time.Instant;

/**
 * A search of the audit trail: every filter is optional ({@code null} = any), {@code from} inclusive and
 * {@code to} exclusive, {@code eventTypeCode} a DICOM event ID such as {@code 110110}. Pages count from 0.
 */
public record AuditQuery(Instant from, Instant to, String username, String objectType, String objectId,
        String eventTypeCode, String facilityCode, int page, int size) {

    public static final int MAX_PAGE_SIZE = 500;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    /** Everything, newest first, one page. */
    public static AuditQuery everything(int page, int size) {
        return new AuditQuery(null, null, null, null, null, null, null, page, size);
    }

    public long offset() {
        return (long) page * size;
    }
}
