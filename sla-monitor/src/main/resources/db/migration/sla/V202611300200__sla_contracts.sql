-- Turnaround contracts, one row per facility and version. A version is never changed or deleted (a change is
-- version n + 1; a reading clock keeps the version it started under), which the trigger below enforces.
-- Durations are stored in milliseconds so that short test contracts (seconds) work like real ones.
CREATE TABLE sla_contract (
    facility_code    VARCHAR(64)   NOT NULL,
    version          INTEGER       NOT NULL CHECK (version >= 1),
    ceiling_ms       BIGINT        NOT NULL CHECK (ceiling_ms > 0),
    warning_share    NUMERIC(6, 5) NOT NULL CHECK (warning_share > 0 AND warning_share < 1),
    clock_start      VARCHAR(16)   NOT NULL CHECK (clock_start IN ('STUDY_COMPLETE', 'ORDER_TIME', 'FIRST_IMAGE')),
    maximum_wait_ms  BIGINT        NOT NULL CHECK (maximum_wait_ms > 0),
    created_at       TIMESTAMPTZ   NOT NULL,
    created_by       VARCHAR(255)  NOT NULL,
    PRIMARY KEY (facility_code, version)
);

CREATE TABLE sla_contract_target (
    facility_code  VARCHAR(64)  NOT NULL,
    version        INTEGER      NOT NULL,
    position       INTEGER      NOT NULL,
    priority       VARCHAR(8)   NOT NULL CHECK (priority IN ('STAT', 'URGENT', 'ROUTINE')),
    read_type      VARCHAR(16)  NOT NULL CHECK (read_type IN ('PRELIMINARY', 'FINAL')),
    modality       VARCHAR(16),
    target_ms      BIGINT       NOT NULL CHECK (target_ms > 0),
    PRIMARY KEY (facility_code, version, position),
    FOREIGN KEY (facility_code, version) REFERENCES sla_contract (facility_code, version)
);

CREATE TABLE sla_contract_step (
    facility_code    VARCHAR(64)   NOT NULL,
    version          INTEGER       NOT NULL,
    position         INTEGER       NOT NULL,
    action           VARCHAR(32)   NOT NULL
        CHECK (action IN ('NOTIFY_ASSIGNED_RADIOLOGIST', 'REASSIGN', 'NOTIFY_OPERATIONS_ON_CALL')),
    share_of_target  NUMERIC(8, 5) NOT NULL CHECK (share_of_target > 0),
    PRIMARY KEY (facility_code, version, position),
    FOREIGN KEY (facility_code, version) REFERENCES sla_contract (facility_code, version)
);

CREATE FUNCTION sla_contract_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a turnaround contract version is immutable; store a new version instead'
        USING ERRCODE = 'integrity_constraint_violation';
END;
$$;

CREATE TRIGGER sla_contract_immutable BEFORE UPDATE OR DELETE ON sla_contract
    FOR EACH ROW EXECUTE FUNCTION sla_contract_is_immutable();
CREATE TRIGGER sla_contract_target_immutable BEFORE UPDATE OR DELETE ON sla_contract_target
    FOR EACH ROW EXECUTE FUNCTION sla_contract_is_immutable();
CREATE TRIGGER sla_contract_step_immutable BEFORE UPDATE OR DELETE ON sla_contract_step
    FOR EACH ROW EXECUTE FUNCTION sla_contract_is_immutable();
