// Package deploy deploys the teereg contracts through their Go bindings and
// describes where a deployment lives.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teereg/teereg/bindings"
)

// DefaultInstanceTTL is the lifetime of instance records when Config leaves it zero.
const DefaultInstanceTTL = 24 * time.Hour

// Backend is what deploying needs from a chain: sending transactions and
// waiting for their receipts.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Config chooses the deployment's parameters.
type Config struct {
	// Admin owns the registry. Zero means the deploying account.
	Admin common.Address
	// QuoteVerifier is the IQuoteVerifier contract; zero leaves registration
	// disabled until the admin sets one.
	QuoteVerifier common.Address
	// InstanceTTL is the lifetime of instance records (DefaultInstanceTTL when zero).
	InstanceTTL time.Duration
}

// Deployment is where a deployed system lives.
type Deployment struct {
	Registry      common.Address `json:"registry"`
	ArtifactStore common.Address `json:"artifactStore"`
	// Block is the block of the first deployment transaction: indexers start there.
	Block uint64 `json:"block"`
}

// Deploy deploys the registry and the artifact store bound to it, and waits
// until both are mined.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg Config) (*Deployment, error) {
	if auth == nil {
		return nil, errors.New("deploy: no transaction signer")
	}
	admin := cfg.Admin
	if admin == (common.Address{}) {
		admin = auth.From
	}
	ttl := cfg.InstanceTTL
	if ttl == 0 {
		ttl = DefaultInstanceTTL
	}
	if ttl%time.Second != 0 || ttl < 0 {
		return nil, fmt.Errorf("deploy: instance TTL %v is not a positive whole number of seconds", ttl)
	}
	opts := *auth
	opts.Context = ctx

	registryAddr, registryTx, _, err := bindings.DeployRegistry(&opts, backend, admin, cfg.QuoteVerifier, uint64(ttl/time.Second))
	if err != nil {
		return nil, fmt.Errorf("deploy: send Registry deployment: %w", err)
	}
	// Send both before waiting: on an automining chain each is mined at once,
	// on a real one they share a block.
	if opts.Nonce != nil {
		opts.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1))
	}
	storeAddr, storeTx, _, err := bindings.DeployArtifactStore(&opts, backend, registryAddr)
	if err != nil {
		return nil, fmt.Errorf("deploy: send ArtifactStore deployment: %w", err)
	}
	registryRcpt, err := waitDeployed(ctx, backend, registryTx, "Registry")
	if err != nil {
		return nil, err
	}
	if _, err := waitDeployed(ctx, backend, storeTx, "ArtifactStore"); err != nil {
		return nil, err
	}
	return &Deployment{
		Registry:      registryAddr,
		ArtifactStore: storeAddr,
		Block:         registryRcpt.BlockNumber.Uint64(),
	}, nil
}

func waitDeployed(ctx context.Context, backend Backend, tx *types.Transaction, name string) (*types.Receipt, error) {
	rcpt, err := bind.WaitMined(ctx, backend, tx)
	if err != nil {
		return nil, fmt.Errorf("deploy: wait for %s deployment %s: %w", name, tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("deploy: %s deployment %s reverted (gas used %d)", name, tx.Hash(), rcpt.GasUsed)
	}
	return rcpt, nil
}
