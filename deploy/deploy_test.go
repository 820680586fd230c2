package deploy_test

import (
	"bytes"
	"context"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/test/testbindings"
)

// chain is a simulated Osaka chain with funded accounts.
type chain struct {
	t       *testing.T
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

func newChain(t *testing.T, keys ...*ecdsa.PrivateKey) *chain {
	t.Helper()
	alloc := types.GenesisAlloc{}
	for _, k := range keys {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Lsh(big.NewInt(1), 100)}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { _ = sim.Close() })
	id, err := sim.Client().ChainID(context.Background())
	if err != nil {
		t.Fatalf("chain id: %v", err)
	}
	return &chain{t: t, sim: sim, client: sim.Client(), chainID: id}
}

func (c *chain) auth(k *ecdsa.PrivateKey) *bind.TransactOpts {
	c.t.Helper()
	a, err := bind.NewKeyedTransactorWithChainID(k, c.chainID)
	if err != nil {
		c.t.Fatalf("transactor: %v", err)
	}
	return a
}

// mine commits the block holding tx and requires that it succeeded. It takes
// a binding call's results directly: c.mine(reg.Pause(auth)).
func (c *chain) mine(tx *types.Transaction, err error) *types.Receipt {
	c.t.Helper()
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.sim.Commit()
	rcpt, err := c.client.TransactionReceipt(context.Background(), tx.Hash())
	if err != nil {
		c.t.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction %s reverted", tx.Hash())
	}
	return rcpt
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func filled(n int, b byte) []byte { return bytes.Repeat([]byte{b}, n) }

// TestDeployThroughBindings deploys onto the simulated backend, drives every kind
// of governance change and an instance's lifecycle, and reads all of it back.
func TestDeployThroughBindings(t *testing.T) {
	ctx := context.Background()
	admin, operator, writer, stranger := mustKey(t), mustKey(t), mustKey(t), mustKey(t)
	c := newChain(t, admin, operator, writer, stranger)

	mockAddr, tx, mock, err := testbindings.DeployMockQuoteVerifier(c.auth(admin), c.client)
	c.mine(tx, err)

	done := make(chan struct{})
	go func() { // Deploy waits for receipts; the simulated chain mines on Commit.
		for {
			select {
			case <-done:
				return
			case <-time.After(20 * time.Millisecond):
				c.sim.Commit()
			}
		}
	}()
	d, err := deploy.Deploy(ctx, c.client, c.auth(admin), deploy.Config{QuoteVerifier: mockAddr, InstanceTTL: time.Hour})
	close(done)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	reg, err := bindings.NewRegistry(d.Registry, c.client)
	if err != nil {
		t.Fatal(err)
	}
	store, err := bindings.NewArtifactStore(d.ArtifactStore, c.client)
	if err != nil {
		t.Fatal(err)
	}
	call := &bind.CallOpts{Context: ctx}

	// Wiring.
	if got, _ := store.Registry(call); got != d.Registry {
		t.Fatalf("artifact store bound to %s, want %s", got, d.Registry)
	}
	if got, _ := reg.Owner(call); got != crypto.PubkeyToAddress(admin.PublicKey) {
		t.Fatalf("owner %s, want admin", got)
	}
	if got, _ := reg.InstanceTtl(call); got != 3600 {
		t.Fatalf("ttl %d, want 3600", got)
	}
	if got, _ := reg.AcceptedTcbStatuses(call); got != 3 {
		t.Fatalf("tcb policy %b, want UpToDate|SWHardeningNeeded", got)
	}
	if got, _ := reg.QuoteVerifier(call); got != mockAddr {
		t.Fatalf("verifier %s, want %s", got, mockAddr)
	}

	// Roles.
	opRole, _ := reg.OPERATORROLE(call)
	writerRole, _ := reg.METADATAWRITERROLE(call)
	opAddr := crypto.PubkeyToAddress(operator.PublicKey)
	c.mine(reg.GrantRoles(c.auth(admin), opAddr, opRole))
	c.mine(reg.GrantRoles(c.auth(admin), crypto.PubkeyToAddress(writer.PublicKey), writerRole))
	if ok, _ := reg.HasAnyRole(call, opAddr, opRole); !ok {
		t.Fatal("operator role not granted")
	}

	// Non-admins cannot govern: the call reverts before it is sent.
	if _, err := reg.AllowWorkload(c.auth(stranger), [32]byte{1}, [32]byte{2}); err == nil {
		t.Fatal("a stranger allowlisted a workload")
	}
	if _, err := reg.AllowWorkload(c.auth(operator), [32]byte{1}, [32]byte{2}); err == nil {
		t.Fatal("an operator allowlisted a workload")
	}

	// Storage backends by the metadata writer, PKI by the admin, an artifact.
	c.mine(reg.AddStorageBackend(c.auth(writer), "onchain://artifacts"))
	c.mine(reg.AddStorageBackend(c.auth(writer), "https://configs.example/teereg"))
	backends, err := reg.StorageBackends(call)
	if err != nil || len(backends) != 2 || backends[0] != "onchain://artifacts" {
		t.Fatalf("backends = %q, %v", backends, err)
	}
	caCert, secretsKey := filled(700, 0x30), filled(32, 0x11)
	c.mine(reg.SetPki(c.auth(admin), caCert, secretsKey, nil))
	pki, err := reg.Pki(call)
	if err != nil || pki.Version != 1 || !bytes.Equal(pki.CaCertificate, caCert) || !bytes.Equal(pki.SecretsPublicKey, secretsKey) {
		t.Fatalf("pki = %+v, %v", pki, err)
	}
	config := []byte(`{"service":"demo"}`)
	configHash := sha256.Sum256(config)
	c.mine(store.Store(c.auth(writer), config))
	if got, err := store.Get(call, configHash); err != nil || !bytes.Equal(got, config) {
		t.Fatalf("artifact = %q, %v", got, err)
	}

	// A workload and an instance of it.
	report := testbindings.IQuoteVerifierTdReport{
		MrTd: filled(48, 0xa0), RtMr0: filled(48, 0xa1), RtMr1: filled(48, 0xa2), RtMr2: filled(48, 0xa3),
		RtMr3: filled(48, 0xa4), MrConfigId: filled(48, 0xa5), MrOwner: filled(48, 0), MrOwnerConfig: filled(48, 0),
		Xfam: [8]byte{0xe7, 0x02, 0x06}, TdAttributes: [8]byte{0, 0, 0, 0x10},
	}
	wantWorkload := crypto.Keccak256Hash(report.MrTd, report.RtMr0, report.RtMr1, report.RtMr2, report.RtMr3,
		report.MrConfigId, report.Xfam[:], report.TdAttributes[:])
	gotWorkload, err := reg.WorkloadIdOf(call, bindings.IQuoteVerifierTdReport(report))
	if err != nil || gotWorkload != wantWorkload {
		t.Fatalf("workloadIdOf = %x, %v; want %x", gotWorkload, err, wantWorkload)
	}
	c.mine(reg.AllowWorkload(c.auth(admin), wantWorkload, configHash))

	instKey, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pubkey := instKey.PublicKey().Bytes() // uncompressed, 0x04 ‖ X ‖ Y
	report.ReportData, err = reg.ReportDataFor(call, pubkey, opAddr)
	if err != nil {
		t.Fatal(err)
	}
	if pubHash := sha256.Sum256(pubkey); !bytes.Equal(report.ReportData[:32], pubHash[:]) {
		t.Fatal("reportData[0:32] is not sha256(pubkey)")
	}
	quote, err := mock.Encode(call, testbindings.IQuoteVerifierVerdict{Valid: true, Report: report})
	if err != nil {
		t.Fatal(err)
	}
	endpoints := bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, 7}}, Port: 8443}
	rcpt := c.mine(reg.RegisterInstance(c.auth(operator), quote, pubkey, "node-1", endpoints))

	id := sha256.Sum256(pubkey)
	inst, err := reg.Instance(call, id)
	if err != nil {
		t.Fatal(err)
	}
	if inst.Status != 1 || inst.Operator != opAddr || inst.WorkloadId != wantWorkload || inst.Label != "node-1" ||
		!bytes.Equal(inst.Pubkey, pubkey) || inst.Endpoints.Port != 8443 || inst.ExpiresAt != inst.RegisteredAt+3600 ||
		inst.QuoteHash != crypto.Keccak256Hash(quote) {
		t.Fatalf("instance record = %+v", inst)
	}
	if holder, _ := reg.InstanceIdByLabel(call, "node-1"); holder != id {
		t.Fatalf("label holder %x, want %x", holder, id)
	}
	// The event carries the same record the view returns: an indexer needs nothing else.
	var ev *bindings.RegistryInstanceRegistered
	for _, l := range rcpt.Logs {
		if e, err := reg.ParseInstanceRegistered(*l); err == nil {
			ev = e
		}
	}
	if ev == nil {
		t.Fatal("no InstanceRegistered event")
	}
	if ev.InstanceId != id || ev.Operator != opAddr || ev.Record.Label != inst.Label || ev.Record.ExpiresAt != inst.ExpiresAt ||
		!bytes.Equal(ev.Record.Pubkey, pubkey) || ev.Record.Endpoints.Ipv4[0] != [4]byte{10, 0, 0, 7} {
		t.Fatalf("event record %+v differs from view %+v", ev.Record, inst)
	}

	// The same quote through another operator is bound to the wrong operator.
	c.mine(reg.GrantRoles(c.auth(admin), crypto.PubkeyToAddress(stranger.PublicKey), opRole))
	if _, err := reg.RegisterInstance(c.auth(stranger), quote, pubkey, "node-2", endpoints); err == nil {
		t.Fatal("a quote bound to one operator registered through another")
	}

	// Past its TTL the instance is inactive, and anyone may mark it expired.
	if err := c.sim.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	c.sim.Commit()
	if active, _ := reg.IsActive(call, id); active {
		t.Fatal("instance active past its TTL")
	}
	c.mine(reg.ExpireInstance(c.auth(stranger), id))
	if inst, _ := reg.Instance(call, id); inst.Status != 3 {
		t.Fatalf("status %d after expiry, want 3 (Expired)", inst.Status)
	}
	if holder, _ := reg.InstanceIdByLabel(call, "node-1"); holder != ([32]byte{}) {
		t.Fatal("expired instance still holds its label")
	}
}

