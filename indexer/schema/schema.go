// Package schema holds the indexer's PostgreSQL schema as versioned, embedded
// SQL migrations, and applies them.
//
// The tables are documented in migrations/*.sql. The indexer is their only
// writer; dnsd, the registry and the API only read them. Readers that want to
// follow changes LISTEN on Channel: after every commit the indexer sends
// NOTIFY with the number of the last indexed block as the payload.
package schema

import (
	"context"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Channel is the NOTIFY channel the indexer signals on after each commit.
const Channel = "teereg_state"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrationLock is the advisory lock key held while migrating, so two
// processes starting at once do not race.
const migrationLock = 0x7465657265670001 // "teereg" ‖ 1

// Migration is one numbered schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// Migrations returns the embedded migrations in version order.
func Migrations() ([]Migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read embedded migrations: %w", err)
	}
	var out []Migration
	for _, e := range entries {
		name := e.Name()
		num, _, ok := strings.Cut(name, "_")
		if !ok {
			return nil, fmt.Errorf("migration %q: name must be NNNN_description.sql", name)
		}
		v, err := strconv.Atoi(num)
		if err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %q: bad version number", name)
		}
		body, err := migrationFiles.ReadFile("migrations/" + name)
		if err != nil {
			return nil, fmt.Errorf("read migration %q: %w", name, err)
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	for i, m := range out {
		if m.Version != i+1 {
			return nil, fmt.Errorf("migrations are not numbered 1..n without gaps: %q is number %d", m.Name, i+1)
		}
	}
	return out, nil
}

// Latest is the schema version the embedded migrations produce.
func Latest() int {
	ms, err := Migrations()
	if err != nil {
		return 0
	}
	return len(ms)
}

// Migrate brings the database up to the latest schema version, each
// migration in its own transaction together with the schema_version update.
// A database newer than this binary is an error: an old binary must not
// write a schema it does not know.
func Migrate(ctx context.Context, pool *pgxpool.Pool) (int, error) {
	ms, err := Migrations()
	if err != nil {
		return 0, err
	}
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrate: acquire connection: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", int64(migrationLock)); err != nil {
		return 0, fmt.Errorf("migrate: take advisory lock: %w", err)
	}
	defer conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", int64(migrationLock)) //nolint:errcheck // released with the session anyway
	if _, err := conn.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
		singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
		version integer NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
		return 0, fmt.Errorf("migrate: create schema_version: %w", err)
	}
	current, err := Version(ctx, conn.Conn())
	if err != nil {
		return 0, err
	}
	if current > len(ms) {
		return current, fmt.Errorf("migrate: database schema is version %d, newer than this binary's %d; upgrade teereg", current, len(ms))
	}
	for _, m := range ms[current:] {
		err := pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, m.SQL); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `INSERT INTO schema_version (version) VALUES ($1)
				ON CONFLICT (singleton) DO UPDATE SET version = excluded.version, applied_at = now()`, m.Version)
			return err
		})
		if err != nil {
			return current, fmt.Errorf("migrate: apply %s: %w", m.Name, err)
		}
		current = m.Version
	}
	return current, nil
}

// Version reads the schema version (0 for an empty database).
func Version(ctx context.Context, db interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}) (int, error) {
	var exists bool
	if err := db.QueryRow(ctx, "SELECT to_regclass('schema_version') IS NOT NULL").Scan(&exists); err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	if !exists {
		return 0, nil
	}
	var v int
	err := db.QueryRow(ctx, "SELECT version FROM schema_version").Scan(&v)
	if err == pgx.ErrNoRows {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read schema version: %w", err)
	}
	return v, nil
}
