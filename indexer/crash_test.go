package indexer

import (
	"bytes"
	"context"
	"fmt"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"syscall"
	"testing"
	"time"

	"github.com/teereg/teereg/internal/pgtest"
)

// TestCrashDuringBackfill SIGKILLs the indexer process at random points of
// a long backfill (one commit per block, so most kills land mid-batch or
// mid-transaction), restarts it, and checks that the final database equals
// an uninterrupted run's: no duplicate, no missing event, the same state.
func TestCrashDuringBackfill(t *testing.T) {
	if testing.Short() {
		t.Skip("long: kills and restarts the indexer process many times")
	}
	a := newAnvilWorld(t, "--gas-limit", "200000000")
	ctx := t.Context()
	rng := mrand.New(mrand.NewPCG(5, 6))
	a.ops(t, rng, 120) // every kind of event
	flood, err := a.w.StartFlood(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := flood.Run(ctx, 20, 250, 10, 150_000_000); err != nil {
		t.Fatal(err)
	}
	head := a.head(t)

	// The uninterrupted run.
	clean := pgtest.New(t)
	began := time.Now()
	r := start(t, clean.Pool, a.rpc, Config{Contracts: a.contracts(), InitialRange: 1, MaxRange: 1})
	waitCursor(t, clean.Pool, r, head.Hash)
	uninterrupted := time.Since(began)
	r.stop(t)
	want := dump(t, clean.Pool)
	var events int
	if err := clean.Pool.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&events); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d events over %d blocks; uninterrupted backfill took %v", events, head.Number, uninterrupted)

	crashed := pgtest.New(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	child := func() (*exec.Cmd, *bytes.Buffer) {
		cmd := exec.Command(exe, "-test.run=^$")
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		cmd.Env = append(os.Environ(), childEnv+"=1", "CHILD_DB="+crashed.URL, "CHILD_RPC="+a.anvil.URL,
			"CHILD_REGISTRY="+a.w.Deployment.Registry.Hex(), "CHILD_ARTIFACTS="+a.w.Deployment.ArtifactStore.Hex())
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd, &out
	}
	const kills = 12
	var progress []int64
	for i := range kills {
		cmd, out := child()
		// Kill anywhere in a stretch about twice the backfill's share per
		// kill, after the child's startup, so most kills land mid-backfill.
		delay := 250*time.Millisecond + time.Duration(rng.Int64N(int64(2*uninterrupted/kills+time.Millisecond)))
		time.Sleep(delay)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatal(err)
		}
		err := cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("kill %d: the child was not killed (it exited: %v)\n%s", i, err, out.String())
		}
		var n int64
		_ = crashed.Pool.QueryRow(ctx, `SELECT coalesce((SELECT block_number FROM cursor), -1)`).Scan(&n)
		progress = append(progress, n)
		if got, err := countDuplicates(ctx, crashed); err != nil || got != 0 {
			t.Fatalf("after kill %d: %d duplicate events (%v)", i, got, err)
		}
	}
	t.Logf("cursor after each SIGKILL: %v", progress)
	cmd, out := child()
	defer func() { _ = cmd.Process.Kill(); _ = cmd.Wait() }()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		var h []byte
		if err := crashed.Pool.QueryRow(ctx, `SELECT block_hash FROM cursor`).Scan(&h); err == nil && bytes.Equal(h, head.Hash[:]) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the restarted indexer did not finish\n%s", out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	compare(t, dump(t, crashed.Pool), want, "after the crashes")
	midway := 0
	for _, p := range progress {
		if p > 0 && p < int64(head.Number) {
			midway++
		}
	}
	if midway < kills/2 {
		t.Fatalf("only %d of %d kills landed mid-backfill (cursors %v); the test is not exercising crashes", midway, kills, progress)
	}
}

func countDuplicates(ctx context.Context, db *pgtest.DB) (int, error) {
	var n int
	err := db.Pool.QueryRow(ctx, `SELECT count(*) FROM (SELECT block_number, log_index FROM events GROUP BY 1, 2 HAVING count(*) > 1) d`).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("count duplicates: %w", err)
	}
	return n, nil
}
