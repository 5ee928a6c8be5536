-- Archives may call /telerad/archive-rs with a static credential instead of a Keycloak client (issue 3):
-- a bearer token kept as its hex SHA-256 (looked up by it), or basic auth (user = archive name) kept as a
-- salted PBKDF2 hash. Never the secret itself. Plus a viewer URL template per archive, deactivation and a
-- version for If-Match on /api/archives.
alter table routing_archive alter column client_id drop not null;
alter table routing_archive
    add column credential_kind     text check (credential_kind in ('BEARER_TOKEN', 'BASIC')),
    add column credential_hash     text,
    add column credential_set_at   timestamptz,
    add column viewer_url_template text,
    add column active              boolean not null default true,
    add column version             bigint  not null default 0,
    add constraint routing_archive_credential_complete
        check ((credential_kind is null) = (credential_hash is null) and (credential_kind is null) = (credential_set_at is null));
create unique index routing_archive_token_hash on routing_archive (credential_hash)
    where credential_kind = 'BEARER_TOKEN';
