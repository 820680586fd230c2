package registry

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"

	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

// ErrNotIndexed: the indexer has not committed a first block (no cursor row).
var ErrNotIndexed = errors.New("the indexer's database holds no indexed block yet (no cursor row)")

// Querier is what DB needs from PostgreSQL; *pgxpool.Pool satisfies it.
type Querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// DB reads the indexer's mirror (indexer/schema). It never writes: the
// indexer is the database's only writer.
type DB struct {
	q Querier
}

// NewDB returns a reader of the indexer's database.
func NewDB(q Querier) *DB { return &DB{q: q} }

// recordSQL reads everything a decision needs in one statement, hence from
// one snapshot of one indexer commit.
const recordSQL = `
SELECT c.block_number, c.block_time, c.finalized_number,
       i.instance_id IS NOT NULL, i.workload_id, i.operator, i.pubkey, i.label, i.status, i.tcb_status,
       i.registered_at, i.expires_at, i.invalidation_reason, i.block_number,
       w.config_hash, w.block_number,
       r.account IS NOT NULL AND mod(r.roles, 2) = 1, r.block_number,
       s.tcb_policy, s.block_number,
       ARRAY(SELECT uri FROM storage_backends ORDER BY position),
       p.version, p.ca_certificate = $2 AND p.secrets_public_key = $3
FROM cursor c
LEFT JOIN instances i ON i.instance_id = $1
LEFT JOIN workloads w ON w.workload_id = i.workload_id
LEFT JOIN roles r ON r.account = i.operator
LEFT JOIN registry_state s ON true
LEFT JOIN LATERAL (SELECT version, ca_certificate, secrets_public_key FROM pki ORDER BY version DESC LIMIT 1) p ON true`

// Record reads the database's view of instance id, and whether its current
// PKI is pki.
func (d *DB) Record(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error) {
	var (
		block, blockTime, finalized                   int64
		found                                         bool
		workload, operator, pubkey, reason            []byte
		label                                         *string
		status, tcb                                   *int16
		registeredAt, expiresAt, instBlock            *int64
		configHash                                    []byte
		workloadBlock, roleBlock, policyBlock, pkiVer *int64
		isOperator, pkiMatches                        *bool
		policy                                        *int16
		backends                                      []string
	)
	err := d.q.QueryRow(ctx, recordSQL, id[:], pki.CACertificate, pki.SecretsPublicKey).Scan(
		&block, &blockTime, &finalized,
		&found, &workload, &operator, &pubkey, &label, &status, &tcb,
		&registeredAt, &expiresAt, &reason, &instBlock,
		&configHash, &workloadBlock,
		&isOperator, &roleBlock,
		&policy, &policyBlock,
		&backends,
		&pkiVer, &pkiMatches)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotIndexed
	}
	if err != nil {
		return nil, fmt.Errorf("read instance %s from the indexer's database: %w", id, err)
	}
	if block < 0 || blockTime < 0 || finalized < 0 {
		return nil, fmt.Errorf("indexer's cursor is corrupt: block %d, time %d, finalized %d", block, blockTime, finalized)
	}
	r := &Record{Source: SourceDatabase, Block: uint64(block), BlockTime: uint64(blockTime), Finalized: uint64(finalized), Backends: backends}
	if pkiVer != nil {
		if *pkiVer <= 0 {
			return nil, fmt.Errorf("indexer's PKI row has version %d", *pkiVer)
		}
		r.PKIVersion = uint64(*pkiVer)
		r.PKIMatches = pkiMatches != nil && *pkiMatches
	}
	if policy != nil {
		if *policy < 0 || *policy > 0xff || policyBlock == nil {
			return nil, fmt.Errorf("indexer's registry_state row is corrupt: TCB policy %d", *policy)
		}
		r.TCBPolicy, r.PolicyKnown, r.PolicyBlock = uint8(*policy), true, uint64(max(*policyBlock, 0))
	}
	if !found {
		return r, nil
	}
	if len(workload) != 32 || len(operator) != 20 || label == nil || status == nil || tcb == nil ||
		registeredAt == nil || expiresAt == nil || instBlock == nil ||
		*status < 0 || *status > 0xff || *tcb < 0 || *tcb > 0xff || *expiresAt < 0 || *registeredAt < 0 || *instBlock < 0 {
		return nil, fmt.Errorf("indexer's row of instance %s is corrupt", id)
	}
	r.Found = true
	r.Instance = InstanceRecord{
		ID:                 id,
		WorkloadID:         common.BytesToHash(workload),
		Operator:           common.BytesToAddress(operator),
		Pubkey:             pubkey,
		Label:              *label,
		Status:             uint8(*status),
		TCBStatus:          uint8(*tcb),
		RegisteredAt:       uint64(*registeredAt),
		ExpiresAt:          uint64(*expiresAt),
		InvalidationReason: reason,
		Block:              uint64(*instBlock),
	}
	if configHash != nil {
		if len(configHash) != 32 || workloadBlock == nil {
			return nil, fmt.Errorf("indexer's row of workload %s is corrupt", r.Instance.WorkloadID)
		}
		r.ConfigHash, r.WorkloadBlock = common.BytesToHash(configHash), uint64(max(*workloadBlock, 0))
	}
	if isOperator != nil && *isOperator {
		r.OperatorRole = true
	}
	if roleBlock != nil {
		r.RoleBlock = uint64(max(*roleBlock, 0))
	}
	return r, nil
}

