package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"reflect"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"
)

// AutoMine seals a block after every transaction sent through it, so code
// that waits for receipts (deploy.Deploy, dcap.PushCollateral, the World)
// runs unchanged on the simulated backend.
type AutoMine struct {
	simulated.Client
	Sim *simulated.Backend
}

// SendTransaction sends tx and commits a block holding it.
func (a AutoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.Sim.Commit()
	return nil
}

// RawRPC returns the JSON-RPC client under a simulated backend, which the
// backend hides behind its Client interface (the indexer speaks raw JSON-RPC).
func RawRPC(sim *simulated.Backend) *rpc.Client {
	return reflect.ValueOf(sim.Client()).Field(0).Interface().(*ethclient.Client).Client()
}

// Simulated is a World on the simulated backend.
type Simulated struct {
	Sim   *simulated.Backend
	RPC   *rpc.Client
	World *World
	// Extra are funded keys beyond the World's admin, operator and writer.
	Extra []*ecdsa.PrivateKey
}

// NewSimulated funds 3+extra keys on a fresh simulated backend (closed when
// t ends) and deploys a World with a one-hour instance TTL.
func NewSimulated(t testing.TB, extra int) *Simulated {
	t.Helper()
	keys := Keys(3 + extra)
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { _ = sim.Close() })
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	w, err := Deploy(context.Background(), AutoMine{sim.Client(), sim}, id, keys[0], keys[1], keys[2], time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	return &Simulated{Sim: sim, RPC: RawRPC(sim), World: w, Extra: keys[3:]}
}
