package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.sla.SlaFixtures.await;
import static org.telerad.it.sla.SlaFixtures.audited;
import static org.telerad.it.sla.SlaFixtures.clock;
import static org.telerad.it.sla.SlaFixtures.task;
import static org.telerad.it.sla.SlaFixtures.timers;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.sla.SlaFixtures.TimerRow;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;

/**
 * Reading clocks end to end on the deployed WAR, under short STAT contracts stored for a facility of the test's
 * own (its STAT studies sent to the test stack's Orthanc, taken in by the Orthanc connector): an unclaimed STAT task is warned, breached, escalated up the ladder and re-assigned to the other eligible
 * reader, each within a second of its instant; a task completed before its due time is met, never breached; the
 * due time is the workitem's Expected Completion DateTime (0040,4011) in UPS-RS retrieve.
 */
class SlaEscalationIT {

    static final Duration ON_TIME = Duration.ofSeconds(1);

    @BeforeAll
    static void orthancAnswers() {
        SlaFixtures.orthancAnswers();
    }

    @Test
    void an_unclaimed_stat_task_is_warned_breached_escalated_and_reassigned_within_a_second_of_each_instant() {
        String institution = "SLA Escalation IT " + Uids.newStudyUid().substring(5, 15);
        String facility = SlaFixtures.facilityWithTwoReaders("it-sla-esc", institution);
        SlaFixtures.shortStatContract(facility, Duration.ofSeconds(8));

        String workitem = SlaFixtures.awaitWorkitem(SlaFixtures.sendStat(institution));
        Map<String, String> started = await("the task's clock", Duration.ofSeconds(10), () -> clock(workitem));
        assertThat(started).containsEntry("facility_code", facility).containsEntry("contract_version", "1")
                .containsEntry("priority", "STAT").containsEntry("target_ms", "8000");
        String first = await("a first reader", Duration.ofSeconds(10),
                () -> Optional.ofNullable(task(workitem).get("performer_code")));

        // all five timers (warning 50 %, notify 75 %, breach and re-assign 100 %, on-call 125 %) fire
        List<TimerRow> fired = await("every timer fired", Duration.ofSeconds(20), () -> {
            List<TimerRow> rows = timers(workitem);
            return rows.size() == 5 && rows.stream().allMatch(r -> r.firedAt() != null) ? Optional.of(rows)
                    : Optional.empty();
        });
        assertThat(fired).extracting(TimerRow::key).containsExactlyInAnyOrder("WARNING", "ESCALATION:0", "BREACH",
                "ESCALATION:1", "ESCALATION:2");
        for (TimerRow r : fired) {
            assertThat(r.lateness()).as(r.key() + " fired " + r.firedAt() + ", due " + r.dueAt())
                    .isGreaterThanOrEqualTo(Duration.ZERO).isLessThan(ON_TIME);
        }
        System.out.println("SlaEscalationIT lateness (fired - due): " + fired.stream()
                .map(r -> r.key() + " " + r.lateness().toMillis() + " ms").toList());
        TimerRow breach = fired.stream().filter(r -> r.key().equals("BREACH")).findFirst().orElseThrow();
        TimerRow reassign = fired.stream().filter(r -> r.key().equals("ESCALATION:1")).findFirst().orElseThrow();

        // re-assigned to the other eligible reader, within a second of the breach
        Map<String, String> after = task(workitem);
        assertThat(after.get("state")).isEqualTo("SCHEDULED");
        assertThat(after.get("performer_code")).as("re-assigned").isNotNull().isNotEqualTo(first);
        List<Map.Entry<Instant, String>> reassigned = audited(workitem, "re-assigned to performer");
        assertThat(reassigned).singleElement().satisfies(e -> {
            assertThat(e.getValue()).contains(after.get("performer_code")).contains("turnaround escalation step 1");
            assertThat(Duration.between(reassign.dueAt(), e.getKey())).isLessThan(ON_TIME);
        });

        // one audit entry per step; the clock records it all
        assertThat(audited(workitem, "SLA warning")).hasSize(1);
        assertThat(audited(workitem, "SLA breached")).hasSize(1);
        for (String step : List.of("0 NOTIFY_ASSIGNED_RADIOLOGIST", "1 REASSIGN", "2 NOTIFY_OPERATIONS_ON_CALL")) {
            assertThat(audited(workitem, "SLA escalation step " + step + ": scheduled")).hasSize(1);
        }
        assertThat(audited(workitem, "SLA escalation step 0 NOTIFY_ASSIGNED_RADIOLOGIST: notified")).hasSize(1);
        assertThat(audited(workitem, "SLA escalation step 1 REASSIGN: REASSIGNED")).hasSize(1);
        assertThat(audited(workitem, "SLA escalation step 2 NOTIFY_OPERATIONS_ON_CALL: notified")).hasSize(1);
        Map<String, String> clock = clock(workitem).orElseThrow();
        assertThat(clock).containsEntry("breached", "t").containsEntry("escalations", "3")
                .containsEntry("reassignments", "1");
        assertThat(clock.get("warned_at")).isNotNull();
        assertThat(clock.get("breached_at")).isNotNull();
        assertThat(clock.get("stopped_at")).isNull();
        assertThat(breach.dueAt()).isEqualTo(reassign.dueAt());
    }

