-- The UPS Performed Procedure Step of each task completed by signing its report (PS3.4 CC.2.5): the actual
-- human performer, start and end, and the Output Information (a reference to the signed report version).
-- One row per task, written once. No patient data.

create table routing_performed_procedure (
    workitem_uid       text        primary key,
    performer_username text        not null,
    performer_code     text        not null,
    performer_scheme   text        not null,
    performer_name     text,
    started_at         timestamptz,
    completed_at       timestamptz not null,
    signed_as          text        not null check (signed_as in ('PRELIMINARY', 'FINAL')),
    report_reference   text        not null,
    retrieve_url       text,
    recorded_at        timestamptz not null default now()
);
