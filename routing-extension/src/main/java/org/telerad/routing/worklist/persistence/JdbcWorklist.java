package org.telerad.routing.worklist.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.worklist.application.Worklist;
import org.telerad.routing.worklist.application.WorklistEntry;
import org.telerad.routing.worklist.application.WorklistScope;
import org.telerad.shared.problem.TeleradException;

/** {@link Worklist} from {@code routing_reading_task} and each task's current {@code routing_decision}. */
@ApplicationScoped
public class JdbcWorklist implements Worklist {

    static final String COLUMNS = "select t.workitem_uid, t.study_instance_uid, t.accession_number, t.patient_name,"
            + " t.patient_id, t.priority, t.facility_code, t.modality, t.body_part, t.study_description, t.state,"
            + " t.read_type, t.expected_completion, t.created_at, t.performer_username, t.performer_name,"
            + " t.claimed_by, t.cancellation_requested, d.explanation ->> 'summary', d.outcome"
            + " from routing_reading_task t left join routing_decision d on d.task_id = t.workitem_uid and d.current";
    /** Scope: everything, or the facilities, or the reader's own tasks (parameters 1..5). */
    static final String SCOPE = " (? or t.facility_code = any(?::text[])"
            + " or (?::text is not null and (t.performer_username = ? or t.claimed_by = ?)))";
    static final String OPEN = COLUMNS + " where" + SCOPE
            + " and (t.state in ('SCHEDULED', 'IN_PROGRESS') or (?::text is not null and t.study_instance_uid = ?))"
            + " and (?::text is null or t.facility_code = ?)"
            + " and (?::text is null or t.study_instance_uid = ?)"
            + " and (not ? or t.performer_username = ? or t.claimed_by = ?)"
            + " order by (t.performer_username = ? or t.claimed_by = ?) is true desc,"
            + " t.expected_completion asc nulls last,"
            + " case t.priority when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, t.created_at, t.workitem_uid"
            + " limit ?";
    static final String ONE = COLUMNS + " where" + SCOPE + " and t.workitem_uid = ?";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcWorklist() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcWorklist(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<WorklistEntry> open(WorklistScope scope, Query query) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OPEN)) {
            int i = bindScope(c, s, scope);
            s.setString(i++, query.studyInstanceUid());
            s.setString(i++, query.studyInstanceUid());
            s.setString(i++, query.facilityCode());
            s.setString(i++, query.facilityCode());
            s.setString(i++, query.studyInstanceUid());
            s.setString(i++, query.studyInstanceUid());
            s.setBoolean(i++, query.mineOnly());
            s.setString(i++, scope.username());
            s.setString(i++, scope.username());
            s.setString(i++, scope.username());
            s.setString(i++, scope.username());
            s.setInt(i, query.limit());
            List<WorklistEntry> entries = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(entry(rs));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<WorklistEntry> task(WorklistScope scope, String taskId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(ONE)) {
            int i = bindScope(c, s, scope);
            s.setString(i, taskId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(entry(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static int bindScope(Connection c, PreparedStatement s, WorklistScope scope) throws SQLException {
        s.setBoolean(1, scope.everything());
        s.setArray(2, c.createArrayOf("text", scope.facilities().toArray()));
        String reader = scope.everything() ? null : scope.username();
        s.setString(3, reader);
        s.setString(4, reader);
        s.setString(5, reader);
        return 6;
    }

    private static WorklistEntry entry(ResultSet rs) throws SQLException {
        return new WorklistEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), instant(rs.getTimestamp(13)),
                instant(rs.getTimestamp(14)), rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getBoolean(18), rs.getString(19), rs.getString(20));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static TeleradException unavailable(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-ROUTING-081",
                "The worklist cannot be read right now (" + e.getSQLState() + ").");
    }
}
