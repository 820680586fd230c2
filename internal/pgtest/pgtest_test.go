package pgtest

import (
	"context"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { os.Exit(Run(m)) }

// dbExists reports, via the admin connection, whether database name exists.
func dbExists(t *testing.T, name string) bool {
	t.Helper()
	var exists bool
	err := env.admin.QueryRow(context.Background(),
		"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists)
	if err != nil {
		t.Fatalf("query pg_database: %v", err)
	}
	return exists
}

func TestQuery(t *testing.T) {
	t.Parallel()
	db := New(t)
	ctx := t.Context()

	var sum int
	var current string
	if err := db.Pool.QueryRow(ctx, "SELECT 40 + $1::int, current_database()", 2).Scan(&sum, &current); err != nil {
		t.Fatalf("query: %v", err)
	}
	if sum != 42 {
		t.Errorf("40 + 2 = %d, want 42", sum)
	}
	if current != db.Name {
		t.Errorf("current_database() = %q, want %q", current, db.Name)
	}
	if !strings.HasPrefix(db.Name, "t_testquery_") {
		t.Errorf("database name %q does not start with t_testquery_", db.Name)
	}

	// The URL works for a connection of one's own, e.g. in a child process.
	conn, err := pgx.Connect(ctx, db.URL)
	if err != nil {
		t.Fatalf("connect to %s: %v", db.URL, err)
	}
	defer conn.Close(ctx)
	if err := conn.QueryRow(ctx, "SELECT current_database()").Scan(&current); err != nil {
		t.Fatalf("query over URL connection: %v", err)
	}
	if current != db.Name {
		t.Errorf("URL connects to database %q, want %q", current, db.Name)
	}
}

// TestIsolation runs two parallel tests, each creating a table in its own
// database, and checks that neither sees the other's table and that both
// databases are gone afterwards.
func TestIsolation(t *testing.T) {
	var (
		mu      sync.Mutex
		names   = map[string]string{}
		created = map[string]chan struct{}{"a": make(chan struct{}), "b": make(chan struct{})}
	)
	t.Run("group", func(t *testing.T) {
		for self, other := range map[string]string{"a": "b", "b": "a"} {
			t.Run(self, func(t *testing.T) {
				t.Parallel()
				db := New(t)
				ctx := t.Context()
				mu.Lock()
				names[self] = db.Name
				mu.Unlock()

				if _, err := db.Pool.Exec(ctx, "CREATE TABLE only_in_"+self+" (v text); INSERT INTO only_in_"+self+" VALUES ('"+self+"')"); err != nil {
					t.Fatalf("create table: %v", err)
				}
				close(created[self])
				select { // both tables exist from here on
				case <-created[other]:
				case <-time.After(30 * time.Second):
					t.Fatalf("test %s did not create its table", other)
				}

				var v string
				if err := db.Pool.QueryRow(ctx, "SELECT v FROM only_in_"+self).Scan(&v); err != nil || v != self {
					t.Errorf("own table: got %q, %v; want %q", v, err, self)
				}
				var otherTable *string
				if err := db.Pool.QueryRow(ctx, "SELECT to_regclass($1)::text", "only_in_"+other).Scan(&otherTable); err != nil {
					t.Fatalf("to_regclass: %v", err)
				}
				if otherTable != nil {
					t.Errorf("table %s of the other test is visible here", *otherTable)
				}
			})
		}
	})
	if len(names) != 2 || names["a"] == names["b"] {
		t.Fatalf("want two different databases, got %v", names)
	}
	for _, name := range names {
		if dbExists(t, name) {
			t.Errorf("database %s still exists after its test finished", name)
		}
	}
}

func TestDroppedAfterTest(t *testing.T) {
	var name string
	t.Run("inner", func(t *testing.T) {
		db := New(t)
		name = db.Name
		if !dbExists(t, name) {
			t.Fatalf("database %s does not exist during the test", name)
		}
		// A connection the test still holds does not prevent the drop.
		conn, err := db.Pool.Acquire(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(conn.Release)
	})
	if name == "" {
		t.Fatal("inner test did not run")
	}
	if dbExists(t, name) {
		t.Errorf("database %s still exists after its test finished", name)
	}
}

func TestManyParallel(t *testing.T) {
	for i := range 8 {
		t.Run("n", func(t *testing.T) {
			t.Parallel()
			db := New(t)
			if _, err := db.Pool.Exec(t.Context(), "CREATE TABLE x (i int); INSERT INTO x VALUES (1)"); err != nil {
				t.Fatalf("test %d: %v", i, err)
			}
		})
	}
}

func TestSanitize(t *testing.T) {
	for in, want := range map[string]string{
		"TestX":                    "testx",
		"TestIsolation/group/a#01": "testisolation_group_a_01",
		"Test_Ünïcode  & spaces__": "test_n_code_spaces",
		strings.Repeat("abc/", 20): strings.Repeat("abc_", 9) + "abc",
		"/":                        "",
	} {
		if got := sanitize(in, 40); got != want {
			t.Errorf("sanitize(%q) = %q, want %q", in, got, want)
		}
	}
	name, err := dbName(strings.Repeat("x", 200))
	if err != nil {
		t.Fatal(err)
	}
	if len(name) > 63 {
		t.Errorf("dbName gives %q, longer than PostgreSQL's 63-byte identifier limit", name)
	}
}

func TestWithDatabase(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://u:p@h:5/old?sslmode=disable":     "postgres://u:p@h:5/new?sslmode=disable",
		"postgresql://h/?dbname=old&sslmode=disable": "postgresql://h/new?sslmode=disable",
		"host=/tmp user=u dbname=old":                "host=/tmp user=u dbname=old dbname=new",
	} {
		got, err := withDatabase(in, "new")
		if err != nil || got != want {
			t.Errorf("withDatabase(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
}
