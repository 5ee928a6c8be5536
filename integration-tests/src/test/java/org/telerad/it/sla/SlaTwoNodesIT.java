package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerad.it.sla.SlaFixtures.await;
import static org.telerad.it.sla.SlaFixtures.audited;
import static org.telerad.it.sla.SlaFixtures.clock;
import static org.telerad.it.sla.SlaFixtures.timers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.telerad.it.sla.SlaFixtures.TimerRow;
import org.telerad.it.support.Stack;
import org.telerad.it.support.Uids;
import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.persistence.JdbcDurableTimers;

/**
 * Two nodes on one database: while the deployed WAR's timer loop runs, this JVM runs a second claimer (the SLA
 * monitor's own {@link JdbcDurableTimers}, as node {@value #NODE}, on the test database, polling every few
 * milliseconds) over the clocks of the test's tasks. Every timer is claimed exactly once, by one of the two
 * (recorded in {@code fired_by}), and the WAR publishes a step (audit entry) exactly for the timers it claimed
 * and never for one the other node took.
 */
class SlaTwoNodesIT {

    static final String NODE = "it-second-node";
    static final int TASKS = 3;

    @BeforeAll
    static void orthancAnswers() {
        SlaFixtures.orthancAnswers();
    }

    @Test
    void every_timer_of_the_tasks_is_fired_exactly_once_by_one_of_two_claimers() throws Exception {
        String institution = "SLA Two Nodes IT " + Uids.newStudyUid().substring(5, 15);
        String facility = SlaFixtures.facilityWithTwoReaders("it-sla-two", institution);
        SlaFixtures.shortStatContract(facility, Duration.ofSeconds(6));

        List<String> workitems = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            workitems.add(SlaFixtures.awaitWorkitem(SlaFixtures.sendStat(institution)));
        }
        Set<UUID> clocks = new HashSet<>();
        Map<UUID, String> workitemOf = new HashMap<>();
        for (String w : workitems) {
            UUID id = UUID.fromString(await("the clock of " + w, Duration.ofSeconds(10), () -> clock(w))
                    .get("id"));
            clocks.add(id);
            workitemOf.put(id, w);
        }

        PGSimpleDataSource db = new PGSimpleDataSource();
        db.setUrl(Stack.jdbcUrl());
        db.setUser(Stack.appDatabaseUser());
        db.setPassword(Stack.appDatabasePassword());
        JdbcDurableTimers secondNode = new JdbcDurableTimers(db, NODE);
        List<FiredTimer> claimedHere = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread claimer = new Thread(() -> {
            while (running.get()) {
                // this node's clock runs a millisecond ahead of the WAR's: both win some races
                List<FiredTimer> claimed = secondNode.claimDueOf(clocks, Instant.now().plusMillis(1), 1);
                claimedHere.addAll(claimed);
                if (claimed.isEmpty()) { // like the WAR's loop: sleep until the next timer is due, then race
                    Instant next = nextDue(clocks).orElse(Instant.now().plusMillis(50));
                    long millis = Math.min(50, Duration.between(Instant.now(), next).toMillis());
                    SlaFixtures.sleep(Math.max(0, millis - 1));
                    while (running.get() && Instant.now().plusMillis(1).isBefore(next)) {
                        Thread.onSpinWait();
                    }
                }
            }
        }, "it-sla-second-node");
        claimer.start();
        try {
            await("every timer of the tasks fired", Duration.ofSeconds(30), () -> {
                List<TimerRow> all = new ArrayList<>();
                workitems.forEach(w -> all.addAll(timers(w)));
                return all.size() == TASKS * 5 && all.stream().allMatch(t -> t.firedAt() != null) ? Optional.of(all)
                        : Optional.empty();
            });
        } finally {
            running.set(false);
            claimer.join(5_000);
        }

        Set<String> keysHere = new HashSet<>();
        for (FiredTimer f : claimedHere) {
            assertThat(keysHere.add(workitemOf.get(f.timer().taskId()) + " " + f.timer().key()))
                    .as("claimed once here: " + f).isTrue();
        }
        int byWar = 0;
        for (String w : workitems) {
            List<TimerRow> rows = timers(w);
            assertThat(rows).hasSize(5).extracting(TimerRow::key).doesNotHaveDuplicates();
            for (TimerRow r : rows) {
                boolean here = keysHere.contains(w + " " + r.key());
                assertThat(r.firedBy()).as(w + " " + r.key()).isEqualTo(here ? NODE : r.firedBy())
                        .isNotNull();
                if (!here) {
                    assertThat(r.firedBy()).isNotEqualTo(NODE);
                    byWar++;
                }
                assertThat(audited(w, stepPrefix(r.key()))).as("steps the WAR published for " + r.key())
                        .hasSize(here ? 0 : 1);
            }
        }
        assertThat(byWar + keysHere.size()).isEqualTo(TASKS * 5);
        // who wins each race is not deterministic (typically both win some); exactly once is what counts
        System.out.printf("SlaTwoNodesIT: %d timers claimed by the WAR, %d by %s%n", byWar, keysHere.size(), NODE);
    }

    static Optional<Instant> nextDue(Set<UUID> clocks) {
        try (java.sql.Connection c = Stack.appDatabase(); java.sql.PreparedStatement p = c.prepareStatement(
                "select min(due_at) from sla_timer where fired_at is null and task_id = any (?)")) {
            p.setArray(1, c.createArrayOf("uuid", clocks.toArray()));
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                java.sql.Timestamp t = rs.getTimestamp(1);
                return Optional.ofNullable(t).map(java.sql.Timestamp::toInstant);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String stepPrefix(String key) {
        return switch (key) {
            case "WARNING" -> "SLA warning";
            case "BREACH" -> "SLA breached";
            case "ESCALATION:0" -> "SLA escalation step 0 NOTIFY_ASSIGNED_RADIOLOGIST: scheduled";
            case "ESCALATION:1" -> "SLA escalation step 1 REASSIGN: scheduled";
            case "ESCALATION:2" -> "SLA escalation step 2 NOTIFY_OPERATIONS_ON_CALL: scheduled";
            default -> throw new IllegalArgumentException(key);
        };
    }
}
