-- Telerad's tamper-evident audit trail: an append-only, hash-chained table.
-- Each entry's hash is SHA-256 over a canonical serialisation of all its columns and the previous entry's hash
-- (see org.telerad.shared.audit.AuditEntry#canonicalForm); sequence numbers are contiguous from 1.

CREATE TABLE audit_entry (
    sequence_number BIGINT        NOT NULL,
    occurred_at     TIMESTAMPTZ   NOT NULL,
    event_type      VARCHAR(16)   NOT NULL,
    action          VARCHAR(1)    NOT NULL,
    outcome         SMALLINT      NOT NULL,
    username        VARCHAR(255)  NOT NULL,
    roles           VARCHAR(1000) NOT NULL,
    client_address  VARCHAR(64),
    object_type     VARCHAR(64)   NOT NULL,
    object_id       VARCHAR(128),
    facility_code   VARCHAR(64),
    detail          VARCHAR(2000),
    previous_hash   CHAR(64)      NOT NULL,
    entry_hash      CHAR(64)      NOT NULL,
    CONSTRAINT audit_entry_pk PRIMARY KEY (sequence_number),
    CONSTRAINT audit_entry_sequence_positive CHECK (sequence_number > 0)
);

CREATE INDEX audit_entry_occurred_at_idx ON audit_entry (occurred_at);
CREATE INDEX audit_entry_username_idx ON audit_entry (username);
CREATE INDEX audit_entry_object_idx ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_facility_idx ON audit_entry (facility_code);

-- Signed checkpoints: an HMAC over the head hash every N entries, with a key from configuration, so that
-- rewriting the whole chain (or cutting its tail) without the key is detected.
CREATE TABLE audit_checkpoint (
    sequence_number BIGINT      NOT NULL,
    entry_hash      CHAR(64)    NOT NULL,
    signature       CHAR(64)    NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (sequence_number)
);

-- Append-only, enforced by the database: no UPDATE, DELETE or TRUNCATE, whoever asks.
CREATE FUNCTION audit_reject_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'TELERAD-AUDIT-001: the audit trail is append-only (% on % refused)', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_reject_change();
CREATE TRIGGER audit_checkpoint_no_truncate
    BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_reject_change();

-- Defence in depth: the migrating (application) user gives up the privileges it would need to change history.
-- (Without effect for a superuser, which the trigger still stops.)
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM CURRENT_USER;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_checkpoint FROM CURRENT_USER;
