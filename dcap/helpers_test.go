package dcap_test

import (
	"context"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/internal/chaintest"
)

// ---------------------------------------------------------------------------
// Real vectors (../shared/testdata/tdx, read in place, never copied).

type vector struct {
	name     string
	quote    []byte
	coll     *collateral.Collateral
	verifyAt time.Time
	status   string // expected.json tcb_status
	fmspc    string
}

func vectorsDir(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the working directory")
		}
		dir = parent
	}
	vectors := filepath.Join(filepath.Dir(dir), "shared", "testdata", "tdx")
	if _, err := os.Stat(vectors); err != nil {
		t.Skipf("real TDX vectors not available (looked for %s): %v", vectors, err)
	}
	return vectors
}

func loadVector(t testing.TB, name string) *vector {
	t.Helper()
	dir := filepath.Join(vectorsDir(t), name)
	q, err := os.ReadFile(filepath.Join(dir, "quote.bin"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := collateral.Load(filepath.Join(dir, "collateral.json"))
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var exp struct {
		VerifyAt  int64  `json:"verify_at"`
		TCBStatus string `json:"tcb_status"`
		FMSPC     string `json:"fmspc"`
	}
	if err := json.Unmarshal(raw, &exp); err != nil {
		t.Fatal(err)
	}
	return &vector{name: name, quote: q, coll: c, verifyAt: time.Unix(exp.VerifyAt, 0), status: exp.TCBStatus, fmspc: exp.FMSPC}
}

func realVectors() []string { return []string{"phala-uptodate", "automata-outofdate"} }

func intelRoot(t testing.TB) *x509.Certificate {
	t.Helper()
	der, err := os.ReadFile(filepath.Join(vectorsDir(t), "intel-sgx-root-ca.der"))
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	return cert
}

// ---------------------------------------------------------------------------
// Dev TEE.

// devEpoch is when deterministic dev authorities are created; VerifyAt runs
// their quotes an hour later.
var devEpoch = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

type devEnv struct {
	a   *devtee.Authority
	p   *devtee.Platform
	now time.Time
}

func newDev(t testing.TB, seed string, now time.Time, cfg *devtee.PlatformConfig) *devEnv {
	t.Helper()
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte(seed)), now)
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.NewPlatform([6]byte{0xb0, 0xc0, 0x6f, 0, 0, 0}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return &devEnv{a: a, p: p, now: a.Created()}
}

func (d *devEnv) root() []byte { return d.a.RootCertificate().Raw }

func (d *devEnv) quote(t testing.TB, reportData [64]byte) []byte {
	t.Helper()
	q, err := d.p.Quote(context.Background(), reportData)
	if err != nil {
		t.Fatal(err)
	}
	return q
}

// collateral is valid from d.now for 30 days.
func (d *devEnv) collateral(t testing.TB, opts *devtee.CollateralOptions) *collateral.Collateral {
	t.Helper()
	return d.collateralAt(t, d.now, opts)
}

func (d *devEnv) collateralAt(t testing.TB, at time.Time, opts *devtee.CollateralOptions) *collateral.Collateral {
	t.Helper()
	c, err := d.a.Collateral(d.p, at, 30*24*time.Hour, opts)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// verifyAt is when VerifyAt judges dev quotes.
func (d *devEnv) verifyAt() time.Time { return d.now.Add(time.Hour) }

// ---------------------------------------------------------------------------
// A simulated chain sealing a block for every transaction.

type chain struct {
	t       testing.TB
	sim     *simulated.Backend
	client  simulated.Client
	backend chaintest.AutoMine
	key     *ecdsa.PrivateKey
	auth    *bind.TransactOpts
	chainID *big.Int
}

func newChain(t testing.TB) *chain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	alloc := types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), dcap.WithOsaka())
	t.Cleanup(func() { _ = sim.Close() })
	client := sim.Client()
	id, err := client.ChainID(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	auth, err := bind.NewKeyedTransactorWithChainID(key, id)
	if err != nil {
		t.Fatal(err)
	}
	return &chain{t: t, sim: sim, client: client, backend: chaintest.AutoMine{Client: client, Sim: sim}, key: key, auth: auth, chainID: id}
}

// deployDCAP deploys the whole system pinning root.
func (c *chain) deployDCAP(root []byte) *deploy.Deployment {
	c.t.Helper()
	d, err := deploy.Deploy(context.Background(), c.backend, c.auth, deploy.Config{RootCA: root})
	if err != nil {
		c.t.Fatalf("deploy: %v", err)
	}
	return d
}

func (c *chain) push(store *deploy.Deployment, coll *collateral.Collateral) []dcap.Upload {
	c.t.Helper()
	ups, err := dcap.PushCollateral(context.Background(), c.backend, c.auth, store.CollateralStore, coll)
	if err != nil {
		c.t.Fatalf("push collateral: %v", err)
	}
	return ups
}

// headTime is the timestamp of the latest block.
func (c *chain) headTime() time.Time {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// ---------------------------------------------------------------------------

// revertName returns the decoded custom error's name in err, or "".
func revertName(err error) string {
	var r *dcap.RevertError
	if errors.As(err, &r) {
		return r.Name
	}
	return ""
}

func stepOf(err error) string {
	var s *dcap.StepError
	if errors.As(err, &s) {
		return s.Step
	}
	return ""
}
