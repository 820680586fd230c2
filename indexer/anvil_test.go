package indexer

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/internal/foundry"
	"github.com/teereg/teereg/internal/pgtest"
)

type anvilWorld struct {
	anvil *foundry.Anvil
	rpc   *rpc.Client // WebSocket: new heads are pushed
	w     *chaintest.World
}

func devKeys(t testing.TB) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, 3)
	for i := range out {
		k, err := crypto.HexToECDSA(foundry.DevPrivateKeys[i])
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	return out
}

func newAnvilWorld(t *testing.T, args ...string) *anvilWorld {
	t.Helper()
	ctx := t.Context()
	a, err := foundry.StartAnvil(context.Background(), foundry.AnvilConfig{ExtraArgs: args})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(a.Stop)
	client, err := ethclient.DialContext(ctx, a.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	keys := devKeys(t)
	w, err := chaintest.Deploy(ctx, client, new(big.Int).SetUint64(a.ChainID), keys[0], keys[1], keys[2], time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Dial(ctx, strings.Replace(a.URL, "http://", "ws://", 1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(raw.Close)
	return &anvilWorld{anvil: a, rpc: raw, w: w}
}

func (a *anvilWorld) contracts() Contracts {
	return Contracts{Registry: a.w.Deployment.Registry, ArtifactStore: a.w.Deployment.ArtifactStore}
}

func (a *anvilWorld) head(t *testing.T) blockRef {
	t.Helper()
	ch := &chain{rpc: a.rpc, timeout: 10 * time.Second, log: testLogger(t), metrics: newMetrics(nopRegisterer{})}
	h, err := ch.header(t.Context(), "latest")
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// ops sends n random transactions (anvil mines each at once).
func (a *anvilWorld) ops(t *testing.T, rng *mrand.Rand, n int) {
	t.Helper()
	for range n {
		tx, err := a.w.RandomOp(rng)
		if err != nil {
			t.Fatalf("send random transaction: %v", err)
		}
		// wait: reverted is fine (a stale driver after a reorg), lost is not
		if err := a.w.Mine(t.Context())(tx, nil); err != nil && !strings.Contains(err.Error(), "reverted") {
			t.Fatalf("mine %x: %v", tx.Data()[:4], err)
		}
	}
}

// TestAnvilReorgs runs random reorgs (anvil_reorg, with and without
// replacement transactions) and rollbacks (anvil_rollback, the chain gets
// shorter) of depth up to the window, and after each one compares the
// database with the state rebuilt from the canonical chain.
func TestAnvilReorgs(t *testing.T) {
	a := newAnvilWorld(t)
	db := pgtest.New(t)
	const window = 8
	r := start(t, db.Pool, a.rpc, Config{Contracts: a.contracts(), Confirmations: window})
	rng := mrand.New(mrand.NewPCG(3, 4))
	registryABI, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	admin := crypto.PubkeyToAddress(a.w.Admin.PublicKey)
	for round := range 16 {
		a.ops(t, rng, window+rng.IntN(8))
		head := a.head(t)
		waitCursor(t, db.Pool, r, head.Hash)
		compare(t, dump(t, db.Pool), oracle(t, a.rpc, a.contracts(), 0, head), fmt.Sprintf("round %d before reorg", round))

		depth := 1 + rng.IntN(window)
		switch rng.IntN(3) {
		case 0: // same height, new blocks, some with new transactions
			var pairs []any
			for i := range rng.IntN(3) {
				data, err := registryABI.Pack("allowWorkload", randHash32(rng), randHash32(rng))
				if err != nil {
					t.Fatal(err)
				}
				pairs = append(pairs, []any{map[string]any{"from": admin, "to": a.w.Deployment.Registry, "data": hexutil.Bytes(data), "gas": "0x100000"}, i % depth})
			}
			if pairs == nil {
				pairs = []any{}
			}
			if err := a.rpc.CallContext(t.Context(), nil, "anvil_reorg", depth, pairs); err != nil {
				t.Fatalf("anvil_reorg: %v", err)
			}
		case 1: // the chain gets shorter, then grows again
			if err := a.rpc.CallContext(t.Context(), nil, "anvil_rollback", depth); err != nil {
				t.Fatalf("anvil_rollback: %v", err)
			}
			if rng.IntN(2) == 0 {
				head = a.head(t)
				waitCursor(t, db.Pool, r, head.Hash)
				compare(t, dump(t, db.Pool), oracle(t, a.rpc, a.contracts(), 0, head), fmt.Sprintf("round %d after rollback", round))
			}
			a.ops(t, rng, 1+rng.IntN(4))
		default: // no reorg this round
		}
		head = a.head(t)
		waitCursor(t, db.Pool, r, head.Hash)
		compare(t, dump(t, db.Pool), oracle(t, a.rpc, a.contracts(), 0, head), fmt.Sprintf("round %d after reorg of depth %d", round, depth))
	}
	if readCounter(t, r.ix.metrics.reorgs) == 0 {
		t.Fatal("no reorg was detected")
	}
}

func randHash32(rng *mrand.Rand) [32]byte {
	var h [32]byte
	for i := range h {
		h[i] = byte(rng.UintN(256))
	}
	return h
}
