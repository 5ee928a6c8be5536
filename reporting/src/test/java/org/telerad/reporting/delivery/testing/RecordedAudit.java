package org.telerad.reporting.delivery.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/** An audit trail that keeps what it is asked to record. */
public final class RecordedAudit implements AuditTrail {

    private final List<AuditRecord> records = new CopyOnWriteArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    public List<AuditRecord> records() {
        return records;
    }
}
