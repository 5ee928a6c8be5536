package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.telerad.it.support.Stack;

/**
 * The SLA meters in Prometheus format on WildFly's management interface ({@code /metrics}, micrometer subsystem):
 * every series is there from deployment on, and the open-task gauges follow the clock table (a paused URGENT
 * clock of the test's own facility shows within one snapshot period).
 */
class TurnaroundMetricsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PAUSED_URGENT = "telerad_sla_open_tasks{WF_DEPLOYMENT=\"telerad.war\","
            + "priority=\"URGENT\",state=\"PAUSED\"}";

    private static String scrape() throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.managementUrl() + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("GET %s/metrics", Stack.managementUrl()).isEqualTo(200);
        return r.body();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        assertThat(m.find()).as("series %s in /metrics", series).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void every_sla_series_is_published_on_the_management_interface() throws Exception {
        String metrics = scrape();

        for (String state : new String[] { "UNASSIGNED", "ASSIGNED", "IN_PROGRESS", "PAUSED" }) {
            for (String priority : new String[] { "STAT", "URGENT", "ROUTINE" }) {
                value(metrics, "telerad_sla_open_tasks{WF_DEPLOYMENT=\"telerad.war\",priority=\"" + priority
                        + "\",state=\"" + state + "\"}");
            }
        }
        value(metrics, "telerad_sla_open_tasks_due_within{WF_DEPLOYMENT=\"telerad.war\",within=\"overdue\"}");
        assertThat(value(metrics, "telerad_sla_breaches_total{WF_DEPLOYMENT=\"telerad.war\"}")).isNotNegative();
        value(metrics, "telerad_sla_escalations_total{WF_DEPLOYMENT=\"telerad.war\",action=\"REASSIGN\"}");
        value(metrics, "telerad_sla_met_total{WF_DEPLOYMENT=\"telerad.war\"}");
        value(metrics, "telerad_sla_breach_detection_delay_seconds_count{WF_DEPLOYMENT=\"telerad.war\"}");
        value(metrics, "telerad_sla_time_to_due_seconds_count{WF_DEPLOYMENT=\"telerad.war\"}");
        value(metrics, "telerad_sla_time_to_due_buckets_total{WF_DEPLOYMENT=\"telerad.war\",le=\"+Inf\"}");
    }

    @Test
    void a_paused_clock_shows_in_the_open_task_gauge() throws Exception {
        String facility = ContractFixtures.newFacility("it-slam");
        double before = value(scrape(), PAUSED_URGENT);
        UUID clock = UUID.randomUUID();
        try {
            pausedUrgentClock(clock, facility);
            Instant deadline = Instant.now().plusSeconds(20);
            double now = before;
            while (now < before + 1 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                now = value(scrape(), PAUSED_URGENT);
            }
            assertThat(now).as("paused URGENT clocks after one was added").isGreaterThanOrEqualTo(before + 1);
        } finally {
            try (Connection c = Stack.appDatabase()) {
                for (String sql : new String[] { "DELETE FROM sla_clock_pause WHERE clock_id = ?",
                        "DELETE FROM sla_clock WHERE id = ?" }) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setObject(1, clock);
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    /** A running URGENT clock, due in two days, paused for clinical information (no timers: nothing fires). */
    private static void pausedUrgentClock(UUID id, String facility) throws SQLException {
        Instant start = Instant.now();
        try (Connection c = Stack.appDatabase()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock (id, workitem_uid, facility_code,"
                    + " contract_version, priority, queue_priority, read_type, modality, target_ms, started_at, due_at,"
                    + " first_assigned_at, claimed_at, last_change_at, updated_at)"
                    + " VALUES (?, ?, ?, 1, 'URGENT', 'URGENT', 'FINAL', 'MR', ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setObject(1, id);
                ps.setString(2, "2.25." + (id.getMostSignificantBits() & Long.MAX_VALUE));
                ps.setString(3, facility);
                ps.setLong(4, Duration.ofDays(2).toMillis());
                ps.setTimestamp(5, Timestamp.from(start));
                ps.setTimestamp(6, Timestamp.from(start.plus(Duration.ofDays(2))));
                ps.setTimestamp(7, Timestamp.from(start));
                ps.setTimestamp(8, Timestamp.from(start));
                ps.setTimestamp(9, Timestamp.from(start));
                ps.setTimestamp(10, Timestamp.from(start));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock_pause (clock_id, position, reason,"
                    + " paused_at) VALUES (?, 0, 'WAITING_FOR_CLINICAL_INFORMATION', ?)")) {
                ps.setObject(1, id);
                ps.setTimestamp(2, Timestamp.from(start));
                ps.executeUpdate();
            }
        }
    }
}
