package pgserver_test

import (
	"context"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/teereg/teereg/internal/pgserver"
	"github.com/teereg/teereg/internal/pgtest"
)

// TestStandby: StartStandby gives a real streaming-replication hot standby:
// a commit on the primary shows on the standby within seconds, the standby
// refuses writes and LISTEN with SQLSTATE 25006 (what dnsd and the
// registry's snapshot recognise it by), and Stop removes its directory and
// leaves the primary running.
func TestStandby(t *testing.T) {
	primary := pgtest.Primary(t) // skips when no cluster can be started
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()

	start := time.Now()
	standby, err := primary.StartStandby(ctx)
	if err != nil {
		t.Fatalf("StartStandby: %v", err)
	}
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			_ = standby.Stop()
		}
	})
	t.Logf("standby started in %v", time.Since(start).Round(time.Millisecond))
	if standby.URL("postgres") == primary.URL("postgres") {
		t.Fatalf("the standby has the primary's URL %s", standby.URL("postgres"))
	}

	p := connect(t, primary)
	s := connect(t, standby)
	for _, c := range []struct {
		name string
		conn *pgx.Conn
		want bool
	}{{"primary", p, false}, {"standby", s, true}} {
		var inRecovery bool
		if err := c.conn.QueryRow(ctx, `SELECT pg_is_in_recovery()`).Scan(&inRecovery); err != nil {
			t.Fatal(err)
		}
		if inRecovery != c.want {
			t.Errorf("%s: pg_is_in_recovery() = %v, want %v", c.name, inRecovery, c.want)
		}
	}

	// It streams from the primary (rather than having replayed the backup
	// only): the primary has a WAL sender for it.
	waitFor(t, 5*time.Second, "a streaming WAL sender on the primary", func() bool {
		var n int
		if err := p.QueryRow(ctx, `SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming'`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n == 1
	})

	// A commit on the primary, after the backup, reaches the standby.
	if _, err := p.Exec(ctx, `CREATE TABLE t (id int PRIMARY KEY, v text NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	if _, err := p.Exec(ctx, `INSERT INTO t VALUES (1, 'written on the primary')`); err != nil {
		t.Fatal(err)
	}
	committed := time.Now()
	waitFor(t, 5*time.Second, "the primary's row on the standby", func() bool {
		var v string
		err := s.QueryRow(ctx, `SELECT v FROM t WHERE id = 1`).Scan(&v)
		var pgErr *pgconn.PgError
		switch {
		case errors.Is(err, pgx.ErrNoRows), errors.As(err, &pgErr) && pgErr.Code == "42P01": // undefined_table: not replayed yet
			return false
		case err != nil:
			t.Fatal(err)
		}
		return v == "written on the primary"
	})
	t.Logf("the row showed on the standby %v after the commit", time.Since(committed).Round(time.Millisecond))

	// The standby is read-only: writes and LISTEN fail with SQLSTATE 25006
	// (read_only_sql_transaction).
	for _, sql := range []string{`INSERT INTO t VALUES (2, 'written on the standby')`, `LISTEN teereg_state`} {
		_, err := s.Exec(ctx, sql)
		var pgErr *pgconn.PgError
		if !errors.As(err, &pgErr) || pgErr.Code != "25006" {
			t.Errorf("%s on the standby: err = %v, want SQLSTATE 25006", sql, err)
		}
	}

	// Stop removes the standby's directory and leaves the primary be.
	dir := pgserver.Dir(standby)
	if err := s.Close(ctx); err != nil {
		t.Fatal(err)
	}
	stopped = true
	if err := standby.Stop(); err != nil {
		t.Fatalf("stop the standby: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the standby's directory %s after Stop: %v, want it gone", dir, err)
	}
	var n int
	if err := p.QueryRow(ctx, `SELECT count(*) FROM t`).Scan(&n); err != nil || n != 1 {
		t.Errorf("the primary after the standby stopped: %d rows, %v", n, err)
	}

	// A stopped server cannot be given a standby.
	if err := p.Close(ctx); err != nil {
		t.Fatal(err)
	}
	if err := primary.Stop(); err != nil {
		t.Fatal(err)
	}
	if st, err := primary.StartStandby(ctx); err == nil {
		_ = st.Stop()
		t.Error("StartStandby of a stopped server succeeded")
	}
}

func connect(t *testing.T, srv *pgserver.Server) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(t.Context(), srv.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

func waitFor(t *testing.T, limit time.Duration, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(limit); !cond(); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no %s within %v", what, limit)
		}
	}
}
