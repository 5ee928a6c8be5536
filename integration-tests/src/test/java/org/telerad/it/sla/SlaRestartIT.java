package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.sla.SlaFixtures.await;
import static org.telerad.it.sla.SlaFixtures.audited;
import static org.telerad.it.sla.SlaFixtures.clock;
import static org.telerad.it.sla.SlaFixtures.timers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.sla.SlaFixtures.TimerRow;
import org.telerad.it.support.Redeployments;
import org.telerad.it.support.Uids;

/**
 * Telerad undeployed with pending SLA timers, deployed again after they fell due: each timer fires once, at the
 * start, with both its due and its fired instant recorded, and each step is published once. Keeps Telerad down on
 * the shared test stack for about half a minute (holding the launcher's redeploy lock).
 */
class SlaRestartIT {

    @BeforeAll
    static void orthancAnswers() {
        SlaFixtures.orthancAnswers();
    }

    @Test
    void timers_due_while_telerad_was_undeployed_each_fire_once_when_it_is_deployed_again() throws Exception {
        String institution = "SLA Restart IT " + Uids.newStudyUid().substring(5, 15);
        String facility = SlaFixtures.facilityWithTwoReaders("it-sla-restart", institution);
        SlaFixtures.shortStatContract(facility, Duration.ofSeconds(16));

        Instant down;
        Instant deployStarted;
        String workitem;
        try (Redeployments stack = Redeployments.locked()) {
            workitem = SlaFixtures.awaitWorkitem(SlaFixtures.sendStat(institution));
            await("the clock", Duration.ofSeconds(10), () -> clock(workitem));
            stack.undeploy();
            down = Instant.now();
            List<TimerRow> pending = timers(workitem);
            assertThat(pending).hasSize(5);
            Instant lastDue = pending.stream().map(TimerRow::dueAt).max(Instant::compareTo).orElseThrow();
            long wait = Duration.between(Instant.now(), lastDue).toMillis() + 500;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            List<TimerRow> whileDown = timers(workitem);
            assertThat(whileDown.stream().filter(t -> t.dueAt().isAfter(down.plusSeconds(1))))
                    .as("timers due while down did not fire").allSatisfy(t -> assertThat(t.firedAt()).isNull());
            deployStarted = Instant.now();
            stack.deploy();
        }

        List<TimerRow> fired = await("every timer fired after the start", Duration.ofSeconds(30), () -> {
            List<TimerRow> rows = timers(workitem);
            return rows.stream().allMatch(t -> t.firedAt() != null) ? Optional.of(rows) : Optional.empty();
        });
        assertThat(fired).hasSize(5).extracting(TimerRow::key).doesNotHaveDuplicates();
        for (TimerRow t : fired) {
            assertThat(t.firedAt()).as(t.key() + " fired after its due instant").isAfterOrEqualTo(t.dueAt());
        }
        assertThat(fired.stream().filter(t -> t.dueAt().isAfter(down.plusSeconds(1))))
                .as("timers due while down fired once deployed again").isNotEmpty()
                .allSatisfy(t -> assertThat(t.firedAt()).isAfter(deployStarted));
        assertThat(audited(workitem, "SLA warning")).hasSize(1);
        assertThat(audited(workitem, "SLA breached")).hasSize(1);
        for (String step : List.of("0 NOTIFY_ASSIGNED_RADIOLOGIST", "1 REASSIGN", "2 NOTIFY_OPERATIONS_ON_CALL")) {
            assertThat(audited(workitem, "SLA escalation step " + step + ": scheduled")).hasSize(1);
        }
        Map<String, String> clock = clock(workitem).orElseThrow();
        assertThat(clock).containsEntry("breached", "t").containsEntry("escalations", "3");
        System.out.println("SlaRestartIT timers (key, due, fired): " + fired.stream()
                .map(t -> t.key() + " " + t.dueAt() + " " + t.firedAt()).toList());
    }
}
