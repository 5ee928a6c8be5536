-- The credentialing registry's records: radiologists, licenses, facilities, privileges.
-- Codes are validated by the application; the checks below keep direct SQL edits honest.

create table registry_radiologist (
    id            uuid         primary key,
    family_name   varchar(100) not null,
    given_name    varchar(100) not null,
    name_prefix   varchar(100),
    name_suffix   varchar(100),
    email         varchar(254) not null,
    username      varchar(255),
    home_country  varchar(2)   not null check (home_country ~ '^[A-Z]{2}$'),
    active        boolean      not null default true,
    version       bigint       not null default 0,
    constraint registry_radiologist_username_key unique (username)
);
create index registry_radiologist_name_idx on registry_radiologist (lower(family_name), lower(given_name));
create index registry_radiologist_active_idx on registry_radiologist (active);

create table registry_radiologist_identifier (
    radiologist_id uuid         not null references registry_radiologist (id) on delete cascade,
    system         varchar(255) not null,
    value          varchar(255) not null,
    primary key (radiologist_id, system)
);
create index registry_radiologist_identifier_value_idx on registry_radiologist_identifier (system, value);

create table registry_radiologist_subspecialty (
    radiologist_id uuid        not null references registry_radiologist (id) on delete cascade,
    subspecialty   varchar(32) not null check (subspecialty in ('NEURO', 'MSK', 'BODY', 'CHEST', 'BREAST',
                   'PEDIATRIC', 'CARDIAC', 'NUCLEAR', 'INTERVENTIONAL', 'EMERGENCY')),
    primary key (radiologist_id, subspecialty)
);
create index registry_radiologist_subspecialty_idx on registry_radiologist_subspecialty (subspecialty);

create table registry_license (
    id             uuid         primary key,
    radiologist_id uuid         not null references registry_radiologist (id),
    jurisdiction   varchar(6)   not null check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    number         varchar(64)  not null,
    type           varchar(16)  not null check (type in ('FULL', 'TELEMEDICINE', 'TEMPORARY', 'IMLC')),
    status         varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    valid_from     date         not null,
    valid_to       date,
    verified_at    timestamptz,
    verified_by    varchar(255),
    version        bigint       not null default 0,
    constraint registry_license_dates_check check (valid_to is null or valid_to >= valid_from),
    constraint registry_license_verification_check check ((verified_at is null) = (verified_by is null)),
    constraint registry_license_number_key unique (jurisdiction, number)
);
create index registry_license_radiologist_idx on registry_license (radiologist_id);
create index registry_license_jurisdiction_idx on registry_license (jurisdiction);
create index registry_license_valid_to_idx on registry_license (valid_to) where status <> 'REVOKED';

create table registry_facility (
    id                 uuid         primary key,
    code               varchar(64)  not null check (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name               varchar(200) not null,
    jurisdiction       varchar(6)   not null check (jurisdiction ~ '^[A-Z]{2}(-[A-Z0-9]{1,3})?$'),
    residency_override varchar(8)   check (residency_override ~ '^[A-Z]{2,8}$'),
    time_zone          varchar(64)  not null,
    active             boolean      not null default true,
    version            bigint       not null default 0,
    constraint registry_facility_code_key unique (code)
);
create index registry_facility_jurisdiction_idx on registry_facility (jurisdiction);
create index registry_facility_name_idx on registry_facility (lower(name));

create table registry_facility_identifier (
    facility_id uuid         not null references registry_facility (id) on delete cascade,
    kind        varchar(24)  not null check (kind in ('AE_TITLE', 'INSTITUTION_NAME', 'HL7_FACILITY')),
    value       varchar(255) not null,
    primary key (facility_id, kind, value)
);
-- recognising a study's facility on arrival looks identifiers up by value
create index registry_facility_identifier_value_idx on registry_facility_identifier (kind, value);

create table registry_privilege (
    id                    uuid         primary key,
    radiologist_id        uuid         not null references registry_radiologist (id),
    facility_id           uuid         not null references registry_facility (id),
    facility_code         varchar(64)  not null,
    status                varchar(16)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    valid_from            date         not null,
    valid_to              date,
    scope_modalities      varchar(400) not null default '',
    scope_subspecialties  varchar(400) not null default '',
    scope_read_types      varchar(40)  not null default '',
    granted_by            varchar(255) not null,
    granted_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint registry_privilege_dates_check check (valid_to is null or valid_to >= valid_from)
);
-- one privilege per radiologist and facility that is not revoked
create unique index registry_privilege_current_key on registry_privilege (radiologist_id, facility_id)
    where status <> 'REVOKED';
create index registry_privilege_facility_idx on registry_privilege (facility_code, granted_at);
create index registry_privilege_radiologist_idx on registry_privilege (radiologist_id);
create index registry_privilege_valid_to_idx on registry_privilege (valid_to) where status <> 'REVOKED';
