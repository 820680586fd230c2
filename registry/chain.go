package registry

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"golang.org/x/sync/errgroup"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

// Role bits of the Registry (OwnableRoles).
var (
	operatorRole     = big.NewInt(1 << 0)
	kmsCustodianRole = big.NewInt(1 << 2)
)

// ChainClient is the JSON-RPC surface the chain reader needs;
// *ethclient.Client and the simulated backend's client satisfy it.
type ChainClient interface {
	bind.ContractCaller
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// ChainConfig configures a Chain.
type ChainConfig struct {
	Registry      common.Address
	ArtifactStore common.Address // zero: artifacts are not read from chain
	// Confirmations: -1 reads at the node's "finalized" block; n ≥ 0 reads at
	// head − n. A node without a finalized tag is an error, never a reason
	// to read at the head.
	Confirmations int
	// Timeout bounds one view (all its calls); default 10s.
	Timeout time.Duration
}

// Chain reads the Registry and ArtifactStore contracts with eth_call.
type Chain struct {
	client  ChainClient
	reg     *bindings.RegistryCaller
	art     *bindings.ArtifactStoreCaller // nil without an ArtifactStore
	conf    int
	timeout time.Duration
}

// NewChain returns a reader of the contracts in cfg.
func NewChain(client ChainClient, cfg ChainConfig) (*Chain, error) {
	if cfg.Registry == (common.Address{}) {
		return nil, errors.New("registry: chain reader needs the Registry address")
	}
	if cfg.Confirmations < -1 {
		return nil, fmt.Errorf("registry: confirmations %d: want -1 (finalized tag) or ≥ 0", cfg.Confirmations)
	}
	reg, err := bindings.NewRegistryCaller(cfg.Registry, client)
	if err != nil {
		return nil, fmt.Errorf("registry: Registry binding: %w", err)
	}
	c := &Chain{client: client, reg: reg, conf: cfg.Confirmations, timeout: cfg.Timeout}
	if c.timeout <= 0 {
		c.timeout = 10 * time.Second
	}
	if cfg.ArtifactStore != (common.Address{}) {
		if c.art, err = bindings.NewArtifactStoreCaller(cfg.ArtifactStore, client); err != nil {
			return nil, fmt.Errorf("registry: ArtifactStore binding: %w", err)
		}
	}
	return c, nil
}

// finalHeader returns the newest final block's header.
func (c *Chain) finalHeader(ctx context.Context) (*types.Header, error) {
	if c.conf < 0 {
		h, err := c.client.HeaderByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if err != nil {
			return nil, fmt.Errorf("read the finalized block: %w (a node without the finalized tag needs --confirmations N)", err)
		}
		if h == nil {
			return nil, errors.New("the node returned no finalized block")
		}
		return h, nil
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read the head block: %w", err)
	}
	if head.Number.Cmp(big.NewInt(int64(c.conf))) < 0 {
		return nil, fmt.Errorf("head block %s has fewer than %d confirmations above genesis", head.Number, c.conf)
	}
	if c.conf == 0 {
		return head, nil
	}
	n := new(big.Int).Sub(head.Number, big.NewInt(int64(c.conf)))
	h, err := c.client.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("read block %s: %w", n, err)
	}
	return h, nil
}

