package org.telerad.routing.assignment.persistence;

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

import org.telerad.routing.assignment.application.UnroutedTasks;

/** {@link UnroutedTasks} from {@code routing_reading_task} and {@code routing_decision}. */
@ApplicationScoped
public class JdbcUnroutedTasks implements UnroutedTasks {

    static final String WAITING = "select t.workitem_uid from routing_reading_task t"
            + " where t.state = 'SCHEDULED' and t.performer_code is null and t.created_at < ?"
            + " and not exists (select 1 from routing_decision d where d.task_id = t.workitem_uid)"
            + " order by t.created_at limit ?";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcUnroutedTasks() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcUnroutedTasks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<String> scheduledWithoutDecision(Instant createdBefore, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(WAITING)) {
            s.setTimestamp(1, Timestamp.from(createdBefore));
            s.setInt(2, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("the tasks waiting for routing could not be read", e);
        }
    }
}
