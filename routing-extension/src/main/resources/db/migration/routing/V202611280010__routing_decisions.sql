-- Every routing decision, with its explanation (who got the task, the score parts, and why every other
-- radiologist was excluded). A task may be routed more than once (re-routing): the latest row is current.
-- No patient data: the patient appears only as a pseudonymous key (SHA-256 of ID and issuer).

create table routing_decision (
    id                  bigint generated always as identity primary key,
    task_id             text             not null,
    decided_at          timestamptz      not null,
    outcome             text             not null check (outcome in ('assigned', 'preliminary-abroad', 'unroutable')),
    unroutable_reason   text,
    facility_code       text,
    assignee_id         uuid,
    assignee_username   text,
    assigned_read_type  text             check (assigned_read_type in ('PRELIMINARY', 'FINAL')),
    effort              double precision not null,
    patient_key         char(64),
    registry_revision   bigint           not null,
    current             boolean          not null default true,
    explanation         jsonb            not null,
    constraint routing_decision_assignee_check check ((outcome = 'unroutable') = (assignee_id is null))
);

-- the decision a task is read by: at most one current row per task
create unique index routing_decision_current_task on routing_decision (task_id) where current;
create index routing_decision_task on routing_decision (task_id, decided_at desc);
-- workload: the open effort of each reader, and continuity by patient key
create index routing_decision_current_assignee on routing_decision (assignee_id) where current and assignee_id is not null;
create index routing_decision_current_patient on routing_decision (patient_key) where current and patient_key is not null;
