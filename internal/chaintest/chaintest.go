// Package chaintest deploys a teereg system onto a test chain (the
// simulated backend or anvil) with a MockQuoteVerifier, and drives it with
// random but valid transactions of every kind the contracts emit events for.
// It is test support: the mock verifier never leaves tests.
package chaintest

import (
	"context"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/test/testbindings"
)

// World is a deployed system and its actors.
type World struct {
	Backend    deploy.Backend
	ChainID    *big.Int
	Deployment *deploy.Deployment
	Registry   *bindings.Registry
	Artifacts  *bindings.ArtifactStore
	Mock       *testbindings.MockQuoteVerifier

	Admin, Operator, Writer *ecdsa.PrivateKey

	// The driver's picture of the chain, to pick transactions that succeed.
	// It may go stale (after a reorg); transactions then simply revert.
	reports   map[common.Hash]testbindings.IQuoteVerifierTdReport
	workloads []common.Hash
	backends  []string
	instances []common.Hash
	artifacts [][]byte
	labels    int
	pkiCount  int
}

// Keys returns n fresh keys.
func Keys(n int) []*ecdsa.PrivateKey {
	out := make([]*ecdsa.PrivateKey, n)
	for i := range out {
		k, err := crypto.GenerateKey()
		if err != nil {
			panic(err)
		}
		out[i] = k
	}
	return out
}

// Auth returns a transactor for key with a fixed gas limit, so a
// transaction that would revert is still sent (and mined as failed) instead
// of failing gas estimation.
func (w *World) Auth(k *ecdsa.PrivateKey) *bind.TransactOpts {
	a, err := bind.NewKeyedTransactorWithChainID(k, w.ChainID)
	if err != nil {
		panic(err)
	}
	a.GasLimit = 5_000_000
	return a
}

// Deploy deploys the mock verifier and the system, and grants the operator
// and metadata-writer roles. backend must mine what it is sent (anvil
// automine, or a simulated backend wrapped to commit per transaction).
func Deploy(ctx context.Context, backend deploy.Backend, chainID *big.Int, admin, operator, writer *ecdsa.PrivateKey, ttl time.Duration) (*World, error) {
	w := &World{Backend: backend, ChainID: chainID, Admin: admin, Operator: operator, Writer: writer,
		reports: make(map[common.Hash]testbindings.IQuoteVerifierTdReport)}
	auth, err := bind.NewKeyedTransactorWithChainID(admin, chainID)
	if err != nil {
		return nil, err
	}
	auth.Context = ctx
	mockAddr, tx, mock, err := testbindings.DeployMockQuoteVerifier(auth, backend)
	if err != nil {
		return nil, fmt.Errorf("deploy mock verifier: %w", err)
	}
	if _, err := WaitMined(ctx, backend, tx.Hash()); err != nil {
		return nil, fmt.Errorf("wait for mock verifier: %w", err)
	}
	w.Mock = mock
	d, err := deploy.Deploy(ctx, backend, auth, deploy.Config{Admin: crypto.PubkeyToAddress(admin.PublicKey), QuoteVerifier: mockAddr, InstanceTTL: ttl})
	if err != nil {
		return nil, err
	}
	w.Deployment = d
	if w.Registry, err = bindings.NewRegistry(d.Registry, backend); err != nil {
		return nil, err
	}
	if w.Artifacts, err = bindings.NewArtifactStore(d.ArtifactStore, backend); err != nil {
		return nil, err
	}
	for _, g := range []struct {
		k    *ecdsa.PrivateKey
		role int64
	}{{operator, 1}, {writer, 2}} {
		if err := w.Mine(ctx)(w.Registry.GrantRoles(w.Auth(admin), crypto.PubkeyToAddress(g.k.PublicKey), big.NewInt(g.role))); err != nil {
			return nil, fmt.Errorf("grant role %d: %w", g.role, err)
		}
	}
	return w, nil
}

