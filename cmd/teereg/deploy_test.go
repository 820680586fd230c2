package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/internal/foundry"
)

// deployCLI runs `teereg deploy args…` against an app holding the deploy
// command (main.go wires it into the real one). It returns stdout and stderr.
func deployCLI(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{deployCommand()},
		Writer: &stdout, ErrWriter: &stderr, ExitErrHandler: func(*cli.Context, error) {}}
	err := app.RunContext(t.Context(), append([]string{"teereg", "deploy"}, args...))
	return stdout.String(), stderr.String(), err
}

// deployFixture is one anvil shared by the deploy tests, with a dev root CA.
type deployFixture struct {
	anvil    *foundry.Anvil
	client   *ethclient.Client
	dir      string
	devRoot  []byte // DER
	rootPath string // devRoot, DER
	key      string // dev key 0, the deployer
	deployer common.Address
	admin    common.Address // dev key 4
}

func newDeployFixture(t *testing.T) *deployFixture {
	t.Helper()
	isolateEnv(t)
	anvil, client := startAnvil(t.Context(), t)
	f := &deployFixture{anvil: anvil, client: client, dir: t.TempDir(), key: "0x" + foundry.DevPrivateKeys[0]}
	for i, dst := range map[int]*common.Address{0: &f.deployer, 4: &f.admin} {
		k, err := crypto.HexToECDSA(foundry.DevPrivateKeys[i])
		if err != nil {
			t.Fatal(err)
		}
		*dst = crypto.PubkeyToAddress(k.PublicKey)
	}
	authority, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("cli deploy")), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	f.devRoot = authority.RootCertificate().Raw
	f.rootPath = f.file(t, "dev-root.der", f.devRoot)
	return f
}

