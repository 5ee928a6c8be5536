package org.telerad.routing.reporting.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.reporting.application.PerformedProcedureSteps;
import org.telerad.shared.problem.TeleradException;

/** Performed Procedure Steps in {@code routing_performed_procedure}; SQL errors reported by SQL state only. */
@ApplicationScoped
public class JdbcPerformedProcedureSteps implements PerformedProcedureSteps {

    private static final String COLUMNS = "workitem_uid, performer_username, performer_code, performer_scheme,"
            + " performer_name, started_at, completed_at, signed_as, report_reference, retrieve_url";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcPerformedProcedureSteps() {
    }

    /** For tests that bring their own data source. */
    public JdbcPerformedProcedureSteps(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean record(TaskCompletion c) {
        String sql = "insert into routing_performed_procedure (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (workitem_uid) do nothing";
        try (Connection conn = dataSource.getConnection(); PreparedStatement s = conn.prepareStatement(sql)) {
            s.setString(1, c.workitemUid());
            s.setString(2, c.performerUsername());
            s.setString(3, c.performerCode());
            s.setString(4, c.performerCodingScheme());
            s.setString(5, c.performerName());
            s.setObject(6, offset(c.startedAt()));
            s.setObject(7, offset(c.completedAt()));
            s.setString(8, c.signedAs().name());
            s.setString(9, c.reportReference());
            s.setString(10, c.retrieveUrl());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public Optional<TaskCompletion> of(String workitemUid) {
        String sql = "select " + COLUMNS + " from routing_performed_procedure where workitem_uid = ?";
        try (Connection conn = dataSource.getConnection(); PreparedStatement s = conn.prepareStatement(sql)) {
            s.setString(1, workitemUid);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TaskCompletion(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs, 6), instant(rs, 7),
                        ReadType.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static OffsetDateTime offset(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static TeleradException failure(SQLException e) {
        return new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-TASK-042",
                "The performed procedure step could not be stored or read (SQL state " + e.getSQLState() + ").");
    }
}
