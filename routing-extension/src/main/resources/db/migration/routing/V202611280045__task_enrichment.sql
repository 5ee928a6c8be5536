-- How enriching each reading task from its archive ended (series-level QIDO, facility recognition), and when
-- to try again for those whose archive could not be asked. A task from an archive with no facility and no row
-- here is found by the retry sweep too, so an intake interrupted in between loses nothing.

create table routing_task_enrichment (
    workitem_uid    text        primary key references routing_reading_task (workitem_uid) on delete cascade,
    outcome         text        not null check (outcome in ('PENDING', 'ENRICHED', 'UNRECOGNISED')),
    detail          text,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    updated_at      timestamptz not null
);

create index routing_task_enrichment_due on routing_task_enrichment (next_attempt_at) where outcome = 'PENDING';
