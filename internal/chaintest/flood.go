package chaintest

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/test/testbindings"
)

// Flood hands the registry's administration to a GovernanceFlood contract,
// which then emits many real registry events per transaction. After it, the
// World's admin key no longer governs.
type Flood struct {
	w        *World
	Address  common.Address
	contract *testbindings.GovernanceFlood
}

// StartFlood deploys the flood contract and hands it the registry.
func (w *World) StartFlood(ctx context.Context) (*Flood, error) {
	mine := w.Mine(ctx)
	auth := w.Auth(w.Admin)
	auth.GasLimit = 0
	addr, tx, c, err := testbindings.DeployGovernanceFlood(auth, w.Backend)
	if err != nil {
		return nil, fmt.Errorf("deploy flood: %w", err)
	}
	if _, err := WaitMined(ctx, w.Backend, tx.Hash()); err != nil {
		return nil, err
	}
	if err := mine(c.Init(w.Auth(w.Admin), w.Deployment.Registry)); err != nil {
		return nil, fmt.Errorf("flood init: %w", err)
	}
	if err := mine(w.Registry.CompleteOwnershipHandover(w.Auth(w.Admin), addr)); err != nil {
		return nil, fmt.Errorf("hand over to flood: %w", err)
	}
	if err := mine(c.BecomeOperator(w.Auth(w.Admin))); err != nil {
		return nil, fmt.Errorf("flood operator: %w", err)
	}
	return &Flood{w: w, Address: addr, contract: c}, nil
}

// Run sends txs transactions of rounds rounds each (about 4.5 events a
// round plus 3 per instanceEvery rounds), one after the other: a
// transaction near the block gas limit that does not fit the current block
// would otherwise wait for a block an automining chain never makes.
func (f *Flood) Run(ctx context.Context, txs, rounds, instanceEvery int, gasLimit uint64) error {
	for range txs {
		auth := f.w.Auth(f.w.Admin)
		auth.GasLimit = gasLimit
		if err := f.w.Mine(ctx)(f.contract.Flood(auth, big.NewInt(int64(rounds)), big.NewInt(int64(instanceEvery)))); err != nil {
			return fmt.Errorf("flood: %w", err)
		}
	}
	return nil
}
