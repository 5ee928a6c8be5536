package org.telerad.routing.board.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.board.application.TaskBoard;
import org.telerad.shared.problem.TeleradException;

/** {@link TaskBoard} from {@code routing_reading_task} and the current {@code routing_decision} (effort). */
@ApplicationScoped
public class JdbcTaskBoard implements TaskBoard {

    static final String OPEN = " t.state in ('SCHEDULED', 'IN_PROGRESS')"
            + " and (?::text[] is null or t.facility_code = any(?::text[]))";
    static final String COUNTS = "select t.facility_code, t.priority, t.state, count(*) from routing_reading_task t"
            + " where" + OPEN + " group by 1, 2, 3 order by 1 nulls last, 2, 3";
    static final String AT_RISK = "select t.workitem_uid, t.facility_code, t.priority, t.modality, t.state,"
            + " t.expected_completion, t.performer_username, t.performer_name from routing_reading_task t where" + OPEN
            + " and t.expected_completion is not null and t.expected_completion < ?"
            + " order by t.expected_completion, t.workitem_uid limit ?";
    static final String LOAD = "select coalesce(t.claimed_by, t.performer_username), max(t.performer_name),"
            + " count(*) filter (where t.state = 'SCHEDULED'), count(*) filter (where t.state = 'IN_PROGRESS'),"
            + " coalesce(sum(d.effort), 0) from routing_reading_task t left join routing_decision d"
            + " on d.task_id = t.workitem_uid and d.current where" + OPEN
            + " and coalesce(t.claimed_by, t.performer_username) is not null group by 1 order by 3 + 4 desc, 1";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcTaskBoard() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcTaskBoard(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Snapshot snapshot(Set<String> facilities, Instant now, Instant riskUntil, int atRiskLimit) {
        try (Connection c = dataSource.getConnection()) {
            Array codes = facilities == null ? null : c.createArrayOf("text", facilities.toArray());
            List<Count> counts = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(COUNTS)) {
                bind(s, codes);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
                    }
                }
            }
            List<AtRisk> atRisk = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(AT_RISK)) {
                bind(s, codes);
                s.setTimestamp(3, Timestamp.from(riskUntil));
                s.setInt(4, atRiskLimit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        atRisk.add(new AtRisk(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8)));
                    }
                }
            }
            List<Load> load = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(LOAD)) {
                bind(s, codes);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        load.add(new Load(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                                rs.getDouble(5)));
                    }
                }
            }
            return new Snapshot(counts, atRisk, load);
        } catch (SQLException e) {
            throw new TeleradException(TeleradException.Kind.UNAVAILABLE, "TELERAD-ROUTING-086",
                    "The board cannot be read right now (" + e.getSQLState() + ").");
        }
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
}
