package indexer

import (
	"math/big"
	mrand "math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/internal/pgtest"
)

type simWorld struct {
	sim *simulated.Backend
	rpc *rpc.Client
	w   *chaintest.World
}

func newSimWorld(t *testing.T) *simWorld {
	t.Helper()
	c := chaintest.NewSimulated(t, 0)
	return &simWorld{sim: c.Sim, rpc: c.RPC, w: c.World}
}

func (s *simWorld) contracts() Contracts {
	return Contracts{Registry: s.w.Deployment.Registry, ArtifactStore: s.w.Deployment.ArtifactStore}
}

func (s *simWorld) head(t *testing.T) blockRef {
	t.Helper()
	ch := &chain{rpc: s.rpc, timeout: 10 * time.Second, log: testLogger(t), metrics: newMetrics(nopRegisterer{})}
	h, err := ch.header(t.Context(), "latest")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestSimulatedForks drives random transactions on the simulated backend,
// forks it at random depths within the finality window, and after each fork
// checks the database against the state rebuilt from the canonical chain,
// and the state against the contracts' own views.
func TestSimulatedForks(t *testing.T) {
	s := newSimWorld(t)
	db := pgtest.New(t)
	const window = 6
	r := start(t, db.Pool, s.rpc, Config{Contracts: s.contracts(), StartBlock: 0, Confirmations: window})
	rng := mrand.New(mrand.NewPCG(1, 2))
	for round := range 12 {
		for range 5 + rng.IntN(10) {
			if _, err := s.w.RandomOp(rng); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		head := s.head(t)
		waitCursor(t, db.Pool, r, head.Hash)
		compare(t, dump(t, db.Pool), oracle(t, s.rpc, s.contracts(), 0, head), "before fork")

		depth := 1 + rng.IntN(window)
		parent, err := s.sim.Client().HeaderByNumber(t.Context(), big.NewInt(int64(head.Number)-int64(depth)))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.sim.Fork(parent.Hash()); err != nil {
			t.Fatal(err)
		}
		for range depth + 1 + rng.IntN(3) { // a longer side chain becomes canonical
			if _, err := s.w.RandomOp(rng); err != nil {
				t.Fatalf("round %d after fork: %v", round, err)
			}
		}
		head = s.head(t)
		waitCursor(t, db.Pool, r, head.Hash)
		compare(t, dump(t, db.Pool), oracle(t, s.rpc, s.contracts(), 0, head), "after fork")
	}
	checkAgainstViews(t, db, s.w)
	var reorgs float64
	if reorgs = readCounter(t, r.ix.metrics.reorgs); reorgs == 0 {
		t.Fatal("no reorg was detected")
	}
	t.Logf("reorgs rolled back: %v", reorgs)
}

// checkAgainstViews compares the mirrored state with what the contracts say.
func checkAgainstViews(t *testing.T, db *pgtest.DB, w *chaintest.World) {
	t.Helper()
	ctx, call := t.Context(), &bind.CallOpts{}
	rows, err := db.Pool.Query(ctx, `SELECT instance_id, status, label, expires_at, port FROM instances`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var id []byte
		var status, port int
		var label string
		var exp uint64
		if err := rows.Scan(&id, &status, &label, &exp, &port); err != nil {
			t.Fatal(err)
		}
		inst, err := w.Registry.Instance(call, common.BytesToHash(id))
		if err != nil {
			t.Fatal(err)
		}
		if int(inst.Status) != status || inst.Label != label || inst.ExpiresAt != exp || int(inst.Endpoints.Port) != port {
			t.Fatalf("instance %x: mirror (status %d label %s exp %d port %d), chain %+v", id, status, label, exp, port, inst)
		}
		n++
	}
	rows.Close()
	var uris []string
	if err := db.Pool.QueryRow(ctx, `SELECT coalesce(array_agg(uri ORDER BY position), '{}') FROM storage_backends`).Scan(&uris); err != nil {
		t.Fatal(err)
	}
	onChain, err := w.Registry.StorageBackends(call)
	if err != nil {
		t.Fatal(err)
	}
	if len(onChain) != len(uris) {
		t.Fatalf("backends: mirror %q, chain %q", uris, onChain)
	}
	for i := range uris {
		if uris[i] != onChain[i] {
			t.Fatalf("backends: mirror %q, chain %q", uris, onChain)
		}
	}
	wrows, err := db.Pool.Query(ctx, `SELECT workload_id, config_hash FROM workloads`)
	if err != nil {
		t.Fatal(err)
	}
	for wrows.Next() {
		var id, h []byte
		if err := wrows.Scan(&id, &h); err != nil {
			t.Fatal(err)
		}
		got, err := w.Registry.ConfigHashOf(call, common.BytesToHash(id))
		if err != nil || got != common.BytesToHash(h) {
			t.Fatalf("workload %x: mirror config %x, chain %x (%v)", id, h, got, err)
		}
	}
	wrows.Close()
	var ttl uint64
	var policy int
	if err := db.Pool.QueryRow(ctx, `SELECT instance_ttl, tcb_policy FROM registry_state`).Scan(&ttl, &policy); err != nil {
		t.Fatal(err)
	}
	if chainTTL, _ := w.Registry.InstanceTtl(call); chainTTL != ttl {
		t.Fatalf("ttl: mirror %d chain %d", ttl, chainTTL)
	}
	if chainPolicy, _ := w.Registry.AcceptedTcbStatuses(call); int(chainPolicy) != policy {
		t.Fatalf("tcb policy: mirror %d chain %d", policy, chainPolicy)
	}
	t.Logf("checked %d instances and the registry singletons against the contracts", n)
}
