package main

import (
	"bytes"
	stdcrypto "crypto"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/internal/foundry"
	"github.com/teereg/teereg/registry"
	"github.com/teereg/teereg/registry/kms"
)

// runKMS runs `teereg kms …` and returns stdout.
func runKMS(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{kmsCommand()},
		Writer: &stdout, ErrWriter: &stderr, ExitErrHandler: func(*cli.Context, error) {}}
	err := app.RunContext(t.Context(), append([]string{"teereg", "kms"}, args...))
	return stdout.String(), err
}

func mustKMS(t *testing.T, args ...string) string {
	t.Helper()
	out, err := runKMS(t, args...)
	if err != nil {
		t.Fatalf("kms %v: %v\n%s", args, err, out)
	}
	return out
}

func wantKMSError(t *testing.T, want string, args ...string) {
	t.Helper()
	out, err := runKMS(t, args...)
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("kms %v: err %v, want one containing %q\n%s", args, err, want, out)
	}
}

// TestKMSCeremonyAndUnseal runs the Shamir life cycle through the CLI:
// custodians print their public keys, the ceremony splits 2-of-3, an admin
// publishes the PKI from the manifest and grants the custodian role on
// chain, and the custodians unseal a sealed KMS whose custodian check reads
// the Registry on anvil.
func TestKMSCeremonyAndUnseal(t *testing.T) {
	a := newAdminWorld(t)
	// Three custodians; they sign but send no transaction.
	var keys []*ecdsa.PrivateKey
	var hexKeys []string
	var addrs []common.Address
	for range 3 {
		k, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		keys, hexKeys, addrs = append(keys, k), append(hexKeys, hexutil.Encode(crypto.FromECDSA(k))), append(addrs, crypto.PubkeyToAddress(k.PublicKey))
	}
	var pubs []string
	for i := range 3 {
		var pk struct {
			PublicKey hexutil.Bytes  `json:"publicKey"`
			Address   common.Address `json:"address"`
		}
		if err := json.Unmarshal([]byte(mustKMS(t, "public-key", "--private-key", hexKeys[i], "--json")), &pk); err != nil {
			t.Fatal(err)
		}
		if pk.Address != addrs[i] || !bytes.Equal(pk.PublicKey, crypto.FromECDSAPub(&keys[i].PublicKey)) {
			t.Fatalf("public-key of custodian %d: %s %x", i, pk.Address, pk.PublicKey)
		}
		pubs = append(pubs, pk.PublicKey.String())
	}
	// The three accepted encodings: 0x04‖X‖Y, X‖Y, compressed.
	custodianArgs := []string{"--custodian", pubs[0], "--custodian", pubs[1][4:], "--custodian", hexutil.Encode(crypto.CompressPubkey(&keys[2].PublicKey))}

	dir := filepath.Join(a.dir, "ceremony")
	out := mustKMS(t, append([]string{"split", "--threshold", "2", "--out", dir, "--ca-common-name", "test app CA"}, custodianArgs...)...)
	for _, want := range []string{"split them 2-of-3", "teereg admin set-pki --kms-manifest", "--role kms-custodian --account " + addrs[0].Hex()} {
		if !strings.Contains(out, want) {
			t.Fatalf("split output lacks %q:\n%s", want, out)
		}
	}
	manifestPath := filepath.Join(dir, "manifest.json")
	blob, err := os.ReadFile(manifestPath)
	if err != nil {
		t.Fatal(err)
	}
	manifest, err := kms.ParseManifest(blob)
	if err != nil {
		t.Fatal(err)
	}
	if manifest.Threshold != 2 || len(manifest.Custodians) != 3 || manifest.Custodians[2] != addrs[2] {
		t.Fatalf("manifest: threshold %d custodians %v", manifest.Threshold, manifest.Custodians)
	}
	shareFile := func(i int) string { // custodian i (0-based) holds share i+1
		return filepath.Join(dir, "share-"+string(rune('1'+i))+"-"+strings.ToLower(addrs[i].Hex())+".trk")
	}
	for i := range 3 {
		fi, err := os.Stat(shareFile(i))
		if err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("share file %d: %v %v", i, fi, err)
		}
	}
	// A ceremony's output is never overwritten.
	wantKMSError(t, "already exists", append([]string{"split", "--threshold", "2", "--out", dir}, custodianArgs...)...)

	// Publish the PKI from the manifest; grant the role to two custodians.
	a.mustRun(t, 0, "set-pki", "--kms-manifest", manifestPath)
	reg, err := bindings.NewRegistryCaller(a.w.Deployment.Registry, a.client)
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := reg.Pki(a.opts(t))
	if err != nil || !bytes.Equal(onChain.CaCertificate, manifest.CACertificate) || !bytes.Equal(onChain.SecretsPublicKey, manifest.SecretsPublicKey) {
		t.Fatalf("PKI on chain is not the manifest's: %v", err)
	}
	if _, err := a.run(t, 0, "set-pki", "--kms-manifest", manifestPath, "--ca-cert", manifestPath); err == nil || !strings.Contains(err.Error(), "without --ca-cert") {
		t.Fatalf("--kms-manifest with --ca-cert: %v", err)
	}
	for _, c := range addrs[:2] {
		a.mustRun(t, 0, "role", "grant", "--account", c.Hex(), "--role", "kms-custodian")
	}

	// The registry's sealed KMS, with the custodian check on chain.
	chain, err := registry.NewChain(a.client, registry.ChainConfig{Registry: a.w.Deployment.Registry})
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := kms.NewSealed(kms.SealedConfig{Manifest: manifest,
		Expected:   kms.PKI{CACertificate: onChain.CaCertificate, SecretsPublicKey: onChain.SecretsPublicKey},
		Domain:     kms.Domain{ChainID: a.anvil.ChainID, Registry: a.w.Deployment.Registry},
		Custodians: chain})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(kms.NewHandler(sealed, nil))
	t.Cleanup(srv.Close)
	admin := []string{"--admin-url", srv.URL}
	unseal := func(custodian, share int, extra ...string) []string {
		args := append([]string{"unseal", "--share", shareFile(share), "--private-key", hexKeys[custodian], "--deployment", a.deployment}, admin...)
		return append(args, extra...)
	}

	if out := mustKMS(t, append([]string{"status"}, admin...)...); !strings.Contains(out, "KMS sealed: 0 of 2 shares received") {
		t.Fatalf("status: %s", out)
	}
	// Refusals, each leaving the KMS as it was.
	wantKMSError(t, "encrypted to another key", unseal(0, 1)...)
	wantKMSError(t, "HTTP 403", unseal(2, 2)...)                    // custodian 3 holds no role yet
	wantKMSError(t, "HTTP 403", unseal(0, 0, "--chain-id", "1")...) // signed for another chain: recovers another account
	wantKMSError(t, "needs the chain id and the Registry address", "unseal", "--share", shareFile(0), "--private-key", hexKeys[0])
	wantKMSError(t, "no custodian key", "unseal", "--share", shareFile(0), "--deployment", a.deployment)

	out = mustKMS(t, unseal(0, 0)...)
	if !strings.Contains(out, "share accepted from "+addrs[0].Hex()) || !strings.Contains(out, "KMS sealed: 1 of 2") {
		t.Fatalf("first unseal: %s", out)
	}
	wantKMSError(t, "HTTP 409", unseal(0, 0)...) // the same custodian again
	if !sealed.Sealed() {
		t.Fatal("unsealed with one share")
	}
	out = mustKMS(t, unseal(1, 1, "--json")...)
	var st kms.Status
	if err := json.Unmarshal([]byte(out), &st); err != nil || st.Sealed || st.Received != 2 || len(st.Submitted) != 2 {
		t.Fatalf("second unseal: %+v %v\n%s", st, err, out)
	}
	if sealed.Sealed() {
		t.Fatal("still sealed after the threshold")
	}
	// The recovered CA key signs for the CA certificate on chain.
	ca, err := x509.ParseCertificate(onChain.CaCertificate)
	if err != nil {
		t.Fatal(err)
	}
	digest := sha256.Sum256([]byte("signed by the recovered CA key"))
	sig, err := sealed.CASigner().Sign(rand.Reader, digest[:], stdcrypto.SHA256)
	if err != nil || !ecdsa.VerifyASN1(ca.PublicKey.(*ecdsa.PublicKey), digest[:], sig) {
		t.Fatalf("the recovered CA key does not match the certificate on chain: %v", err)
	}
	if !strings.Contains(mustKMS(t, append([]string{"status"}, admin...)...), "KMS unsealed: 2 of 2") {
		t.Fatal("status after unsealing")
	}
	wantKMSError(t, "is not sealed", unseal(1, 1)...)
}

