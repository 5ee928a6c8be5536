package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.sla.SlaFixtures.await;
import static org.telerad.it.sla.SlaFixtures.audited;
import static org.telerad.it.sla.SlaFixtures.clock;
import static org.telerad.it.sla.SlaFixtures.task;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Uids;

/**
 * Ageing on the deployed WAR: a routine task that waits longer than its contract's maximum wait (4 s here) is
 * promoted one tier in the queue after each wait (its UPS priority, 0074,1200, LOW to MEDIUM to HIGH) while its
 * contracted priority and due time stay.
 */
class SlaAgeingIT {

    @BeforeAll
    static void orthancAnswers() {
        SlaFixtures.orthancAnswers();
    }

    @Test
    void a_routine_task_waiting_past_the_maximum_wait_is_promoted_in_the_queue_but_keeps_its_due_time() {
        String institution = "SLA Ageing IT " + Uids.newStudyUid().substring(5, 15);
        String facility = SlaFixtures.facilityWithTwoReaders("it-sla-age", institution);
        SlaFixtures.shortContract(facility, Duration.ofSeconds(8), Duration.ofSeconds(4));

        String study = SlaFixtures.send(institution, false);
        String workitem = await("a task for the routine study", Duration.ofSeconds(60), () -> SlaFixtures.row(
                "select workitem_uid from routing_reading_task where study_instance_uid = ?", study)
                .map(r -> r.get("workitem_uid")));
        Map<String, String> started = await("its clock", Duration.ofSeconds(10), () -> clock(workitem));
        assertThat(started).containsEntry("priority", "ROUTINE");
        assertThat(task(workitem)).containsEntry("priority", "LOW");

        Map<String, String> aged = await("promoted twice", Duration.ofSeconds(20),
                () -> Optional.of(task(workitem)).filter(t -> "HIGH".equals(t.get("priority"))));
        assertThat(aged.get("state")).isEqualTo("SCHEDULED");
        Map<String, String> clock = clock(workitem).orElseThrow();
        assertThat(clock).containsEntry("priority", "ROUTINE").containsEntry("queue_priority", "STAT")
                .containsEntry("due_at", started.get("due_at"));
        assertThat(audited(workitem, "SLA ageing: queue priority ROUTINE -> URGENT")).hasSize(1);
        assertThat(audited(workitem, "SLA ageing: queue priority URGENT -> STAT")).hasSize(1);
        assertThat(audited(workitem, "SLA priority")).as("no recomputation of the due time").isEmpty();
    }
}
