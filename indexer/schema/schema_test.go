package schema_test

import (
	"os"
	"testing"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Run(m)) }

func TestMigrateIsIdempotent(t *testing.T) {
	db := pgtest.New(t)
	ctx := t.Context()
	v, err := schema.Migrate(ctx, db.Pool)
	if err != nil {
		t.Fatal(err)
	}
	if v != schema.Latest() || v < 1 {
		t.Fatalf("version %d, want %d", v, schema.Latest())
	}
	again, err := schema.Migrate(ctx, db.Pool)
	if err != nil || again != v {
		t.Fatalf("second migrate: version %d err %v", again, err)
	}
	for _, table := range []string{"events", "instances", "workloads", "cursor", "active_instances"} {
		var ok bool
		if err := db.Pool.QueryRow(ctx, "SELECT to_regclass($1) IS NOT NULL", table).Scan(&ok); err != nil || !ok {
			t.Fatalf("relation %s missing (err %v)", table, err)
		}
	}
}

func TestMigrateRefusesNewerDatabase(t *testing.T) {
	db := pgtest.New(t)
	ctx := t.Context()
	if _, err := schema.Migrate(ctx, db.Pool); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Pool.Exec(ctx, "UPDATE schema_version SET version = version + 1"); err != nil {
		t.Fatal(err)
	}
	if _, err := schema.Migrate(ctx, db.Pool); err == nil {
		t.Fatal("migrating a database newer than the binary succeeded")
	}
}
