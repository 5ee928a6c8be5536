-- Reading clocks: one row per reading task (workitem), timed under the facility contract version that was in
-- force when the task was scheduled. Turnaround reports read this table (and sla_clock_pause):
--   unassigned time = first_assigned_at - started_at, time to claim = claimed_at - first_assigned_at,
--   reading time = stopped_at - claimed_at, paused time = sum of the pauses.
-- A clock's pending timers are rows of sla_timer whose task_id is the clock id.
CREATE TABLE sla_clock (
    id                 UUID          PRIMARY KEY,
    workitem_uid       VARCHAR(64)   NOT NULL UNIQUE,
    facility_code      VARCHAR(64)   NOT NULL,
    contract_version   INTEGER       NOT NULL CHECK (contract_version >= 1),
    priority           VARCHAR(8)    NOT NULL CHECK (priority IN ('STAT', 'URGENT', 'ROUTINE')),
    queue_priority     VARCHAR(8)    NOT NULL CHECK (queue_priority IN ('STAT', 'URGENT', 'ROUTINE')),
    read_type          VARCHAR(16)   NOT NULL CHECK (read_type IN ('PRELIMINARY', 'FINAL')),
    modality           VARCHAR(16),
    target_ms          BIGINT        NOT NULL CHECK (target_ms > 0),
    started_at         TIMESTAMPTZ   NOT NULL,
    due_at             TIMESTAMPTZ   NOT NULL,
    first_assigned_at  TIMESTAMPTZ,
    claimed_at         TIMESTAMPTZ,
    warned_at          TIMESTAMPTZ,
    breached           BOOLEAN       NOT NULL DEFAULT FALSE,
    breached_at        TIMESTAMPTZ,
    escalations        INTEGER       NOT NULL DEFAULT 0,
    reassignments      INTEGER       NOT NULL DEFAULT 0,
    stopped_at         TIMESTAMPTZ,
    stopped_by         VARCHAR(16)   CHECK (stopped_by IN ('REPORT_SIGNED', 'TASK_COMPLETED', 'TASK_CANCELED')),
    outcome            VARCHAR(8)    CHECK (outcome IN ('MET', 'MISSED', 'CANCELED')),
    fired_keys         TEXT          NOT NULL DEFAULT '',
    last_change_at     TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    CHECK ((stopped_at IS NULL) = (outcome IS NULL)),
    CHECK (stopped_at IS NULL OR stopped_at >= started_at)
);

CREATE INDEX sla_clock_by_facility_start ON sla_clock (facility_code, started_at);
CREATE INDEX sla_clock_open ON sla_clock (due_at) WHERE stopped_at IS NULL;

-- The pauses of a clock (waiting for priors, for clinical information), in order; at most one open.
CREATE TABLE sla_clock_pause (
    clock_id    UUID          NOT NULL REFERENCES sla_clock (id),
    position    INTEGER       NOT NULL CHECK (position >= 0),
    reason      VARCHAR(48)   NOT NULL CHECK (reason IN ('WAITING_FOR_PRIORS', 'WAITING_FOR_CLINICAL_INFORMATION')),
    paused_at   TIMESTAMPTZ   NOT NULL,
    resumed_at  TIMESTAMPTZ,
    PRIMARY KEY (clock_id, position),
    CHECK (resumed_at IS NULL OR resumed_at >= paused_at)
);

CREATE UNIQUE INDEX sla_clock_pause_one_open ON sla_clock_pause (clock_id) WHERE resumed_at IS NULL;

-- Critical finding communication clocks; their timers are rows of sla_timer whose task_id is the finding id
-- (keys FINDING-DUE and FINDING-ESCALATION:n).
CREATE TABLE sla_critical_finding (
    finding_id         UUID          PRIMARY KEY,
    workitem_uid       VARCHAR(64)   NOT NULL,
    category           INTEGER       NOT NULL CHECK (category BETWEEN 1 AND 3),
    recorded_at        TIMESTAMPTZ   NOT NULL,
    due_at             TIMESTAMPTZ,
    communicated_at    TIMESTAMPTZ,
    overdue_fired_at   TIMESTAMPTZ
);

CREATE INDEX sla_critical_finding_by_workitem ON sla_critical_finding (workitem_uid);

-- Which node claimed (fired) a timer: shows that each timer fired once, on one node.
ALTER TABLE sla_timer ADD COLUMN fired_by VARCHAR(64);
