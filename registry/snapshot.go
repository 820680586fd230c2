package registry

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/registry/kms"
)

// Snapshot is a StateReader that keeps the indexer's state in memory, as
// dnsd does: loaded in one read-only repeatable-read transaction (so every
// row is of one indexer commit), reloaded after every NOTIFY teereg_state
// and at least every PollInterval. A decision costs no database round trip.
//
// The snapshot's cursor is what the freshness rule judges: when reloads stop
// (database or LISTEN connection lost), its block time ages and grants are
// confirmed on chain, exactly as with a stale database.
type Snapshot struct {
	pool *pgxpool.Pool
	poll time.Duration
	log  *slog.Logger
	cur  atomic.Pointer[snapshot]
	err  atomic.Pointer[error] // the last load error, nil after a good load

	reloads   *prometheus.CounterVec
	block     prometheus.Gauge
	instances prometheus.Gauge
}

// DefaultPollInterval is how often the snapshot reloads without a NOTIFY.
const DefaultPollInterval = 5 * time.Second

type snapshot struct {
	block, blockTime, finalized uint64
	instances                   map[common.Hash]*InstanceRecord
	workloads                   map[common.Hash]hashAt
	roles                       map[common.Address]roleAt
	policy                      uint8
	policyKnown                 bool
	policyBlock                 uint64
	backends                    []string
	pkiVersion                  uint64
	pki                         kms.PKI
	artifacts                   map[[32]byte]struct{}
}

type hashAt struct {
	hash  common.Hash
	block uint64
}

type roleAt struct {
	operator bool
	block    uint64
}

// NewSnapshot returns a snapshot reader of the indexer's database; call
// Load once, then Run to follow. reg receives its metrics (nil: none).
func NewSnapshot(pool *pgxpool.Pool, poll time.Duration, log *slog.Logger, reg prometheus.Registerer) *Snapshot {
	if poll <= 0 {
		poll = DefaultPollInterval
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	s := &Snapshot{pool: pool, poll: poll, log: log,
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "teereg_registry_snapshot_reloads_total",
			Help: "Reloads of the in-memory state from the indexer's database, by result (ok, not_indexed, error).",
		}, []string{"result"}),
		block: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "teereg_registry_snapshot_block",
			Help: "The indexer's cursor block of the in-memory state.",
		}),
		instances: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "teereg_registry_snapshot_instances",
			Help: "Instance records in the in-memory state.",
		}),
	}
	if reg != nil {
		reg.MustRegister(s.reloads, s.block, s.instances)
	}
	return s
}

// Block returns the cursor block of the current snapshot (0 before the
// first load).
func (s *Snapshot) Block() uint64 {
	if c := s.cur.Load(); c != nil {
		return c.block
	}
	return 0
}

// Load reads the state once and makes it current. ErrNotIndexed while the
// indexer has committed nothing.
func (s *Snapshot) Load(ctx context.Context) error {
	snap, err := loadSnapshot(ctx, s.pool)
	if err != nil {
		result := "error"
		if errors.Is(err, ErrNotIndexed) {
			result = "not_indexed"
		}
		s.reloads.WithLabelValues(result).Inc()
		s.err.Store(&err)
		return err
	}
	s.cur.Store(snap)
	s.err.Store(nil)
	s.reloads.WithLabelValues("ok").Inc()
	s.block.Set(float64(snap.block))
	s.instances.Set(float64(len(snap.instances)))
	return nil
}

// Record implements StateReader from the current snapshot. Without one it
// fails, and the decision falls to the chain.
func (s *Snapshot) Record(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error) {
	c := s.cur.Load()
	if c == nil {
		if e := s.err.Load(); e != nil {
			return nil, fmt.Errorf("no state loaded from the indexer's database: %w", *e)
		}
		return nil, errors.New("no state loaded from the indexer's database yet")
	}
	r := &Record{Source: SourceDatabase, Block: c.block, BlockTime: c.blockTime, Finalized: c.finalized, Backends: c.backends,
		TCBPolicy: c.policy, PolicyKnown: c.policyKnown, PolicyBlock: c.policyBlock, PKIVersion: c.pkiVersion}
	r.PKIMatches = c.pkiVersion > 0 && bytes.Equal(c.pki.CACertificate, pki.CACertificate) && bytes.Equal(c.pki.SecretsPublicKey, pki.SecretsPublicKey)
	in, ok := c.instances[id]
	if !ok {
		return r, nil
	}
	r.Found, r.Instance = true, *in
	if w, ok := c.workloads[in.WorkloadID]; ok {
		r.ConfigHash, r.WorkloadBlock = w.hash, w.block
	}
	if ro, ok := c.roles[in.Operator]; ok {
		r.OperatorRole, r.RoleBlock = ro.operator, ro.block
	}
	return r, nil
}

// HasArtifact reports whether the current snapshot lists an artifact
// (known is false without a snapshot).
func (s *Snapshot) HasArtifact(hash [32]byte) (present, known bool) {
	c := s.cur.Load()
	if c == nil {
		return false, false
	}
	_, present = c.artifacts[hash]
	return present, true
}

