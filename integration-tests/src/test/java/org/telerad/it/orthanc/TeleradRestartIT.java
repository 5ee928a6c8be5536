package org.telerad.it.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * Telerad stopped while studies arrive at Orthanc, then restarted: every study becomes exactly one task, and
 * reading Orthanc's change log again from before those studies creates no second task.
 *
 * <p>The test undeploys {@code telerad.war} through WildFly's deployment scanner (removing the
 * {@code telerad.war.deployed} marker of the test stack's {@code standalone/deployments}; the management
 * interface has no user), sends three studies with {@code storescu} while it is down, and deploys it again
 * ({@code telerad.war.dodeploy}) once Orthanc has also called the routine studies stable, so that every change
 * of those studies is read from the log after the restart. It holds the launcher's {@code redeploy.lock}
 * meanwhile, always redeploys (also when an assertion fails) and waits for {@code /health/ready}: other tests
 * on the shared stack see /telerad answer 404 for about 20 s. Skipped when dcmtk, the stack's Orthanc or its
 * deployments folder is missing.
 */
class TeleradRestartIT {

    static final String ARCHIVE = "local-orthanc";
    static final Duration UNDEPLOY_WITHIN = Duration.ofSeconds(20);
    static final Duration REDEPLOY_WITHIN = Duration.ofSeconds(60);
    static final Duration TASKS_WITHIN = Duration.ofSeconds(30);
    static final Duration STABLE_AGE = Duration.ofSeconds(Integer.getInteger("telerad.orthanc.stableAge", 10) + 2);

    static Path deployments;

    @BeforeAll
    static void stackCanBeRestarted() {
        OrthancConnectorIT.orthancAnswers();
        deployments = deployments();
        Assumptions.assumeTrue(deployments != null && Files.isRegularFile(deployments.resolve("telerad.war.deployed")),
                "no deployed telerad.war in the test stack's deployments folder"
                        + " (TELERAD_PROFILE=test ./telerad start)");
    }

    @Test
    void studies_sent_while_telerad_is_undeployed_become_exactly_one_task_each_after_it_is_deployed_again()
            throws Exception {
        long before = cursor();
        List<String> studies = new ArrayList<>();

        Process lock = holdRedeployLock();
        try {
            undeploy();
            // two routine CTs from Dallas (taken in when stable) and a STAT stroke CT from Houston (first instance)
            studies.add(OrthancConnectorIT.send("ct-head-dallas.dump", "DRIC_CT1"));
            studies.add(OrthancConnectorIT.send("ct-head-dallas.dump", "DRIC_CT1"));
            studies.add(OrthancConnectorIT.send("ct-stroke-stat-houston.dump", "HBMC_CT"));
            // down until Orthanc has called the routine studies stable too (StableAge 10 s on the local stacks)
            Thread.sleep(STABLE_AGE.toMillis());
            assertThat(apiStatus()).as("Telerad is still down while the studies arrive").isEqualTo(404);
        } finally {
            try {
                redeploy();
            } finally {
                lock.getOutputStream().close();
                lock.waitFor(10, TimeUnit.SECONDS);
            }
        }

        for (String study : studies) {
            OrthancConnectorIT.awaitWorkitem(study, TASKS_WITHIN);
        }
        long after = cursor();
        assertThat(after).isGreaterThan(before);

        // the feed read again from before the studies: the take-in is idempotent
        rewindCursor(before);
        await("the connector reads the change log up to " + after + " again", Duration.ofSeconds(20),
                () -> cursor() >= after);
        Thread.sleep(2000);
        for (String study : studies) {
            assertThat(OrthancConnectorIT.workitems(study)).as("tasks of study " + study).hasSize(1);
        }
    }

    // --- the deployment, through the scanner's marker files

    /**
     * Takes the launcher's {@code redeploy.lock} (flock(1), as {@code ./telerad redeploy} does) so that no
     * redeploy on the shared stack deploys a WAR while this test keeps Telerad down; released by closing the
     * answered process's input. Skips the test when another redeploy holds the lock for a minute.
     */
    static Process holdRedeployLock() throws IOException {
        Path lockFile = deployments.getParent().getParent().getParent().resolve("redeploy.lock");
        Process p = new ProcessBuilder("flock", "-w", "60", lockFile.toString(), "sh", "-c", "echo locked; exec cat")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String first = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        if (!"locked".equals(first)) {
            p.destroy();
            Assumptions.abort("another ./telerad redeploy holds " + lockFile + " for more than a minute");
        }
        return p;
    }

    static void undeploy() throws Exception {
        Files.deleteIfExists(deployments.resolve("telerad.war.dodeploy"));
        Files.delete(deployments.resolve("telerad.war.deployed"));
        await("WildFly undeploys telerad.war", UNDEPLOY_WITHIN,
                () -> Files.exists(deployments.resolve("telerad.war.undeployed")) && apiStatus() == 404);
    }

    static void redeploy() throws Exception {
        Files.deleteIfExists(deployments.resolve("telerad.war.undeployed"));
        Path dodeploy = deployments.resolve("telerad.war.dodeploy");
        Files.writeString(dodeploy, "telerad.war");
        // the scanner takes the .dodeploy marker away and writes .deployed (with the WAR's time stamp) when done
        await("WildFly deploys telerad.war again", REDEPLOY_WITHIN, () -> {
            assertThat(deployments.resolve("telerad.war.failed")).doesNotExist();
            return !Files.exists(dodeploy) && Files.exists(deployments.resolve("telerad.war.deployed")) && ready()
                    && apiStatus() != 404;
        });
    }

    /** The test profile's deployments folder: {@code telerad.deployments}, else found from the repository root. */
    static Path deployments() {
        String configured = System.getProperty("telerad.deployments");
        if (configured != null && !configured.isEmpty()) {
            return Path.of(configured);
        }
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("telerad"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            return null;
        }
        Path state = dir.resolve(".telerad").resolve(Stack.profile());
        try (var wildflies = Files.list(state)) {
            return wildflies.filter(p -> p.getFileName().toString().startsWith("wildfly-"))
                    .map(p -> p.resolve("standalone").resolve("deployments")).filter(Files::isDirectory).findFirst()
                    .orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    static int apiStatus() {
        return status(Stack.baseUrl() + "/api/me");
    }

    static boolean ready() {
        return status(Stack.managementUrl() + "/health/ready") == 200;
    }

    static int status(String url) {
        try {
            return OrthancConnectorIT.HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static void await(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as(what + " within " + within).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    // --- the connector's cursor in Orthanc's change log

    static long cursor() {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                "select position from routing_archive_cursor where archive_name = ?")) {
            s.setString(1, ARCHIVE);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void rewindCursor(long position) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(
                "update routing_archive_cursor set position = ?, updated_at = now() where archive_name = ?")) {
            s.setLong(1, position);
            s.setString(2, ARCHIVE);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
