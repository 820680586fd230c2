package registry

import (
	"context"
	"io"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"
)

// TestSnapshotStandby runs the in-memory Snapshot against a read replica,
// as the deployment guide allows: the indexer's tables live on a real
// PostgreSQL primary, the snapshot reads a real streaming-replication hot
// standby of it, which cannot LISTEN. The snapshot must notice that
// (SQLSTATE 25006), load from the standby, and pick up a commit made on the
// primary by polling, within about a poll interval plus the replication
// lag, although the primary's NOTIFY never reaches it.
func TestSnapshotStandby(t *testing.T) {
	primary := pgtest.Primary(t) // skips when no cluster can be started
	standby := pgtest.Standby(t, primary)
	primaryPool, err := pgxpool.New(t.Context(), primary.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(primaryPool.Close)
	// The indexer's database, filled in the indexer's place, on the primary.
	f := newFixture(t, fixtureOpts{db: &pgtest.DB{Pool: primaryPool, URL: primary.URL("postgres"), Name: "postgres"}})
	alpha := f.addInstance("alpha", instanceOpts{})
	pgtest.WaitReplayed(t, primary, standby)

	standbyPool, err := pgxpool.New(t.Context(), standby.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(standbyPool.Close)
	var logs lockedBuffer
	var w io.Writer = &logs
	if testing.Verbose() {
		w = io.MultiWriter(&logs, os.Stderr)
	}
	const poll = 200 * time.Millisecond
	snap := NewSnapshot(standbyPool, poll, slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})), f.reg)
	if err := snap.Load(t.Context()); err != nil {
		t.Fatalf("Load from the standby: %v", err)
	}
	pki := f.kms.PKI()
	if r, err := snap.Record(t.Context(), alpha.id, pki); err != nil || !r.Found || r.Block != 100 || !r.PKIMatches || !r.OperatorRole || r.ConfigHash != f.config {
		t.Fatalf("record of alpha from the standby: %+v, %v", r, err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); snap.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return 10s after cancel")
		}
	})
	logged := func(s string) bool {
		logs.mu.Lock()
		defer logs.mu.Unlock()
		return strings.Contains(logs.buf.String(), s)
	}
	logText := func() string {
		logs.mu.Lock()
		defer logs.mu.Unlock()
		return logs.buf.String()
	}
	// It took the standby branch, not the one that retries with backoff.
	for deadline := time.Now().Add(5 * time.Second); !logged(`msg="registry: the database is a hot standby, which cannot LISTEN; reloading every poll interval"`); time.Sleep(5 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no hot-standby message in the log within 5s:\n%s", logText())
		}
	}

	// The indexer's commit on the primary: rows, cursor, NOTIFY in one
	// transaction. Only the primary's listeners get the NOTIFY.
	tx, err := primaryPool.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback(context.Background()) //nolint:errcheck // committed below
	beta := newInstanceKeys(t, "beta")
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO instances (instance_id, workload_id, operator, quote_hash, status, tcb_status, registered_at, expires_at,
			label, pubkey, ipv4, ipv6, port, block_number)
		SELECT $1, workload_id, operator, quote_hash, status, tcb_status, registered_at, expires_at, 'beta', $2, ipv4, ipv6, port, 101
		FROM instances WHERE instance_id = $3`, []any{beta.id[:], beta.pub, alpha.id[:]}},
		{`UPDATE cursor SET block_number = 101`, nil},
		{`SELECT pg_notify($1, '101')`, []any{schema.Channel}},
	} {
		if _, err := tx.Exec(t.Context(), q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	if err := tx.Commit(t.Context()); err != nil {
		t.Fatal(err)
	}
	committed := time.Now()
	const limit = 5 * time.Second
	for {
		r, err := snap.Record(context.Background(), beta.id, pki)
		if err != nil {
			t.Fatal(err)
		}
		if r.Found {
			if r.Block != 101 || snap.Block() != 101 || r.Instance.Status != statusActive {
				t.Fatalf("beta's record %+v at snapshot block %d: want it active at block 101 (one commit, one snapshot)", r, snap.Block())
			}
			break
		}
		if time.Since(committed) > limit {
			t.Fatalf("beta, committed on the primary, not in the snapshot of the standby within %v (snapshot block %d)", limit, snap.Block())
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Logf("a commit on the primary was in the snapshot of the standby %v after it (poll interval %v)", time.Since(committed).Round(time.Millisecond), poll)
	if got := f.counter("teereg_registry_snapshot_block"); got != 101 {
		t.Errorf("snapshot block gauge %v, want 101", got)
	}

	// It keeps polling: about one good reload per interval, with no change
	// to load and no notification to wake it. (The reloads counter has a
	// result label only; the reason is the standby message above and this
	// cadence.)
	before := f.counter("teereg_registry_snapshot_reloads_total", "result", "ok")
	time.Sleep(5 * poll)
	if n := f.counter("teereg_registry_snapshot_reloads_total", "result", "ok") - before; n < 3 || n > 6 {
		t.Errorf("%v good reloads in %v with a poll interval of %v, want 3 to 6", n, 5*poll, poll)
	}
	for _, result := range []string{"error", "not_indexed"} {
		if n := f.counter("teereg_registry_snapshot_reloads_total", "result", result); n != 0 {
			t.Errorf("teereg_registry_snapshot_reloads_total{result=%q} = %v, want 0", result, n)
		}
	}
	if logged("following the indexer's database failed") {
		t.Errorf("the snapshot failed to follow the standby:\n%s", logText())
	}
}
