package org.telerad.routing.assignment.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

import org.telerad.routing.assignment.domain.OpenWork;
import org.telerad.routing.assignment.domain.PatientKey;
import org.telerad.routing.assignment.domain.Workload;

/**
 * {@link Workload} from the current routing decisions of the tasks still open (SCHEDULED or IN PROGRESS in
 * {@code routing_reading_task}) and still held by the reader routing chose (a task reassigned by hand to
 * someone else no longer counts for the first). One query, grouped by reader, answers both the open effort
 * and this patient's open tasks.
 */
@ApplicationScoped
public class JdbcWorkload implements Workload {

    static final String OPEN_WORK = "select d.assignee_id, sum(d.effort),"
            + " count(*) filter (where d.patient_key = ?)"
            + " from routing_decision d join routing_reading_task t on t.workitem_uid = d.task_id"
            + " where d.current and d.assignee_id is not null and t.state in ('SCHEDULED', 'IN_PROGRESS')"
            + " and (t.performer_username is null or d.assignee_username is null"
            + " or t.performer_username = d.assignee_username)"
            + " group by d.assignee_id";

    @Resource(lookup = "java:jboss/datasources/TeleradDS")
    DataSource dataSource;

    public JdbcWorkload() {
    }

    /** For tests and tools that bring their own data source. */
    public JdbcWorkload(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public OpenWork openWork(PatientKey patient) {
        Map<UUID, Double> effort = new HashMap<>();
        Map<UUID, Integer> patientTasks = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(OPEN_WORK)) {
            s.setString(1, patient == null ? null : patient.hash());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID reader = rs.getObject(1, UUID.class);
                    effort.put(reader, rs.getDouble(2));
                    int n = rs.getInt(3);
                    if (n > 0) {
                        patientTasks.put(reader, n);
                    }
                }
            }
        } catch (SQLException e) {
            throw JdbcRoutingDecisions.unavailable(e);
        }
        return new OpenWork(effort, patientTasks);
    }
}
