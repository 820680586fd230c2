// Package agent is what runs inside an instance: it makes the instance's
// key, gets a TDX quote binding it (hardware through go-tdx-guest, or the
// dev TEE), registers through its operator, provisions its configuration
// and TLS certificate from the registry, writes them to disk, finds its
// peers through DNS, and re-attests before its record expires.
package agent

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/attest"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/registry"
)

// Backend is the chain connection registration needs.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Config configures an Agent.
type Config struct {
	// DataDir holds the instance key, the TLS key and what provisioning
	// writes (config, cert.pem, ca.pem, peers.json).
	DataDir string
	// Quoter produces the quote (attest/tdxguest on TDX, attest/devtee elsewhere).
	Quoter attest.Quoter
	// Label and Endpoints are what the instance registers under.
	Label     string
	Endpoints bindings.IRegistryEndpoints
	// Chain, Registry and Operator send the registration: the operator's
	// key signs registerInstance (the quote binds the operator's address).
	Chain    Backend
	ChainID  *big.Int
	Registry common.Address
	Operator *ecdsa.PrivateKey
	// RegistryURL is the provisioning service.
	RegistryURL string
	// DNS finds peers: Server (host:port) answers for Zone, Service is the
	// SRV service name (_<service>._tcp.<zone>).
	DNSServer, Zone, Service string
	// RenewAt is the fraction of the record's lifetime after which the
	// agent re-attests (default 0.5).
	RenewAt float64
	// ProvisionTimeout bounds the retries of a provisioning refused for a
	// temporary reason, such as the registry's view lagging the chain (default 30 s).
	ProvisionTimeout time.Duration
}

// Agent is one instance's agent.
type Agent struct {
	cfg    Config
	log    *slog.Logger
	key    *ecdsa.PrivateKey // the attested key
	tlsKey *ecdsa.PrivateKey
	reg    *bindings.Registry
}

// New loads or creates the instance's keys in cfg.DataDir.
func New(cfg Config, log *slog.Logger) (*Agent, error) {
	if cfg.RenewAt <= 0 || cfg.RenewAt >= 1 {
		cfg.RenewAt = 0.5
	}
	if cfg.ProvisionTimeout <= 0 {
		cfg.ProvisionTimeout = 30 * time.Second
	}
	if cfg.Quoter == nil || cfg.Chain == nil || cfg.Operator == nil || cfg.RegistryURL == "" {
		return nil, errors.New("agent: a quoter, a chain connection, an operator key and the registry URL are required")
	}
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return nil, fmt.Errorf("agent: data directory: %w", err)
	}
	key, err := loadOrCreateKey(filepath.Join(cfg.DataDir, "instance-key.pem"))
	if err != nil {
		return nil, err
	}
	tlsKey, err := loadOrCreateKey(filepath.Join(cfg.DataDir, "tls-key.pem"))
	if err != nil {
		return nil, err
	}
	reg, err := bindings.NewRegistry(cfg.Registry, cfg.Chain)
	if err != nil {
		return nil, fmt.Errorf("agent: registry binding: %w", err)
	}
	return &Agent{cfg: cfg, log: log, key: key, tlsKey: tlsKey, reg: reg}, nil
}

// PublicKey is the attested key: the uncompressed P-256 point.
func (a *Agent) PublicKey() []byte {
	pub, err := a.key.PublicKey.ECDH()
	if err != nil {
		panic(err) // a P-256 key always converts
	}
	return pub.Bytes()
}

// InstanceID is sha256 of the attested key.
func (a *Agent) InstanceID() common.Hash { return sha256.Sum256(a.PublicKey()) }