// Run follows the indexer until ctx ends: LISTEN on its channel, reload
// after each burst of notifications and every poll interval; reconnect with
// backoff when the connection fails. The last snapshot stays in use
// meanwhile (and ages into staleness).
func (s *Snapshot) Run(ctx context.Context) {
	backoff := 250 * time.Millisecond
	for ctx.Err() == nil {
		loaded, err := s.follow(ctx)
		if ctx.Err() != nil {
			return
		}
		if loaded {
			backoff = 250 * time.Millisecond // it worked for a while: retry quickly
		}
		s.log.Warn("registry: following the indexer's database failed; keeping the last snapshot", "err", err, "retry_in", backoff)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 10*time.Second)
	}
}

// follow listens and reloads until an error; loaded reports whether it
// loaded the state at least once (the connection worked for a while).
func (s *Snapshot) follow(ctx context.Context) (loaded bool, err error) {
	pc, err := s.pool.Acquire(ctx)
	if err != nil {
		return false, fmt.Errorf("connect: %w", err)
	}
	conn := pc.Hijack() // a LISTENing connection never goes back to the pool
	defer conn.Close(context.WithoutCancel(ctx))
	if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{schema.Channel}.Sanitize()); err != nil {
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "25006" { // read_only_sql_transaction: a hot standby
			return false, fmt.Errorf("listen on %s: %w", schema.Channel, err)
		}
		// A hot standby cannot LISTEN (NOTIFY does not replicate): the
		// wait below then only ever times out, so the state reloads every
		// poll interval.
		s.log.Info("registry: the database is a hot standby, which cannot LISTEN; reloading every poll interval", "interval", s.poll)
	}
	// Listening first, then loading: a commit in between is loaded or
	// notified, never missed.
	if err := s.Load(ctx); err != nil && !errors.Is(err, ErrNotIndexed) {
		return false, err
	}
	for {
		wctx, cancel := context.WithTimeout(ctx, s.poll)
		_, err := conn.WaitForNotification(wctx)
		cancel()
		switch {
		case ctx.Err() != nil:
			return true, ctx.Err()
		case errors.Is(err, context.DeadlineExceeded):
		case err != nil:
			return true, fmt.Errorf("wait for notification: %w", err)
		default:
			for { // a burst of commits costs one reload
				dctx, cancel := context.WithTimeout(ctx, time.Millisecond)
				_, err := conn.WaitForNotification(dctx)
				cancel()
				if err != nil {
					break
				}
			}
		}
		if err := s.Load(ctx); err != nil && !errors.Is(err, ErrNotIndexed) {
			return true, err
		}
	}
}

