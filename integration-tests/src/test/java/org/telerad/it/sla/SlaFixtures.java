package org.telerad.it.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.Assumptions;
import org.telerad.it.support.Dcmtk;
import org.telerad.it.support.Stack;

/**
 * What the SLA ITs share: a facility of their own with two eligible readers, a short STAT contract stored for it
 * (SQL rows of {@code sla_contract}, as version 1), STAT studies of the facility's institution sent to the test
 * stack's Orthanc (taken in by Telerad's Orthanc connector at their first instance), and reads of the task, its
 * clock, its timers and its audit entries from the test database.
 */
final class SlaFixtures {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private SlaFixtures() {
    }

    /** A timer row of {@code sla_timer}. */
    record TimerRow(long id, String key, String kind, Instant dueAt, Instant firedAt, String firedBy) {
        Duration lateness() {
            return Duration.between(dueAt, firedAt);
        }
    }

    /** A new facility in US-TX with two readers licensed there and privileged for CT and MR at it. */
    static String facilityWithTwoReaders(String prefix, String institution) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String code = prefix + "-" + suffix;
        Stack.api("credentialing").body(Map.of("code", code, "name", "IT " + code, "jurisdiction", "US-TX",
                "timeZone", "America/Chicago", "identifiers", Map.of("institutionNames", List.of(institution))))
                .post("/facilities").then().statusCode(201);
        for (String family : List.of("Slaa" + suffix, "Slab" + suffix)) {
            String id = Stack.api("credentialing").body(Map.of("name", Map.of("family", family, "given", "Dana"),
                    "email", family.toLowerCase() + "@example.org", "homeCountry", "US")).post("/radiologists")
                    .then().statusCode(201).extract().jsonPath().getString("id");
            Map<String, Object> license = new HashMap<>(Map.of("jurisdiction", "US-TX", "number", "IT-SLA-" + suffix
                    + "-" + id.substring(0, 8), "type", "full", "validFrom", "2025-01-01", "validTo", "2030-12-31"));
            Stack.api("credentialing").body(license).post("/radiologists/" + id + "/licenses").then().statusCode(201);
            Stack.api("credentialing").body(Map.of("radiologistId", id, "facility", code, "validFrom", "2025-01-01",
                    "validTo", "2030-12-31", "scope", Map.of("modalities", List.of("CT", "MR")))).post("/privileges")
                    .then().statusCode(201);
        }
        return code;
    }

    /**
     * Stores version 1 of a contract for {@code facility}: STAT (preliminary and final) within {@code target},
     * warning at half of it, ladder: notify the reader at 75 %, re-assign at 100 %, notify the on-call at 125 %.
     */
    static void shortStatContract(String facility, Duration target) {
        shortContract(facility, target, Duration.ofHours(1));
    }

    /** As {@link #shortStatContract}, with routine and urgent tasks ageing one tier every {@code maximumWait}. */
    static void shortContract(String facility, Duration target, Duration maximumWait) {
        long ms = target.toMillis();
        try (Connection c = Stack.appDatabase()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("insert into sla_contract (facility_code, version,"
                    + " ceiling_ms, warning_share, clock_start, maximum_wait_ms, created_at, created_by)"
                    + " values (?, 1, ?, 0.5, 'STUDY_COMPLETE', ?, now(), 'it-sla')")) {
                p.setString(1, facility);
                p.setLong(2, 3_600_000L);
                p.setLong(3, maximumWait.toMillis());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("insert into sla_contract_target (facility_code, version,"
                    + " position, priority, read_type, modality, target_ms) values (?, 1, ?, ?, ?, null, ?)")) {
                int position = 0;
                for (String priority : List.of("STAT", "URGENT", "ROUTINE")) {
                    for (String readType : List.of("PRELIMINARY", "FINAL")) {
                        p.setString(1, facility);
                        p.setInt(2, position++);
                        p.setString(3, priority);
                        p.setString(4, readType);
                        p.setLong(5, priority.equals("STAT") ? ms : 3_000_000L);
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("insert into sla_contract_step (facility_code, version,"
                    + " position, action, share_of_target) values (?, 1, ?, ?, ?)")) {
                Object[][] ladder = {{"NOTIFY_ASSIGNED_RADIOLOGIST", 0.75}, {"REASSIGN", 1.0},
                        {"NOTIFY_OPERATIONS_ON_CALL", 1.25}};
                for (int i = 0; i < ladder.length; i++) {
                    p.setString(1, facility);
                    p.setInt(2, i);
                    p.setString(3, (String) ladder[i][0]);
                    p.setDouble(4, (Double) ladder[i][1]);
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The test stack's Orthanc (HTTP and DICOM), where the SLA ITs send their studies. */
    static final String ORTHANC = System.getProperty("telerad.orthanc.url", "http://127.0.0.1:18042");

    /** Skips the calling test unless dcmtk is installed and the test stack's Orthanc answers. */
    static void orthancAnswers() {
        Assumptions.assumeTrue(Dcmtk.installed(),
                "dcmtk is not installed (apt-get install dcmtk; ./telerad start does it)");
        try {
            int status = HTTP.send(HttpRequest.newBuilder(URI.create(ORTHANC + "/system")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            Assumptions.assumeTrue(status == 200, "Orthanc at " + ORTHANC + " answered " + status);
        } catch (IOException | InterruptedException e) {
            Assumptions.abort("the test stack's Orthanc does not answer at " + ORTHANC);
        }
    }

    /**
     * Sends a new STAT CT (the demo stroke study, its Study Description says STAT) of {@code institution} to the
     * test stack's Orthanc, which Telerad's Orthanc connector takes in at its first instance; answers the study
     * instance UID.
     */
    static String sendStat(String institution) {
        return send(institution, true);
    }

    /**
     * As {@link #sendStat}, or (not {@code stat}) a routine CT (its Study Description without STAT), which the
     * connector takes in once Orthanc calls the study stable.
     */
    static String send(String institution, boolean stat) {
        try {
            Path demo = Path.of("..", "config", "demo", "ct-stroke-stat-houston.dump");
            String text = Files.readString(demo);
            String demoStudy = text.lines().filter(l -> l.startsWith("(0020,000d)")).findFirst().orElseThrow()
                    .replaceAll(".*\\[(.*)\\].*", "$1");
            String study = "2.25." + new BigInteger(120, new SecureRandom());
            String dataset = text.replace(demoStudy, study).replace("Houston Bayou Medical Center", institution);
            if (!stat) {
                dataset = dataset.replace("CT HEAD STROKE PROTOCOL STAT", "CT HEAD ROUTINE FOLLOW UP");
            }
            Dcmtk.send(dataset, "SLAIT");
            return study;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workitem UID of the study's task, once Telerad took the study in (at most 30 s). */
    static String awaitWorkitem(String study) {
        return await("a task for study " + study, Duration.ofSeconds(30), () -> row("select workitem_uid from"
                + " routing_reading_task where study_instance_uid = ?", study).map(r -> r.get("workitem_uid")));
    }

    /** Claims (IN PROGRESS) and then completes the workitem as the archive's service account. */
    static void claimAndComplete(String workitem) {
        String transaction = "2.25." + new java.math.BigInteger(UUID.randomUUID().toString().replace("-", ""), 16);
        String url = Stack.baseUrl() + "/rs/workitems/" + workitem;
        assertThat(changeState(url, "IN PROGRESS", transaction).statusCode()).isEqualTo(200);
        assertThat(changeState(url, "COMPLETED", transaction).statusCode()).isEqualTo(200);
    }

    static HttpResponse<String> changeState(String workitemUrl, String state, String transactionUid) {
        String body = "{\"00081195\":{\"vr\":\"UI\",\"Value\":[\"" + transactionUid + "\"]},"
                + "\"00741000\":{\"vr\":\"CS\",\"Value\":[\"" + state + "\"]}}";
        return send("PUT", workitemUrl + "/state", Stack.clientToken("telerad-archive", "changeit"), body);
    }

    /** The workitem as UPS-RS retrieve (RAD-83... GET) answers it, DICOM JSON. */
    static HttpResponse<String> retrieve(String workitem) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Stack.baseUrl() + "/rs/workitems/" + workitem))
                .header("Authorization", "Bearer " + Stack.clientToken("telerad-archive", "changeit"))
                .header("Accept", "application/dicom+json").GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Columns of the task's row ({@code state}, {@code performer_code}, ...). */
    static Map<String, String> task(String workitem) {
        return row("select state, facility_code, performer_code, performer_username, priority,"
                + " expected_completion from routing_reading_task where workitem_uid = ?", workitem)
                .orElseThrow(() -> new AssertionError("no task " + workitem));
    }

    /** Columns of the task's clock, empty while it has none. */
    static Optional<Map<String, String>> clock(String workitem) {
        return row("select id, facility_code, contract_version, priority, queue_priority, read_type, target_ms,"
                + " started_at, due_at, first_assigned_at, claimed_at, warned_at, breached, breached_at, escalations,"
                + " reassignments, stopped_at, stopped_by, outcome from sla_clock where workitem_uid = ?", workitem);
    }

    /** The task's timers, by due instant. */
    static List<TimerRow> timers(String workitem) {
        List<TimerRow> rows = new ArrayList<>();
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement("select t.id,"
                + " t.timer_key, t.kind, t.due_at, t.fired_at, t.fired_by from sla_timer t join sla_clock k"
                + " on k.id = t.task_id where k.workitem_uid = ? order by t.due_at, t.id")) {
            s.setString(1, workitem);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Timestamp fired = rs.getTimestamp("fired_at");
                    rows.add(new TimerRow(rs.getLong("id"), rs.getString("timer_key"), rs.getString("kind"),
                            rs.getTimestamp("due_at").toInstant(), fired == null ? null : fired.toInstant(),
                            rs.getString("fired_by")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** Audit entries of the task whose detail starts with {@code prefix}: occurred_at by detail. */
    static List<Map.Entry<Instant, String>> audited(String workitem, String prefix) {
        List<Map.Entry<Instant, String>> entries = new ArrayList<>();
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement("select occurred_at,"
                + " detail from audit_entry where object_id = ? and detail like ? order by sequence_number")) {
            s.setString(1, workitem);
            s.setString(2, prefix.replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    entries.add(Map.entry(rs.getTimestamp(1).toInstant(), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    static Optional<Map<String, String>> row(String sql, String key) {
        try (Connection c = Stack.appDatabase(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                return Optional.of(row);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls {@code value} every 100 ms until it is present, at most {@code within}. */
    static <T> T await(String what, Duration within, Supplier<Optional<T>> value) {
        long deadline = System.nanoTime() + within.toNanos();
        Optional<T> v = value.get();
        while (v.isEmpty() && System.nanoTime() < deadline) {
            sleep(100);
            v = value.get();
        }
        return v.orElseThrow(() -> new AssertionError(what + " within " + within));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HttpResponse<String> send(String method, String url, String token, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/dicom+json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
