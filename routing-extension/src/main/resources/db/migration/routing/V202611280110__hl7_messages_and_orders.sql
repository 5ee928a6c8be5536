-- HL7 v2 order intake over MLLP. Every message received is kept, accepted or not (the raw text holds personal
-- data: stored here, never logged). Orders wait in hl7_order until the images of their study arrive,
-- or are applied at once to the reading task that exists; they are joined by accession (and Study Instance UID).

create table hl7_message (
    id                  bigserial   primary key,
    received_at         timestamptz not null,
    sending_application text,
    sending_facility    text,
    message_type        text,
    control_id          text,
    version             text,
    raw_message         text        not null,
    outcome             text        not null check (outcome in ('AA', 'AE', 'AR')),
    reason              text
);

create index hl7_message_control_id on hl7_message (control_id);
create index hl7_message_received_at on hl7_message (received_at);

create table hl7_order (
    id                  bigserial   primary key,
    received_at         timestamptz not null,
    control_id          text,
    order_control       text        not null check (order_control in ('NW', 'XO', 'CA')),
    state               text        not null check (state in ('PENDING', 'APPLIED', 'SUPERSEDED', 'CANCELED')),
    accession_number    text        not null,
    study_instance_uid  text,
    placer_order_number text,
    filler_order_number text,
    priority            text check (priority in ('HIGH', 'MEDIUM', 'LOW')),
    sending_application text,
    sending_facility    text,
    ordering_facility   text,
    procedure_code      text,
    -- personal data (never logged)
    patient_id          text,
    patient_issuer      text,
    patient_name        text,
    patient_birth_date  date,
    patient_sex         text,
    workitem_uid        text,
    settled_at          timestamptz
);

create index hl7_order_pending_accession on hl7_order (accession_number) where state = 'PENDING';
create index hl7_order_pending_study on hl7_order (study_instance_uid) where state = 'PENDING';
