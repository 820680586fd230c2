package pgtest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/teereg/teereg/internal/pgserver"
)

// Primary starts a PostgreSQL cluster of t's own with pgserver.Start (not
// the shared server of Run, which DATABASE_URL may replace by one the test
// does not control) and stops it when t ends: for tests that need to
// control the server, such as giving it a hot standby (Standby). It needs
// neither Run nor New.
//
// When the cluster cannot be started, t is skipped if the PostgreSQL
// binaries are absent and PGTEST_SKIP_IF_ABSENT=1 (as New does), or if
// DATABASE_URL is set (such runs use an external server and need not be
// able to start one); otherwise t fails with the reason.
func Primary(t testing.TB) *pgserver.Server {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	srv, err := pgserver.Start(ctx)
	if err != nil {
		skipOrFail(t, "cannot start a PostgreSQL cluster of the test's own", err)
	}
	t.Cleanup(func() {
		if err := srv.Stop(); err != nil {
			t.Errorf("pgtest: stop the primary: %v", err)
		}
	})
	return srv
}

// Standby starts a streaming-replication hot standby of primary with
// primary.StartStandby and stops it when t ends. Only a missing
// pg_basebackup skips t (as for Primary); any other failure fails it.
func Standby(t testing.TB, primary *pgserver.Server) *pgserver.Server {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	srv, err := primary.StartStandby(ctx)
	if err != nil {
		if errors.Is(err, pgserver.ErrNoBinaries) {
			skipOrFail(t, "cannot start a hot standby", err)
		}
		t.Fatalf("pgtest: start a hot standby: %v", err)
	}
	t.Cleanup(func() {
		if err := srv.Stop(); err != nil {
			t.Errorf("pgtest: stop the standby: %v", err)
		}
	})
	return srv
}

func skipOrFail(t testing.TB, what string, err error) {
	t.Helper()
	switch {
	case errors.Is(err, pgserver.ErrNoBinaries) && os.Getenv("PGTEST_SKIP_IF_ABSENT") == "1":
		t.Skipf("pgtest: %s: %v (skipping because PGTEST_SKIP_IF_ABSENT=1)", what, err)
	case os.Getenv("DATABASE_URL") != "":
		t.Skipf("pgtest: %s, which this test needs (DATABASE_URL, an external server, cannot stand in): %v (skipping because DATABASE_URL is set)", what, err)
	default:
		t.Fatalf("pgtest: %s: %v", what, err)
	}
}

// WaitReplayed waits until standby has replayed all the WAL primary had
// written when it was called, so that everything committed on primary
// before the call is visible on standby.
func WaitReplayed(t testing.TB, primary, standby *pgserver.Server) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	if err := waitReplayed(ctx, primary, standby); err != nil {
		t.Fatalf("pgtest: %v\nstandby's log:\n%s", err, standby.LogTail())
	}
}

func waitReplayed(ctx context.Context, primary, standby *pgserver.Server) error {
	pc, err := pgx.Connect(ctx, primary.URL("postgres"))
	if err != nil {
		return fmt.Errorf("connect to the primary: %w", err)
	}
	defer pc.Close(context.WithoutCancel(ctx))
	var lsn string
	if err := pc.QueryRow(ctx, `SELECT pg_current_wal_lsn()::text`).Scan(&lsn); err != nil {
		return fmt.Errorf("read the primary's WAL position: %w", err)
	}
	sc, err := pgx.Connect(ctx, standby.URL("postgres"))
	if err != nil {
		return fmt.Errorf("connect to the standby: %w", err)
	}
	defer sc.Close(context.WithoutCancel(ctx))
	for {
		var done bool
		var replayed *string
		err := sc.QueryRow(ctx, `SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false), pg_last_wal_replay_lsn()::text`, lsn).Scan(&done, &replayed)
		if err != nil {
			return fmt.Errorf("read the standby's replay position: %w", err)
		}
		if done {
			return nil
		}
		select {
		case <-ctx.Done():
			at := "nothing"
			if replayed != nil {
				at = *replayed
			}
			return fmt.Errorf("the standby did not replay the primary's WAL up to %s (it is at %s): %w", lsn, at, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}
