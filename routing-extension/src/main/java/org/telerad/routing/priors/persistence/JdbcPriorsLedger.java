package org.telerad.routing.priors.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.priors.domain.Prior;
import org.telerad.routing.priors.domain.PriorState;
import org.telerad.routing.priors.domain.PriorStudy;
import org.telerad.routing.priors.domain.PriorsLedger;

/** Priors in {@code routing_prior}, runs in {@code routing_prior_run}; joins the caller's transaction if any. */
@ApplicationScoped
public class JdbcPriorsLedger implements PriorsLedger {

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    @Override
    public void record(Prior p) {
        String sql = "insert into routing_prior (task_uid, study_instance_uid, archive_name, state, reason, study_date,"
                + " study_description, modalities, attempts, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " on conflict (task_uid, study_instance_uid) do update set archive_name = excluded.archive_name,"
                + " state = excluded.state, reason = excluded.reason, study_date = excluded.study_date,"
                + " study_description = excluded.study_description, modalities = excluded.modalities,"
                + " attempts = excluded.attempts, updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, p.taskUid());
            s.setString(2, p.study().studyInstanceUid());
            s.setString(3, p.archiveName());
            s.setString(4, p.state().name());
            s.setString(5, p.reason());
            s.setString(6, p.study().studyDate());
            s.setString(7, p.study().description());
            s.setString(8, p.study().modalities());
            s.setInt(9, p.attempts());
            s.setTimestamp(10, Timestamp.from(p.updatedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("stored", e);
        }
    }

    @Override
    public List<Prior> ofTask(String taskUid) {
        String sql = "select task_uid, study_instance_uid, archive_name, state, reason, study_date, study_description,"
                + " modalities, attempts, updated_at from routing_prior where task_uid = ?"
                + " order by study_date desc nulls last, study_instance_uid";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, taskUid);
            List<Prior> all = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.add(new Prior(rs.getString(1), new PriorStudy(rs.getString(2), rs.getString(6),
                            rs.getString(7), rs.getString(8)), rs.getString(3), PriorState.valueOf(rs.getString(4)),
                            rs.getString(5), rs.getInt(9), rs.getTimestamp(10).toInstant()));
                }
            }
            return all;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    @Override
    public void recordRun(String taskUid, boolean failed, String reason, Instant at) {
        String sql = "insert into routing_prior_run (task_uid, state, reason, attempts, updated_at)"
                + " values (?, ?, ?, ?, ?) on conflict (task_uid) do update set state = excluded.state,"
                + " reason = excluded.reason, updated_at = excluded.updated_at,"
                + " attempts = case when excluded.state = 'FAILED' then routing_prior_run.attempts + 1 else 0 end";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, taskUid);
            s.setString(2, failed ? "FAILED" : "DONE");
            s.setString(3, reason == null ? null : reason.length() > 500 ? reason.substring(0, 500) : reason);
            s.setInt(4, failed ? 1 : 0);
            s.setTimestamp(5, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failed("stored", e);
        }
    }

    @Override
    public List<String> failedRuns(Instant before, int maxAttempts, int limit) {
        String sql = "select task_uid from routing_prior_run where state = 'FAILED' and updated_at < ? and attempts < ?"
                + " order by updated_at limit ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setTimestamp(1, Timestamp.from(before));
            s.setInt(2, maxAttempts);
            s.setInt(3, limit);
            List<String> all = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        } catch (SQLException e) {
            throw failed("read", e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException("priors could not be " + what + " (SQL state " + e.getSQLState() + ")");
    }
}
