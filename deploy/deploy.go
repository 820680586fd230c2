// Package deploy deploys the teereg contracts through their Go bindings and
// describes where a deployment lives.
package deploy

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
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
	// disabled until the admin sets one. It must be zero when RootCA is set.
	QuoteVerifier common.Address
	// InstanceTTL is the lifetime of instance records (DefaultInstanceTTL when zero).
	InstanceTTL time.Duration
	// RootCA is the DER certificate of the root CA to pin: the Intel SGX Root
	// CA in production, a development root (attest/devtee) on devnets. When
	// set, Deploy also deploys the on-chain DCAP verifier
	// (DcapCollateralParser, DcapCollateralStore pinning RootCA,
	// DcapPckChainVerifier, DcapQuoteVerifier) and makes its DcapQuoteVerifier
	// the registry's quote verifier. Its collateral store starts empty:
	// dcap.PushCollateral fills it.
	RootCA []byte
}

// Deployment is where a deployed system lives.
type Deployment struct {
	Registry      common.Address `json:"registry"`
	ArtifactStore common.Address `json:"artifactStore"`
	// QuoteVerifier is the registry's quote verifier: the deployed
	// DcapQuoteVerifier when Config.RootCA was set, else Config.QuoteVerifier.
	// Zero addresses are left out of the JSON.
	QuoteVerifier common.Address `json:"quoteVerifier,omitzero"`
	// CollateralStore, PckChainVerifier and CollateralParser are the other DCAP
	// contracts, zero unless Config.RootCA was set.
	CollateralStore  common.Address `json:"collateralStore,omitzero"`
	PckChainVerifier common.Address `json:"pckChainVerifier,omitzero"`
	CollateralParser common.Address `json:"collateralParser,omitzero"`
	// Block is the block of the first deployment transaction: indexers start there.
	Block uint64 `json:"block"`
}

// Deploy deploys the registry and the artifact store bound to it, preceded by
// the DCAP verifier when cfg.RootCA is set, and waits until all are mined.
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg Config) (*Deployment, error) {
	if auth == nil {
		return nil, errors.New("deploy: no transaction signer")
	}
	if len(cfg.RootCA) > 0 {
		if cfg.QuoteVerifier != (common.Address{}) {
			return nil, fmt.Errorf("deploy: both a quote verifier (%s) and a root CA to deploy one for are configured", cfg.QuoteVerifier)
		}
		if _, err := x509.ParseCertificate(cfg.RootCA); err != nil {
			return nil, fmt.Errorf("deploy: root CA certificate: %w", err)
		}
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
	// Transactions are sent in batches before waiting: on an automining chain
	// each is mined at once, on a real one a batch shares a block. A batch only
	// holds deployments whose constructors call no contract of the same batch.
	var pending []sent
	send := func(name string, deploy func() (common.Address, *types.Transaction, error)) (common.Address, error) {
		addr, tx, err := deploy()
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy: send %s deployment: %w", name, dcap.ExplainError(err))
		}
		if opts.Nonce != nil {
			opts.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1))
		}
		pending = append(pending, sent{name, tx})
		return addr, nil
	}
	var first *types.Receipt
	wait := func() error {
		for _, p := range pending {
			rcpt, err := waitDeployed(ctx, backend, p.tx, p.name)
			if err != nil {
				return err
			}
			if first == nil {
				first = rcpt
			}
		}
		pending = nil
		return nil
	}

	d := &Deployment{QuoteVerifier: cfg.QuoteVerifier}
	var err error
	if len(cfg.RootCA) > 0 {
		if d.CollateralParser, err = send("DcapCollateralParser", func() (common.Address, *types.Transaction, error) {
			a, tx, _, err := bindings.DeployDcapCollateralParser(&opts, backend)
			return a, tx, err
		}); err != nil {
			return nil, err
		}
		if d.CollateralStore, err = send("DcapCollateralStore", func() (common.Address, *types.Transaction, error) {
			a, tx, _, err := bindings.DeployDcapCollateralStore(&opts, backend, cfg.RootCA, d.CollateralParser)
			return a, tx, err
		}); err != nil {
			return nil, err
		}
		if d.PckChainVerifier, err = send("DcapPckChainVerifier", func() (common.Address, *types.Transaction, error) {
			a, tx, _, err := bindings.DeployDcapPckChainVerifier(&opts, backend, d.CollateralStore)
			return a, tx, err
		}); err != nil {
			return nil, err
		}
		// DcapQuoteVerifier's constructor reads the chain verifier's store.
		if err := wait(); err != nil {
			return nil, err
		}
		if d.QuoteVerifier, err = send("DcapQuoteVerifier", func() (common.Address, *types.Transaction, error) {
			a, tx, _, err := bindings.DeployDcapQuoteVerifier(&opts, backend, d.PckChainVerifier)
			return a, tx, err
		}); err != nil {
			return nil, err
		}
	}
	if d.Registry, err = send("Registry", func() (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployRegistry(&opts, backend, admin, d.QuoteVerifier, uint64(ttl/time.Second))
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	if d.ArtifactStore, err = send("ArtifactStore", func() (common.Address, *types.Transaction, error) {
		a, tx, _, err := bindings.DeployArtifactStore(&opts, backend, d.Registry)
		return a, tx, err
	}); err != nil {
		return nil, err
	}
	if err := wait(); err != nil {
		return nil, err
	}
	d.Block = first.BlockNumber.Uint64()
	return d, nil
}

// sent is a deployment transaction waiting to be mined.
type sent struct {
	name string
	tx   *types.Transaction
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
