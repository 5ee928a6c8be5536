-- The position in each followed archive's change log (e.g. Orthanc's /changes sequence number). Advanced in the
-- same transaction that creates or revises the tasks of that page; a node locks the row (FOR UPDATE SKIP LOCKED)
-- while it takes a page in, so two nodes never take in the same page.

create table routing_archive_cursor (
    archive_name text        primary key,
    position     bigint      not null check (position >= 0),
    updated_at   timestamptz not null
);
