package org.telerad.routing.enrichment.persistence;

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

import org.telerad.routing.enrichment.application.EnrichmentBacklog;
import org.telerad.routing.task.domain.WorkitemUid;

/**
 * The backlog in table {@code routing_task_enrichment} on {@code TeleradDS} (joins the caller's JTA transaction
 * when there is one). Claims use {@code FOR UPDATE SKIP LOCKED}, so two nodes never retry the same task at once.
 */
@ApplicationScoped
public class JdbcEnrichmentBacklog implements EnrichmentBacklog {

    static final String RECORD = "insert into routing_task_enrichment (workitem_uid, outcome, detail, attempts,"
            + " next_attempt_at, updated_at) values (?, ?, ?, 0, ?, ?) on conflict (workitem_uid) do update set"
            + " outcome = excluded.outcome, detail = excluded.detail, next_attempt_at = excluded.next_attempt_at,"
            + " updated_at = excluded.updated_at";
    static final String ADOPT_UNRECORDED = "insert into routing_task_enrichment (workitem_uid, outcome, detail,"
            + " attempts, next_attempt_at, updated_at) select t.workitem_uid, 'PENDING', 'enrichment outcome not"
            + " recorded at intake', 0, ?, ? from routing_reading_task t where t.state = 'SCHEDULED'"
            + " and t.facility_code is null and t.source_archive is not null and t.created_at < ?"
            + " and not exists (select 1 from routing_task_enrichment e where e.workitem_uid = t.workitem_uid)"
            + " limit ? on conflict do nothing";
    static final String CLAIM = "update routing_task_enrichment e set attempts = e.attempts + 1,"
            + " next_attempt_at = ? from routing_reading_task t where t.workitem_uid = e.workitem_uid"
            + " and e.workitem_uid in (select workitem_uid from routing_task_enrichment where outcome = 'PENDING'"
            + " and next_attempt_at <= ? order by next_attempt_at limit ? for update skip locked)"
            + " returning e.workitem_uid, t.study_instance_uid, t.source_archive, e.attempts";
    static final String DROP_SETTLED = "update routing_task_enrichment e set outcome = 'UNRECOGNISED',"
            + " detail = 'the task left SCHEDULED before its archive could be asked', next_attempt_at = null"
            + " from routing_reading_task t where t.workitem_uid = e.workitem_uid and e.outcome = 'PENDING'"
            + " and t.state <> 'SCHEDULED'";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcEnrichmentBacklog() {
    }

    public JdbcEnrichmentBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(WorkitemUid workitem, Outcome outcome, String detail, Instant nextAttempt, Instant now) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(RECORD)) {
            s.setString(1, workitem.value());
            s.setString(2, outcome.name());
            s.setString(3, detail == null ? null : detail.length() > 500 ? detail.substring(0, 500) : detail);
            s.setTimestamp(4, nextAttempt == null ? null : Timestamp.from(nextAttempt));
            s.setTimestamp(5, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    public List<Due> claimDue(Instant now, Instant unrecordedBefore, Instant claimedUntil, int limit) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(DROP_SETTLED)) {
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(ADOPT_UNRECORDED)) {
                s.setTimestamp(1, Timestamp.from(now));
                s.setTimestamp(2, Timestamp.from(now));
                s.setTimestamp(3, Timestamp.from(unrecordedBefore));
                s.setInt(4, limit);
                s.executeUpdate();
            }
            List<Due> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                s.setTimestamp(1, Timestamp.from(claimedUntil));
                s.setTimestamp(2, Timestamp.from(now));
                s.setInt(3, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        due.add(new Due(new WorkitemUid(rs.getString(1)), rs.getString(2), rs.getString(3),
                                rs.getInt(4)));
                    }
                }
            }
            return due;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static IllegalStateException failure(SQLException e) {
        return new IllegalStateException("the enrichment backlog could not be used (SQL state " + e.getSQLState() + ")");
    }
}
