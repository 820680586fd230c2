package registry

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/indexer"
	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/internal/pgtest"
	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

// world is the contracts on a simulated chain, followed by the real indexer
// into a fresh database.
type world struct {
	t         *testing.T
	sim       *simulated.Backend
	w         *chaintest.World
	pool      *pgxpool.Pool
	custodian *ecdsa.PrivateKey
	rng       *mrand.Rand
	services  []*Service
}

func newWorld(t *testing.T) *world {
	t.Helper()
	c := chaintest.NewSimulated(t, 1)
	sim, w := c.Sim, c.World
	db := pgtest.New(t)
	raw := c.RPC
	ix, err := indexer.New(indexer.Config{Contracts: indexer.Contracts{Registry: w.Deployment.Registry, ArtifactStore: w.Deployment.ArtifactStore},
		Confirmations: 0, PollInterval: 10 * time.Millisecond}, db.Pool, raw, testLog(t), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- ix.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("indexer: %v", err)
		}
	})
	wd := &world{t: t, sim: sim, w: w, pool: db.Pool, custodian: c.Extra[0], rng: mrand.New(mrand.NewPCG(1, 2))}
	wd.synced()
	return wd
}

func (wd *world) mine(tx *types.Transaction, err error) {
	wd.t.Helper()
	if err := wd.w.Mine(wd.t.Context())(tx, err); err != nil {
		wd.t.Fatal(err)
	}
}

// synced waits until the indexer has committed the head block, and every
// service's snapshot holds it.
func (wd *world) synced() {
	wd.t.Helper()
	head, err := wd.sim.Client().HeaderByNumber(wd.t.Context(), nil)
	if err != nil {
		wd.t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		var got []byte
		if err := wd.pool.QueryRow(wd.t.Context(), `SELECT block_hash FROM cursor`).Scan(&got); err == nil && common.BytesToHash(got) == head.Hash() {
			all := true
			for _, s := range wd.services {
				all = all && s.Snapshot.Block() == head.Number.Uint64()
			}
			if all {
				return
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	wd.t.Fatalf("indexer did not reach block %d", head.Number)
}

// publish stores the secret and the configuration naming it as artifacts,
// lists onchain://artifacts as the only backend, publishes pki and
// allowlists a workload with that configuration. It returns the workload,
// the template and what it renders to.
func (wd *world) publish(pki kms.PKI, secret string) (common.Hash, []byte, []byte) {
	wd.t.Helper()
	w := wd.w
	writer, admin := w.Auth(w.Writer), w.Auth(w.Admin)
	wd.mine(w.Registry.SetPki(admin, pki.CACertificate, pki.SecretsPublicKey, nil))
	env, err := kms.EncryptSecret(pki.SecretsPublicKey, []byte(secret))
	if err != nil {
		wd.t.Fatal(err)
	}
	wd.mine(w.Artifacts.Store(writer, env))
	tmpl := []byte(fmt.Sprintf("token: {{ secret %q | json }}\n", kms.SecretID(env)))
	rendered := []byte(fmt.Sprintf("token: %q\n", secret))
	wd.mine(w.Artifacts.Store(writer, tmpl))
	wd.mine(w.Registry.AddStorageBackend(writer, storage.OnchainURI))
	workload, tx, err := w.AllowNewWorkload(wd.rng)
	wd.mine(tx, err)
	wd.mine(w.Registry.UpdateWorkloadConfig(admin, workload, sha256.Sum256(tmpl)))
	return workload, tmpl, rendered
}

// register registers an instance of workload and returns its key as ECDSA.
func (wd *world) register(workload common.Hash, label string) (*ecdsa.PrivateKey, common.Hash) {
	wd.t.Helper()
	id, key, tx, err := wd.w.Register(workload, label, bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, 1}}, Port: 443})
	wd.mine(tx, err)
	return ecdsaKey(wd.t, key), id
}