// Artifact returns the ArtifactStore artifact whose sha256 is hash from the
// database (storage.ErrNotFound when the indexer has none). The bytes are
// checked against the hash: the mirror is not trusted with content.
func (d *DB) Artifact(ctx context.Context, hash [32]byte) ([]byte, error) {
	var data []byte
	err := d.q.QueryRow(ctx, `SELECT data FROM artifacts WHERE hash = $1`, hash[:]).Scan(&data)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("artifact %x in the indexer's database: %w", hash, storage.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("read artifact %x from the indexer's database: %w", hash, err)
	}
	if sha256.Sum256(data) != hash {
		return nil, fmt.Errorf("artifact %x in the indexer's database: %w", hash, storage.ErrHashMismatch)
	}
	return data, nil
}

// IsCustodian reports whether account holds KMS_CUSTODIAN_ROLE (bit 2) in
// the indexer's role table.
func (d *DB) IsCustodian(ctx context.Context, account common.Address) (bool, error) {
	var ok bool
	err := d.q.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM roles WHERE account = $1 AND mod(floor(roles / 4), 2) = 1)`, account[:]).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("read the roles of %s from the indexer's database: %w", account, err)
	}
	return ok, nil
}

// PKI returns the current (highest version) PKI in the database; version 0
// when none is published.
func (d *DB) PKI(ctx context.Context) (kms.PKI, uint64, error) {
	var p kms.PKI
	var version int64
	err := d.q.QueryRow(ctx, `SELECT version, ca_certificate, secrets_public_key FROM pki ORDER BY version DESC LIMIT 1`).
		Scan(&version, &p.CACertificate, &p.SecretsPublicKey)
	if errors.Is(err, pgx.ErrNoRows) {
		return kms.PKI{}, 0, nil
	}
	if err != nil {
		return kms.PKI{}, 0, fmt.Errorf("read the PKI from the indexer's database: %w", err)
	}
	if version <= 0 {
		return kms.PKI{}, 0, fmt.Errorf("indexer's PKI row has version %d", version)
	}
	return p, uint64(version), nil
}

// Deployment is what the indexer's database follows.
type Deployment struct {
	ChainID       uint64
	Registry      common.Address
	ArtifactStore common.Address // zero when none
}

// Deployment reads the deployment row the indexer wrote at its first start.
func (d *DB) Deployment(ctx context.Context) (Deployment, error) {
	var dep Deployment
	var chainID int64
	var reg, art []byte
	err := d.q.QueryRow(ctx, `SELECT chain_id, registry, artifact_store FROM deployment`).Scan(&chainID, &reg, &art)
	if errors.Is(err, pgx.ErrNoRows) {
		return dep, errors.New("the indexer's database has no deployment row: start the indexer first")
	}
	if err != nil {
		return dep, fmt.Errorf("read the deployment from the indexer's database: %w", err)
	}
	if chainID <= 0 || len(reg) != 20 || (art != nil && len(art) != 20) {
		return dep, errors.New("the indexer's deployment row is corrupt")
	}
	dep.ChainID, dep.Registry = uint64(chainID), common.BytesToAddress(reg)
	if art != nil {
		dep.ArtifactStore = common.BytesToAddress(art)
	}
	return dep, nil
}
