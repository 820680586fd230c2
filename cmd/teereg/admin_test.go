package main

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"math/big"
	mrand "math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/internal/foundry"
)

// runAdmin runs args against an app holding the admin, workload and status
// commands (main.go wires them into the real one). It returns stdout.
func runAdmin(t *testing.T, args ...string) (string, error) {
	t.Helper()
	return runAdminIn(t, "", args...)
}

// runAdminIn is runAdmin with stdin as standard input.
func runAdminIn(t *testing.T, stdin string, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{adminCommand(), workloadCommand(), statusCommand()},
		Writer: &stdout, ErrWriter: &stderr, Reader: strings.NewReader(stdin), ExitErrHandler: func(*cli.Context, error) {}}
	err := app.RunContext(t.Context(), append([]string{"teereg"}, args...))
	return stdout.String(), err
}

// isolateEnv removes every TEEREG_* variable for the test, so the caller's
// environment cannot choose a key or a deployment.
func isolateEnv(t *testing.T) {
	t.Helper()
	for _, kv := range os.Environ() {
		if k, _, _ := strings.Cut(kv, "="); strings.HasPrefix(k, "TEEREG_") {
			t.Setenv(k, "")
			os.Unsetenv(k)
		}
	}
}

// adminWorld is a system deployed on anvil with chaintest (mock quote
// verifier): dev key 0 is the admin, 1 the operator, 2 the metadata writer,
// 3 an outsider and 4 the next admin.
type adminWorld struct {
	anvil      *foundry.Anvil
	client     *ethclient.Client
	w          *chaintest.World
	keys       []*ecdsa.PrivateKey
	addrs      []common.Address
	deployment string
	dir        string
}

