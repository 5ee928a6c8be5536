package org.telerad.it.orthanc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telerad.it.support.Redeployments;
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
    static final Duration TASKS_WITHIN = Duration.ofSeconds(30);
    static final Duration STABLE_AGE = Duration.ofSeconds(Integer.getInteger("telerad.orthanc.stableAge", 10) + 2);

    @BeforeAll
    static void stackCanBeRestarted() {
        OrthancConnectorIT.orthancAnswers(); // the deployed WAR is checked by Redeployments.locked()
    }

    @Test
    void studies_sent_while_telerad_is_undeployed_become_exactly_one_task_each_after_it_is_deployed_again()
            throws Exception {
        long before = cursor();
        List<String> studies = new ArrayList<>();

        try (Redeployments stack = Redeployments.locked()) {
            stack.undeploy();
            // two routine CTs from Dallas (taken in when stable) and a STAT stroke CT from Houston (first instance)
            studies.add(OrthancConnectorIT.send("ct-head-dallas.dump", "DRIC_CT1"));
            studies.add(OrthancConnectorIT.send("ct-head-dallas.dump", "DRIC_CT1"));
            studies.add(OrthancConnectorIT.send("ct-stroke-stat-houston.dump", "HBMC_CT"));
            // down until Orthanc has called the routine studies stable too (StableAge 10 s on the local stacks)
            Thread.sleep(STABLE_AGE.toMillis());
            assertThat(Redeployments.apiStatus()).as("Telerad is still down while the studies arrive").isEqualTo(404);
        } // deploys telerad.war again and releases the redeploy lock

        for (String study : studies) {
            OrthancConnectorIT.awaitWorkitem(study, TASKS_WITHIN);
        }
        long after = cursor();
        assertThat(after).isGreaterThan(before);

        // the feed read again from before the studies: the take-in is idempotent
        rewindCursor(before);
        Redeployments.await("the connector reads the change log up to " + after + " again", Duration.ofSeconds(20),
                () -> cursor() >= after);
        Thread.sleep(2000);
        for (String study : studies) {
            assertThat(OrthancConnectorIT.workitems(study)).as("tasks of study " + study).hasSize(1);
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
