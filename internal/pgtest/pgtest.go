// Package pgtest gives each Go test package a real PostgreSQL server and
// each test its own freshly created database on it.
//
// Usage:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Run(m)) }
//
//	func TestX(t *testing.T) {
//		db := pgtest.New(t) // *pgtest.DB
//		_, err := db.Pool.Exec(t.Context(), "CREATE TABLE x (id int)")
//		...
//		cmd := exec.Command("./server", "--db", db.URL) // for child processes
//	}
//
// # Server
//
// If the environment variable DATABASE_URL is set, Run uses that server (the
// role must be allowed to CREATE DATABASE, and the server must be PostgreSQL
// 13 or newer for DROP DATABASE ... WITH (FORCE)).
//
// Otherwise Run starts a throwaway cluster for the test binary: initdb and
// postgres are taken from PATH, or else from the newest
// /usr/lib/postgresql/*/bin. The cluster lives in a fresh directory
// os.TempDir()/teereg-pgtest-*, listens on 127.0.0.1 on a random free port
// (and on a unix socket in that directory), uses trust authentication with
// superuser "postgres", and runs with fsync, synchronous_commit and
// full_page_writes off: it is fast and not crash safe, which does not matter
// for tests. When the process runs as root (PostgreSQL refuses to run as
// root) the server processes run as the "postgres" OS user; otherwise they run
// as the current user. After the tests finish, Run stops the server and
// removes the directory, whether or not the tests passed.
//
// If the test binary is killed, the kernel kills the server too (parent-death
// signal), but the directory stays behind; the next Run removes leftover
// teereg-pgtest-* directories whose owning test process is gone.
//
// If the PostgreSQL binaries are absent, every test that calls New fails with
// a message saying to run `make test` (which installs PostgreSQL), unless
// PGTEST_SKIP_IF_ABSENT=1 is set, in which case those tests are skipped.
// Any other failure to start the server makes those tests fail with the
// reason and the tail of the server log.
//
// # Databases
//
// New creates a database named t_<sanitized test name>_<random> with CREATE
// DATABASE, returns a pool connected to it, and registers a cleanup that
// closes the pool and drops the database WITH (FORCE). New is safe to call
// from parallel tests.
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/teereg/teereg/internal/pgserver"
)

// DB is a database created for one test by New.
type DB struct {
	// Pool is connected to the database. It is closed when the test ends.
	Pool *pgxpool.Pool
	// URL is a connection string for the database, for code that opens its
	// own connections (for example a child process).
	URL string
	// Name is the database name.
	Name string
}

// env is what Run sets up for the tests of this binary. It is written by Run
// before m.Run and only read afterwards.
var env struct {
	ran      bool
	err      error         // why the server is not available, if it is not
	adminURL string        // connection string of the maintenance database
	admin    *pgxpool.Pool // connection to adminURL, for CREATE/DROP DATABASE
}

const (
	startTimeout = 30 * time.Second
	opTimeout    = 30 * time.Second
)

// Run sets up a PostgreSQL server (see the package documentation), runs the
// tests and tears the server down. It returns the exit code for os.Exit.
func Run(m *testing.M) int {
	env.ran = true
	stop, err := setup()
	if err != nil {
		env.err = err
	}
	code := m.Run()
	if stop != nil {
		if err := stop(); err != nil {
			fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		}
	}
	return code
}

// setup connects to DATABASE_URL or starts a server. The returned stop
// function, if non-nil, must be called when the tests are done, even if err is
// not nil.
func setup() (stop func() error, err error) {
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()

	adminURL := os.Getenv("DATABASE_URL")
	var srv *pgserver.Server
	if adminURL == "" {
		srv, err = pgserver.Start(ctx)
		if err != nil {
			return nil, err
		}
		adminURL = srv.URL("postgres")
	}
	stop = func() error {
		if env.admin != nil {
			env.admin.Close()
		}
		if srv != nil {
			return srv.Stop()
		}
		return nil
	}

	admin, err := pgxpool.New(ctx, adminURL)
	if err != nil {
		return stop, fmt.Errorf("pgtest: connect to admin database: %w", err)
	}
	env.admin = admin
	if err := admin.Ping(ctx); err != nil {
		return stop, fmt.Errorf("pgtest: ping admin database: %w", err)
	}
	env.adminURL = adminURL
	return stop, nil
}