func newAdminWorld(t *testing.T) *adminWorld {
	t.Helper()
	isolateEnv(t)
	ctx := t.Context()
	anvil, client := startAnvil(ctx, t)
	a := &adminWorld{anvil: anvil, client: client, dir: t.TempDir()}
	for _, h := range foundry.DevPrivateKeys {
		k, err := crypto.HexToECDSA(h)
		if err != nil {
			t.Fatal(err)
		}
		a.keys, a.addrs = append(a.keys, k), append(a.addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	var err error
	a.w, err = chaintest.Deploy(ctx, client, new(big.Int).SetUint64(anvil.ChainID), a.keys[0], a.keys[1], a.keys[2], time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	blob, err := json.Marshal(deploymentRecord{Deployment: a.w.Deployment, RPC: anvil.URL, ChainID: anvil.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	a.deployment = filepath.Join(a.dir, "deployment.json")
	if err := os.WriteFile(a.deployment, blob, 0o644); err != nil {
		t.Fatal(err)
	}
	return a
}

// run runs an admin command against the deployment signed by dev key i.
func (a *adminWorld) run(t *testing.T, key int, args ...string) (string, error) {
	t.Helper()
	args = append(args, "--deployment", a.deployment, "--private-key", "0x"+foundry.DevPrivateKeys[key])
	return runAdmin(t, append([]string{"admin"}, args...)...)
}

// mustRun is run that requires success and a receipt with status success.
func (a *adminWorld) mustRun(t *testing.T, key int, args ...string) string {
	t.Helper()
	out, err := a.run(t, key, args...)
	if err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out)
	}
	if !regexp.MustCompile(`(?m)^status\s+success$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^transaction\s+0x[0-9a-f]{64}$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^block\s+\d+$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^gas used\s+\d+$`).MatchString(out) {
		t.Fatalf("%v: no receipt in the output:\n%s", args, out)
	}
	return out
}

func (a *adminWorld) nonce(t *testing.T, i int) uint64 {
	t.Helper()
	n, err := a.client.PendingNonceAt(t.Context(), a.addrs[i])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (a *adminWorld) opts(t *testing.T) *bind.CallOpts { return &bind.CallOpts{Context: t.Context()} }

func (a *adminWorld) writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(a.dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// wantEvent requires the text output to show the decoded event with the
// fields (name and rendered value).
func wantEvent(t *testing.T, out, event string, fields ...string) {
	t.Helper()
	if !regexp.MustCompile(`(?m)^  ` + regexp.QuoteMeta(event) + `  \((Registry|ArtifactStore) 0x[0-9a-fA-F]{40}\)$`).MatchString(out) {
		t.Fatalf("no %s event in:\n%s", event, out)
	}
	for i := 0; i+1 < len(fields); i += 2 {
		re := `(?m)^    ` + regexp.QuoteMeta(fields[i]) + `\s+` + regexp.QuoteMeta(fields[i+1]) + `$`
		if !regexp.MustCompile(re).MatchString(out) {
			t.Fatalf("event %s: no field %s = %s in:\n%s", event, fields[i], fields[i+1], out)
		}
	}
}

// txDoc is the JSON output of a transaction command.
type txDoc struct {
	DryRun     bool           `json:"dryRun"`
	ChainID    uint64         `json:"chainId"`
	Contract   string         `json:"contract"`
	To         common.Address `json:"to"`
	From       common.Address `json:"from"`
	Function   string         `json:"function"`
	Args       map[string]any `json:"args"`
	Calldata   hexutil.Bytes  `json:"calldata"`
	Cast       []string       `json:"cast"`
	Info       map[string]any `json:"info"`
	Simulation *struct {
		OK  bool   `json:"ok"`
		Gas uint64 `json:"gasEstimate"`
	} `json:"simulation"`
	Transaction *struct {
		Hash    common.Hash `json:"hash"`
		Block   uint64      `json:"block"`
		GasUsed uint64      `json:"gasUsed"`
		Status  string      `json:"status"`
	} `json:"transaction"`
	Events []struct {
		Contract string         `json:"contract"`
		Address  common.Address `json:"address"`
		Name     string         `json:"name"`
		Fields   map[string]any `json:"fields"`
	} `json:"events"`
	Error *struct {
		Message string `json:"message"`
		Name    string `json:"name"`
		Args    []any  `json:"args"`
		Hint    string `json:"hint"`
	} `json:"error"`
}

func decodeTxDoc(t *testing.T, out string) txDoc {
	t.Helper()
	var d txDoc
	if err := json.Unmarshal([]byte(out), &d); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	return d
}

// TestAdminGovernanceOnAnvil runs every admin command against a real chain
// and reads the change back through the bindings.
func TestAdminGovernanceOnAnvil(t *testing.T) {
	a := newAdminWorld(t)
	reg, store := a.w.Registry, a.w.Artifacts

	t.Run("roles", func(t *testing.T) {
		out := a.mustRun(t, 0, "role", "grant", "--account", a.addrs[3].Hex(), "--role", "metadata-writer,kms-custodian")
		wantEvent(t, out, "RolesUpdated", "user", a.addrs[3].Hex(), "roles", "6 (metadata-writer, kms-custodian)")
		if r, err := reg.RolesOf(a.opts(t), a.addrs[3]); err != nil || r.Int64() != 6 {
			t.Fatalf("roles after grant: %v %v", r, err)
		}
		out = a.mustRun(t, 0, "role", "revoke", "--account", a.addrs[3].Hex(), "--role", "writer", "--role", "0x4")
		wantEvent(t, out, "RolesUpdated", "roles", "0 (none)")
		if r, err := reg.RolesOf(a.opts(t), a.addrs[3]); err != nil || r.Sign() != 0 {
			t.Fatalf("roles after revoke: %v %v", r, err)
		}
		a.mustRun(t, 0, "role", "grant", "--account", a.addrs[4].Hex(), "--role", "operator")
		if ok, err := reg.HasAnyRole(a.opts(t), a.addrs[4], big.NewInt(1)); err != nil || !ok {
			t.Fatalf("operator role: %v %v", ok, err)
		}
	})

	t.Run("workloads", func(t *testing.T) {
		id := common.HexToHash("0x1c8f000000000000000000000000000000000000000000000000000000000001")
		config := a.writeFile(t, "config.json", []byte(`{"app":"v1"}`))
		sum := sha256.Sum256([]byte(`{"app":"v1"}`))
		out := a.mustRun(t, 0, "workload", "allow", "--workload-id", id.Hex(), "--config", config)
		wantEvent(t, out, "WorkloadAllowed", "workloadId", id.Hex(), "configHash", hexutil.Encode(sum[:]))
		if h, err := reg.ConfigHashOf(a.opts(t), id); err != nil || h != sum {
			t.Fatalf("config hash after allow: %x %v", h, err)
		}
		next := common.HexToHash("0x" + strings.Repeat("ab", 32))
		out = a.mustRun(t, 0, "workload", "update", "--workload-id", strings.TrimPrefix(id.Hex(), "0x"), "--config-hash", next.Hex())
		wantEvent(t, out, "WorkloadConfigUpdated", "previousConfigHash", hexutil.Encode(sum[:]), "configHash", next.Hex())
		if h, err := reg.ConfigHashOf(a.opts(t), id); err != nil || h != next {
			t.Fatalf("config hash after update: %x %v", h, err)
		}
		a.mustRun(t, 0, "workload", "remove", "--workload-id", id.Hex())
		if h, err := reg.ConfigHashOf(a.opts(t), id); err != nil || h != ([32]byte{}) {
			t.Fatalf("config hash after remove: %x %v", h, err)
		}
		// A workload id from a quote: the same as `workload id` computes.
		quote := devQuote(t, nil)
		qf := a.writeFile(t, "quote.bin", quote)
		m, err := measurementsOfQuote(quote)
		if err != nil {
			t.Fatal(err)
		}
		out = a.mustRun(t, 0, "workload", "allow", "--quote", qf, "--config-hash", next.Hex())
		wantEvent(t, out, "WorkloadAllowed", "workloadId", m.workloadID().Hex())
		if h, err := reg.ConfigHashOf(a.opts(t), m.workloadID()); err != nil || h != next {
			t.Fatalf("config hash of the quote's workload: %x %v", h, err)
		}
		// Allowing it again: the decoded custom error with its argument.
		_, err = a.run(t, 0, "workload", "allow", "--quote", qf, "--config-hash", next.Hex())
		var rev *dcap.RevertError
		if !errors.As(err, &rev) || rev.Name != "WorkloadAlreadyAllowed" || !strings.Contains(err.Error(), "WorkloadAlreadyAllowed("+m.workloadID().Hex()+")") {
			t.Fatalf("allow twice: %v", err)
		}
	})

	t.Run("backends", func(t *testing.T) {
		// The metadata writer may, the outsider may not.
		out := a.mustRun(t, 2, "backend", "add", "--uri", "https://config.example.com/teereg/")
		wantEvent(t, out, "StorageBackendAdded", "uri", `"https://config.example.com/teereg/"`, "position", "0")
		a.mustRun(t, 0, "backend", "add", "--uri", "ipfs://local")
		if b, err := reg.StorageBackends(a.opts(t)); err != nil || len(b) != 2 || b[1] != "ipfs://local" {
			t.Fatalf("backends: %q %v", b, err)
		}
		_, err := a.run(t, 3, "backend", "add", "--uri", "s3://bucket/")
		if err == nil || !strings.Contains(err.Error(), "Unauthorized(): "+a.addrs[3].Hex()+" is neither the registry admin ("+a.addrs[0].Hex()+") nor a metadata writer") {
			t.Fatalf("outsider adds a backend: %v", err)
		}
		_, err = a.run(t, 0, "backend", "add", "--uri", "gopher://x")
		if err == nil || !strings.Contains(err.Error(), "UnsupportedBackendScheme()") {
			t.Fatalf("bad scheme: %v", err)
		}
		out = a.mustRun(t, 2, "backend", "remove", "--uri", "https://config.example.com/teereg/")
		wantEvent(t, out, "StorageBackendRemoved", "position", "0")
		if b, err := reg.StorageBackends(a.opts(t)); err != nil || len(b) != 1 || b[0] != "ipfs://local" {
			t.Fatalf("backends after remove: %q %v", b, err)
		}
	})

	t.Run("pki", func(t *testing.T) {
		der := caCertificate(t, true)
		caPEM := a.writeFile(t, "ca.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
		secrets, err := ecdh.P256().GenerateKey(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		att := a.writeFile(t, "kms.att", []byte("kms attestation evidence"))
		out := a.mustRun(t, 0, "set-pki", "--ca-cert", caPEM, "--secrets-public-key", hex.EncodeToString(secrets.PublicKey().Bytes()), "--kms-attestation", att)
		wantEvent(t, out, "PkiUpdated", "version", "1")
		p, err := reg.Pki(a.opts(t))
		if err != nil || p.Version != 1 || !bytes.Equal(p.CaCertificate, der) || !bytes.Equal(p.SecretsPublicKey, secrets.PublicKey().Bytes()) ||
			string(p.KmsAttestation) != "kms attestation evidence" {
			t.Fatalf("pki: %+v %v", p, err)
		}
		// DER certificate, key as a PEM file, no attestation: version 2.
		caDER := a.writeFile(t, "ca.der", der)
		pkix, err := x509.MarshalPKIXPublicKey(secrets.PublicKey())
		if err != nil {
			t.Fatal(err)
		}
		keyPEM := a.writeFile(t, "secrets.pem", pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pkix}))
		a.mustRun(t, 0, "set-pki", "--ca-cert", caDER, "--secrets-public-key-file", keyPEM)
		if p, err := reg.Pki(a.opts(t)); err != nil || p.Version != 2 || len(p.KmsAttestation) != 0 || !bytes.Equal(p.SecretsPublicKey, secrets.PublicKey().Bytes()) {
			t.Fatalf("pki v2: %+v %v", p, err)
		}
	})

	t.Run("artifacts", func(t *testing.T) {
		data := []byte("artifact bytes\n")
		sum := sha256.Sum256(data)
		f := a.writeFile(t, "artifact.txt", data)
		out, err := a.run(t, 2, "artifact", "upload", "--file", f, "--json")
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		doc := decodeTxDoc(t, out)
		if doc.Info["sha256"] != hexutil.Encode(sum[:]) || doc.Transaction == nil || doc.Transaction.Status != "success" ||
			len(doc.Events) != 1 || doc.Events[0].Name != "ArtifactStored" || doc.Events[0].Contract != "ArtifactStore" ||
			doc.Events[0].Fields["hash"] != hexutil.Encode(sum[:]) || doc.Events[0].Fields["data"] != hexutil.Encode(data) ||
			!strings.EqualFold(doc.Events[0].Fields["writer"].(string), a.addrs[2].Hex()) {
			t.Fatalf("upload JSON: %+v", doc)
		}
		if got, err := store.Get(a.opts(t), sum); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("stored artifact: %q %v", got, err)
		}
		// Text output prints the sha256.
		data2 := []byte("second artifact")
		sum2 := sha256.Sum256(data2)
		out = a.mustRun(t, 0, "artifact", "upload", "--file", a.writeFile(t, "a2", data2))
		if !regexp.MustCompile(`(?m)^sha256\s+` + hexutil.Encode(sum2[:]) + `$`).MatchString(out) {
			t.Fatalf("no sha256 line:\n%s", out)
		}
		wantEvent(t, out, "ArtifactStored", "hash", hexutil.Encode(sum2[:]))
		// An outsider: NotArtifactWriter, with who may.
		_, err = a.run(t, 3, "artifact", "upload", "--file", a.writeFile(t, "a3", []byte("x")))
		if err == nil || !strings.Contains(err.Error(), "NotArtifactWriter(): "+a.addrs[3].Hex()+" is neither the registry admin") {
			t.Fatalf("outsider upload: %v", err)
		}
		out = a.mustRun(t, 2, "artifact", "remove", "--hash", hexutil.Encode(sum[:]))
		wantEvent(t, out, "ArtifactRemoved", "hash", hexutil.Encode(sum[:]))
		a.mustRun(t, 2, "artifact", "remove", "--file", filepath.Join(a.dir, "a2"))
		for _, h := range [][32]byte{sum, sum2} {
			if ok, err := store.Exists(a.opts(t), h); err != nil || ok {
				t.Fatalf("artifact %x still there: %v", h, err)
			}
		}
		_, err = a.run(t, 2, "artifact", "remove", "--hash", hexutil.Encode(sum[:]))
		if err == nil || !strings.Contains(err.Error(), "ArtifactNotFound("+hexutil.Encode(sum[:])+")") {
			t.Fatalf("remove twice: %v", err)
		}
	})

	t.Run("policy", func(t *testing.T) {
		// --private-key-file signer.
		kf := a.writeFile(t, "admin.key", []byte("0x"+foundry.DevPrivateKeys[0]+"\n"))
		out, err := runAdmin(t, "admin", "set-tcb-policy", "--policy", "uptodate, SWHardeningNeeded,OutOfDate", "--deployment", a.deployment, "--private-key-file", kf)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		wantEvent(t, out, "TcbPolicySet", "acceptedStatuses", "19 (UpToDate, SWHardeningNeeded, OutOfDate)")
		if p, err := reg.AcceptedTcbStatuses(a.opts(t)); err != nil || p != 19 {
			t.Fatalf("policy: %d %v", p, err)
		}
		a.mustRun(t, 0, "set-tcb-policy", "--policy", "0x01")
		if p, err := reg.AcceptedTcbStatuses(a.opts(t)); err != nil || p != 1 {
			t.Fatalf("policy: %d %v", p, err)
		}

		// --keystore signer.
		blob, err := keystore.EncryptKey(&keystore.Key{Address: a.addrs[0], PrivateKey: a.keys[0]}, "pw", keystore.LightScryptN, keystore.LightScryptP)
		if err != nil {
			t.Fatal(err)
		}
		ks, pw := a.writeFile(t, "admin.json", blob), a.writeFile(t, "pw", []byte("pw\n"))
		out, err = runAdmin(t, "admin", "set-ttl", "--ttl", "2h", "--deployment", a.deployment, "--keystore", ks, "--password-file", pw)
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		wantEvent(t, out, "InstanceTtlSet", "ttl", "7200 (2h0m0s)")
		if ttl, err := reg.InstanceTtl(a.opts(t)); err != nil || ttl != 7200 {
			t.Fatalf("ttl: %d %v", ttl, err)
		}
		_, err = a.run(t, 0, "set-ttl", "--ttl", "10")
		if err == nil || !strings.Contains(err.Error(), "InvalidTtl(10)") || !strings.Contains(err.Error(), "1 minute to 365 days") {
			t.Fatalf("ttl too short: %v", err)
		}

		other := common.HexToAddress("0x00000000000000000000000000000000000000aa")
		out = a.mustRun(t, 0, "set-quote-verifier", "--verifier", other.Hex())
		wantEvent(t, out, "QuoteVerifierSet", "verifier", other.Hex())
		if v, err := reg.QuoteVerifier(a.opts(t)); err != nil || v != other {
			t.Fatalf("verifier: %s %v", v, err)
		}
		a.mustRun(t, 0, "set-quote-verifier", "--verifier", a.w.Deployment.QuoteVerifier.Hex())
		if v, err := reg.QuoteVerifier(a.opts(t)); err != nil || v != a.w.Deployment.QuoteVerifier {
			t.Fatalf("verifier: %s %v", v, err)
		}
		a.mustRun(t, 0, "set-tcb-policy", "--policy", "default")
	})

	t.Run("instances", func(t *testing.T) {
		rng := mrand.New(mrand.NewPCG(1, 2))
		wl, tx, err := a.w.AllowNewWorkload(rng)
		if err := a.w.Mine(t.Context())(tx, err); err != nil {
			t.Fatal(err)
		}
		ep := bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, 1}}, Port: 443}
		web1, _, tx, err := a.w.Register(wl, "web-1", ep)
		if err := a.w.Mine(t.Context())(tx, err); err != nil {
			t.Fatal(err)
		}
		web2, _, tx, err := a.w.Register(wl, "web-2", ep)
		if err := a.w.Mine(t.Context())(tx, err); err != nil {
			t.Fatal(err)
		}
		// By label.
		out := a.mustRun(t, 0, "instance", "revoke", "--instance", "web-1")
		wantEvent(t, out, "InstanceRevoked", "instanceId", web1.Hex(), "by", a.addrs[0].Hex())
		if inst, err := reg.Instance(a.opts(t), web1); err != nil || inst.Status != 2 {
			t.Fatalf("web-1 after revoke: %+v %v", inst, err)
		}
		_, err = a.run(t, 0, "instance", "revoke", "--instance", "web-1")
		if err == nil || !strings.Contains(err.Error(), `no active instance holds the label "web-1"`) {
			t.Fatalf("revoke a freed label: %v", err)
		}
		_, err = a.run(t, 3, "instance", "revoke", "--instance", web2.Hex())
		if err == nil || !strings.Contains(err.Error(), "NotInstanceOperator("+web2.Hex()+")") {
			t.Fatalf("outsider revokes: %v", err)
		}
		// Anyone may expire, once the TTL has passed.
		_, err = a.run(t, 3, "instance", "expire", "--instance", web2.Hex())
		if err == nil || !strings.Contains(err.Error(), "InstanceNotExpired("+web2.Hex()) {
			t.Fatalf("expire early: %v", err)
		}
		if err := a.client.Client().CallContext(t.Context(), nil, "evm_increaseTime", 3*3600); err != nil {
			t.Fatal(err)
		}
		if err := a.client.Client().CallContext(t.Context(), nil, "evm_mine"); err != nil {
			t.Fatal(err)
		}
		out = a.mustRun(t, 3, "instance", "expire", "--instance", "web-2")
		wantEvent(t, out, "InstanceExpired", "instanceId", web2.Hex())
		if inst, err := reg.Instance(a.opts(t), web2); err != nil || inst.Status != 3 {
			t.Fatalf("web-2 after expire: %+v %v", inst, err)
		}
	})

	t.Run("pause", func(t *testing.T) {
		out := a.mustRun(t, 0, "pause")
		wantEvent(t, out, "Paused", "account", a.addrs[0].Hex())
		if p, err := reg.Paused(a.opts(t)); err != nil || !p {
			t.Fatalf("paused: %v %v", p, err)
		}
		_, err := a.run(t, 2, "backend", "add", "--uri", "s3://bucket/")
		if err == nil || !strings.Contains(err.Error(), "EnforcedPause()") || !strings.Contains(err.Error(), "teereg admin unpause") {
			t.Fatalf("write while paused: %v", err)
		}
		a.mustRun(t, 0, "unpause")
		if p, err := reg.Paused(a.opts(t)); err != nil || p {
			t.Fatalf("paused: %v %v", p, err)
		}
	})

	t.Run("ownership", func(t *testing.T) {
		_, err := a.run(t, 0, "ownership", "complete", "--new-admin", a.addrs[4].Hex())
		if err == nil || !strings.Contains(err.Error(), "NoHandoverRequest()") {
			t.Fatalf("complete without request: %v", err)
		}
		out := a.mustRun(t, 4, "ownership", "request")
		wantEvent(t, out, "OwnershipHandoverRequested", "pendingOwner", a.addrs[4].Hex())
		if exp, err := reg.OwnershipHandoverExpiresAt(a.opts(t), a.addrs[4]); err != nil || exp.Sign() == 0 {
			t.Fatalf("handover request: %v %v", exp, err)
		}
		_, err = a.run(t, 4, "ownership", "complete", "--new-admin", a.addrs[4].Hex())
		if err == nil || !strings.Contains(err.Error(), "Unauthorized(): "+a.addrs[4].Hex()+" is not the registry admin (the admin is "+a.addrs[0].Hex()+")") {
			t.Fatalf("the new admin completes: %v", err)
		}
		out = a.mustRun(t, 0, "ownership", "complete", "--new-admin", a.addrs[4].Hex())
		wantEvent(t, out, "OwnershipTransferred", "oldOwner", a.addrs[0].Hex(), "newOwner", a.addrs[4].Hex())
		if o, err := reg.Owner(a.opts(t)); err != nil || o != a.addrs[4] {
			t.Fatalf("owner: %s %v", o, err)
		}
		// The old admin is an outsider now.
		_, err = a.run(t, 0, "pause")
		if err == nil || !strings.Contains(err.Error(), "Unauthorized()") {
			t.Fatalf("old admin pauses: %v", err)
		}
	})
}

// TestAdminDryRunSendsNothing checks that --dry-run prints the call, sends
// nothing, and that the printed `cast send` makes the same change.
func TestAdminDryRunSendsNothing(t *testing.T) {
	a := newAdminWorld(t)
	id := common.HexToHash("0x" + strings.Repeat("11", 32))
	cfg := common.HexToHash("0x" + strings.Repeat("22", 32))
	parsed, err := bindings.RegistryMetaData.GetAbi()
	if err != nil {
		t.Fatal(err)
	}
	want, err := parsed.Pack("allowWorkload", id, cfg)
	if err != nil {
		t.Fatal(err)
	}
	before := a.nonce(t, 0)

	out, err := a.run(t, 0, "workload", "allow", "--workload-id", id.Hex(), "--config-hash", cfg.Hex(), "--dry-run")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, re := range []string{
		`(?m)^dry run\s+nothing is sent$`,
		`(?m)^to\s+` + a.w.Deployment.Registry.Hex() + ` \(Registry\)$`,
		`(?m)^function\s+allowWorkload\(bytes32,bytes32\)$`,
		`(?m)^  workloadId\s+` + id.Hex() + `$`,
		`(?m)^calldata\s+` + hexutil.Encode(want) + `$`,
		`(?m)^simulation\s+succeeds, estimated gas \d+$`,
		`(?m)^cast\s+cast send --rpc-url ` + regexp.QuoteMeta(a.anvil.URL) + ` ` + a.w.Deployment.Registry.Hex() + ` 'allowWorkload\(bytes32,bytes32\)' ` + id.Hex() + ` ` + cfg.Hex() + `$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Fatalf("dry run output lacks %s:\n%s", re, out)
		}
	}
	if strings.Contains(out, "transaction") {
		t.Fatalf("dry run shows a transaction:\n%s", out)
	}

	out, err = a.run(t, 0, "workload", "allow", "--workload-id", id.Hex(), "--config-hash", cfg.Hex(), "--dry-run", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	doc := decodeTxDoc(t, out)
	if !doc.DryRun || !bytes.Equal(doc.Calldata, want) || doc.Simulation == nil || !doc.Simulation.OK || doc.Simulation.Gas == 0 ||
		doc.Transaction != nil || doc.From != a.addrs[0] || doc.Args["workloadId"] != id.Hex() || doc.ChainID != a.anvil.ChainID {
		t.Fatalf("dry run JSON: %+v", doc)
	}
	if n := a.nonce(t, 0); n != before {
		t.Fatalf("nonce %d after dry runs, was %d", n, before)
	}
	if h, err := a.w.Registry.ConfigHashOf(a.opts(t), id); err != nil || h != ([32]byte{}) {
		t.Fatalf("dry run changed the chain: %x %v", h, err)
	}

	// No key, no --from: the call is printed, nothing is simulated.
	out, err = runAdmin(t, "admin", "pause", "--deployment", a.deployment, "--dry-run")
	if err != nil || !strings.Contains(out, "simulation  skipped: no sender") || !strings.Contains(out, "calldata    0x8456cb59") {
		t.Fatalf("keyless dry run: %v\n%s", err, out)
	}
	// --from an outsider: the simulation reverts, the command fails.
	out, err = runAdmin(t, "admin", "pause", "--deployment", a.deployment, "--dry-run", "--from", a.addrs[3].Hex())
	var rev *dcap.RevertError
	if !errors.As(err, &rev) || rev.Name != "Unauthorized" || !strings.Contains(out, "simulation  REVERTS: pause() would revert: Unauthorized()") {
		t.Fatalf("dry run from an outsider: %v\n%s", err, out)
	}

	// The printed cast command makes the same change.
	castBin, err := foundry.Tool("cast")
	if err != nil {
		t.Skipf("cast: %v", err)
	}
	if doc.Cast[0] != "cast" || doc.Cast[1] != "send" {
		t.Fatalf("cast argv %q", doc.Cast)
	}
	cmd := exec.CommandContext(t.Context(), castBin, append([]string{"send"}, append(doc.Cast[2:], "--private-key", "0x"+foundry.DevPrivateKeys[0])...)...)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v: %v\n%s", cmd.Args, err, b)
	}
	if h, err := a.w.Registry.ConfigHashOf(a.opts(t), id); err != nil || h != cfg {
		t.Fatalf("after the cast command: %x %v", h, err)
	}
}

// TestAdminNonAdminIsRefused checks that a key without the role gets the
// decoded Unauthorized() before anything is sent.
func TestAdminNonAdminIsRefused(t *testing.T) {
	a := newAdminWorld(t)
	before := a.nonce(t, 3)
	id := "0x" + strings.Repeat("33", 32)
	out, err := a.run(t, 3, "workload", "allow", "--workload-id", id, "--config-hash", id)
	var rev *dcap.RevertError
	if !errors.As(err, &rev) || rev.Name != "Unauthorized" || len(rev.Args) != 0 {
		t.Fatalf("got %v", err)
	}
	want := "admin workload allow: allowWorkload(bytes32,bytes32) would revert: Unauthorized(): " + a.addrs[3].Hex() +
		" is not the registry admin (the admin is " + a.addrs[0].Hex() + "); nothing was sent"
	if err.Error() != want {
		t.Fatalf("error\n got %s\nwant %s", err, want)
	}
	if out != "" {
		t.Fatalf("output on refusal:\n%s", out)
	}
	out, err = a.run(t, 3, "role", "grant", "--account", a.addrs[3].Hex(), "--role", "operator", "--json")
	if err == nil {
		t.Fatal("an outsider granted itself a role")
	}
	doc := decodeTxDoc(t, out)
	if doc.Error == nil || doc.Error.Name != "Unauthorized" || !strings.Contains(doc.Error.Hint, "is not the registry admin") ||
		doc.Simulation == nil || doc.Simulation.OK || doc.Transaction != nil {
		t.Fatalf("JSON: %+v", doc)
	}
	if n := a.nonce(t, 3); n != before {
		t.Fatalf("nonce %d, was %d: something was sent", n, before)
	}
	if ok, err := a.w.Registry.HasAnyRole(a.opts(t), a.addrs[3], big.NewInt(1)); err != nil || ok {
		t.Fatalf("outsider holds the role: %v %v", ok, err)
	}
}

// TestAdminGarbageInputs checks the errors of malformed arguments; none
// reaches a chain.
func TestAdminGarbageInputs(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	garbage := write("garbage", []byte("not a certificate"))
	leaf := write("leaf.der", caCertificate(t, false))
	ca := write("ca.der", caCertificate(t, true))
	where := []string{"--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--dry-run"}
	id := "0x" + strings.Repeat("11", 32)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"workload", "allow", "--workload-id", "0x123", "--config-hash", id}, `--workload-id: "0x123" has an odd number of hex digits`},
		{[]string{"workload", "allow", "--workload-id", "0x" + strings.Repeat("zz", 32), "--config-hash", id}, "is not hex (bad character 'z')"},
		{[]string{"workload", "allow", "--workload-id", "0x" + strings.Repeat("11", 31), "--config-hash", id}, "--workload-id is 31 bytes, want 32 (64 hex digits)"},
		{[]string{"workload", "allow", "--workload-id", id}, "give --config-hash HEX or --config FILE"},
		{[]string{"workload", "allow", "--workload-id", id, "--quote", garbage, "--config-hash", id}, "give either --workload-id or --quote, not both"},
		{[]string{"workload", "remove", "--quote", garbage}, "parse TDX quote"},
		{[]string{"set-tcb-policy", "--policy", "UpToDate,Foo"}, `--policy: unknown TCB status "Foo": want UpToDate, SWHardeningNeeded, ConfigurationNeeded, ConfigurationAndSWHardeningNeeded, OutOfDate, OutOfDateConfigurationNeeded, or a bitmask`},
		{[]string{"set-tcb-policy", "--policy", "UpToDate,Revoked"}, "a policy can never accept Revoked"},
		{[]string{"set-tcb-policy", "--policy", "0x40"}, "a policy can never accept Revoked"},
		{[]string{"set-tcb-policy", "--policy", "0"}, "bitmask 0: want 1 to 0x3f"},
		{[]string{"set-tcb-policy", "--policy", "256"}, "bitmask 256"},
		{[]string{"role", "grant", "--account", "0x12", "--role", "operator"}, `--account: "0x12" is not an address`},
		{[]string{"role", "grant", "--account", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--role", "admin"}, `--role: unknown role "admin"`},
		{[]string{"set-ttl", "--ttl", "1.5s"}, "--ttl: 1.5s is not a positive whole number of seconds"},
		{[]string{"set-ttl", "--ttl", "soon"}, `--ttl: "soon" is neither a duration`},
		{[]string{"set-quote-verifier", "--verifier", "nope"}, `--verifier: "nope" is not an address`},
		{[]string{"set-pki", "--ca-cert", garbage, "--secrets-public-key", "04"}, "is not a certificate"},
		{[]string{"set-pki", "--kms-manifest", garbage}, "kms: manifest"},
		{[]string{"set-pki", "--kms-manifest", filepath.Join(t.TempDir(), "missing.json")}, "--kms-manifest: open"},
		{[]string{"set-pki"}, "give --kms-manifest FILE, or --ca-cert FILE"},
		{[]string{"set-pki", "--ca-cert", leaf, "--secrets-public-key", "04"}, "is not a CA certificate"},
		{[]string{"set-pki", "--ca-cert", ca, "--secrets-public-key", "04" + strings.Repeat("11", 32)}, "the secrets public key (33 bytes) is not an uncompressed P-256 point"},
		{[]string{"set-pki", "--ca-cert", ca, "--secrets-public-key", "04" + strings.Repeat("11", 64)}, "is not an uncompressed P-256 point"},
		{[]string{"set-pki", "--ca-cert", ca}, "give --secrets-public-key HEX or --secrets-public-key-file FILE"},
		{[]string{"artifact", "upload", "--file", filepath.Join(dir, "missing"), "--artifact-store", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}, "--file: open"},
		{[]string{"artifact", "upload", "--file", write("empty", nil), "--artifact-store", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}, "is empty"},
		{[]string{"artifact", "remove", "--hash", "0x00"}, "no artifact store address"},
		{[]string{"instance", "revoke", "--instance", "0x1234"}, "--instance is 2 bytes, want 32"},
	} {
		_, err := runAdmin(t, append(append([]string{"admin"}, tc.args...), where...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v:\n got %v\nwant …%s…", tc.args, err, tc.want)
		}
	}
	// Signers and deployment.
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3"}, "no signer: give --private-key"},
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--private-key", "0xnothex"}, "--private-key: invalid"},
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--private-key", foundry.DevPrivateKeys[0], "--private-key-file", garbage}, "give one of --private-key, --private-key-file and --keystore"},
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--private-key-file", garbage}, "--private-key-file " + garbage},
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--dry-run", "--from", "0x12"}, `--from: "0x12" is not an address`},
		{[]string{"admin", "pause", "--dry-run"}, "no JSON-RPC endpoint"},
		{[]string{"admin", "pause", "--deployment", filepath.Join(dir, "none.json"), "--dry-run"}, "read deployment record"},
		{[]string{"admin", "pause", "--rpc-url", "http://127.0.0.1:1", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--private-key", foundry.DevPrivateKeys[0]}, "chain id of http://127.0.0.1:1"},
		{[]string{"admin", "collateral", "push", "--collateral", garbage, "--deployment", write("dep.json", []byte(`{"registry":"0x5FbDB2315678afecb367f032d93F642f64180aa3","rpc":"http://127.0.0.1:1"}`))}, "no collateral store: give --collateral-store"},
	} {
		_, err := runAdmin(t, tc.args...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v:\n got %v\nwant …%s…", tc.args, err, tc.want)
		}
	}
}

// TestAdminParsers checks the role and TCB policy parsers on good input.
func TestAdminParsers(t *testing.T) {
	for in, want := range map[string]uint8{
		"UpToDate,SWHardeningNeeded": 3, "default": 3, "uptodate": 1, "0x3f": 63, "19": 19,
		"OutOfDate | OutOfDateConfigurationNeeded": 48, "ConfigurationNeeded+ConfigurationAndSWHardeningNeeded": 12,
	} {
		if got, err := parseTcbPolicy(in); err != nil || got != want {
			t.Errorf("parseTcbPolicy(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for in, want := range map[string]int64{"operator": 1, "metadata-writer,kms-custodian": 6, "custodian": 4, "0x7": 7, "operator|8": 9} {
		if got, err := parseRoles([]string{in}); err != nil || got.Int64() != want {
			t.Errorf("parseRoles(%q) = %v, %v; want %d", in, got, err, want)
		}
	}
	for in, want := range map[string]uint64{"86400": 86400, "24h": 86400, "90m": 5400} {
		if got, err := parseTTL(in); err != nil || got != want {
			t.Errorf("parseTTL(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	if got := strings.Join(roleNames(big.NewInt(11)), ","); got != "operator,metadata-writer,unknown bits 0x8" {
		t.Errorf("roleNames(11) = %s", got)
	}
	if got := shellJoin([]string{"cast", "send", "f(string)", "it's", "a b", "0xab"}); got != `cast send 'f(string)' 'it'\''s' 'a b' 0xab` {
		t.Errorf("shellJoin: %s", got)
	}
}

// TestAdminHelpHasExamples renders --help of every command and requires an
// example in each.
func TestAdminHelpHasExamples(t *testing.T) {
	isolateEnv(t)
	var walk func(path []string, cmds []*cli.Command)
	n := 0
	walk = func(path []string, cmds []*cli.Command) {
		for _, c := range cmds {
			p := append(append([]string{}, path...), c.Name)
			n++
			out, err := runAdmin(t, append(p, "--help")...)
			if err != nil {
				t.Errorf("%v --help: %v", p, err)
			}
			if !strings.Contains(out, "Example") || !strings.Contains(out, "teereg "+strings.Join(p, " ")) {
				t.Errorf("%v --help has no example:\n%s", p, out)
			}
			walk(p, c.Subcommands)
		}
	}
	walk(nil, []*cli.Command{adminCommand(), workloadCommand(), statusCommand()})
	if n < 30 {
		t.Errorf("only %d commands", n)
	}
}

// caCertificate makes a self-signed certificate, a CA or not.
func caCertificate(t *testing.T, isCA bool) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "teereg test app CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		BasicConstraintsValid: true, IsCA: isCA, KeyUsage: x509.KeyUsageCertSign | x509.KeyUsageDigitalSignature}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// TestAdminMinedRevertIsDecoded makes a transaction that simulated fine
// revert when mined (a pause mined just before it), and checks that the
// receipt says so with the reason replayed and decoded.
func TestAdminMinedRevertIsDecoded(t *testing.T) {
	a := newAdminWorld(t)
	rpcc := a.client.Client()
	if err := rpcc.CallContext(t.Context(), nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	// The admin's pause waits in the pool; the CLI simulates against the
	// latest block, where the registry is not paused yet.
	if _, err := a.w.Registry.Pause(a.w.Auth(a.keys[0])); err != nil {
		t.Fatal(err)
	}
	type result struct {
		out string
		err error
	}
	done := make(chan result, 1)
	go func() {
		out, err := a.run(t, 0, "backend", "add", "--uri", "s3://bucket/x", "--json")
		done <- result{out, err}
	}()
	for pendingCount(t, a) < 2 {
		select {
		case r := <-done:
			t.Fatalf("the command returned before its transaction was mined: %v\n%s", r.err, r.out)
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := rpcc.CallContext(t.Context(), nil, "evm_mine"); err != nil {
		t.Fatal(err)
	}
	r := <-done
	var rev *dcap.RevertError
	if !errors.As(r.err, &rev) || rev.Name != "EnforcedPause" {
		t.Fatalf("got %v\n%s", r.err, r.out)
	}
	if !regexp.MustCompile(`^admin backend add: addStorageBackend\(string\): transaction 0x[0-9a-f]{64} reverted in block \d+ \(gas used \d+\): EnforcedPause\(\) \(reason replayed on the state after block \d+\): the registry is paused`).MatchString(r.err.Error()) {
		t.Fatalf("error: %v", r.err)
	}
	doc := decodeTxDoc(t, r.out)
	if doc.Transaction == nil || doc.Transaction.Status != "reverted" || doc.Error == nil || doc.Error.Name != "EnforcedPause" || len(doc.Events) != 0 {
		t.Fatalf("JSON: %s", r.out)
	}
}

// pendingCount is the number of transactions in anvil's pool.
func pendingCount(t *testing.T, a *adminWorld) int {
	t.Helper()
	var status struct {
		Pending hexutil.Uint64 `json:"pending"`
	}
	if err := a.client.Client().CallContext(t.Context(), &status, "txpool_status"); err != nil {
		t.Fatal(err)
	}
	return int(status.Pending)
}

// TestAdminCollateralPushAlias pushes collateral with `admin collateral
// push`, the RPC URL and the store taken from --deployment.
func TestAdminCollateralPushAlias(t *testing.T) {
	isolateEnv(t)
	ctx := t.Context()
	f := newCollateralFixture(ctx, t, "admin push")
	anvil, client, d, platform, dir, collPath := f.anvil, f.client, f.d, f.platform, f.dir, f.collPath
	blob, err := json.Marshal(deploymentRecord{Deployment: d, RPC: anvil.URL, ChainID: anvil.ChainID})
	if err != nil {
		t.Fatal(err)
	}
	dep := filepath.Join(dir, "deployment.json")
	if err := os.WriteFile(dep, blob, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEEREG_PRIVATE_KEY", foundry.DevPrivateKeys[0])
	out, err := runAdmin(t, "admin", "collateral", "push", "--collateral", collPath, "--deployment", dep)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if n := len(regexp.MustCompile(`(?m)^upload .+ tx 0x[0-9a-f]{64}\s+block \d+\s+gas \d+$`).FindAllString(out, -1)); n != 4 {
		t.Fatalf("%d uploads:\n%s", n, out)
	}
	quote, err := platform.Quote(ctx, [64]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := dcap.CallVerifyQuote(ctx, client, d.QuoteVerifier, quote, nil); err != nil || !r.Valid {
		t.Fatalf("after the push: %v %+v", err, r)
	}
}

// TestAdminSignerKeySources checks signerKey, shared with `collateral push`
// (which has no --private-key-file): each source alone, and the errors.
func TestAdminSignerKeySources(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	key, err := crypto.HexToECDSA(foundry.DevPrivateKeys[1])
	if err != nil {
		t.Fatal(err)
	}
	want := crypto.PubkeyToAddress(key.PublicKey)
	keyFile := filepath.Join(dir, "key")
	if err := os.WriteFile(keyFile, []byte(" 0x"+foundry.DevPrivateKeys[1]+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	blob, err := keystore.EncryptKey(&keystore.Key{Address: want, PrivateKey: key}, "pw", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	ks := filepath.Join(dir, "ks.json")
	if err := os.WriteFile(ks, blob, 0o600); err != nil {
		t.Fatal(err)
	}
	pw := filepath.Join(dir, "pw")
	if err := os.WriteFile(pw, []byte("pw\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	load := func(flags []cli.Flag, args ...string) (common.Address, error) {
		var got common.Address
		app := &cli.App{Name: "t", Flags: flags, Writer: &bytes.Buffer{}, ErrWriter: &bytes.Buffer{}, ExitErrHandler: func(*cli.Context, error) {},
			Action: func(c *cli.Context) error {
				k, err := signerKey(c)
				if err == nil {
					got = crypto.PubkeyToAddress(k.PublicKey)
				}
				return err
			}}
		err := app.Run(append([]string{"t"}, args...))
		return got, err
	}
	collateralFlags := func() []cli.Flag {
		var out []cli.Flag
		for _, f := range collateralPushCommand().Flags {
			if n := f.Names()[0]; n == "private-key" || n == "keystore" || n == "password-file" {
				out = append(out, f)
			}
		}
		return out
	}
	for _, tc := range []struct {
		flags []cli.Flag
		args  []string
		err   string
	}{
		{signerFlags(), []string{"--private-key", foundry.DevPrivateKeys[1]}, ""},
		{signerFlags(), []string{"--private-key-file", keyFile}, ""},
		{signerFlags(), []string{"--keystore", ks, "--password-file", pw}, ""},
		{signerFlags(), []string{"--keystore", ks}, "--keystore needs a password"},
		{signerFlags(), []string{"--keystore", ks, "--private-key-file", keyFile}, "give one of --private-key, --private-key-file and --keystore"},
		{signerFlags(), nil, "no signer"},
		{collateralFlags(), []string{"--private-key", foundry.DevPrivateKeys[1]}, ""},
		{collateralFlags(), []string{"--keystore", ks, "--password-file", pw}, ""},
		{collateralFlags(), []string{"--keystore", ks, "--private-key", foundry.DevPrivateKeys[1]}, "give either --private-key or --keystore, not both"},
	} {
		got, err := load(tc.flags, tc.args...)
		switch {
		case tc.err == "" && (err != nil || got != want):
			t.Errorf("%v: %s, %v", tc.args, got, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%v: got %v, want …%s…", tc.args, err, tc.err)
		}
	}
}