// Register gets a quote binding the key to this chain, registry and
// operator, and registers (or renews) the instance. It returns the receipt.
func (a *Agent) Register(ctx context.Context) (*types.Receipt, error) {
	operator := crypto.PubkeyToAddress(a.cfg.Operator.PublicKey)
	pub := a.PublicKey()
	rd, err := a.reg.ReportDataFor(&bind.CallOpts{Context: ctx}, pub, operator)
	if err != nil {
		return nil, fmt.Errorf("agent: reportDataFor: %w", err)
	}
	if len(rd) != 64 {
		return nil, fmt.Errorf("agent: reportDataFor returned %d bytes, want 64", len(rd))
	}
	quote, err := a.cfg.Quoter.Quote(ctx, [64]byte(rd))
	if err != nil {
		return nil, fmt.Errorf("agent: get a quote: %w", err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(a.cfg.Operator, a.cfg.ChainID)
	if err != nil {
		return nil, err
	}
	auth.Context = ctx
	tx, err := a.reg.RegisterInstance(auth, quote, pub, a.cfg.Label, a.cfg.Endpoints)
	if err != nil {
		return nil, fmt.Errorf("agent: registerInstance: %w", DecodeRevert(err))
	}
	rcpt, err := WaitMined(ctx, a.cfg.Chain, tx)
	if err != nil {
		return nil, fmt.Errorf("agent: wait for registration %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("agent: registration %s reverted", tx.Hash())
	}
	a.log.Info("registered on chain", "instance", a.InstanceID(), "label", a.cfg.Label, "block", rcpt.BlockNumber, "tx", tx.Hash())
	return rcpt, nil
}

// Provision asks the registry for the configuration and a certificate for
// the TLS key, retrying refusals the registry marks temporary (and an
// instance it does not know yet: its view may trail the registration by a
// block), and writes them to DataDir.
func (a *Agent) Provision(ctx context.Context) (*registry.Provisioned, error) {
	deadline := time.Now().Add(a.cfg.ProvisionTimeout)
	for backoff := 50 * time.Millisecond; ; backoff = min(backoff*2, 2*time.Second) {
		p, err := a.ProvisionOnce(ctx)
		if err == nil {
			return p, nil
		}
		var refused *registry.RefusedError
		retry := errors.As(err, &refused) && (refused.Temporary() || refused.Code == registry.CodeUnknownInstance)
		if !retry || time.Now().After(deadline) {
			return nil, fmt.Errorf("agent: provision: %w", err)
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(backoff):
		}
	}
}

// ProvisionOnce makes one provisioning request (no retries) and writes the
// answer to DataDir.
func (a *Agent) ProvisionOnce(ctx context.Context) (*registry.Provisioned, error) {
	csr, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{Subject: pkix.Name{CommonName: a.cfg.Label}}, a.tlsKey)
	if err != nil {
		return nil, fmt.Errorf("agent: CSR: %w", err)
	}
	p, err := (&registry.Client{BaseURL: a.cfg.RegistryURL}).Provision(ctx, a.key, csr)
	if err != nil {
		return nil, err
	}
	if err := a.write(p); err != nil {
		return nil, err
	}
	a.log.Info("provisioned", "dns_name", p.DNSName, "config_bytes", len(p.Config), "certificate_expires", p.Leaf.NotAfter.UTC().Format(time.RFC3339))
	return p, nil
}

func (a *Agent) write(p *registry.Provisioned) error {
	caPEM := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: p.CA.Raw})
	for name, data := range map[string][]byte{"config": p.Config, "cert.pem": []byte(p.Certificate), "ca.pem": caPEM} {
		if err := writeFileAtomic(filepath.Join(a.cfg.DataDir, name), data, 0o600); err != nil {
			return fmt.Errorf("agent: write %s: %w", name, err)
		}
	}
	return nil
}

// Run registers, provisions, resolves peers, and re-attests each time
// RenewAt of the record's lifetime has passed, until ctx ends. A failed
// round (the chain, the registry or DNS unreachable, a refusal) is logged
// and retried with backoff: the agent keeps trying to stay registered.
func (a *Agent) Run(ctx context.Context) error {
	backoff := time.Second
	for {
		wait, err := a.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			a.log.Error("attestation round failed; retrying", "in", backoff, "err", err)
			wait, backoff = backoff, min(2*backoff, time.Minute)
		} else {
			backoff = time.Second
			a.log.Info("will re-attest", "in", wait.Round(time.Second))
		}
		select {
		case <-ctx.Done():
			return nil
		case <-time.After(wait):
		}
	}
}

// round is one attestation: register, provision, resolve peers. It returns
// how long to wait before the next one.
func (a *Agent) round(ctx context.Context) (time.Duration, error) {
	if _, err := a.Register(ctx); err != nil {
		return 0, err
	}
	p, err := a.Provision(ctx)
	if err != nil {
		return 0, err
	}
	if a.cfg.DNSServer != "" {
		peers, err := a.Peers(ctx)
		if err != nil {
			a.log.Warn("peer discovery failed", "err", err)
		} else {
			a.log.Info("peers", "count", len(peers))
		}
	}
	lifetime := time.Until(time.Unix(int64(p.ExpiresAt), 0))
	return time.Duration(float64(lifetime) * a.cfg.RenewAt), nil
}

func loadOrCreateKey(path string) (*ecdsa.PrivateKey, error) {
	blob, err := os.ReadFile(path)
	if err == nil {
		block, _ := pem.Decode(blob)
		if block == nil || block.Type != "PRIVATE KEY" {
			return nil, fmt.Errorf("agent: %s is not a PEM private key", path)
		}
		k, err := x509.ParsePKCS8PrivateKey(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("agent: parse %s: %w", path, err)
		}
		ek, ok := k.(*ecdsa.PrivateKey)
		if !ok || ek.Curve != elliptic.P256() {
			return nil, fmt.Errorf("agent: %s is not a P-256 key", path)
		}
		return ek, nil
	}
	if !errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("agent: read %s: %w", path, err)
	}
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		return nil, err
	}
	if err := writeFileAtomic(path, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600); err != nil {
		return nil, fmt.Errorf("agent: write %s: %w", path, err)
	}
	return k, nil
}

func writeFileAtomic(path string, data []byte, mode os.FileMode) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil { // a crash must not leave an empty key behind the rename
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// MineTimeout bounds the wait for a transaction to be mined.
const MineTimeout = 5 * time.Minute

// Label is the instance's DNS label.
func (a *Agent) Label() string { return a.cfg.Label }

// WaitMined waits for a transaction's receipt, polling every 20 ms
// (bind.WaitMined polls every second), for at most MineTimeout.
func WaitMined(ctx context.Context, b bind.DeployBackend, tx *types.Transaction) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, MineTimeout)
	defer cancel()
	for {
		r, err := b.TransactionReceipt(ctx, tx.Hash())
		if err == nil && r != nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for transaction %s: %w", tx.Hash(), ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}
