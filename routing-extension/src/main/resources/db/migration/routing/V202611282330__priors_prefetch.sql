-- Priors prefetch: what each configured archive needs to bring a patient's earlier studies, and per task the
-- priors found with their state. Existing archives keep working: Orthanc kind, no residency region known.
alter table routing_archive add column priors_kind varchar(16) not null default 'ORTHANC'
    check (priors_kind in ('ORTHANC', 'DCM4CHEE'));
alter table routing_archive add column residency_region varchar(8);
alter table routing_archive add column rest_base_url varchar(500);
alter table routing_archive add column priors_ae_title varchar(16);
alter table routing_archive add column priors_external_ae_title varchar(16);
alter table routing_archive add column priors_destination_ae_title varchar(16);
alter table routing_archive add column priors_move_modality varchar(64);

create table routing_prior (
    task_uid varchar(64) not null,
    study_instance_uid varchar(64) not null,
    archive_name varchar(63) not null,
    state varchar(16) not null check (state in ('AVAILABLE', 'REQUESTED', 'FAILED', 'REFUSED')),
    reason varchar(500),
    study_date varchar(8),
    study_description varchar(200),
    modalities varchar(100),
    attempts integer not null default 1,
    updated_at timestamptz not null,
    primary key (task_uid, study_instance_uid)
);

-- One row per task whose priors were looked for: FAILED runs are retried by the sweep.
create table routing_prior_run (
    task_uid varchar(64) primary key,
    state varchar(16) not null check (state in ('DONE', 'FAILED')),
    reason varchar(500),
    attempts integer not null default 1,
    updated_at timestamptz not null
);
create index routing_prior_run_failed on routing_prior_run (updated_at) where state = 'FAILED';