// loadSnapshot reads the state in one read-only repeatable-read transaction.
func loadSnapshot(ctx context.Context, pool *pgxpool.Pool) (*snapshot, error) {
	tx, err := pool.BeginTx(ctx, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly})
	if err != nil {
		return nil, fmt.Errorf("load state: begin transaction: %w", err)
	}
	defer tx.Rollback(context.WithoutCancel(ctx)) //nolint:errcheck // read-only
	c := &snapshot{
		instances: make(map[common.Hash]*InstanceRecord), workloads: make(map[common.Hash]hashAt),
		roles: make(map[common.Address]roleAt), artifacts: make(map[[32]byte]struct{}),
	}
	var block, blockTime, finalized int64
	err = tx.QueryRow(ctx, `SELECT block_number, block_time, finalized_number FROM cursor`).Scan(&block, &blockTime, &finalized)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, ErrNotIndexed
	}
	if err != nil {
		return nil, fmt.Errorf("load state: read cursor: %w", err)
	}
	if block < 0 || blockTime < 0 || finalized < 0 {
		return nil, fmt.Errorf("load state: cursor is corrupt: block %d, time %d, finalized %d", block, blockTime, finalized)
	}
	c.block, c.blockTime, c.finalized = uint64(block), uint64(blockTime), uint64(finalized)

	rows, err := tx.Query(ctx, `SELECT instance_id, workload_id, operator, pubkey, label, status, tcb_status, registered_at,
		expires_at, invalidation_reason, block_number FROM instances`)
	if err != nil {
		return nil, fmt.Errorf("load state: query instances: %w", err)
	}
	for rows.Next() {
		var id, wl, op, pub, reason []byte
		var label string
		var status, tcb int16
		var reg, exp, blk int64
		if err := rows.Scan(&id, &wl, &op, &pub, &label, &status, &tcb, &reg, &exp, &reason, &blk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load state: read instance: %w", err)
		}
		if len(id) != 32 || len(wl) != 32 || len(op) != 20 || status < 0 || status > 0xff || tcb < 0 || tcb > 0xff || reg < 0 || exp < 0 || blk < 0 {
			rows.Close()
			return nil, fmt.Errorf("load state: the row of instance %x is corrupt", id)
		}
		h := common.BytesToHash(id)
		c.instances[h] = &InstanceRecord{ID: h, WorkloadID: common.BytesToHash(wl), Operator: common.BytesToAddress(op), Pubkey: pub,
			Label: label, Status: uint8(status), TCBStatus: uint8(tcb), RegisteredAt: uint64(reg), ExpiresAt: uint64(exp),
			InvalidationReason: reason, Block: uint64(blk)}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load state: read instances: %w", err)
	}

	rows, err = tx.Query(ctx, `SELECT workload_id, config_hash, block_number FROM workloads`)
	if err != nil {
		return nil, fmt.Errorf("load state: query workloads: %w", err)
	}
	for rows.Next() {
		var id, hash []byte
		var blk int64
		if err := rows.Scan(&id, &hash, &blk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load state: read workload: %w", err)
		}
		if len(id) != 32 || len(hash) != 32 {
			rows.Close()
			return nil, fmt.Errorf("load state: the row of workload %x is corrupt", id)
		}
		c.workloads[common.BytesToHash(id)] = hashAt{common.BytesToHash(hash), uint64(max(blk, 0))}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load state: read workloads: %w", err)
	}

	rows, err = tx.Query(ctx, `SELECT account, mod(roles, 2) = 1, block_number FROM roles`)
	if err != nil {
		return nil, fmt.Errorf("load state: query roles: %w", err)
	}
	for rows.Next() {
		var acct []byte
		var op bool
		var blk int64
		if err := rows.Scan(&acct, &op, &blk); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load state: read roles: %w", err)
		}
		if len(acct) != 20 {
			rows.Close()
			return nil, fmt.Errorf("load state: the role row of %x is corrupt", acct)
		}
		c.roles[common.BytesToAddress(acct)] = roleAt{op, uint64(max(blk, 0))}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load state: read roles: %w", err)
	}

	var policy int16
	var policyBlock int64
	err = tx.QueryRow(ctx, `SELECT tcb_policy, block_number FROM registry_state`).Scan(&policy, &policyBlock)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return nil, fmt.Errorf("load state: read registry state: %w", err)
	case policy < 0 || policy > 0xff:
		return nil, fmt.Errorf("load state: TCB policy %d is corrupt", policy)
	default:
		c.policy, c.policyKnown, c.policyBlock = uint8(policy), true, uint64(max(policyBlock, 0))
	}

	if err := tx.QueryRow(ctx, `SELECT ARRAY(SELECT uri FROM storage_backends ORDER BY position)`).Scan(&c.backends); err != nil {
		return nil, fmt.Errorf("load state: read storage backends: %w", err)
	}

	var version int64
	err = tx.QueryRow(ctx, `SELECT version, ca_certificate, secrets_public_key FROM pki ORDER BY version DESC LIMIT 1`).
		Scan(&version, &c.pki.CACertificate, &c.pki.SecretsPublicKey)
	switch {
	case errors.Is(err, pgx.ErrNoRows):
	case err != nil:
		return nil, fmt.Errorf("load state: read PKI: %w", err)
	case version <= 0:
		return nil, fmt.Errorf("load state: PKI version %d is corrupt", version)
	default:
		c.pkiVersion = uint64(version)
	}

	rows, err = tx.Query(ctx, `SELECT hash FROM artifacts`)
	if err != nil {
		return nil, fmt.Errorf("load state: query artifacts: %w", err)
	}
	for rows.Next() {
		var h []byte
		if err := rows.Scan(&h); err != nil {
			rows.Close()
			return nil, fmt.Errorf("load state: read artifact hash: %w", err)
		}
		if len(h) == 32 {
			c.artifacts[[32]byte(h)] = struct{}{}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load state: read artifact hashes: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, fmt.Errorf("load state: end transaction: %w", err)
	}
	return c, nil
}

// CachedArtifacts serves secret envelopes: one the snapshot lists is read
// from Source once and then served from memory (artifacts are content
// addressed: the bytes of a hash never change); one it does not list is
// looked up in Source every time, so a removal is honored as soon as it is
// indexed and an artifact not indexed yet is still found on chain.
type CachedArtifacts struct {
	Snapshot *Snapshot
	Source   ArtifactSource
	MaxBytes int64 // cache capacity; the cache is emptied when full

	mu    sync.Mutex
	m     map[[32]byte][]byte
	bytes int64
}

// HasArtifact implements ArtifactLister from the snapshot.
func (a *CachedArtifacts) HasArtifact(hash [32]byte) (present, known bool) {
	return a.Snapshot.HasArtifact(hash)
}

// Artifact implements ArtifactSource.
func (a *CachedArtifacts) Artifact(ctx context.Context, hash [32]byte) ([]byte, error) {
	present, known := a.Snapshot.HasArtifact(hash)
	if present && known {
		a.mu.Lock()
		data, ok := a.m[hash]
		a.mu.Unlock()
		if ok {
			return data, nil
		}
	}
	data, err := a.Source.Artifact(ctx, hash)
	if err != nil || !present || int64(len(data)) > a.MaxBytes {
		return data, err
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.m == nil || a.bytes+int64(len(data)) > a.MaxBytes {
		a.m, a.bytes = make(map[[32]byte][]byte), 0
	}
	a.m[hash] = data
	a.bytes += int64(len(data))
	return data, nil
}
