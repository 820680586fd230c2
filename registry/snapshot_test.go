package registry

import (
	"context"
	"errors"
	"reflect"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/registry/storage"
)

// TestSnapshotMatchesDB: the in-memory snapshot gives exactly the record a
// query of the database gives, for instances in every state and for an
// unknown one.
func TestSnapshotMatchesDB(t *testing.T) {
	f := newFixture(t, fixtureOpts{snapshot: true})
	other, noRole := common.HexToHash("0xbad"), common.HexToAddress("0xbb")
	f.exec(`INSERT INTO roles (account, roles, block_number) VALUES ($1, 6, 7)`, noRole[:])
	ids := []common.Hash{newInstanceKeys(t, "ghost").id}
	for i, o := range []instanceOpts{
		{}, {status: statusRevoked}, {status: statusExpired}, {status: statusInvalidated, reason: pad32("TCB_NOT_ACCEPTED")},
		{expiresIn: -time.Hour}, {workload: &other}, {operator: &noRole}, {tcb: 5, block: 120},
	} {
		ids = append(ids, f.addInstance(string(rune('a'+i)), o).id)
	}
	f.reload()
	db := NewDB(f.db.Pool)
	pki := f.kms.PKI()
	for _, id := range ids {
		want, err := db.Record(t.Context(), id, pki)
		if err != nil {
			t.Fatal(err)
		}
		got, err := f.snap.Record(t.Context(), id, pki)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("instance %s:\nsnapshot %+v\ndatabase %+v", id, got, want)
		}
	}
	if r, _ := f.snap.Record(t.Context(), ids[1], pki); !r.Found || !r.PKIMatches || !r.OperatorRole || r.ConfigHash != f.config {
		t.Errorf("record %+v", r)
	}
}

// TestSnapshotFollows: the snapshot reloads on the indexer's NOTIFY, and by
// polling without one.
func TestSnapshotFollows(t *testing.T) {
	f := newFixture(t, fixtureOpts{})
	in := f.addInstance("alpha", instanceOpts{})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	snap := NewSnapshot(f.db.Pool, time.Hour, testLog(t), f.reg) // reloads on NOTIFY only
	go snap.Run(ctx)
	status := func() uint8 {
		r, err := snap.Record(context.Background(), in.id, f.kms.PKI())
		if err != nil || !r.Found {
			return 0
		}
		return r.Instance.Status
	}
	waitFor := func(what string, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
			if cond() {
				return
			}
		}
		t.Fatalf("snapshot never saw %s", what)
	}
	waitFor("the instance", func() bool { return status() == statusActive })

	// The indexer's commit: rows, cursor, NOTIFY in one transaction.
	tx, err := f.db.Pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	tx.Exec(ctx, `UPDATE instances SET status = 2, block_number = 101 WHERE instance_id = $1`, in.id[:])
	tx.Exec(ctx, `UPDATE cursor SET block_number = 101`)
	tx.Exec(ctx, `SELECT pg_notify($1, '101')`, schema.Channel)
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	waitFor("the revocation", func() bool { return status() == statusRevoked && snap.Block() == 101 })
	if got := f.counter("teereg_registry_snapshot_block"); got != 101 {
		t.Errorf("snapshot block gauge %v", got)
	}

	// Without NOTIFY: the poll.
	cancel()
	snap = NewSnapshot(f.db.Pool, 20*time.Millisecond, testLog(t), nil)
	ctx, cancel = context.WithCancel(context.Background())
	defer cancel()
	go snap.Run(ctx)
	waitFor("the first load", func() bool { return status() == statusRevoked })
	f.exec(`UPDATE instances SET status = 3 WHERE instance_id = $1`, in.id[:])
	waitFor("the change by polling", func() bool { return status() == statusExpired })
}

