package org.telerad.routing.assignment.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.application.AssignedTasks;

/** {@link AssignedTasks} from {@code routing_reading_task} and the tasks' current {@code routing_decision}. */
@ApplicationScoped
public class JdbcAssignedTasks implements AssignedTasks {

    static final String PAGE = "select t.workitem_uid, t.facility_code, t.modality, t.read_type, d.assignee_id"
            + " from routing_reading_task t join routing_decision d on d.task_id = t.workitem_uid and d.current"
            + " where t.state = 'SCHEDULED' and t.performer_code is not null and d.assignee_id is not null"
            + " and t.workitem_uid > ? order by t.workitem_uid limit ?";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcAssignedTasks() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcAssignedTasks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<Assigned> scheduledAssigned(String afterTaskId, int limit) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(PAGE)) {
            s.setString(1, afterTaskId == null ? "" : afterTaskId);
            s.setInt(2, limit);
            List<Assigned> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Assigned(rs.getString(1), rs.getString(2), rs.getString(3),
                            ReadType.valueOf(rs.getString(4)), rs.getObject(5, UUID.class)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw JdbcRoutingDecisions.unavailable(e);
        }
    }
}
