-- Report lifecycle: one report per study, its signed versions (immutable), its critical findings, and the
-- report templates (one row per template version). Report text is personal data: it never leaves these tables
-- except through the access-checked, audited API.

create table reporting_template (
    id                   text        not null,
    version              integer     not null check (version >= 1),
    name                 text        not null,
    modality             text        not null,
    body_part            text,
    clinical_information text,
    technique            text,
    comparison           text,
    findings             text,
    impression           text,
    active               boolean     not null default true,
    created_at           timestamptz not null,
    created_by           text        not null,
    primary key (id, version)
);

create table reporting_report (
    id                   uuid        primary key,
    study_instance_uid   text        not null unique,
    facility_code        text,
    patient_id           text,
    patient_issuer       text,
    state                text        not null check (state in ('DRAFT', 'PRELIMINARY', 'FINAL', 'AMENDED')),
    workitem_uid         text        not null,
    clinical_information text,
    technique            text,
    comparison           text,
    findings             text,
    impression           text,
    template_id          text,
    template_version     integer,
    draft_author         text,
    draft_started_at     timestamptz,
    draft_saved_at       timestamptz,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    revision             bigint      not null
);
create index reporting_report_facility on reporting_report (facility_code);
create index reporting_report_patient on reporting_report (patient_id);

create table reporting_report_version (
    report_id              uuid        not null references reporting_report (id),
    version                integer     not null check (version >= 1),
    status                 text        not null check (status in ('PRELIMINARY', 'FINAL', 'AMENDED')),
    signed_at              timestamptz not null,
    workitem_uid           text        not null,
    signer_username        text        not null,
    signer_radiologist_id  uuid        not null,
    signer_name            text,
    signer_npi             text,
    prelim_username        text,
    prelim_radiologist_id  uuid,
    prelim_name            text,
    prelim_npi             text,
    clinical_information   text,
    technique              text,
    comparison             text,
    findings               text,
    impression             text        not null,
    addendum_text          text,
    correction_reason      text,
    template_id            text,
    template_version       integer,
    primary key (report_id, version)
);
create index reporting_report_version_workitem on reporting_report_version (workitem_uid);

-- signed versions never change
create function reporting_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'signed report versions are immutable' using errcode = '55000';
end $$;
create trigger reporting_report_version_immutable before update or delete on reporting_report_version
    for each row execute function reporting_version_immutable();

create table reporting_critical_finding (
    id               uuid        primary key,
    report_id        uuid        not null references reporting_report (id),
    category         integer     not null check (category between 1 and 3),
    description      text        not null,
    workitem_uid     text        not null,
    recorded_by      text        not null,
    recorded_at      timestamptz not null,
    communicated_to  text,
    communicated_at  timestamptz,
    method           text,
    read_back        boolean,
    documented_by    text,
    documented_at    timestamptz,
    check ((communicated_to is null) = (documented_at is null))
);
create index reporting_critical_finding_report on reporting_critical_finding (report_id);
