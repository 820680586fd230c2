-- teereg indexer schema, version 1.
--
-- The indexer is the only writer. Everything here is a mirror of the chain:
-- `events` is the append-only log (every log of the followed contracts on the
-- canonical chain), the other tables are the state those events build
-- (docs/architecture.md, "Events"). Byte values are bytea (addresses 20 bytes,
-- hashes 32 bytes), chain integers are bigint, Unix times are seconds.

-- What this database follows. Written once at the first start; a later start
-- against another chain or deployment is refused.
CREATE TABLE deployment (
    singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    chain_id         bigint  NOT NULL,
    registry         bytea   NOT NULL,
    artifact_store   bytea,
    collateral_store bytea,
    start_block      bigint  NOT NULL
);

-- The last block whose events are committed, and the newest final block seen.
CREATE TABLE cursor (
    singleton        boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    block_number     bigint      NOT NULL,
    block_hash       bytea       NOT NULL,
    block_time       bigint      NOT NULL,
    finalized_number bigint      NOT NULL,
    updated_at       timestamptz NOT NULL DEFAULT now()
);

-- Indexed blocks that are not final yet (plus the newest final one as the
-- anchor): a reorg is found by a parent-hash mismatch against this table.
CREATE TABLE blocks (
    number      bigint PRIMARY KEY,
    hash        bytea  NOT NULL UNIQUE,
    parent_hash bytea  NOT NULL,
    time        bigint NOT NULL
);

-- Every log of the followed contracts, decoded. `entity`/`entity_key` name
-- the state row the event changes (for example 'instance' and the instance
-- id), so a reorg can rebuild exactly the rows it touched.
CREATE TABLE events (
    block_hash   bytea   NOT NULL,
    log_index    integer NOT NULL,
    block_number bigint  NOT NULL,
    tx_hash      bytea   NOT NULL,
    tx_index     integer NOT NULL,
    address      bytea   NOT NULL,
    name         text    NOT NULL,
    entity       text    NOT NULL,
    entity_key   bytea   NOT NULL,
    topics       bytea[] NOT NULL,
    data         bytea   NOT NULL,
    fields       jsonb   NOT NULL,
    PRIMARY KEY (block_hash, log_index)
);
CREATE INDEX events_by_position ON events (block_number, log_index);
CREATE INDEX events_by_entity ON events (entity, entity_key, block_number, log_index);

-- Registry singletons.
CREATE TABLE registry_state (
    singleton      boolean  PRIMARY KEY DEFAULT true CHECK (singleton),
    admin          bytea    NOT NULL,
    paused         boolean  NOT NULL,
    quote_verifier bytea    NOT NULL,
    instance_ttl   bigint   NOT NULL,
    tcb_policy     smallint NOT NULL,
    block_number   bigint   NOT NULL
);

-- Role bitmaps (bit 0 operator, bit 1 metadata writer); absent = no roles.
CREATE TABLE roles (
    account      bytea         PRIMARY KEY,
    roles        numeric(78,0) NOT NULL CHECK (roles > 0),
    block_number bigint        NOT NULL
);

-- Allowlisted workload identities and the sha256 of their configuration.
CREATE TABLE workloads (
    workload_id  bytea  PRIMARY KEY,
    config_hash  bytea  NOT NULL,
    block_number bigint NOT NULL
);

-- Storage backends in order (position 0 first).
CREATE TABLE storage_backends (
    position     integer PRIMARY KEY,
    uri          text    NOT NULL,
    block_number bigint  NOT NULL
);

-- Every published version of the application PKI; the highest is current.
CREATE TABLE pki (
    version            bigint PRIMARY KEY,
    ca_certificate     bytea  NOT NULL,
    secrets_public_key bytea  NOT NULL,
    kms_attestation    bytea  NOT NULL,
    block_number       bigint NOT NULL
);

-- Instance records, as `Registry.instance(id)` returns them.
-- status: 1 Active, 2 Revoked, 3 Expired, 4 Invalidated (IRegistry.InstanceStatus).
-- tcb_status: IQuoteVerifier.TcbStatus (0 UpToDate ... 6 Revoked).
CREATE TABLE instances (
    instance_id         bytea    PRIMARY KEY,
    workload_id         bytea    NOT NULL,
    operator            bytea    NOT NULL,
    quote_hash          bytea    NOT NULL,
    status              smallint NOT NULL,
    tcb_status          smallint NOT NULL,
    registered_at       bigint   NOT NULL,
    expires_at          bigint   NOT NULL,
    label               text     NOT NULL,
    pubkey              bytea    NOT NULL,
    ipv4                inet[]   NOT NULL,
    ipv6                inet[]   NOT NULL,
    port                integer  NOT NULL,
    invalidation_reason bytea,
    block_number        bigint   NOT NULL
);
CREATE INDEX instances_by_label ON instances (label);
CREATE INDEX instances_by_workload ON instances (workload_id);

-- Artifacts of the ArtifactStore, addressed by sha256(data).
CREATE TABLE artifacts (
    hash         bytea  PRIMARY KEY,
    writer       bytea  NOT NULL,
    data         bytea  NOT NULL,
    block_number bigint NOT NULL
);

-- DCAP collateral accepted by the DcapCollateralStore.
CREATE TABLE collateral_intermediates (
    der_hash      bytea         PRIMARY KEY,
    subject_hash  bytea         NOT NULL,
    serial_number numeric(78,0) NOT NULL,
    block_number  bigint        NOT NULL
);
CREATE TABLE collateral_crls (
    issuer_subject_hash bytea  PRIMARY KEY,
    this_update         bigint NOT NULL,
    next_update         bigint NOT NULL,
    crl                 bytea  NOT NULL,
    block_number        bigint NOT NULL
);
CREATE TABLE collateral_tcb_info (
    fmspc                      bytea  PRIMARY KEY,
    tcb_evaluation_data_number bigint NOT NULL,
    issue_date                 bigint NOT NULL,
    next_update                bigint NOT NULL,
    tcb_info                   text   NOT NULL,
    block_number               bigint NOT NULL
);
CREATE TABLE collateral_qe_identity (
    singleton                  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    tcb_evaluation_data_number bigint  NOT NULL,
    issue_date                 bigint  NOT NULL,
    next_update                bigint  NOT NULL,
    qe_identity                text    NOT NULL,
    block_number               bigint  NOT NULL
);

-- The instances that may be served right now, defined once for every reader
-- (dnsd, registry, API): status Active, not past expiry at the time of the
-- last indexed block, workload still allowlisted, operator still holding the
-- operator role.
CREATE VIEW active_instances AS
SELECT i.*
FROM instances i
JOIN workloads w ON w.workload_id = i.workload_id
JOIN roles r ON r.account = i.operator AND mod(r.roles, 2) = 1
CROSS JOIN cursor c
WHERE i.status = 1 AND i.expires_at > c.block_time;