// Mine returns a function that waits for a binding call's transaction and
// requires success: w.Mine(ctx)(w.Registry.Pause(auth)).
func (w *World) Mine(ctx context.Context) func(*types.Transaction, error) error {
	return func(tx *types.Transaction, err error) error {
		if err != nil {
			return err
		}
		r, err := WaitMined(ctx, w.Backend, tx.Hash())
		if err != nil {
			return err
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("transaction %s reverted", tx.Hash())
		}
		return nil
	}
}

// WaitMined polls for a receipt every 10 ms (bind.WaitMined polls every
// second, which dominates tests against an automining chain).
func WaitMined(ctx context.Context, b bind.DeployBackend, hash common.Hash) (*types.Receipt, error) {
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", hash, ctx.Err())
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// Report returns a TD report whose workload identity is new.
func (w *World) newReport(rng *mrand.Rand) (common.Hash, testbindings.IQuoteVerifierTdReport) {
	fill := func() []byte {
		b := make([]byte, 48)
		for i := range b {
			b[i] = byte(rng.UintN(256))
		}
		return b
	}
	r := testbindings.IQuoteVerifierTdReport{MrTd: fill(), RtMr0: fill(), RtMr1: fill(), RtMr2: fill(), RtMr3: fill(), MrConfigId: fill(),
		MrOwner: make([]byte, 48), MrOwnerConfig: make([]byte, 48), ReportData: make([]byte, 64)}
	id := crypto.Keccak256Hash(r.MrTd, r.RtMr0, r.RtMr1, r.RtMr2, r.RtMr3, r.MrConfigId, r.Xfam[:], r.TdAttributes[:])
	return id, r
}

// ReportDataFor computes what Registry.reportDataFor returns.
func (w *World) ReportDataFor(pubkey []byte, operator common.Address) []byte {
	h := sha256.Sum256(pubkey)
	u256, _ := abi.NewType("uint256", "", nil)
	addr, _ := abi.NewType("address", "", nil)
	enc, err := abi.Arguments{{Type: u256}, {Type: addr}, {Type: addr}}.Pack(w.ChainID, w.Deployment.Registry, operator)
	if err != nil {
		panic(err)
	}
	return append(h[:], crypto.Keccak256(enc)...)
}

// QuoteFor returns a mock quote that registers pubkey for workload through the operator.
func (w *World) QuoteFor(report testbindings.IQuoteVerifierTdReport, pubkey []byte) ([]byte, error) {
	report.ReportData = w.ReportDataFor(pubkey, crypto.PubkeyToAddress(w.Operator.PublicKey))
	return w.Mock.Encode(&bind.CallOpts{}, testbindings.IQuoteVerifierVerdict{Valid: true, Report: report})
}

// AllowNewWorkload allowlists a fresh workload and returns its id.
func (w *World) AllowNewWorkload(rng *mrand.Rand) (common.Hash, *types.Transaction, error) {
	id, r := w.newReport(rng)
	w.reports[id] = r
	w.workloads = append(w.workloads, id)
	tx, err := w.Registry.AllowWorkload(w.Auth(w.Admin), id, randHash(rng))
	return id, tx, err
}

// Register registers a fresh instance of workload and returns its id and key.
func (w *World) Register(workload common.Hash, label string, ep bindings.IRegistryEndpoints) (common.Hash, *ecdh.PrivateKey, *types.Transaction, error) {
	key, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		return common.Hash{}, nil, nil, err
	}
	pub := key.PublicKey().Bytes()
	quote, err := w.QuoteFor(w.reports[workload], pub)
	if err != nil {
		return common.Hash{}, nil, nil, err
	}
	tx, err := w.Registry.RegisterInstance(w.Auth(w.Operator), quote, pub, label, ep)
	id := common.Hash(sha256.Sum256(pub))
	if err == nil {
		w.instances = append(w.instances, id)
	}
	return id, key, tx, err
}

