package org.telerad.routing.task.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import javax.sql.DataSource;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.persistence.JdbcReadingTasks;

/** Reading tasks written straight into a test database, for the read models (board, worklist) to find. */
public final class StoredTasks {

    private StoredTasks() {
    }

    /**
     * Stores a scheduled CT task {@code uid} of study {@code study} (a final read), assigned to {@code reader}
     * when given, at {@code facility} and due at {@code due} (none when null), scheduled at {@code now}.
     */
    public static void scheduled(DataSource db, String uid, String study, String reader, String facility, Instant due,
            Instant now) throws SQLException {
        JdbcReadingTasks tasks = new JdbcReadingTasks(db);
        ReadingRequest r = ReadingRequests.ctFromDallas();
        ReadingRequest request = new ReadingRequest(study, ReadType.FINAL, r.patient(), r.request(), r.inputs(),
                r.procedureStepLabel(), r.worklistLabel(), r.priority(), r.inputReadiness(), r.facilityCode(),
                r.facts(), null, null, r.sourceArchive());
        ReadingTask t = ReadingTask.schedule(WorkitemUid.of(uid), request, now);
        assertThat(tasks.addIfAbsent(t)).isTrue();
        if (reader != null) {
            ReadingTask stored = tasks.findForUpdate(t.uid()).orElseThrow();
            stored.assignTo(Performer.of(null, reader, null, null), null, now);
            tasks.update(stored);
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "update routing_reading_task set facility_code = ?, expected_completion = ? where workitem_uid = ?")) {
            s.setString(1, facility);
            s.setTimestamp(2, due == null ? null : Timestamp.from(due));
            s.setString(3, uid);
            s.executeUpdate();
        }
    }
}