// TestDeployWithDCAPVerifier deploys the system with the on-chain DCAP
// verifier pinning a dev TEE root, checks the wiring, pushes the dev
// collateral and registers an instance whose dev TEE quote binds its key,
// the chain, the registry and the operator.
func TestDeployWithDCAPVerifier(t *testing.T) {
	ctx := context.Background()
	admin, operator := mustKey(t), mustKey(t)
	c := newChain(t, admin, operator)
	backend := chaintest.AutoMine{Client: c.client, Sim: c.sim}
	authority, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("deploy test")), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	platform, err := authority.NewPlatform([6]byte{0xb0, 0xc0, 0x6f}, nil)
	if err != nil {
		t.Fatal(err)
	}
	root := authority.RootCertificate().Raw

	// Misconfigurations are refused before anything is sent.
	if _, err := deploy.Deploy(ctx, backend, c.auth(admin), deploy.Config{RootCA: root, QuoteVerifier: common.HexToAddress("0x01")}); err == nil {
		t.Fatal("deployed with both a verifier and a root CA")
	}
	if _, err := deploy.Deploy(ctx, backend, c.auth(admin), deploy.Config{RootCA: []byte("not DER")}); err == nil || !strings.Contains(err.Error(), "root CA certificate") {
		t.Fatalf("garbage root: %v", err)
	}
	// A certificate that is no self-signed CA: the store's constructor says so.
	_, err = deploy.Deploy(ctx, backend, c.auth(admin), deploy.Config{RootCA: platform.PCKCertificate().Raw})
	if err == nil || !strings.Contains(err.Error(), "DcapCollateralStore") || !strings.Contains(err.Error(), "RootCertificateInvalid()") {
		t.Fatalf("leaf as root: %v", err)
	}

	d, err := deploy.Deploy(ctx, backend, c.auth(admin), deploy.Config{RootCA: root, InstanceTTL: time.Hour})
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	call := &bind.CallOpts{Context: ctx}
	for name, a := range map[string]common.Address{"registry": d.Registry, "artifacts": d.ArtifactStore, "verifier": d.QuoteVerifier,
		"store": d.CollateralStore, "chain": d.PckChainVerifier, "parser": d.CollateralParser} {
		if code, err := c.client.CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("no code for %s at %s: %v", name, a, err)
		}
	}
	reg, _ := bindings.NewRegistry(d.Registry, c.client)
	verifier, _ := bindings.NewDcapQuoteVerifier(d.QuoteVerifier, c.client)
	chainVerifier, _ := bindings.NewDcapPckChainVerifier(d.PckChainVerifier, c.client)
	store, _ := bindings.NewDcapCollateralStore(d.CollateralStore, c.client)
	check := func(what string, got common.Address, err error, want common.Address) {
		t.Helper()
		if err != nil || got != want {
			t.Fatalf("%s = %s (%v), want %s", what, got, err, want)
		}
	}
	got, err := reg.QuoteVerifier(call)
	check("registry.quoteVerifier", got, err, d.QuoteVerifier)
	got, err = verifier.Store(call)
	check("verifier.store", got, err, d.CollateralStore)
	got, err = verifier.PckChain(call)
	check("verifier.pckChain", got, err, d.PckChainVerifier)
	got, err = chainVerifier.Store(call)
	check("pckChain.store", got, err, d.CollateralStore)
	got, err = store.Parser(call)
	check("store.parser", got, err, d.CollateralParser)
	if h, err := store.ROOTCAHASH(call); err != nil || h != sha256.Sum256(root) {
		t.Fatalf("store pins %x, want sha256 of the dev root", h)
	}
	parserTx, _ := c.client.BlockByNumber(ctx, new(big.Int).SetUint64(d.Block))
	if parserTx == nil || len(parserTx.Transactions()) == 0 || parserTx.Transactions()[0].To() != nil {
		t.Fatalf("block %d does not hold the first deployment", d.Block)
	}
	blob, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"registry"`, `"artifactStore"`, `"quoteVerifier"`, `"collateralStore"`, `"pckChainVerifier"`, `"collateralParser"`, `"block"`} {
		if !bytes.Contains(blob, []byte(key)) {
			t.Fatalf("deployment JSON %s lacks %s", blob, key)
		}
	}
	if blob, _ := json.Marshal(deploy.Deployment{}); bytes.Contains(blob, []byte("collateralStore")) || bytes.Contains(blob, []byte("quoteVerifier")) {
		t.Fatalf("zero DCAP addresses in the JSON of a deployment without them: %s", blob)
	}

	// Collateral, operator, workload, then a registration through the real verifier.
	coll, err := authority.Collateral(platform, authority.Created(), 30*24*time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dcap.PushCollateral(ctx, backend, c.auth(admin), d.CollateralStore, coll); err != nil {
		t.Fatalf("push collateral: %v", err)
	}
	opRole, _ := reg.OPERATORROLE(call)
	opAddr := crypto.PubkeyToAddress(operator.PublicKey)
	c.mine(reg.GrantRoles(c.auth(admin), opAddr, opRole))

	instKey, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pubkey := instKey.PublicKey().Bytes()
	reportData, err := reg.ReportDataFor(call, pubkey, opAddr)
	if err != nil {
		t.Fatal(err)
	}
	quote, err := platform.Quote(ctx, [64]byte(reportData))
	if err != nil {
		t.Fatal(err)
	}
	verdict, err := dcap.CallVerifyQuote(ctx, c.client, d.QuoteVerifier, quote, nil)
	if err != nil || !verdict.Valid {
		t.Fatalf("verify: %v %+v", err, verdict)
	}
	c.mine(reg.AllowWorkload(c.auth(admin), verdict.WorkloadID, sha256.Sum256([]byte("config"))))
	endpoints := bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, 9}}, Port: 443}
	// Through another operator the binding does not hold.
	if _, err := reg.RegisterInstance(c.auth(admin), quote, pubkey, "dev-1", endpoints); err == nil {
		t.Fatal("a non-operator registered")
	}
	rcpt := c.mine(reg.RegisterInstance(c.auth(operator), quote, pubkey, "dev-1", endpoints))
	inst, err := reg.Instance(call, sha256.Sum256(pubkey))
	if err != nil || inst.Status != 1 || inst.WorkloadId != verdict.WorkloadID || inst.TcbStatus != 0 || inst.Label != "dev-1" {
		t.Fatalf("instance %+v, %v", inst, err)
	}
	t.Logf("registerInstance with the DCAP verifier: gas %d", rcpt.GasUsed)

	// A quote for another key is rejected by the registry's binding check.
	other := [64]byte(reportData)
	other[0] ^= 1
	bad, err := platform.Quote(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	_, err = reg.RegisterInstance(c.auth(operator), bad, pubkey, "dev-2", endpoints)
	if err == nil || !strings.Contains(dcap.ExplainError(err).Error(), "ReportDataMismatch()") {
		t.Fatalf("mismatched report data: %v", err)
	}
}