func (f *deployFixture) file(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(f.dir, name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *deployFixture) nonce(t *testing.T) uint64 {
	t.Helper()
	n, err := f.client.PendingNonceAt(t.Context(), f.deployer)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// refused runs args, which must fail before any transaction with an error
// holding every one of want.
func (f *deployFixture) refused(t *testing.T, args []string, want ...string) {
	t.Helper()
	before := f.nonce(t)
	out, _, err := deployCLI(t, args...)
	if err == nil {
		t.Fatalf("%v succeeded:\n%s", args, out)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%v: error %q does not say %q", args, err, w)
		}
	}
	if after := f.nonce(t); after != before {
		t.Errorf("%v: the deployer's nonce moved from %d to %d: something was sent", args, before, after)
	}
}

// checkOnChain checks the deployment in the record at path against chain.
func (f *deployFixture) checkOnChain(t *testing.T, path string, admin common.Address, ttl uint64, root []byte) *deploymentRecord {
	t.Helper()
	rec, err := readDeployment(path)
	if err != nil {
		t.Fatalf("the written record is refused: %v", err)
	}
	if rec.ChainID != f.anvil.ChainID || rec.RPC != f.anvil.URL {
		t.Errorf("record chain %d rpc %q, want %d %q", rec.ChainID, rec.RPC, f.anvil.ChainID, f.anvil.URL)
	}
	if rec.Registry == (common.Address{}) || rec.ArtifactStore == (common.Address{}) || rec.QuoteVerifier == (common.Address{}) || rec.Block == 0 {
		t.Errorf("incomplete record: %+v", rec.Deployment)
	}
	opts := &bind.CallOpts{Context: t.Context()}
	reg, err := bindings.NewRegistryCaller(rec.Registry, f.client)
	if err != nil {
		t.Fatal(err)
	}
	if owner, err := reg.Owner(opts); err != nil || owner != admin {
		t.Errorf("Registry.owner() = %s, %v; want %s", owner, err, admin)
	}
	if got, err := reg.InstanceTtl(opts); err != nil || got != ttl {
		t.Errorf("Registry.instanceTtl() = %d, %v; want %d", got, err, ttl)
	}
	if qv, err := reg.QuoteVerifier(opts); err != nil || qv != rec.QuoteVerifier {
		t.Errorf("Registry.quoteVerifier() = %s, %v; want %s", qv, err, rec.QuoteVerifier)
	}
	store, err := bindings.NewArtifactStoreCaller(rec.ArtifactStore, f.client)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := store.Registry(opts); err != nil || r != rec.Registry {
		t.Errorf("ArtifactStore.registry() = %s, %v; want %s", r, err, rec.Registry)
	}
	if root == nil {
		if rec.CollateralStore != (common.Address{}) || rec.PckChainVerifier != (common.Address{}) || rec.CollateralParser != (common.Address{}) {
			t.Errorf("DCAP contracts in a record that uses an existing verifier: %+v", rec.Deployment)
		}
		return rec
	}
	coll, err := bindings.NewDcapCollateralStoreCaller(rec.CollateralStore, f.client)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := coll.ROOTCAHASH(opts); err != nil || h != sha256.Sum256(root) {
		t.Errorf("DcapCollateralStore.ROOT_CA_HASH() = %x, %v; want %x", h, err, sha256.Sum256(root))
	}
	return rec
}

func TestDeployOnAnvil(t *testing.T) {
	f := newDeployFixture(t)
	devHash := sha256.Sum256(f.devRoot)
	out := filepath.Join(f.dir, "deployment.json")
	base := []string{"--rpc-url", f.anvil.URL, "--private-key", f.key}

	t.Run("dev root with --allow-other-root", func(t *testing.T) {
		stdout, stderr, err := deployCLI(t, append(base, "--root-ca", f.rootPath, "--allow-other-root",
			"--admin", f.admin.Hex(), "--instance-ttl", "2h", "--out", out)...)
		if err != nil {
			t.Fatalf("%v\n%s%s", err, stdout, stderr)
		}
		rec := f.checkOnChain(t, out, f.admin, 7200, f.devRoot)
		for _, line := range []string{
			`chain id\s+31337`, `admin\s+` + f.admin.Hex() + `$`, `instance ttl\s+2h0m0s \(7200 s\)`,
			`root CA\s+sha256 ` + hex.EncodeToString(devHash[:]) + ` \(NOT Intel's SGX Root CA`,
			`registry\s+` + rec.Registry.Hex(), `artifact store\s+` + rec.ArtifactStore.Hex(),
			`quote verifier\s+` + rec.QuoteVerifier.Hex(), `collateral store\s+` + rec.CollateralStore.Hex(),
			`pck chain verifier\s+` + rec.PckChainVerifier.Hex(), `collateral parser\s+` + rec.CollateralParser.Hex(),
			`block\s+` + strconv.FormatUint(rec.Block, 10), `record\s+` + regexp.QuoteMeta(out),
		} {
			if !regexp.MustCompile(`(?m)^` + line).MatchString(stdout) {
				t.Errorf("no line %q in the summary:\n%s", line, stdout)
			}
		}
		fi, err := os.Stat(out)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != 0o644 {
			t.Errorf("record mode %v, want 0644", fi.Mode().Perm())
		}
		if left, _ := filepath.Glob(filepath.Join(f.dir, ".deployment.json.tmp-*")); len(left) != 0 {
			t.Errorf("temporary files left: %v", left)
		}
	})

	t.Run("existing --out is refused without --force", func(t *testing.T) {
		before, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		f.refused(t, append(base, "--root-ca", f.rootPath, "--allow-other-root", "--out", out), out, "already exists", "--force")
		if after, _ := os.ReadFile(out); !bytes.Equal(after, before) {
			t.Fatal("the existing record changed")
		}

		stdout, stderr, err := deployCLI(t, append(base, "--root-ca", f.rootPath, "--allow-other-root", "--out", out, "--force", "--json")...)
		if err != nil {
			t.Fatalf("--force: %v\n%s%s", err, stdout, stderr)
		}
		var doc struct {
			Deployment  json.RawMessage `json:"deployment"`
			Out         string          `json:"out"`
			Deployer    common.Address  `json:"deployer"`
			Admin       common.Address  `json:"admin"`
			InstanceTTL uint64          `json:"instanceTtl"`
			RootCA      struct {
				SHA256 string `json:"sha256"`
				Intel  bool   `json:"intel"`
			} `json:"rootCa"`
		}
		if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
			t.Fatalf("--json output: %v\n%s", err, stdout)
		}
		// The deployer is the admin by default, and the TTL 24 hours.
		f.checkOnChain(t, out, f.deployer, 86400, f.devRoot)
		if doc.Out != out || doc.Deployer != f.deployer || doc.Admin != f.deployer || doc.InstanceTTL != 86400 ||
			doc.RootCA.SHA256 != hex.EncodeToString(devHash[:]) || doc.RootCA.Intel {
			t.Errorf("JSON report: %s", stdout)
		}
		written, _ := os.ReadFile(out)
		var a, b any
		json.Unmarshal(doc.Deployment, &a)
		json.Unmarshal(written, &b)
		if ja, jb := mustJSON(t, a), mustJSON(t, b); ja != jb {
			t.Errorf("the JSON's deployment %s is not the written record %s", ja, jb)
		}
		if bytes.Equal(written, before) {
			t.Error("--force did not replace the record")
		}
	})

	t.Run("non-Intel root without --allow-other-root is refused", func(t *testing.T) {
		p := filepath.Join(f.dir, "refused.json")
		f.refused(t, append(base, "--root-ca", f.rootPath, "--out", p),
			hex.EncodeToString(devHash[:]), intelRootHex, "--allow-other-root", "not Intel's SGX Root CA")
		if _, err := os.Stat(p); err == nil {
			t.Error("a record was written")
		}
	})

	t.Run("garbage root files", func(t *testing.T) {
		p := filepath.Join(f.dir, "never.json")
		args := func(root string) []string {
			return append(base, "--root-ca", root, "--allow-other-root", "--out", p)
		}
		f.refused(t, args(f.file(t, "garbage.der", []byte("hello, not a certificate"))), "garbage.der is not a certificate")
		f.refused(t, args(filepath.Join(f.dir, "missing.der")), "--root-ca", "no such file")
		key := pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: []byte{1, 2, 3}})
		f.refused(t, args(f.file(t, "key.pem", key)), `PEM block "PRIVATE KEY", want CERTIFICATE`)
		f.refused(t, args(f.file(t, "leaf.der", caCertificate(t, false))), "not a CA certificate")
		f.refused(t, args(f.file(t, "empty.der", nil)), "empty.der is not a certificate")
		if left, _ := filepath.Glob(filepath.Join(f.dir, ".never.json.tmp-*")); len(left) != 0 || fileExists(p) {
			t.Errorf("files left behind: %v", left)
		}
	})

	t.Run("PEM root", func(t *testing.T) {
		p := filepath.Join(f.dir, "pem.json")
		root := f.file(t, "dev-root.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: f.devRoot}))
		if stdout, stderr, err := deployCLI(t, append(base, "--root-ca", root, "--allow-other-root", "--out", p)...); err != nil {
			t.Fatalf("%v\n%s%s", err, stdout, stderr)
		}
		f.checkOnChain(t, p, f.deployer, 86400, f.devRoot)
	})

	t.Run("--quote-verifier", func(t *testing.T) {
		first, err := readDeployment(out)
		if err != nil {
			t.Fatal(err)
		}
		f.refused(t, append(base, "--root-ca", f.rootPath, "--allow-other-root", "--quote-verifier", first.QuoteVerifier.Hex(),
			"--out", filepath.Join(f.dir, "both.json")), "--root-ca and --quote-verifier exclude each other")
		f.refused(t, append(base, "--quote-verifier", f.admin.Hex(), "--out", filepath.Join(f.dir, "eoa.json")),
			"no contract at that address", "nothing was sent")
		f.refused(t, append(base, "--quote-verifier", "0x1234", "--out", filepath.Join(f.dir, "bad.json")), "--quote-verifier", "is not an address")

		p := filepath.Join(f.dir, "existing-verifier.json")
		stdout, stderr, err := deployCLI(t, append(base, "--quote-verifier", first.QuoteVerifier.Hex(), "--instance-ttl", "3600", "--out", p)...)
		if err != nil {
			t.Fatalf("%v\n%s%s", err, stdout, stderr)
		}
		rec := f.checkOnChain(t, p, f.deployer, 3600, nil)
		if rec.QuoteVerifier != first.QuoteVerifier {
			t.Errorf("quote verifier %s, want %s", rec.QuoteVerifier, first.QuoteVerifier)
		}
		if strings.Contains(stdout, "root CA") || strings.Contains(stdout, "collateral store") {
			t.Errorf("summary of a deployment without DCAP contracts:\n%s", stdout)
		}
	})

	t.Run("refused before sending", func(t *testing.T) {
		p := filepath.Join(f.dir, "never.json")
		dev := []string{"--root-ca", f.rootPath, "--allow-other-root", "--out", p}
		f.refused(t, append(append(base, dev...), "--admin", "0xnope"), `--admin: "0xnope" is not an address`)
		f.refused(t, append(append(base, dev...), "--admin", common.Address{}.Hex()), "--admin is the zero address")
		f.refused(t, append(append(base, dev...), "--instance-ttl", "30s"), "--instance-ttl", "1 minute to 365 days")
		f.refused(t, append(append(base, dev...), "--instance-ttl", "soon"), "--instance-ttl")
		f.refused(t, append(append(base, dev...), "--chain-id", "1"), "serves chain 31337, not --chain-id 1")
		f.refused(t, append([]string{"--rpc-url", f.anvil.URL}, dev...), "no signer")
		f.refused(t, append([]string{"--private-key", f.key}, dev...), "no JSON-RPC endpoint")
		f.refused(t, append(base, "--out", p), "no quote verifier", "--root-ca", "--quote-verifier")
		f.refused(t, append(append(base, dev...), "--out", filepath.Join(f.dir, "no-such-dir", "d.json")), "cannot write in its directory")
		// Dev keys are funded, a fresh one is not.
		poor, _ := crypto.GenerateKey()
		f.refused(t, append([]string{"--rpc-url", f.anvil.URL, "--private-key", hex.EncodeToString(crypto.FromECDSA(poor))}, dev...), "has no funds")
		if fileExists(p) {
			t.Error("a record was written")
		}

		_, _, err := deployCLI(t, append([]string{"--rpc-url", "http://127.0.0.1:1", "--private-key", f.key}, dev...)...)
		if err == nil || !strings.Contains(err.Error(), "chain id of http://127.0.0.1:1 (is the node up?)") {
			t.Errorf("unreachable RPC: %v", err)
		}
	})

	t.Run("environment", func(t *testing.T) {
		p := filepath.Join(f.dir, "env.json")
		t.Setenv("TEEREG_RPC_URL", f.anvil.URL)
		t.Setenv("TEEREG_PRIVATE_KEY", f.key)
		t.Setenv("TEEREG_ROOT_CA", f.rootPath)
		t.Setenv("TEEREG_ALLOW_OTHER_ROOT", "true")
		t.Setenv("TEEREG_ADMIN", f.admin.Hex())
		t.Setenv("TEEREG_INSTANCE_TTL", "86400") // seconds, as script/Deploy.s.sol reads it
		t.Setenv("TEEREG_DEPLOYMENT_OUT", p)
		if stdout, stderr, err := deployCLI(t); err != nil {
			t.Fatalf("%v\n%s%s", err, stdout, stderr)
		}
		f.checkOnChain(t, p, f.admin, 86400, f.devRoot)
	})

	t.Run("Intel root needs no flag", func(t *testing.T) {
		der, err := os.ReadFile(filepath.Join(vectorsDir(t), "intel-sgx-root-ca.der"))
		if err != nil {
			t.Fatal(err)
		}
		root := f.file(t, "intel.pem", pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
		p := filepath.Join(f.dir, "intel.json")
		stdout, stderr, err := deployCLI(t, append(base, "--root-ca", root, "--out", p)...)
		if err != nil {
			t.Fatalf("%v\n%s%s", err, stdout, stderr)
		}
		if !strings.Contains(stdout, "sha256 "+intelRootHex+" (Intel's SGX Root CA)") {
			t.Errorf("summary:\n%s", stdout)
		}
		f.checkOnChain(t, p, f.deployer, 86400, der)
	})
}

func TestDeployHelp(t *testing.T) {
	isolateEnv(t)
	stdout, _, err := deployCLI(t, "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Examples:", "--root-ca", "--allow-other-root", "--quote-verifier", "--force",
		"TEEREG_ROOT_CA", "TEEREG_DEPLOYMENT_OUT", intelRootHex} {
		if !strings.Contains(stdout, want) {
			t.Errorf("help lacks %q:\n%s", want, stdout)
		}
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