// New creates an empty database for t and returns it. The pool is closed and
// the database dropped when t and its subtests have finished.
func New(t testing.TB) *DB {
	t.Helper()
	if !env.ran {
		t.Fatal("pgtest: New called without pgtest.Run; add `func TestMain(m *testing.M) { os.Exit(pgtest.Run(m)) }` to the test package")
	}
	if env.err != nil {
		if errors.Is(env.err, pgserver.ErrNoBinaries) && os.Getenv("PGTEST_SKIP_IF_ABSENT") == "1" {
			t.Skipf("%v (skipping because PGTEST_SKIP_IF_ABSENT=1)", env.err)
		}
		t.Fatal(env.err)
	}

	name, err := dbName(t.Name())
	if err != nil {
		t.Fatal(err)
	}
	dbURL, err := withDatabase(env.adminURL, name)
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	ident := pgx.Identifier{name}.Sanitize()
	if _, err := env.admin.Exec(ctx, "CREATE DATABASE "+ident); err != nil {
		t.Fatalf("pgtest: create database %s: %v", name, err)
	}
	// Registered before the pool is opened so the database is dropped even if
	// connecting fails; cleanups run last-in first-out, so the pool is closed
	// before the database is dropped.
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
		defer cancel()
		if _, err := env.admin.Exec(ctx, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)"); err != nil {
			t.Errorf("pgtest: drop database %s: %v", name, err)
		}
	})

	pool, err := pgxpool.New(ctx, dbURL)
	if err != nil {
		t.Fatalf("pgtest: open pool for database %s: %v", name, err)
	}
	t.Cleanup(func() { closePool(t, pool, name) })
	if err := pool.Ping(ctx); err != nil {
		t.Fatalf("pgtest: connect to database %s: %v", name, err)
	}
	return &DB{Pool: pool, URL: dbURL, Name: name}
}

// closePool closes pool, but does not wait forever for connections the test
// never released; DROP DATABASE ... WITH (FORCE) disconnects those anyway.
func closePool(t testing.TB, pool *pgxpool.Pool, name string) {
	done := make(chan struct{})
	go func() { pool.Close(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Errorf("pgtest: closing pool of database %s: a connection is still in use after 10s (unclosed pgx.Rows or unreleased *pgxpool.Conn?)", name)
	}
}

// dbName returns a unique database name for the test called testName.
func dbName(testName string) (string, error) {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", fmt.Errorf("pgtest: random database name suffix: %w", err)
	}
	return "t_" + sanitize(testName, 40) + "_" + hex.EncodeToString(b[:]), nil
}

// sanitize lower-cases s, replaces each run of characters other than [a-z0-9]
// with one underscore, trims underscores at the ends and truncates the result
// to at most max bytes.
func sanitize(s string, max int) string {
	var b strings.Builder
	underscore := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			underscore = false
		} else if !underscore {
			b.WriteByte('_')
			underscore = true
		}
	}
	out := strings.Trim(b.String(), "_")
	if len(out) > max {
		out = strings.TrimRight(out[:max], "_")
	}
	return out
}

// withDatabase returns connString changed to connect to database name.
// connString is a postgres:// URL or a keyword/value string.
func withDatabase(connString, name string) (string, error) {
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			return "", fmt.Errorf("pgtest: parse connection URL: %w", err)
		}
		u.Path = "/" + name
		u.RawPath = ""
		q := u.Query()
		if q.Has("dbname") {
			q.Del("dbname")
			u.RawQuery = q.Encode()
		}
		return u.String(), nil
	}
	// Keyword/value form: a later setting overrides an earlier one.
	return strings.TrimSpace(connString) + " dbname=" + name, nil
}
