package org.telerad.registry.testing;

import java.util.ArrayList;
import java.util.List;

import org.telerad.shared.audit.AuditAction;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.audit.AuditTrail;

/** Keeps every audit record in a list so tests can assert what was recorded. */
public final class RecordingAuditTrail implements AuditTrail {

    private final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void record(AuditRecord record) {
        records.add(record);
    }

    public List<AuditRecord> records() {
        return List.copyOf(records);
    }

    public AuditRecord last() {
        return records.get(records.size() - 1);
    }

    public List<AuditRecord> withAction(AuditAction action) {
        return records.stream().filter(r -> r.action() == action).toList();
    }

    public void clear() {
        records.clear();
    }
}
