package org.telerad.routing.assignment.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.assignment.application.RecordedDecision;
import org.telerad.routing.assignment.application.RoutingDecisions;
import org.telerad.routing.assignment.domain.Assignee;
import org.telerad.routing.assignment.domain.RoutingDecision;
import org.telerad.shared.problem.TeleradException;

/**
 * {@link RoutingDecisions} in {@code routing_decision}. Recording supersedes the task's previous current
 * decision and inserts the new one in the caller's transaction (the partial unique index keeps one current
 * decision per task).
 */
@ApplicationScoped
public class JdbcRoutingDecisions implements RoutingDecisions {

    static final String SUPERSEDE = "update routing_decision set current = false where task_id = ? and current";
    static final String INSERT = "insert into routing_decision (task_id, decided_at, outcome, unroutable_reason,"
            + " facility_code, assignee_id, assignee_username, assigned_read_type, effort, patient_key,"
            + " registry_revision, current, explanation) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?::jsonb)";
    static final String CURRENT = "select task_id, decided_at, outcome, facility_code, assignee_username,"
            + " explanation::text from routing_decision where task_id = ? and current";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcRoutingDecisions() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcRoutingDecisions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(RoutingDecision d) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(SUPERSEDE)) {
                s.setString(1, d.taskId());
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                Assignee a = d.assignee().orElse(null);
                s.setString(1, d.taskId());
                s.setTimestamp(2, Timestamp.from(d.decidedAt()));
                s.setString(3, d.outcome().code());
                s.setString(4, d.unroutableReason().map(r -> r.code()).orElse(null));
                s.setString(5, d.facilityCode());
                s.setObject(6, a == null ? null : a.radiologistId(), Types.OTHER);
                s.setString(7, a == null ? null : a.username());
                s.setString(8, d.assignedReadType().map(Enum::name).orElse(null));
                s.setDouble(9, d.effort());
                s.setString(10, d.patientKey() == null ? null : d.patientKey().hash());
                s.setLong(11, d.registryRevision());
                s.setString(12, ExplanationDocument.json(d));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    @Override
    public Optional<RecordedDecision> currentFor(String taskId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CURRENT)) {
            s.setString(1, taskId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RecordedDecision(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    static final String CURRENT_ASSIGNEE = "select assignee_id from routing_decision where task_id = ? and current";

    @Override
    public Optional<java.util.UUID> currentAssigneeOf(String taskId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(CURRENT_ASSIGNEE)) {
            s.setString(1, taskId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getObject(1, java.util.UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    static TeleradException unavailable(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-ROUTING-064",
                "Routing decisions cannot be read or written right now (" + e.getSQLState() + ").");
    }
}