// TestSnapshotUnloaded: without a loaded snapshot the record read fails
// (and the decision falls to the chain), naming why.
func TestSnapshotUnloaded(t *testing.T) {
	f := newFixture(t, fixtureOpts{snapshot: true})
	f.exec(`DELETE FROM cursor`)
	if err := f.snap.Load(t.Context()); !errors.Is(err, ErrNotIndexed) {
		t.Fatalf("load without a cursor: %v", err)
	}
	if _, err := f.snap.Record(t.Context(), common.Hash{}, f.kms.PKI()); err == nil || !errors.Is(err, ErrNotIndexed) {
		t.Fatalf("record without a snapshot: %v", err)
	}
	in := f.addInstance("alpha", instanceOpts{})
	f.chain.rec = func(common.Hash) *Record { return f.chainRecordFor(in) }
	if _, err := f.provision(in); err != nil {
		t.Fatal(err)
	}
	if a := f.audit.lines(t)[0]; a["source"] != "chain" {
		t.Errorf("audit %v", a)
	}
}

type countingArtifacts struct {
	calls atomic.Int64
	data  map[[32]byte][]byte
}

func (c *countingArtifacts) Artifact(_ context.Context, h [32]byte) ([]byte, error) {
	c.calls.Add(1)
	if d, ok := c.data[h]; ok {
		return d, nil
	}
	return nil, storage.ErrNotFound
}

// TestCachedArtifacts: an artifact the snapshot lists is read once; one it
// does not list (removed, or not indexed yet) is looked up every time.
func TestCachedArtifacts(t *testing.T) {
	f := newFixture(t, fixtureOpts{snapshot: true})
	f.reload()
	var listed [32]byte
	var h []byte
	if err := f.db.Pool.QueryRow(t.Context(), `SELECT hash FROM artifacts`).Scan(&h); err != nil {
		t.Fatal(err)
	}
	copy(listed[:], h)
	unlisted := [32]byte{7}
	src := &countingArtifacts{data: map[[32]byte][]byte{listed: []byte("env"), unlisted: []byte("new")}}
	ca := &CachedArtifacts{Snapshot: f.snap, Source: src, MaxBytes: 1 << 10}
	for range 3 {
		if d, err := ca.Artifact(t.Context(), listed); err != nil || string(d) != "env" {
			t.Fatal(d, err)
		}
	}
	if n := src.calls.Load(); n != 1 {
		t.Errorf("listed artifact read %d times, want once", n)
	}
	for range 2 {
		if d, err := ca.Artifact(t.Context(), unlisted); err != nil || string(d) != "new" {
			t.Fatal(d, err)
		}
	}
	if n := src.calls.Load(); n != 3 {
		t.Errorf("unlisted artifact: %d source reads in all, want 3", n)
	}
	// Removed (no longer listed, and the source says so): not served from the cache.
	f.exec(`DELETE FROM artifacts`)
	f.reload()
	delete(src.data, listed)
	if _, err := ca.Artifact(t.Context(), listed); !errors.Is(err, storage.ErrNotFound) {
		t.Errorf("removed artifact: %v", err)
	}
}

// TestRenderedCache: a rendered configuration is served from memory while
// every secret it expanded is still an artifact; once one is removed (and
// indexed) it is refused, not served from the cache.
func TestRenderedCache(t *testing.T) {
	f := newFixture(t, fixtureOpts{snapshot: true, rendered: 1 << 20})
	in := f.addInstance("alpha", instanceOpts{})
	for range 3 {
		p, err := f.provision(in)
		if err != nil {
			t.Fatal(err)
		}
		if string(p.Config) != string(f.rendered) {
			t.Fatalf("config %q", p.Config)
		}
	}
	lines := f.audit.lines(t)
	if lines[0]["configFrom"] != "file://"+f.dirs[1] || lines[1]["configFrom"] != "cache" || lines[2]["configFrom"] != "cache" {
		t.Errorf("served from %v, %v, %v", lines[0]["configFrom"], lines[1]["configFrom"], lines[2]["configFrom"])
	}
	if got := f.counter("teereg_registry_secrets_opened_total", "result", "opened"); got != 1 {
		t.Errorf("secrets opened %v times, want once", got)
	}
	// The served copy is the caller's: clearing it does not touch the cache.
	if p, err := f.provision(in); err != nil || string(p.Config) != string(f.rendered) {
		t.Fatalf("%v %q", err, p.Config)
	}
	f.exec(`DELETE FROM artifacts`)
	status, body := f.rawProvision(f.signedRequest(in))
	if e := errorOf(t, body); status != 502 || e.Code != CodeConfigInvalid {
		t.Fatalf("after the secret's removal: %d %+v", status, e)
	}
	f.assertNoLeak(body)
}