func ecdsaKey(t testing.TB, k *ecdh.PrivateKey) *ecdsa.PrivateKey {
	key, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), k.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func (wd *world) service(cfg ServiceConfig) (*Service, *httptest.Server, *lockedBuffer) {
	wd.t.Helper()
	audit := &lockedBuffer{}
	cfg.Database, cfg.Client, cfg.Audit, cfg.Log, cfg.Zone = wd.pool, wd.sim.Client().(ServiceClient), audit, testLog(wd.t), zone
	cfg.Registerer = prometheus.NewRegistry()
	cfg.PollInterval = time.Hour // NOTIFY only
	svc, err := NewService(wd.t.Context(), cfg)
	if err != nil {
		wd.t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	wd.t.Cleanup(cancel)
	go svc.Run(ctx)
	srv := httptest.NewServer(svc.Server.Handler())
	wd.t.Cleanup(srv.Close)
	wd.services = append(wd.services, svc)
	return svc, srv, audit
}

// TestEndToEnd: contracts on a simulated chain, the real indexer, the
// registry in file mode with the configuration and the secret stored on
// chain (onchain:// backend): register → provisioned; confirmation on chain
// when the database is stale; revoke → refused.
func TestEndToEnd(t *testing.T) {
	wd := newWorld(t)
	keyFile := filepath.Join(t.TempDir(), "kms.pem")
	svc, srv, audit := wd.service(ServiceConfig{KMSKeyFile: keyFile, Confirmations: 0, MaxChainLag: time.Hour})
	if !svc.KeysCreated {
		t.Fatal("no keys created")
	}
	in := newInstanceKeys(t, "x") // only for its CSR
	workload, _, rendered := wd.publish(svc.KMS.PKI(), "e2e-secret-hunter2")
	key, id := wd.register(workload, "alpha")
	wd.synced()

	p, err := Provision(t.Context(), srv.URL, key, in.csr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Config, rendered) || p.InstanceID != id || p.WorkloadID != workload || p.DNSName != "alpha."+zone {
		t.Fatalf("provisioned %+v (config %q)", p.Provisioning, p.Config)
	}
	if a := audit.lines(t)[0]; a["configFrom"] != storage.OnchainURI {
		t.Errorf("audit %v", a)
	}

	// A registry whose clock runs 4 minutes ahead finds the database stale
	// and confirms on chain (the simulated chain, read at head − 0).
	_, srv2, audit2 := wd.service(ServiceConfig{KMSKeyFile: keyFile, Confirmations: 0, MaxChainLag: 30 * time.Second,
		Now: func() time.Time { return time.Now().Add(4 * time.Minute) }})
	if _, err := Provision(t.Context(), srv2.URL, key, in.csr); err != nil {
		t.Fatal(err)
	}
	if a := audit2.lines(t)[0]; a["source"] != "database+chain" {
		t.Errorf("stale database: source %v", a["source"])
	}

	// Revoked on chain, indexed: refused.
	wd.mine(wd.w.Registry.RevokeInstance(wd.w.Auth(wd.w.Operator), id))
	wd.synced()
	var re *RefusedError
	if _, err := Provision(t.Context(), srv.URL, key, in.csr); !errors.As(err, &re) || re.Code != CodeRevoked {
		t.Fatalf("after revocation: %v", err)
	}
}

// TestEndToEndSealed: the registry boots a sealed Shamir-mode KMS, refuses
// with kms_sealed, the custodians (KMS_CUSTODIAN_ROLE on chain) unseal it
// through the admin endpoints, and provisioning works.
func TestEndToEndSealed(t *testing.T) {
	wd := newWorld(t)
	other := chaintest.Keys(1)[0]
	split, err := kms.Split(1, []*ecdsa.PublicKey{&wd.custodian.PublicKey}, kms.CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	workload, _, rendered := wd.publish(split.Manifest.PKI(), "sealed-secret")
	wd.mine(wd.w.Registry.GrantRoles(wd.w.Auth(wd.w.Admin), crypto.PubkeyToAddress(wd.custodian.PublicKey), big.NewInt(4)))
	key, _ := wd.register(workload, "alpha")
	wd.synced()
	manifest, err := split.Manifest.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	mpath := filepath.Join(t.TempDir(), "manifest.json")
	if err := os.WriteFile(mpath, manifest, 0o644); err != nil {
		t.Fatal(err)
	}
	svc, srv, _ := wd.service(ServiceConfig{KMSManifest: mpath, Confirmations: 0, MaxChainLag: time.Hour})
	admin := httptest.NewServer(svc.AdminHandler(nil))
	defer admin.Close()
	in := newInstanceKeys(t, "x")
	var re *RefusedError
	if _, err := Provision(t.Context(), srv.URL, key, in.csr); !errors.As(err, &re) || re.Code != CodeKMSSealed || re.StatusCode != 503 {
		t.Fatalf("sealed: %v", err)
	}
	if resp, err := http.Get(admin.URL + "/healthz"); err != nil || resp.StatusCode != 503 {
		t.Fatalf("healthz while sealed: %v %v", resp, err)
	}

	share, err := kms.DecryptShare(wd.custodian, split.Shares[0].Ciphertext)
	if err != nil {
		t.Fatal(err)
	}
	domain := kms.Domain{ChainID: svc.Deployment.ChainID, Registry: svc.Deployment.Registry}
	submit := func(k *ecdsa.PrivateKey) int {
		var st kms.Status
		resp, err := http.Get(admin.URL + "/v1/kms/status")
		if err != nil {
			t.Fatal(err)
		}
		json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		sub, err := kms.SignSubmission(k, domain, *st.Nonce, share)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := json.Marshal(sub)
		resp, err = http.Post(admin.URL+"/v1/kms/unseal", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := submit(other); code != http.StatusForbidden {
		t.Fatalf("share from a non-custodian: %d", code)
	}
	if code := submit(wd.custodian); code != http.StatusOK {
		t.Fatalf("custodian's share: %d", code)
	}
	p, err := Provision(t.Context(), srv.URL, key, in.csr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Config, rendered) || !bytes.Equal(p.CA.Raw, split.Manifest.PKI().CACertificate) {
		t.Errorf("config %q", p.Config)
	}
}

// TestServiceChecks: the service refuses to start against a database that
// follows another deployment, or with both or neither KMS bootstrap.
func TestServiceChecks(t *testing.T) {
	wd := newWorld(t)
	base := ServiceConfig{Database: wd.pool, Client: wd.sim.Client().(ServiceClient), Audit: &lockedBuffer{}, Zone: zone,
		KMSKeyFile: filepath.Join(t.TempDir(), "k.pem")}
	for name, tc := range map[string]struct {
		mod  func(*ServiceConfig)
		want string
	}{
		"other registry":   {func(c *ServiceConfig) { c.Registry = common.HexToAddress("0x1") }, "follows Registry"},
		"other store":      {func(c *ServiceConfig) { c.ArtifactStore = common.HexToAddress("0x1") }, "follows ArtifactStore"},
		"other chain":      {func(c *ServiceConfig) { c.ChainID = 5 }, "follows chain"},
		"two bootstraps":   {func(c *ServiceConfig) { c.KMSManifest = "m.json" }, "exactly one KMS bootstrap"},
		"no bootstrap":     {func(c *ServiceConfig) { c.KMSKeyFile = "" }, "exactly one KMS bootstrap"},
		"no audit":         {func(c *ServiceConfig) { c.Audit = nil }, "no audit"},
		"bad zone":         {func(c *ServiceConfig) { c.Zone = "bad..zone" }, "not a DNS label"},
		"missing manifest": {func(c *ServiceConfig) { c.KMSKeyFile, c.KMSManifest = "", "/nonexistent/m.json" }, "KMS manifest"},
	} {
		cfg := base
		tc.mod(&cfg)
		if _, err := NewService(t.Context(), cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", name, err, tc.want)
		}
	}
}
