package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/dcap"
	"github.com/teereg/teereg/deploy"
	"github.com/teereg/teereg/internal/foundry"
)

// TestCollateralPushOnAnvil deploys the system with a dev TEE root on a real
// anvil node, pushes the dev collateral with `collateral push` (private key
// from the environment), pushes it again from a keystore (every step skipped,
// JSON output), and checks that a dev quote then verifies on chain.
func TestCollateralPushOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	f := newCollateralFixture(ctx, t, "cli push")
	anvil, client, key, auth, d, platform, dir, collPath := f.anvil, f.client, f.key, f.auth, f.d, f.platform, f.dir, f.collPath

	t.Setenv("TEEREG_PRIVATE_KEY", "0x"+foundry.DevPrivateKeys[0])
	stdout, stderr, err := run(t, "collateral", "push", "--collateral", collPath, "--rpc-url", anvil.URL, "--collateral-store", d.CollateralStore.Hex())
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	line := regexp.MustCompile(`(?m)^(upload [A-Za-z ]+?)\s{2,}tx (0x[0-9a-f]{64})\s+block (\d+)\s+gas (\d+)$`)
	matches := line.FindAllStringSubmatch(stdout, -1)
	if len(matches) != 4 || matches[0][1] != dcap.StepRootCACRL || matches[3][1] != dcap.StepQEIdentity {
		t.Fatalf("output:\n%s", stdout)
	}
	quote, err := platform.Quote(ctx, [64]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	if r, err := dcap.CallVerifyQuote(ctx, client, d.QuoteVerifier, quote, nil); err != nil || !r.Valid {
		t.Fatalf("after the push: %v %+v", err, r)
	}

	// Again, from a keystore: nothing left to send.
	t.Setenv("TEEREG_PRIVATE_KEY", "")
	ks := filepath.Join(dir, "key.json")
	blob, err := keystore.EncryptKey(&keystore.Key{Address: crypto.PubkeyToAddress(key.PublicKey), PrivateKey: key}, "secret", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(ks, blob, 0o600)
	pw := filepath.Join(dir, "password")
	os.WriteFile(pw, []byte("secret\n"), 0o600)
	stdout, stderr, err = run(t, "collateral", "push", "--collateral", collPath, "--rpc", anvil.URL, "--store", d.CollateralStore.Hex(),
		"--keystore", ks, "--password-file", pw, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var doc struct {
		Store string        `json:"store"`
		From  string        `json:"from"`
		Steps []dcap.Upload `json:"steps"`
		Error string        `json:"error"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if len(doc.Steps) != 4 || doc.Error != "" || !strings.EqualFold(doc.From, auth.From.Hex()) {
		t.Fatalf("JSON %+v", doc)
	}
	for _, s := range doc.Steps {
		if !s.Skipped || s.Reason == "" || s.TxHash != nil {
			t.Fatalf("re-push step %+v", s)
		}
	}

	// A failing step: the decoded contract error, in JSON and as the exit error.
	bad := *f.coll
	bad.TCBInfoSignature = strings.Repeat("22", 64)
	badPath := filepath.Join(dir, "bad.json")
	if err := bad.WriteFile(badPath); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEEREG_PRIVATE_KEY", foundry.DevPrivateKeys[0])
	stdout, _, err = run(t, "collateral", "push", "--collateral", badPath, "--rpc", anvil.URL, "--store", d.CollateralStore.Hex(), "--json")
	if err == nil || err.Error() != "collateral push: upload TCB info: InvalidCollateralSignature()" {
		t.Fatalf("got %v", err)
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil || doc.Error != "upload TCB info: InvalidCollateralSignature()" || len(doc.Steps) != 2 {
		t.Fatalf("JSON %+v (%v)", doc, err)
	}

	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--store", "nope"}, "is not an address"},
		{[]string{"--store", d.CollateralStore.Hex(), "--keystore", ks}, "both"},
		{[]string{"--store", d.Registry.Hex()}, "reading the collateral store"},
	} {
		_, _, err := run(t, append([]string{"collateral", "push", "--collateral", collPath, "--rpc", anvil.URL}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want %q", tc.args, err, tc.want)
		}
	}
}

// collateralFixture is a deployment on anvil pinning a fresh dev root CA
// (dev key 0 deploys), and that root's collateral for one dev platform in
// a file, not pushed yet.
type collateralFixture struct {
	anvil    *foundry.Anvil
	client   *ethclient.Client
	key      *ecdsa.PrivateKey
	auth     *bind.TransactOpts
	d        *deploy.Deployment
	platform *devtee.Platform
	coll     *collateral.Collateral
	dir      string
	collPath string
}

func newCollateralFixture(ctx context.Context, t *testing.T, seed string) *collateralFixture {
	t.Helper()
	f := &collateralFixture{dir: t.TempDir()}
	f.anvil, f.client = startAnvil(ctx, t)
	var err error
	if f.key, err = crypto.HexToECDSA(foundry.DevPrivateKeys[0]); err != nil {
		t.Fatal(err)
	}
	if f.auth, err = bind.NewKeyedTransactorWithChainID(f.key, new(big.Int).SetUint64(f.anvil.ChainID)); err != nil {
		t.Fatal(err)
	}
	authority, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte(seed)), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if f.platform, err = authority.NewPlatform([6]byte{0xb0, 0xc0, 0x6f}, nil); err != nil {
		t.Fatal(err)
	}
	if f.d, err = deploy.Deploy(ctx, f.client, f.auth, deploy.Config{RootCA: authority.RootCertificate().Raw}); err != nil {
		t.Fatal(err)
	}
	if f.coll, err = authority.Collateral(f.platform, authority.Created(), 24*time.Hour, nil); err != nil {
		t.Fatal(err)
	}
	f.collPath = filepath.Join(f.dir, "collateral.json")
	if err := f.coll.WriteFile(f.collPath); err != nil {
		t.Fatal(err)
	}
	return f
}