func TestKMSGarbage(t *testing.T) {
	isolateEnv(t)
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage")
	if err := os.WriteFile(garbage, []byte("not a share at all"), 0o600); err != nil {
		t.Fatal(err)
	}
	key := foundry.DevPrivateKeys[4]
	pub := hexutil.Encode(crypto.FromECDSAPub(&mustKey(t, key).PublicKey))
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"split", "--threshold", "1", "--out", dir, "--custodian", "xyz"}, "is not hex"},
		{[]string{"split", "--threshold", "1", "--out", dir, "--custodian", "0x" + strings.Repeat("ab", 20)}, "20 bytes is not a secp256k1 public key"},
		{[]string{"split", "--threshold", "1", "--out", dir, "--custodian", "0x04" + strings.Repeat("ab", 64)}, "not a secp256k1 public key"},
		{[]string{"split", "--threshold", "3", "--out", dir, "--custodian", pub}, "threshold 3"},
		{[]string{"split", "--threshold", "1", "--out", dir, "--custodian", pub, "--custodian", pub}, "appears twice"},
		{[]string{"unseal", "--share", garbage, "--private-key", key, "--chain-id", "1", "--registry", common.Address{1}.Hex()}, "not a version 1 encrypted share"},
		{[]string{"unseal", "--share", filepath.Join(dir, "missing"), "--private-key", key, "--chain-id", "1", "--registry", "0x12"}, `--registry: "0x12" is not an address`},
		{[]string{"status", "--admin-url", "ftp://x"}, "is not an http(s) URL"},
		{[]string{"public-key"}, "no custodian key"},
	} {
		wantKMSError(t, tc.want, tc.args...)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Fatalf("refused splits left files behind: %v", entries)
	}
	// An endpoint that is not a KMS.
	srv := httptest.NewServer(nil)
	t.Cleanup(srv.Close)
	wantKMSError(t, "HTTP 404", "status", "--admin-url", srv.URL)
	junk := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("<html>hello</html>")) }))
	t.Cleanup(junk.Close)
	wantKMSError(t, "the answer is not a KMS status", "status", "--admin-url", junk.URL)
}

func mustKey(t *testing.T, h string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.HexToECDSA(h)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
