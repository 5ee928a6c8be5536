package org.telerad.sla.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Fixture: reading clocks written straight into {@code sla_clock} / {@code sla_clock_pause}, the way the SLA
 * runtime leaves them, described in minutes after the clock started.
 */
public final class ClockRows {

    private final DataSource db;

    public ClockRows(DataSource db) {
        this.db = db;
    }

    public Clock clock(String facility, String priority, String readType, String modality, Instant startedAt,
            Duration target) {
        return new Clock(facility, priority, readType, modality, startedAt, target);
    }

    /** One clock being described; {@link #store()} writes it. */
    public final class Clock {
        public final UUID id = UUID.randomUUID();
        public final String workitemUid = "2.25." + (id.getMostSignificantBits() & Long.MAX_VALUE);
        final String facility;
        final String priority;
        final String readType;
        final String modality;
        final Instant startedAt;
        final Duration target;
        Instant assignedAt;
        Instant claimedAt;
        Instant stoppedAt;
        String outcome;
        boolean breached;
        final List<Instant[]> pauses = new ArrayList<>();
        final List<String> reasons = new ArrayList<>();

        Clock(String facility, String priority, String readType, String modality, Instant startedAt,
                Duration target) {
            this.facility = facility;
            this.priority = priority;
            this.readType = readType;
            this.modality = modality;
            this.startedAt = startedAt;
            this.target = target;
        }

        public Clock assignedAfter(long minutes) {
            assignedAt = startedAt.plus(Duration.ofMinutes(minutes));
            return this;
        }

        public Clock claimedAfter(long minutes) {
            claimedAt = startedAt.plus(Duration.ofMinutes(minutes));
            return this;
        }

        public Clock pausedBetween(long fromMinute, Long toMinute, String reason) {
            pauses.add(new Instant[] { startedAt.plus(Duration.ofMinutes(fromMinute)),
                    toMinute == null ? null : startedAt.plus(Duration.ofMinutes(toMinute)) });
            reasons.add(reason);
            return this;
        }

        /** Stops the clock; met or missed from the turnaround (pauses excluded) against the target. */
        public Clock stoppedAfter(long minutes) {
            stoppedAt = startedAt.plus(Duration.ofMinutes(minutes));
            long paused = pausedMinutes();
            outcome = Duration.ofMinutes(minutes - paused).compareTo(target) <= 0 ? "MET" : "MISSED";
            breached = outcome.equals("MISSED");
            return this;
        }

        public Clock canceledAfter(long minutes) {
            stoppedAt = startedAt.plus(Duration.ofMinutes(minutes));
            outcome = "CANCELED";
            return this;
        }

        public Clock breachTimerFired() {
            breached = true;
            return this;
        }

        private long pausedMinutes() {
            long total = 0;
            for (Instant[] p : pauses) {
                Instant end = p[1] != null ? p[1] : stoppedAt;
                if (end == null) {
                    continue; // an open pause of a running clock has not moved the due instant yet
                }
                total += Duration.between(p[0], end).toMinutes();
            }
            return total;
        }

        public Clock store() throws SQLException {
            Instant due = startedAt.plus(target).plus(Duration.ofMinutes(pauses.isEmpty() ? 0 : pausedMinutes()));
            try (Connection c = db.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock (id, workitem_uid,"
                        + " facility_code, contract_version, priority, queue_priority, read_type, modality, target_ms,"
                        + " started_at, due_at, first_assigned_at, claimed_at, breached, breached_at, stopped_at,"
                        + " stopped_by, outcome, last_change_at, updated_at)"
                        + " VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setObject(1, id);
                    ps.setString(2, workitemUid);
                    ps.setString(3, facility);
                    ps.setString(4, priority);
                    ps.setString(5, priority);
                    ps.setString(6, readType);
                    ps.setString(7, modality);
                    ps.setLong(8, target.toMillis());
                    ps.setObject(9, utc(startedAt));
                    ps.setObject(10, utc(due));
                    ps.setObject(11, utc(assignedAt));
                    ps.setObject(12, utc(claimedAt));
                    ps.setBoolean(13, breached);
                    ps.setObject(14, breached ? utc(due) : null);
                    ps.setObject(15, utc(stoppedAt));
                    ps.setString(16, stoppedAt == null ? null
                            : outcome.equals("CANCELED") ? "TASK_CANCELED" : "TASK_COMPLETED");
                    ps.setString(17, outcome);
                    ps.setObject(18, utc(startedAt));
                    ps.setObject(19, utc(startedAt));
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sla_clock_pause (clock_id, position,"
                        + " reason, paused_at, resumed_at) VALUES (?, ?, ?, ?, ?)")) {
                    for (int i = 0; i < pauses.size(); i++) {
                        ps.setObject(1, id);
                        ps.setInt(2, i);
                        ps.setString(3, reasons.get(i));
                        ps.setObject(4, utc(pauses.get(i)[0]));
                        ps.setObject(5, utc(pauses.get(i)[1]));
                        ps.executeUpdate();
                    }
                }
            }
            return this;
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
}
