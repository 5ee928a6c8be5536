package org.telerad.routing.assignment.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.ds.PGSimpleDataSource;
import org.telerad.registry.api.ReadType;
import org.telerad.routing.assignment.domain.Availability;
import org.telerad.routing.assignment.domain.PreliminaryAbroadContracts;
import org.telerad.routing.assignment.domain.Router;
import org.telerad.routing.assignment.domain.RoutingSettings;
import org.telerad.routing.assignment.persistence.JdbcAssignedTasks;
import org.telerad.routing.assignment.persistence.JdbcRoutingDecisions;
import org.telerad.routing.assignment.persistence.JdbcUnroutedTasks;
import org.telerad.routing.assignment.persistence.JdbcWorkload;
import org.telerad.routing.assignment.persistence.RoutingTables;
import org.telerad.routing.assignment.persistence.ThreadBoundTransactions;
import org.telerad.shared.testing.FiredEvents;
import org.telerad.routing.assignment.testing.FixtureEligibility;
import org.telerad.routing.assignment.testing.FixtureReader;
import org.telerad.routing.assignment.testing.InMemoryReaderProfiles;
import org.telerad.routing.enrichment.application.EnrichmentBacklog;
import org.telerad.routing.enrichment.persistence.JdbcEnrichmentBacklog;
import org.telerad.routing.task.application.ReadingTaskService;
import org.telerad.routing.task.application.ReadingTaskServices;
import org.telerad.routing.task.domain.InputReadiness;
import org.telerad.routing.task.domain.InputSeries;
import org.telerad.routing.task.domain.Patient;
import org.telerad.routing.task.domain.Performer;
import org.telerad.routing.task.domain.Priority;
import org.telerad.routing.task.domain.ProcedureStepState;
import org.telerad.routing.task.domain.ReadingRequest;
import org.telerad.routing.task.domain.ReadingTask;
import org.telerad.routing.task.domain.ReadingTaskEvent;
import org.telerad.routing.task.domain.ReferencedRequest;
import org.telerad.routing.task.domain.StudyFacts;
import org.telerad.routing.task.domain.TaskRefusal;
import org.telerad.routing.task.domain.TransactionUid;
import org.telerad.routing.task.domain.WorkitemUid;
import org.telerad.routing.task.persistence.JdbcReadingTasks;
import org.telerad.shared.audit.AuditRecord;
import org.telerad.shared.security.Caller;
import org.telerad.shared.security.CurrentCaller;
import org.telerad.shared.security.Roles;

/**
 * Two Telerad nodes on one PostgreSQL database: each node is its own set of application services and JDBC stores
 * over its own data source (nothing shared in memory; {@link ThreadBoundTransactions} plays the container's
 * {@code @Transactional}), and they race for the same tasks behind a {@link CountDownLatch}. No task is ever
 * claimed, assigned or re-routed twice.
 */
