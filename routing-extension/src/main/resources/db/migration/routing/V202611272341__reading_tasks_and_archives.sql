-- Reading tasks (UPS workitems managed by Telerad) and the archives that send them.

create table routing_archive (
    name              text primary key,
    dicomweb_base_url text not null,
    ae_titles         text not null default '',
    client_id         text not null unique,
    time_zone         text not null
);

create table routing_reading_task (
    workitem_uid            text primary key,
    study_instance_uid      text not null,
    read_type               text not null check (read_type in ('PRELIMINARY', 'FINAL')),
    -- patient demographics for the worklist (personal data: never logged)
    patient_id              text,
    patient_issuer          text,
    patient_name            text,
    patient_birth_date      date,
    patient_sex             text,
    accession_number        text,
    accession_issuer        text,
    requested_procedure_id  text,
    requested_procedure_description text,
    referring_physician_name text,
    inputs                  jsonb not null default '[]',
    procedure_step_label    text,
    worklist_label          text,
    priority                text not null check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    input_readiness         text not null,
    facility_code           text,
    modality                text,
    body_part               text,
    institution_name        text,
    study_description       text,
    scheduled_start         timestamptz,
    expected_completion     timestamptz,
    source_archive          text,
    performer_code          text,
    performer_scheme        text,
    performer_name          text,
    performer_organization  text,
    performer_username      text,
    state                   text not null check (state in ('SCHEDULED', 'IN_PROGRESS', 'COMPLETED', 'CANCELED')),
    transaction_uid         text,
    claimed_by              text,
    cancellation_requested  boolean not null default false,
    cancellation_reason     text,
    progress                integer,
    progress_description    text,
    created_at              timestamptz not null,
    updated_at              timestamptz not null,
    version                 bigint not null default 0,
    -- intake is idempotent: one task per study and read type, whichever node receives it
    constraint routing_reading_task_study_read_type unique (study_instance_uid, read_type)
);

create index routing_reading_task_state on routing_reading_task (state, priority, created_at);
create index routing_reading_task_performer on routing_reading_task (performer_username) where performer_username is not null;
create index routing_reading_task_accession on routing_reading_task (accession_number) where accession_number is not null;
