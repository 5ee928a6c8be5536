-- Result delivery (reporting module, org.telerad.reporting.delivery): channels per facility, the outbox of
-- deliveries (one per signed report version and channel) and every attempt.

create table delivery_channel (
    id                    uuid          primary key,
    facility_code         varchar(64)   not null,
    name                  varchar(100)  not null,
    kind                  varchar(16)   not null check (kind in ('fhir-r4', 'hl7v2-mllp')),
    enabled               boolean       not null,
    -- FHIR R4 server
    base_url              varchar(2000),
    auth_type             varchar(32)   check (auth_type in ('none', 'bearer', 'basic', 'oauth-client-credentials')),
    auth_username         varchar(200),
    token_url             varchar(2000),
    client_id             varchar(200),
    scope                 varchar(500),
    -- the bearer token, Basic password or client secret: write-only through the API, never logged
    secret                varchar(4096),
    timeout_seconds       integer       not null check (timeout_seconds between 1 and 300),
    -- HL7 v2 MLLP receiver
    host                  varchar(253),
    port                  integer       check (port between 1 and 65535),
    sending_application   varchar(180),
    sending_facility      varchar(180),
    receiving_application varchar(180),
    receiving_facility    varchar(180),
    version               bigint        not null default 0,
    constraint delivery_channel_name_key unique (facility_code, name),
    constraint delivery_channel_fhir check (kind <> 'fhir-r4' or (base_url is not null and auth_type is not null)),
    constraint delivery_channel_mllp check (kind <> 'hl7v2-mllp' or (host is not null and port is not null))
);

create table delivery_outbox (
    id              uuid          primary key,
    sequence        bigint        generated always as identity,
    report_id       uuid          not null,
    report_version  integer       not null check (report_version >= 1),
    report_status   varchar(16)   not null check (report_status in ('PRELIMINARY', 'FINAL', 'AMENDED')),
    workitem_uid    varchar(64)   not null,
    channel_id      uuid          not null,
    kind            varchar(16)   not null,
    facility_code   varchar(64)   not null,
    state           varchar(16)   not null check (state in ('PENDING', 'DELIVERED', 'DEAD_LETTER')),
    attempts        integer       not null default 0,
    failures        integer       not null default 0,
    queued_at       timestamptz   not null,
    next_attempt_at timestamptz   not null,
    lease_until     timestamptz,
    claim_token     uuid,
    delivered_at    timestamptz,
    reason          varchar(600),
    constraint delivery_outbox_sequence_key unique (sequence),
    -- one delivery per signed version and channel: queuing twice is a no-op
    constraint delivery_outbox_once unique (report_id, report_version, channel_id)
);
-- the workers' claim: due pending rows, oldest first
create index delivery_outbox_due_idx on delivery_outbox (next_attempt_at, sequence) where state = 'PENDING';
-- the dead-letter list and the admins' list per facility
create index delivery_outbox_list_idx on delivery_outbox (facility_code, state, sequence);

create table delivery_attempt (
    delivery_id  uuid         not null references delivery_outbox (id) on delete cascade,
    number       integer      not null check (number >= 1),
    attempted_at timestamptz  not null,
    outcome      varchar(16)  not null check (outcome in ('delivered', 'failed', 'refused')),
    detail       varchar(600),
    primary key (delivery_id, number)
);
