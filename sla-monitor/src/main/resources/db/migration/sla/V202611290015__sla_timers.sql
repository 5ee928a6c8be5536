-- Durable SLA timers: one row per scheduled timer of a reading clock. A pending timer (fired_at IS NULL) is
-- unique per task and key; once fired it stays as history with both its due and its fired instant, and a
-- re-armed timer (after a priority change) is a new row. Nodes claim due rows with FOR UPDATE SKIP LOCKED.
CREATE TABLE sla_timer (
    id           BIGSERIAL    PRIMARY KEY,
    task_id      UUID         NOT NULL,
    timer_key    VARCHAR(32)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL CHECK (kind IN ('WARNING', 'BREACH', 'ESCALATION', 'AGEING')),
    due_at       TIMESTAMPTZ  NOT NULL,
    fired_at     TIMESTAMPTZ,
    CHECK (fired_at IS NULL OR fired_at >= due_at)
);

CREATE UNIQUE INDEX sla_timer_pending_once ON sla_timer (task_id, timer_key) WHERE fired_at IS NULL;
CREATE INDEX sla_timer_pending_by_due ON sla_timer (due_at) WHERE fired_at IS NULL;
CREATE INDEX sla_timer_by_task ON sla_timer (task_id);