// RandomOp sends one random transaction (of any kind that emits an event)
// and returns it; it does not wait for it to be mined.
func (w *World) RandomOp(rng *mrand.Rand) (*types.Transaction, error) {
	admin, writer, op := w.Auth(w.Admin), w.Auth(w.Writer), w.Auth(w.Operator)
	pick := func(n int) int { return rng.IntN(n) }
	switch k := pick(14); {
	case k < 2 || len(w.workloads) == 0:
		_, tx, err := w.AllowNewWorkload(rng)
		return tx, err
	case k == 2:
		return w.Registry.UpdateWorkloadConfig(admin, w.workloads[pick(len(w.workloads))], randHash(rng))
	case k == 3:
		i := pick(len(w.workloads))
		id := w.workloads[i]
		w.workloads = append(w.workloads[:i:i], w.workloads[i+1:]...)
		return w.Registry.RemoveWorkload(admin, id)
	case k == 4 && len(w.backends) < 16:
		uri := fmt.Sprintf("https://mirror-%d.example/configs", rng.Uint32())
		w.backends = append(w.backends, uri)
		return w.Registry.AddStorageBackend(writer, uri)
	case k == 4:
		i := pick(len(w.backends))
		uri := w.backends[i]
		w.backends = append(w.backends[:i:i], w.backends[i+1:]...)
		return w.Registry.RemoveStorageBackend(writer, uri)
	case k == 5:
		w.pkiCount++
		return w.Registry.SetPki(admin, randBytes(rng, 200), append([]byte{4}, randBytes(rng, 64)...), randBytes(rng, rng.IntN(40)))
	case k == 6:
		acct := common.BytesToAddress(randBytes(rng, 20))
		return w.Registry.GrantRoles(admin, acct, big.NewInt(int64(1+pick(3))))
	case k == 7:
		w.labels++
		_, _, tx, err := w.Register(w.workloads[pick(len(w.workloads))], fmt.Sprintf("node-%d", w.labels), randEndpoints(rng))
		return tx, err
	case k == 8 && len(w.instances) > 0:
		return w.Registry.UpdateEndpoints(op, w.instances[pick(len(w.instances))], randEndpoints(rng))
	case k == 9 && len(w.instances) > 0:
		i := pick(len(w.instances))
		id := w.instances[i]
		w.instances = append(w.instances[:i:i], w.instances[i+1:]...)
		return w.Registry.RevokeInstance(op, id)
	case k == 10:
		data := randBytes(rng, 1+rng.IntN(300))
		w.artifacts = append(w.artifacts, data)
		return w.Artifacts.Store(writer, data)
	case k == 11 && len(w.artifacts) > 0:
		i := pick(len(w.artifacts))
		h := sha256.Sum256(w.artifacts[i])
		w.artifacts = append(w.artifacts[:i:i], w.artifacts[i+1:]...)
		return w.Artifacts.Remove(writer, h)
	case k == 12:
		return w.Registry.SetInstanceTtl(admin, uint64(3600+rng.IntN(3600)))
	default:
		return w.Registry.SetTcbPolicy(admin, uint8(1+rng.IntN(3)))
	}
}

func randBytes(rng *mrand.Rand, n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(rng.UintN(256))
	}
	return b
}

func randHash(rng *mrand.Rand) common.Hash { return common.BytesToHash(randBytes(rng, 32)) }

func randEndpoints(rng *mrand.Rand) bindings.IRegistryEndpoints {
	ep := bindings.IRegistryEndpoints{Port: uint16(1 + rng.IntN(65535))}
	for range 1 + rng.IntN(2) {
		ep.Ipv4 = append(ep.Ipv4, [4]byte{10, byte(rng.UintN(256)), byte(rng.UintN(256)), byte(1 + rng.UintN(254))})
	}
	if rng.IntN(2) == 0 {
		var a [16]byte
		copy(a[:], append([]byte{0xfd, 0}, randBytes(rng, 14)...))
		ep.Ipv6 = append(ep.Ipv6, a)
	}
	return ep
}