    @Test
    void a_task_completed_before_its_due_time_is_met_and_never_breached_and_its_due_time_is_in_ups_rs() {
        String institution = "SLA Met IT " + Uids.newStudyUid().substring(5, 15);
        String facility = SlaFixtures.facilityWithTwoReaders("it-sla-met", institution);
        SlaFixtures.shortStatContract(facility, Duration.ofSeconds(30));

        String workitem = SlaFixtures.awaitWorkitem(SlaFixtures.sendStat(institution));
        Map<String, String> started = await("the task's clock", Duration.ofSeconds(10), () -> clock(workitem));
        await("a reader", Duration.ofSeconds(10), () -> Optional.ofNullable(task(workitem).get("performer_code")));

        // Expected Completion DateTime (0040,4011) is the clock's due time, in UPS-RS retrieve
        String expected = await("0040,4011 in UPS-RS", Duration.ofSeconds(5), () -> {
            HttpResponse<String> r = SlaFixtures.retrieve(workitem);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonPath json = JsonPath.from(r.body().startsWith("[") ? r.body().substring(1, r.body().length() - 1)
                    : r.body());
            return Optional.ofNullable(json.getString("'00404011'.Value[0]"));
        });
        Instant due = OffsetDateTime.parse(started.get("due_at").replace(' ', 'T') + (started.get("due_at")
                .matches(".*[+-]\\d\\d$") ? ":00" : "")).toInstant();
        assertThat(expected).startsWith(DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC)
                .format(due));

        // the clock through the API: paused for priors (audited, shown with its reason), then resumed
        JsonPath view = Stack.api("credentialing").get("/tasks/{id}/clock", workitem).then().statusCode(200)
                .extract().jsonPath();
        assertThat(view.getString("facilityCode")).isEqualTo(facility);
        assertThat(view.getString("state")).isEqualTo("ON_TRACK");
        Stack.api("credentialing").body(Map.of("reason", "WAITING_FOR_PRIORS"))
                .post("/tasks/{id}/clock/pause", workitem).then().statusCode(200);
        Stack.api("credentialing").body(Map.of("reason", "because")).post("/tasks/{id}/clock/pause", workitem)
                .then().statusCode(400);
        Stack.api("facility-admin-tx").get("/tasks/{id}/clock", workitem).then().statusCode(404);
        view = Stack.api("credentialing").body(Map.of()).post("/tasks/{id}/clock/resume", workitem).then()
                .statusCode(200).extract().jsonPath();
        assertThat(view.getList("pauses.reason")).containsExactly("WAITING_FOR_PRIORS");
        assertThat(view.getString("pauses[0].until")).isNotNull();
        assertThat(audited(workitem, "SLA clock paused: WAITING_FOR_PRIORS")).hasSize(1);
        assertThat(audited(workitem, "SLA clock resumed")).hasSize(1);

        SlaFixtures.claimAndComplete(workitem);
        Map<String, String> stopped = await("the clock stopped", Duration.ofSeconds(5),
                () -> clock(workitem).filter(c -> c.get("stopped_at") != null));
        assertThat(stopped).containsEntry("outcome", "MET").containsEntry("breached", "f")
                .containsEntry("stopped_by", "TASK_COMPLETED");
        assertThat(stopped.get("claimed_at")).isNotNull();
        assertThat(stopped.get("first_assigned_at")).isNotNull();
        assertThat(audited(workitem, "SLA met")).hasSize(1);
        assertThat(audited(workitem, "SLA breached")).isEmpty();
        assertThat(timers(workitem)).as("pending timers dropped").allSatisfy(t -> assertThat(t.firedAt())
                .isNotNull());
    }
}
