package org.telerad.routing.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.api.TaskCompletion;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.reporting.persistence.JdbcPerformedProcedureSteps;

@ExtendWith(RoutingTables.class)
class JdbcPerformedProcedureStepsTest {

    @Test
    void a_completed_tasks_performed_procedure_step_is_recorded_once(DataSource db) {
        JdbcPerformedProcedureSteps steps = new JdbcPerformedProcedureSteps(db);
        TaskCompletion signed = new TaskCompletion("1.2.3.4", "rad-tx", "1234567893", "NPI", "Riley Texas",
                Instant.parse("2026-11-30T08:00:00Z"), Instant.parse("2026-11-30T08:20:00Z"), ReadType.FINAL,
                "urn:telerad:report:abc:2", "/telerad/api/reports/abc/versions/2");

        assertThat(steps.record(signed)).isTrue();
        assertThat(steps.record(new TaskCompletion("1.2.3.4", "someone", "x", "99TELERAD", null, null,
                Instant.parse("2026-11-30T09:00:00Z"), ReadType.FINAL, "urn:telerad:report:abc:3", null))).isFalse();
        assertThat(steps.of("1.2.3.4")).contains(signed);
        assertThat(steps.of("9.9")).isEmpty();
    }
}
