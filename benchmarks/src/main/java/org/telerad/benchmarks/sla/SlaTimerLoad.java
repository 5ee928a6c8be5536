package org.telerad.benchmarks.sla;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.telerad.sla.timer.domain.FiredTimer;
import org.telerad.sla.timer.persistence.JdbcDurableTimers;

/**
 * Load harness for the SLA timers (not a JMH benchmark, not a test). On an embedded PostgreSQL with the SLA
 * monitor's own migrations it stores {@code --tasks} running clocks with four pending timers each (100,000 timers
 * by default: warning, breach and two escalation steps), moves {@code --due} of them into a {@code --window}
 * starting a few seconds after set-up (spread at random, plus a {@code --burst} of timers due at the same instant
 * in the middle of it), and runs a timer loop made of the production store, {@link JdbcDurableTimers} (on one
 * reused connection, as a pool would hand it out: {@link OneConnection}): like the
 * deployed {@code TimerLoop}, it claims one due timer at a time ({@code claimDue(now, 1)}), does a stand-in of the
 * firing work (one {@code UPDATE} of the clock's row), and, when nothing is due, sleeps until {@code nextDue()},
 * at most the idle poll. It prints
 * <ul>
 * <li>the <b>lateness</b> of every timer of the window: the instant the loop had claimed it minus its due
 * instant (p50/p90/p99/max), and the claim rate in the burst;</li>
 * <li>the <b>idle cost</b>: with nothing due (all 97,000 remaining timers hours away), the time of one idle pass
 * ({@code claimDue} + {@code nextDue}, p50/p99 over {@code --idle-passes}), the loop thread's CPU time over
 * {@code --idle} of idling at the default 5 s poll, and the plan of the claim query.</li>
 * </ul>
 * Run from the repository root: {@code mvn -o -q -pl benchmarks exec:java
 * -Dexec.mainClass=org.telerad.benchmarks.sla.SlaTimerLoad} (options as {@code -Dexec.args="--tasks 25000"}).
 */
public final class SlaTimerLoad {

    private final Map<String, String> options;
    private DataSource db;

