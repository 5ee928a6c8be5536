package org.telerad.routing.assignment.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.assignment.application.UnroutableQueue;

/** {@link UnroutableQueue} from {@code routing_reading_task} and the tasks' current {@code routing_decision}. */
@ApplicationScoped
public class JdbcUnroutableQueue implements UnroutableQueue {

    static final String FROM = " from routing_reading_task t left join routing_decision d"
            + " on d.task_id = t.workitem_uid and d.current"
            + " where t.state = 'SCHEDULED' and t.performer_code is null"
            + " and (?::text[] is null or t.facility_code = any(?::text[]))";
    /** A decision other than unroutable on a task without performer: routing under way or to be repeated. */
    static final String PAGE = "select t.workitem_uid, t.facility_code, case when d.outcome = 'unroutable'"
            + " then coalesce(d.unroutable_reason, 'unroutable') else 'awaiting-routing' end, t.created_at,"
            + " case when d.outcome = 'unroutable' then d.decided_at end"
            + FROM + " order by t.created_at, t.workitem_uid offset ? limit ?";
    static final String COUNT = "select count(*)" + FROM;

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcUnroutableQueue() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcUnroutableQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private static void bind(PreparedStatement s, Array codes) throws SQLException {
        for (int i = 1; i <= 2; i++) {
            if (codes == null) {
                s.setNull(i, java.sql.Types.ARRAY);
            } else {
                s.setArray(i, codes);
            }
        }
    }

    @Override
    public Page page(Set<String> facilities, int offset, int limit) {
        try (Connection c = dataSource.getConnection()) {
            Array codes = facilities == null ? null : c.createArrayOf("text", facilities.toArray());
            long total;
            try (PreparedStatement s = c.prepareStatement(COUNT)) {
                bind(s, codes);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<Entry> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(PAGE)) {
                bind(s, codes);
                s.setInt(3, offset);
                s.setInt(4, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        Timestamp decided = rs.getTimestamp(5);
                        items.add(new Entry(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getTimestamp(4).toInstant(), decided == null ? null : decided.toInstant()));
                    }
                }
            }
            return new Page(items, total);
        } catch (SQLException e) {
            throw JdbcRoutingDecisions.unavailable(e);
        }
    }
}
