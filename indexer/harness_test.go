package indexer

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"
)

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		os.Exit(runChild())
	}
	os.Exit(pgtest.Run(m))
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// running is an indexer running in the test process.
type running struct {
	ix     *Indexer
	cancel context.CancelFunc
	done   chan error
}

func start(t *testing.T, pool *pgxpool.Pool, client RPC, cfg Config) *running {
	t.Helper()
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 20 * time.Millisecond
	}
	ix, err := New(cfg, pool, client, testLogger(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{ix: ix, cancel: cancel, done: make(chan error, 1)}
	go func() { r.done <- ix.Run(ctx) }()
	t.Cleanup(func() { r.stop(t) })
	return r
}

func (r *running) stop(t *testing.T) {
	r.cancel()
	select {
	case err := <-r.done:
		if err != nil {
			t.Errorf("indexer: %v", err)
		}
		r.done <- nil
	case <-time.After(30 * time.Second):
		t.Error("indexer did not stop")
	}
}

// waitCursor waits until the database's cursor is block hash.
func waitCursor(t *testing.T, pool *pgxpool.Pool, r *running, hash common.Hash) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var got []byte
		err := pool.QueryRow(context.Background(), `SELECT block_hash FROM cursor`).Scan(&got)
		if err == nil && common.BytesToHash(got) == hash {
			return
		}
		if err != nil && !errors.Is(err, pgx.ErrNoRows) && !strings.Contains(err.Error(), "does not exist") {
			t.Fatalf("read cursor: %v", err)
		}
		if r != nil {
			select {
			case err := <-r.done:
				r.done <- err
				t.Fatalf("indexer stopped: %v", err)
			default:
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("the indexer did not reach block %s", hash)
}

// stateTables are compared between a database and its oracle.
var stateTables = []string{"events", "registry_state", "roles", "workloads", "storage_backends", "pki", "instances",
	"artifacts", "collateral_intermediates", "collateral_crls", "collateral_tcb_info", "collateral_qe_identity"}

// dump renders every row of the mirrored tables as text, sorted.
func dump(t *testing.T, pool *pgxpool.Pool) map[string]string {
	t.Helper()
	out := make(map[string]string)
	for _, table := range stateTables {
		var s *string
		if err := pool.QueryRow(context.Background(), fmt.Sprintf(`SELECT string_agg(x::text, E'\n' ORDER BY x::text) FROM %s x`, table)).Scan(&s); err != nil {
			t.Fatalf("dump %s: %v", table, err)
		}
		if s != nil {
			out[table] = *s
		}
	}
	return out
}

// oracle rebuilds state from the canonical chain's logs up to head, in one
// commit into a fresh database, independent of how the indexer got there.
func oracle(t *testing.T, client RPC, c Contracts, startBlock uint64, head blockRef) map[string]string {
	t.Helper()
	ctx := context.Background()
	db := pgtest.New(t)
	if _, err := schema.Migrate(ctx, db.Pool); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Pool.Exec(ctx, `INSERT INTO deployment (chain_id, registry, artifact_store, collateral_store, start_block) VALUES (1, $1, $2, $3, 0)`,
		c.Registry[:], c.ArtifactStore[:], c.CollateralStore[:]); err != nil {
		t.Fatal(err)
	}
	ch := &chain{rpc: client, timeout: 30 * time.Second, log: testLogger(t), metrics: newMetrics(prometheus.NewRegistry())}
	// The chain stands still while tests compare, so one range query reads
	// exactly the canonical logs; the block hashes are checked against the head.
	logs, err := ch.logsInRange(ctx, c.addresses(), startBlock, head.Number)
	if err != nil {
		t.Fatal(err)
	}
	if now, err := ch.headerAt(ctx, head.Number); err != nil || now.Hash != head.Hash {
		t.Fatalf("the chain moved while building the oracle (%v)", err)
	}
	dec, err := NewDecoder(c)
	if err != nil {
		t.Fatal(err)
	}
	evs := make([]Event, len(logs))
	for i, l := range logs {
		if evs[i], err = dec.Decode(l); err != nil {
			t.Fatal(err)
		}
	}
	if err := pgx.BeginFunc(ctx, db.Pool, func(tx pgx.Tx) error {
		return commit(ctx, tx, batch{Events: evs, To: head, Finalized: head.Number})
	}); err != nil {
		t.Fatalf("oracle commit: %v", err)
	}
	return dump(t, db.Pool)
}

func compare(t *testing.T, got, want map[string]string, when string) {
	t.Helper()
	for _, table := range stateTables {
		if got[table] != want[table] {
			g, w := strings.Split(got[table], "\n"), strings.Split(want[table], "\n")
			t.Fatalf("%s: table %s differs from the state rebuilt from the canonical chain (%d rows, want %d)\nfirst got:  %.300s\nfirst want: %.300s",
				when, table, len(g), len(w), firstDiff(g, w), firstDiff(w, g))
		}
	}
}

func firstDiff(a, b []string) string {
	set := make(map[string]bool, len(b))
	for _, s := range b {
		set[s] = true
	}
	for _, s := range a {
		if !set[s] {
			return s
		}
	}
	return "(none)"
}
