package org.telerad.it.sla;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.telerad.it.support.Stack;

/**
 * What the contract and turnaround ITs share: a facility of their own (opened through the registry API), contract
 * bodies, and finished reading clocks written straight into {@code sla_clock} (as the SLA runtime leaves them), so
 * that a report has known figures.
 */
final class ContractFixtures {

    private ContractFixtures() {
    }

    /** A new US-TX facility with a unique code. */
    static String newFacility(String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Stack.api("credentialing").body(Map.of("code", code, "name", "IT " + code, "jurisdiction", "US-TX",
                "timeZone", "America/Chicago")).post("/facilities").then().statusCode(201);
        return code;
    }

    /** A contract body: the defaults with STAT preliminary reads due in {@code statPreliminary}. */
    static Map<String, Object> contractWithStatPreliminary(String statPreliminary) {
        List<Map<String, Object>> targets = new ArrayList<>();
        targets.add(target("STAT", "PRELIMINARY", null, statPreliminary));
        targets.add(target("STAT", "FINAL", null, "PT30M"));
        targets.add(target("URGENT", "PRELIMINARY", null, "PT1H"));
        targets.add(target("URGENT", "FINAL", null, "PT24H"));
        targets.add(target("ROUTINE", "PRELIMINARY", null, "PT1H"));
        targets.add(target("ROUTINE", "FINAL", null, "PT24H"));
        targets.add(target("STAT", "PRELIMINARY", "CT", "PT20M"));
        Map<String, Object> body = new HashMap<>();
        body.put("targets", targets);
        body.put("ceiling", "P2D");
        body.put("warningShare", 0.8);
        body.put("clockStart", "ORDER_TIME");
        body.put("ladder", List.of(Map.of("action", "NOTIFY_ASSIGNED_RADIOLOGIST", "shareOfTarget", 0.8),
                Map.of("action", "REASSIGN", "shareOfTarget", 1.0)));
        body.put("maximumWait", "PT6H");
        return body;
    }

    static Map<String, Object> target(String priority, String readType, String modality, String duration) {
        Map<String, Object> t = new HashMap<>();
        t.put("priority", priority);
        t.put("readType", readType);
        if (modality != null) {
            t.put("modality", modality);
        }
        t.put("target", duration);
        return t;
    }

    /**
     * A finished reading clock of {@code facility}: started at {@code startedAt}, assigned, claimed and stopped the
     * given minutes after the start; met when the turnaround is within {@code targetMinutes}.
     */
    static void finishedClock(String facility, String priority, String readType, String modality, Instant startedAt,
            long targetMinutes, long assignedAfter, long claimedAfter, long stoppedAfter) {
        Duration target = Duration.ofMinutes(targetMinutes);
        Instant due = startedAt.plus(target);
        Instant stopped = startedAt.plus(Duration.ofMinutes(stoppedAfter));
        boolean met = !stopped.isAfter(due);
        try (Connection c = Stack.appDatabase(); PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock"
                + " (id, workitem_uid, facility_code, contract_version, priority, queue_priority, read_type, modality,"
                + " target_ms, started_at, due_at, first_assigned_at, claimed_at, breached, breached_at, stopped_at,"
                + " stopped_by, outcome, last_change_at, updated_at)"
                + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'TASK_COMPLETED', ?, ?, ?)")) {
            UUID id = UUID.randomUUID();
            ps.setObject(1, id);
            ps.setString(2, "2.25." + new java.math.BigInteger(1, uuidBytes(id)));
            ps.setString(3, facility);
            ps.setString(4, priority);
            ps.setString(5, priority);
            ps.setString(6, readType);
            ps.setString(7, modality);
            ps.setLong(8, target.toMillis());
            ps.setTimestamp(9, Timestamp.from(startedAt));
            ps.setTimestamp(10, Timestamp.from(due));
            ps.setTimestamp(11, Timestamp.from(startedAt.plus(Duration.ofMinutes(assignedAfter))));
            ps.setTimestamp(12, Timestamp.from(startedAt.plus(Duration.ofMinutes(claimedAfter))));
            ps.setBoolean(13, !met);
            ps.setTimestamp(14, met ? null : Timestamp.from(due));
            ps.setTimestamp(15, Timestamp.from(stopped));
            ps.setString(16, met ? "MET" : "MISSED");
            ps.setTimestamp(17, Timestamp.from(stopped));
            ps.setTimestamp(18, Timestamp.from(stopped));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write a clock row (SQL state " + e.getSQLState() + ")", e);
        }
    }

    private static byte[] uuidBytes(UUID id) {
        return java.nio.ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).array();
    }
}