@ExtendWith(RoutingTables.class)
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class TwoNodesOnOneDatabaseTest {

    static final Instant NOW = Instant.parse("2026-11-27T23:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final int ROUNDS = 5;

    final FixtureReader ana = FixtureReader.named("Ana Reyes").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader ben = FixtureReader.named("Ben Ortiz").licensedIn("US-TX").privilegedAt("tx-dallas");
    final FixtureReader cam = FixtureReader.named("Cam Ruiz").licensedIn("US-TX").privilegedAt("tx-dallas");
    final ExecutorService threads = Executors.newFixedThreadPool(12);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** One Telerad node: its own pool, stores, services, audit trail; the registry's content as every node sees it. */
    final class Node {
        final ThreadBoundTransactions tx;
        final JdbcReadingTasks tasks;
        final List<AuditRecord> audit = Collections.synchronizedList(new ArrayList<>());
        final Set<UUID> offShift = Collections.synchronizedSet(new HashSet<>());
        final ReadingTaskService service;
        final RoutingSweep sweep = new RoutingSweep();
        final ShiftEnds shiftEnds = new ShiftEnds();
        final TaskReleases releases;

        Node(DataSource pool) {
            tx = new ThreadBoundTransactions(pool);
            tasks = new JdbcReadingTasks(tx);
            FixtureEligibility registry = new FixtureEligibility().facility("tx-dallas", "US-TX").with(ana, ben, cam);
            Availability shifts = (reader, facility, at) -> offShift.contains(reader) ? Optional.of("off shift")
                    : Optional.empty();
            JdbcRoutingDecisions decisions = new JdbcRoutingDecisions(tx);
            UnroutableAlerts alerts = new UnroutableAlerts();
            alerts.audit = audit::add;
            alerts.found = new FiredEvents<>();
            Router router = new Router(registry, new JdbcWorkload(tx), shifts, new InMemoryReaderProfiles(),
                    PreliminaryAbroadContracts.none(), RoutingSettings.defaults());
            ReadingTaskRouting routing = new ReadingTaskRouting();
            routing.clock = CLOCK;
            routing.configuration = new RoutingConfiguration();
            routing.tasks = tasks;
            routing.decisions = decisions;
            routing.assignments = new Assignments(router, decisions, audit::add,
                    new FiredEvents<TaskRouted>().observedBy(alerts::onRouted));
            ReadingTaskService plain = ReadingTaskServices.inMemory(tasks, routing, CLOCK, audit);
            service = new ReadingTaskService() { // what the @Transactional interceptor does
                @Override
                public Optional<ReadingTask> routeNow(WorkitemUid uid, boolean evenIfAssigned) {
                    return tx.inTransaction(() -> plain.routeNow(uid, evenIfAssigned));
                }

                @Override
                public Optional<ReadingTask> routeIfUndecided(WorkitemUid uid) {
                    return tx.inTransaction(() -> plain.routeIfUndecided(uid));
                }

                @Override
                public org.telerad.routing.task.domain.StateChange changeState(WorkitemUid uid,
                        ProcedureStepState target, TransactionUid transaction) {
                    return tx.inTransaction(() -> plain.changeState(uid, target, transaction));
                }
            };
            sweep.unrouted = new JdbcUnroutedTasks(tx);
            sweep.tasks = service;
            sweep.clock = CLOCK;
            TaskReleases plainReleases = new TaskReleases();
            plainReleases.tasks = tasks;
            plainReleases.routing = routing;
            plainReleases.decisions = decisions;
            plainReleases.audit = audit::add;
            plainReleases.clock = CLOCK;
            plainReleases.currentCaller = new org.telerad.shared.security.CurrentCaller();
            plainReleases.events = new FiredEvents<ReadingTaskEvent>();
            releases = new TaskReleases() {
                @Override
                public Optional<Released> reassignAway(WorkitemUid uid, UUID reader, String trigger,
                        boolean unlessLocked) {
                    return tx.inTransaction(() -> plainReleases.reassignAway(uid, reader, trigger, unlessLocked));
                }
            };
            shiftEnds.assigned = new JdbcAssignedTasks(tx);
            shiftEnds.eligibility = registry;
            shiftEnds.availability = shifts;
            shiftEnds.releases = releases;
            shiftEnds.clock = CLOCK;
        }

        long audited(String detail) {
            synchronized (audit) {
                return audit.stream().filter(a -> a.detail() != null && a.detail().contains(detail)).count();
            }
        }
    }

    static DataSource secondPool(DataSource db) {
        PGSimpleDataSource first = (PGSimpleDataSource) db;
        PGSimpleDataSource second = new PGSimpleDataSource();
        second.setURL(first.getURL());
        second.setUser(first.getUser());
        second.setPassword(first.getPassword());
        return second;
    }

    static ReadingRequest ctOfStudy(String study) {
        return new ReadingRequest(study, ReadType.FINAL,
                new Patient("P-" + study, "HOSP", "Doe^Jane", LocalDate.of(1970, 1, 2), "F"),
                new ReferencedRequest("ACC-" + study, null, null, null, null),
                List.of(new InputSeries(study, study + ".1", "ORTHANC",
                        List.of(new InputSeries.Instance("1.2.840.10008.5.1.4.1.1.2", study + ".1.1")))),
                "DEFAULT", null, Priority.MEDIUM, InputReadiness.READY, "tx-dallas", new StudyFacts("CT", null, null,
                        null), null, null, "local-orthanc");
    }

    /** Stores a SCHEDULED task (created a minute ago, so the sweep takes it), optionally with a performer. */
    static ReadingTask stored(JdbcReadingTasks tasks, String study, Performer performer) {
        ReadingTask task = ReadingTask.schedule(WorkitemUid.generate(), ctOfStudy(study), NOW.minusSeconds(60));
        if (performer != null) {
            task.assignTo(performer, null, NOW.minusSeconds(60));
        }
        assertThat(tasks.addIfAbsent(task)).isTrue();
        return task;
    }

    /** Starts every action at once behind one latch and answers each one's result or failure. */
    <T> List<Object> race(List<Callable<T>> actions) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(actions.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> action : actions) {
            futures.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                return action.call();
            }));
        }
        ready.await();
        go.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<T> f : futures) {
            try {
                outcomes.add(f.get(15, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                outcomes.add(e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("a racing action hung", e);
            }
        }
        return outcomes;
    }

    static long count(DataSource db, String sql, String param) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            if (param != null) {
                s.setString(1, param);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void of_many_claims_of_one_workitem_across_two_nodes_exactly_one_wins_and_its_transaction_uid_is_kept(
            DataSource db) throws Exception {
        Node one = new Node(db);
        Node two = new Node(secondPool(db));
        Caller reader = new Caller("rad-tx", Set.of(Roles.RADIOLOGIST), Set.of(), "127.0.0.1");
        for (int round = 0; round < ROUNDS; round++) {
            ReadingTask task = stored(one.tasks, "2.25.77" + round, Performer.of("1234567893", "rad-tx", "Reyes^Ana",
                    "Telerad"));
            List<Callable<TransactionUid>> claims = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Node node = i % 2 == 0 ? one : two;
                TransactionUid mine = TransactionUid.of("2.25.99" + round + "." + (i + 1));
                claims.add(() -> CurrentCaller.callAs(reader, () -> {
                    node.service.changeState(task.uid(), ProcedureStepState.IN_PROGRESS, mine);
                    return mine;
                }));
            }

            List<Object> outcomes = race(claims);

            List<Object> winners = outcomes.stream().filter(o -> o instanceof TransactionUid).toList();
            assertThat(winners).as("round %s: %s", round, outcomes).hasSize(1);
            assertThat(outcomes.stream().filter(o -> !(o instanceof TransactionUid)))
                    .as("the others get the PS3.18 refusal").hasSize(9)
                    .allSatisfy(o -> assertThat(o).isInstanceOf(TaskRefusal.class));
            ReadingTask claimed = two.tasks.find(task.uid()).orElseThrow();
            assertThat(claimed.state()).isEqualTo(ProcedureStepState.IN_PROGRESS);
            assertThat(claimed.snapshot().transactionUid()).isEqualTo(winners.get(0));
        }
        assertThat(one.audited("state changed to") + two.audited("state changed to")).isEqualTo(ROUNDS);
    }

    @Test
    void when_both_nodes_route_the_same_task_at_once_it_is_assigned_once(DataSource db) throws Exception {
        Node one = new Node(db);
        Node two = new Node(secondPool(db));
        for (int round = 0; round < ROUNDS; round++) {
            ReadingTask task = stored(one.tasks, "2.25.88" + round, null);
            List<Callable<Optional<ReadingTask>>> routes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Node node = i % 2 == 0 ? one : two;
                routes.add(() -> node.service.routeNow(task.uid(), false));
            }

            List<Object> outcomes = race(routes);

            assertThat(outcomes).as("round %s", round).allSatisfy(o -> assertThat(o).isInstanceOf(Optional.class));
            assertThat(count(db, "select count(*) from routing_decision where task_id = ?", task.uid().value()))
                    .as("one routing decision").isEqualTo(1);
            assertThat(one.tasks.find(task.uid()).orElseThrow().performer()).isPresent();
        }
        assertThat(one.audited("assigned to performer") + two.audited("assigned to performer"))
                .as("one assignment audit entry per task").isEqualTo(ROUNDS);
        assertThat(one.audited("routing decision") + two.audited("routing decision")).isEqualTo(ROUNDS);
    }

    @Test
    void the_routing_sweeps_of_two_nodes_route_each_waiting_task_exactly_once(DataSource db) throws Exception {
        Node one = new Node(db);
        Node two = new Node(secondPool(db));
        int waiting = 44; // more than the three readers' capacity: some tasks are decided unroutable
        for (int i = 0; i < waiting; i++) {
            stored(one.tasks, "2.25.55" + i, null);
        }
        int swept = 0;
        for (int pass = 0; pass < 2 && swept < waiting; pass++) { // each sweep takes at most BATCH tasks
            List<Object> outcomes = race(List.<Callable<Integer>>of(
                    () -> CurrentCaller.callAs(Caller.system("routing"), one.sweep::routeWaiting),
                    () -> CurrentCaller.callAs(Caller.system("routing"), two.sweep::routeWaiting)));
            assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Integer.class));
            swept = (int) count(db, "select count(distinct task_id) from routing_decision", null);
        }

        assertThat(count(db, "select count(*) from routing_decision", null)).as("one decision per task")
                .isEqualTo(waiting);
        long unassigned = count(db, "select count(*) from routing_reading_task where performer_code is null", null);
        assertThat(unassigned).as("some tasks are beyond capacity").isPositive();
        assertThat(count(db, "select count(*) from routing_decision where assignee_id is null", null))
                .as("one unroutable decision for each").isEqualTo(unassigned);
        long byOne = one.audited("assigned to performer");
        long byTwo = two.audited("assigned to performer");
        assertThat(byOne + byTwo).as("each routable task assigned by exactly one node").isEqualTo(waiting - unassigned);
        assertThat(one.audited("routing decision") + two.audited("routing decision")).isEqualTo(waiting);
    }

    @Test
    void the_shift_checks_of_two_nodes_take_each_task_away_from_a_reader_gone_off_shift_exactly_once(DataSource db)
            throws Exception {
        Node one = new Node(db);
        Node two = new Node(secondPool(db));
        int open = 12; // within the readers' capacity once ana's tasks are shared out
        List<ReadingTask> tasks = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            ReadingTask t = stored(one.tasks, "2.25.66" + i, null);
            one.service.routeNow(t.uid(), false);
            tasks.add(t);
        }
        // ana's shift ends, as both nodes' registry answers
        one.offShift.add(ana.id());
        two.offShift.add(ana.id());
        long anasTasks = count(db, "select count(*) from routing_reading_task where performer_username = ?",
                ana.username());
        assertThat(anasTasks).as("ana had some of the tasks").isPositive();

        List<Object> outcomes = race(List.<Callable<Integer>>of(
                () -> CurrentCaller.callAs(Caller.system("shift check"), one.shiftEnds::recheck),
                () -> CurrentCaller.callAs(Caller.system("shift check"), two.shiftEnds::recheck)));
        int moved = (Integer) outcomes.get(0) + (Integer) outcomes.get(1);
        // a task skipped because the other node held it is the other node's; a later run finds nothing left
        moved += one.shiftEnds.recheck() + two.shiftEnds.recheck();

        assertThat(moved).isEqualTo((int) anasTasks);
        assertThat(one.audited("withdrawn: " + ShiftEnds.TRIGGER) + two.audited("withdrawn: " + ShiftEnds.TRIGGER))
                .as("each task withdrawn once").isEqualTo(anasTasks);
        assertThat(count(db, "select count(*) from routing_reading_task where performer_username = ?",
                ana.username())).isZero();
        assertThat(count(db, "select count(*) from routing_reading_task where performer_code is null", null))
                .as("ben and cam are on shift and take them").isZero();
        assertThat(count(db, "select count(*) from routing_decision where current and assignee_username = ?",
                ana.username())).isZero();
        assertThat(tasks).hasSize(open);
    }

    @Test
    void the_enrichment_retries_of_two_nodes_claim_each_due_task_once(DataSource db) throws Exception {
        JdbcReadingTasks tasks = new JdbcReadingTasks(db);
        JdbcEnrichmentBacklog one = new JdbcEnrichmentBacklog(db);
        JdbcEnrichmentBacklog two = new JdbcEnrichmentBacklog(secondPool(db));
        int due = 60;
        for (int i = 0; i < due; i++) {
            ReadingTask t = stored(tasks, "2.25.44" + i, null);
            one.record(t.uid(), EnrichmentBacklog.Outcome.PENDING, "archive down", NOW.minusSeconds(1), NOW);
        }
        List<Callable<List<EnrichmentBacklog.Due>>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JdbcEnrichmentBacklog node = i % 2 == 0 ? one : two;
            claims.add(() -> node.claimDue(NOW, NOW.minusSeconds(300), NOW.plusSeconds(60), 15));
        }

        List<Object> outcomes = race(claims);

        List<String> claimed = new ArrayList<>();
        for (Object o : outcomes) {
            assertThat(o).isInstanceOf(List.class);
            for (Object d : (List<?>) o) {
                claimed.add(((EnrichmentBacklog.Due) d).workitem().value());
            }
        }
        assertThat(claimed).as("no task claimed twice").doesNotHaveDuplicates();
        assertThat(claimed).hasSizeLessThanOrEqualTo(due).hasSizeGreaterThanOrEqualTo(15);
    }
}