    private SlaTimerLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("tasks", "25000", "due", "3000", "burst", "300",
                "window", "PT60S", "idle", "PT30S", "idle-passes", "2000", "poll-ms", "5000"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("options are --name value pairs: " + Arrays.toString(args));
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.println("SlaTimerLoad [--tasks 25000] [--due 3000] [--burst 300] [--window PT60S] "
                    + "[--idle PT30S] [--idle-passes 2000] [--poll-ms 5000]");
            return;
        }
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
            SlaTimerLoad load = new SlaTimerLoad(options);
            load.db = pg.getPostgresDatabase();
            load.run();
        }
    }

    private int number(String name) {
        return Integer.parseInt(options.get(name));
    }

    private void run() throws Exception {
        long t = System.nanoTime();
        migrate();
        int tasks = number("tasks");
        int timers = setUp(tasks);
        System.out.printf(Locale.ROOT, "set-up: %,d running clocks, %,d pending timers (%.1f s)%n", tasks, timers,
                (System.nanoTime() - t) / 1e9);

        Duration window = Duration.parse(options.get("window"));
        // PostgreSQL keeps microseconds: so do the instants compared with what it returns
        Instant start = Instant.now().plusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Instant burstAt = start.plus(window.dividedBy(2)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        moveIntoWindow(start, window, burstAt);
        OneConnection pooled = new OneConnection(db);
        JdbcDurableTimers store = new JdbcDurableTimers(pooled, "bench");
        Loop loop = new Loop(store, pooled, number("poll-ms"));
        Thread thread = new Thread(loop, "sla-timer-loop");
        thread.start();
        Instant end = start.plus(window).plusSeconds(3);
        while (Instant.now().isBefore(end)) {
            Thread.sleep(250);
        }
        loop.stop(thread);
        report(loop.fired, burstAt);

        idle(store, pooled);
        pooled.release();
    }

    /** The SLA monitor's migrations, from its jar (or classes folder), in version order. */
    private void migrate() throws IOException, URISyntaxException, SQLException {
        URL folder = JdbcDurableTimers.class.getClassLoader().getResource("db/migration/sla");
        if (folder == null) {
            throw new IllegalStateException("db/migration/sla is not on the class path");
        }
        URI uri = folder.toURI();
        FileSystem zip = uri.getScheme().equals("jar") ? FileSystems.newFileSystem(uri, Map.of()) : null;
        try (Stream<Path> files = Files.list(zip != null ? zip.getPath("db/migration/sla") : Path.of(uri));
                Connection c = db.getConnection(); Statement s = c.createStatement()) {
            List<Path> sql = new ArrayList<>(files.filter(p -> p.getFileName().toString().matches("V[\\d_]+__.*\\.sql"))
                    .toList());
            sql.sort(Comparator.comparing(p -> p.getFileName().toString()));
            for (Path p : sql) {
                s.execute(Files.readString(p, StandardCharsets.UTF_8));
            }
        } finally {
            if (zip != null) {
                zip.close();
            }
        }
    }

    /** Running clocks and four pending timers each, all due hours from now. */
    private int setUp(int tasks) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO sla_clock (id, workitem_uid, facility_code, contract_version, priority,"
                    + " queue_priority, read_type, modality, target_ms, started_at, due_at, last_change_at, updated_at)"
                    + " SELECT gen_random_uuid(), '2.25.' || g, 'bench-' || (g % 50), 1, 'STAT', 'STAT', 'PRELIMINARY',"
                    + " 'CT', 1800000, now(), now() + interval '1 day', now(), now() FROM generate_series(1, " + tasks
                    + ") g");
            s.execute("INSERT INTO sla_timer (task_id, timer_key, kind, due_at) SELECT k.id, t.key, t.kind,"
                    + " now() + interval '2 hours' + random() * interval '24 hours' FROM sla_clock k CROSS JOIN"
                    + " (VALUES ('WARNING', 'WARNING'), ('BREACH', 'BREACH'), ('ESCALATION:1', 'ESCALATION'),"
                    + " ('ESCALATION:2', 'ESCALATION')) AS t(key, kind)");
            s.execute("VACUUM ANALYZE sla_clock");
            s.execute("VACUUM ANALYZE sla_timer");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sla_timer WHERE fired_at IS NULL")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** {@code --due} timers spread over the window at random, {@code --burst} of them due at one instant. */
    private void moveIntoWindow(Instant start, Duration window, Instant burstAt) throws SQLException {
        int due = number("due");
        int burst = number("burst");
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE sla_timer SET due_at = ? + random() * ?::interval"
                    + " WHERE id IN (SELECT id FROM sla_timer ORDER BY random() LIMIT ?)")) {
                ps.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
                ps.setString(2, window.toMillis() + " milliseconds");
                ps.setInt(3, due - burst);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE sla_timer SET due_at = ? WHERE id IN (SELECT id"
                    + " FROM sla_timer WHERE due_at > ? ORDER BY random() LIMIT ?)")) {
                ps.setObject(1, OffsetDateTime.ofInstant(burstAt, ZoneOffset.UTC));
                ps.setObject(2, OffsetDateTime.ofInstant(start.plus(window), ZoneOffset.UTC));
                ps.setInt(3, burst);
                ps.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE sla_timer");
            }
        }
        System.out.printf(Locale.ROOT, "window: %,d timers due within %s (a burst of %,d at +%s), starting in 5 s%n",
                due, window, burst, window.dividedBy(2));
    }

    private static void report(List<long[]> fired, Instant burstAt) {
        long[] lateMicros = fired.stream().mapToLong(f -> f[1] - f[0]).sorted().toArray();
        System.out.printf(Locale.ROOT, "fired: %,d timers; lateness (claimed - due): p50 %s, p90 %s, p99 %s, max %s%n",
                lateMicros.length, ms(pct(lateMicros, 50)), ms(pct(lateMicros, 90)), ms(pct(lateMicros, 99)),
                ms(lateMicros.length == 0 ? 0 : lateMicros[lateMicros.length - 1]));
        long burstMicros = burstAt.getEpochSecond() * 1_000_000 + burstAt.getNano() / 1000;
        long[] burst = fired.stream().filter(f -> f[0] == burstMicros).mapToLong(f -> f[1]).sorted().toArray();
        long[] steady = fired.stream().filter(f -> f[0] != burstMicros).mapToLong(f -> f[1] - f[0]).sorted()
                .toArray();
        if (burst.length > 0) {
            System.out.printf(Locale.ROOT, "without the burst: %,d timers; lateness p50 %s, p90 %s, p99 %s, max %s%n",
                    steady.length, ms(pct(steady, 50)), ms(pct(steady, 90)), ms(pct(steady, 99)),
                    ms(steady.length == 0 ? 0 : steady[steady.length - 1]));
        }
        if (burst.length > 1) {
            double seconds = (burst[burst.length - 1] - burst[0]) / 1e6;
            System.out.printf(Locale.ROOT, "burst: %,d timers due at one instant claimed in %.0f ms after the first"
                    + " (%.0f claims/s); the last %s late%n", burst.length, seconds * 1000,
                    (burst.length - 1) / seconds, ms(burst[burst.length - 1] - burstMicros));
        }
    }

    /** Idle: the cost of one pass, the loop thread's CPU while idling, and the claim query's plan. */
    private void idle(JdbcDurableTimers timers, DataSource pooled) throws Exception {
        int passes = number("idle-passes");
        long[] nanos = new long[passes];
        for (int i = 0; i < passes; i++) {
            long t0 = System.nanoTime();
            List<FiredTimer> none = timers.claimDue(Instant.now(), 1);
            Optional<Instant> next = timers.nextDue();
            nanos[i] = System.nanoTime() - t0;
            if (!none.isEmpty() || next.isEmpty()) {
                throw new IllegalStateException("expected nothing due and a next due instant");
            }
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "idle pass (claimDue + nextDue, nothing due, %,d pending): p50 %.0f µs,"
                + " p99 %.0f µs over %,d passes%n", pending(), pct(nanos, 50) / 1e3, pct(nanos, 99) / 1e3, passes);

        Duration idle = Duration.parse(options.get("idle"));
        Loop loop = new Loop(timers, pooled, number("poll-ms"));
        Thread thread = new Thread(loop, "sla-timer-loop-idle");
        thread.start();
        Thread.sleep(idle.toMillis());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu = mx.getThreadCpuTime(thread.getId());
        loop.stop(thread);
        System.out.printf(Locale.ROOT, "idle loop: %d passes in %s, loop thread CPU %.1f ms (%.4f %% of one core)%n",
                loop.passes, idle, cpu / 1e6, 100.0 * cpu / idle.toNanos());

        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS)"
                + " WITH due AS MATERIALIZED (SELECT id AS due_id FROM sla_timer WHERE fired_at IS NULL"
                + " AND due_at <= now() ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED)"
                + " UPDATE sla_timer t SET fired_at = now() FROM due WHERE t.id = due.due_id");
                ResultSet rs = ps.executeQuery()) {
            System.out.println("claim plan with nothing due:");
            while (rs.next()) {
                System.out.println("  " + rs.getString(1));
            }
        }
    }

    private long pending() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM sla_timer WHERE fired_at IS NULL")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static String ms(long micros) {
        return String.format(Locale.ROOT, "%.1f ms", micros / 1000.0);
    }

    /**
     * The timer loop of {@code org.telerad.sla.timer.application.TimerLoop} without the container: claim one due
     * timer, fire it (stand-in: mark its clock breached), repeat; when none is due sleep until the next due instant,
     * at most the idle poll. Records {@code [due µs, claimed µs]} per fired timer.
     */
    private static final class Loop implements Runnable {
        final JdbcDurableTimers timers;
        final DataSource db;
        final long pollMillis;
        final List<long[]> fired = new ArrayList<>();
        volatile boolean running = true;
        long passes;

        Loop(JdbcDurableTimers timers, DataSource db, long pollMillis) {
            this.timers = timers;
            this.db = db;
            this.pollMillis = pollMillis;
        }

        @Override
        public void run() {
            try (Connection c = db.getConnection(); PreparedStatement fire = c.prepareStatement(
                    "UPDATE sla_clock SET breached = true, breached_at = ?, updated_at = ? WHERE id = ?")) {
                while (running) {
                    passes++;
                    List<FiredTimer> claimed = timers.claimDue(Instant.now(), 1);
                    if (!claimed.isEmpty()) {
                        Instant at = Instant.now();
                        FiredTimer f = claimed.get(0);
                        fired.add(new long[] { micros(f.timer().dueAt()), micros(at) });
                        OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
                        fire.setObject(1, now);
                        fire.setObject(2, now);
                        fire.setObject(3, f.timer().taskId());
                        fire.executeUpdate();
                        continue;
                    }
                    Instant now = Instant.now();
                    Instant limit = now.plusMillis(pollMillis);
                    Instant until = timers.nextDue().filter(n -> n.isBefore(limit)).orElse(limit);
                    while (running) {
                        long wait = Duration.between(Instant.now(), until).toNanos();
                        if (wait <= 0) {
                            break;
                        }
                        LockSupport.parkNanos(Math.min(wait, TimeUnit.MILLISECONDS.toNanos(100)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("timer loop failed (SQL state " + e.getSQLState() + ")", e);
            }
        }

        void stop(Thread thread) throws InterruptedException {
            running = false;
            thread.join(10_000);
        }

        private static long micros(Instant at) {
            return at.getEpochSecond() * 1_000_000 + at.getNano() / 1000;
        }
    }
}