// FinalRecord reads instance id and the state it is judged against from the
// Registry at the newest final block, and compares the on-chain PKI with pki.
func (c *Chain) FinalRecord(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	h, err := c.finalHeader(ctx)
	if err != nil {
		return nil, err
	}
	if !h.Number.IsUint64() {
		return nil, fmt.Errorf("final block number %s out of range", h.Number)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: h.Number}
	r := &Record{Source: SourceChain, Block: h.Number.Uint64(), BlockTime: h.Time, Finalized: h.Number.Uint64()}
	in, err := c.reg.Instance(opts, id)
	if err != nil {
		return nil, fmt.Errorf("Registry.instance(%s) at block %d: %w", id, r.Block, err)
	}
	g, gctx := errgroup.WithContext(ctx)
	gopts := &bind.CallOpts{Context: gctx, BlockNumber: h.Number}
	g.Go(func() (err error) {
		r.TCBPolicy, err = c.reg.AcceptedTcbStatuses(gopts)
		r.PolicyKnown = err == nil
		return wrapCall("acceptedTcbStatuses", r.Block, err)
	})
	g.Go(func() error {
		p, err := c.reg.Pki(gopts)
		if err != nil {
			return wrapCall("pki", r.Block, err)
		}
		r.PKIVersion = p.Version
		r.PKIMatches = p.Version > 0 && bytes.Equal(p.CaCertificate, pki.CACertificate) && bytes.Equal(p.SecretsPublicKey, pki.SecretsPublicKey)
		return nil
	})
	if in.Status != statusNone {
		r.Found = true
		r.Instance = InstanceRecord{
			ID: id, WorkloadID: in.WorkloadId, Operator: in.Operator, Pubkey: in.Pubkey, Label: in.Label,
			Status: in.Status, TCBStatus: in.TcbStatus, RegisteredAt: in.RegisteredAt, ExpiresAt: in.ExpiresAt,
		}
		g.Go(func() error {
			h, err := c.reg.ConfigHashOf(gopts, in.WorkloadId)
			r.ConfigHash = h
			return wrapCall("configHashOf", r.Block, err)
		})
		g.Go(func() (err error) {
			r.OperatorRole, err = c.reg.HasAnyRole(gopts, in.Operator, operatorRole)
			return wrapCall("hasAnyRole", r.Block, err)
		})
		g.Go(func() (err error) {
			r.Backends, err = c.reg.StorageBackends(gopts)
			return wrapCall("storageBackends", r.Block, err)
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return r, nil
}

func wrapCall(method string, block uint64, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("Registry.%s at block %d: %w", method, block, err)
}

// Artifact reads an artifact from the ArtifactStore at the head (artifacts
// are content addressed: any block that holds one holds the same bytes).
// storage.ErrNotFound when the store has none.
func (c *Chain) Artifact(ctx context.Context, hash [32]byte) ([]byte, error) {
	if c.art == nil {
		return nil, fmt.Errorf("artifact %x: no ArtifactStore configured: %w", hash, storage.ErrNotFound)
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	opts := &bind.CallOpts{Context: ctx}
	ok, err := c.art.Exists(opts, hash)
	if err != nil {
		return nil, fmt.Errorf("ArtifactStore.exists(%x): %w", hash, err)
	}
	if !ok {
		return nil, fmt.Errorf("artifact %x in the ArtifactStore: %w", hash, storage.ErrNotFound)
	}
	data, err := c.art.Get(opts, hash)
	if err != nil {
		return nil, fmt.Errorf("ArtifactStore.get(%x): %w", hash, err)
	}
	if sha256.Sum256(data) != hash {
		return nil, fmt.Errorf("artifact %x from the ArtifactStore: %w", hash, storage.ErrHashMismatch)
	}
	return data, nil
}

// IsCustodian reports whether account holds KMS_CUSTODIAN_ROLE (bit 2) at
// the newest final block.
func (c *Chain) IsCustodian(ctx context.Context, account common.Address) (bool, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	h, err := c.finalHeader(ctx)
	if err != nil {
		return false, err
	}
	ok, err := c.reg.HasAnyRole(&bind.CallOpts{Context: ctx, BlockNumber: h.Number}, account, kmsCustodianRole)
	if err != nil {
		return false, fmt.Errorf("Registry.hasAnyRole(%s, KMS_CUSTODIAN_ROLE) at block %s: %w", account, h.Number, err)
	}
	return ok, nil
}

// PKI reads the current PKI at the newest final block; version 0 when none
// is published.
func (c *Chain) PKI(ctx context.Context) (kms.PKI, uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	h, err := c.finalHeader(ctx)
	if err != nil {
		return kms.PKI{}, 0, err
	}
	p, err := c.reg.Pki(&bind.CallOpts{Context: ctx, BlockNumber: h.Number})
	if err != nil {
		return kms.PKI{}, 0, fmt.Errorf("Registry.pki() at block %s: %w", h.Number, err)
	}
	return kms.PKI{CACertificate: p.CaCertificate, SecretsPublicKey: p.SecretsPublicKey}, p.Version, nil
}

// Artifacts serves artifacts (secret envelopes, and the onchain:// storage
// backend) from the indexer's database, and from the ArtifactStore by
// eth_call for those the database does not hold (not indexed yet, or the
// database failed). Every answer is checked against the hash.
type Artifacts struct {
	DB interface {
		Artifact(context.Context, [32]byte) ([]byte, error)
	}
	Chain interface {
		Artifact(context.Context, [32]byte) ([]byte, error)
	} // nil: database only
}

// Artifact implements storage.ArtifactSource.
func (a *Artifacts) Artifact(ctx context.Context, hash [32]byte) ([]byte, error) {
	var dbErr error
	if a.DB != nil {
		data, err := a.DB.Artifact(ctx, hash)
		if err == nil && sha256.Sum256(data) == hash {
			return data, nil
		}
		if err == nil {
			err = fmt.Errorf("artifact %x: %w", hash, storage.ErrHashMismatch)
		}
		dbErr = err
	}
	if a.Chain == nil {
		if dbErr == nil {
			dbErr = fmt.Errorf("artifact %x: no artifact source: %w", hash, storage.ErrNotFound)
		}
		return nil, dbErr
	}
	data, err := a.Chain.Artifact(ctx, hash)
	if err != nil {
		if dbErr != nil && !errors.Is(dbErr, storage.ErrNotFound) {
			return nil, fmt.Errorf("%w; then %w", dbErr, err)
		}
		return nil, err
	}
	if sha256.Sum256(data) != hash {
		return nil, fmt.Errorf("artifact %x from the chain: %w", hash, storage.ErrHashMismatch)
	}
	return data, nil
}

// Custodians backs kms.Custodians with the role bitmap: an account is a
// custodian when the indexer's database says it holds KMS_CUSTODIAN_ROLE
// and, when a chain reader is given, the Registry confirms it at the newest
// final block. Both must agree; an error of either is an error.
type Custodians struct {
	DB interface {
		IsCustodian(context.Context, common.Address) (bool, error)
	}
	Chain interface {
		IsCustodian(context.Context, common.Address) (bool, error)
	} // nil: database only
}

// IsCustodian implements kms.Custodians.
func (c *Custodians) IsCustodian(ctx context.Context, account common.Address) (bool, error) {
	ok, err := c.DB.IsCustodian(ctx, account)
	if err != nil || !ok || c.Chain == nil {
		return ok, err
	}
	ok, err = c.Chain.IsCustodian(ctx, account)
	if err != nil {
		return false, fmt.Errorf("confirming custodian %s on chain: %w", account, err)
	}
	return ok, nil
}

var _ kms.Custodians = (*Custodians)(nil)
var _ storage.ArtifactSource = (*Artifacts)(nil)
