package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/internal/chaintest"
	"github.com/teereg/teereg/internal/foundry"
	"github.com/teereg/teereg/registry/kms"
)

// TestSecretEncryptOnAnvil: `secret encrypt` reads the PKI with an eth_call,
// seals the secret to its secrets key, writes the envelope, stores it as an
// artifact signed by a metadata writer, and the KMS holding the keys opens
// exactly what was encrypted.
func TestSecretEncryptOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	anvil, client := startAnvil(ctx, t)
	var dev [3]string
	keys := make([]*ecdsa.PrivateKey, 3)
	for i := range keys {
		dev[i] = foundry.DevPrivateKeys[i]
		k, err := crypto.HexToECDSA(dev[i])
		if err != nil {
			t.Fatal(err)
		}
		keys[i] = k
	}
	w, err := chaintest.Deploy(ctx, client, new(big.Int).SetUint64(anvil.ChainID), keys[0], keys[1], keys[2], time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	reg, store := w.Deployment.Registry.Hex(), w.Deployment.ArtifactStore.Hex()
	dir := t.TempDir()
	in := filepath.Join(dir, "secret.txt")
	secret := "db-password\nwith a newline kept\n"
	if err := os.WriteFile(in, []byte(secret), 0o600); err != nil {
		t.Fatal(err)
	}

	// No PKI yet: refused, nothing written.
	out := filepath.Join(dir, "secret.env")
	_, _, err = runMine(t, "secret", "encrypt", "--in", in, "--out", out, "--rpc-url", anvil.URL, "--registry", reg)
	if err == nil || !strings.Contains(err.Error(), "no PKI is published") {
		t.Fatalf("without a PKI: %v", err)
	}
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Fatal("an envelope was written without a PKI")
	}

	kmsKeys, err := kms.GenerateKeys()
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Mine(ctx)(w.Registry.SetPki(w.Auth(w.Admin), kmsKeys.CACertificate(), kmsKeys.SecretsPublicKey(), nil)); err != nil {
		t.Fatal(err)
	}

	t.Setenv("TEEREG_PRIVATE_KEY", "0x"+dev[2]) // the metadata writer
	stdout, stderr, err := runMine(t, "secret", "encrypt", "--in", in, "--out", out, "--rpc-url", anvil.URL, "--registry", reg,
		"--artifact-store", store, "--upload", "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr)
	}
	var res secretResult
	if err := json.Unmarshal([]byte(stdout), &res); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	env, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if res.SecretID != kms.SecretID(env) || res.Template != `{{ secret "`+res.SecretID+`" }}` || res.PKIVersion != 1 || res.PKISource != "chain" || res.Transaction == nil {
		t.Errorf("result %+v", res)
	}
	stored, err := w.Artifacts.Get(&bind.CallOpts{Context: ctx}, common.HexToHash(res.SecretID))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stored, env) {
		t.Error("the stored artifact is not the envelope written")
	}
	pt, err := kmsKeys.OpenSecret(stored)
	if err != nil || string(pt) != secret {
		t.Fatalf("opened %q, %v", pt, err)
	}
	if strings.Contains(stdout, "db-password") || strings.Contains(stderr, "db-password") {
		t.Error("the secret was printed")
	}

	// Text output, from stdin, to a file only.
	out2 := filepath.Join(dir, "second.env")
	app := func(stdin string, args ...string) (string, error) {
		var o, e bytes.Buffer
		a := newSecretApp(&o, &e, strings.NewReader(stdin))
		err := a.RunContext(ctx, append([]string{"teereg", "secret", "encrypt"}, args...))
		return o.String(), err
	}
	text, err := app("hunter2", "--out", out2, "--rpc-url", anvil.URL, "--registry", reg)
	if err != nil {
		t.Fatal(err)
	}
	env2, _ := os.ReadFile(out2)
	if !strings.Contains(text, "secret id   "+kms.SecretID(env2)) || !strings.Contains(text, "{{ secret") {
		t.Errorf("text output %q", text)
	}
	if pt, err := kmsKeys.OpenSecret(env2); err != nil || string(pt) != "hunter2" {
		t.Errorf("stdin secret: %q %v", pt, err)
	}

	// A signer without the writer role: the contract's refusal is reported.
	t.Setenv("TEEREG_PRIVATE_KEY", "0x"+foundry.DevPrivateKeys[3])
	if _, err := app("x", "--rpc-url", anvil.URL, "--registry", reg, "--artifact-store", store, "--upload"); err == nil || !strings.Contains(err.Error(), "NotArtifactWriter") {
		t.Errorf("upload by a non-writer: %v", err)
	}
}

func newSecretApp(stdout, stderr *bytes.Buffer, stdin *strings.Reader) *cli.App {
	return &cli.App{Name: "teereg", Commands: []*cli.Command{secretCommand()}, Writer: stdout, ErrWriter: stderr, Reader: stdin,
		ExitErrHandler: func(*cli.Context, error) {}}
}

func TestSecretEncryptErrors(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	big := filepath.Join(dir, "big")
	os.WriteFile(empty, nil, 0o600)
	os.WriteFile(big, make([]byte, kms.MaxSecretSize+1), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--in", empty, "--rpc-url", "http://127.0.0.1:1", "--registry", "0x01"}, "--out FILE and/or --upload"},
		{[]string{"--in", empty, "--out", filepath.Join(dir, "o")}, "the secret is empty"},
		{[]string{"--in", big, "--out", filepath.Join(dir, "o")}, "more than 16293 bytes"},
		{[]string{"--in", filepath.Join(dir, "missing"), "--out", filepath.Join(dir, "o")}, "--in"},
	} {
		_, _, err := runMine(t, append([]string{"secret", "encrypt"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
	secret := filepath.Join(dir, "s")
	os.WriteFile(secret, []byte("s"), 0o600)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--out", filepath.Join(dir, "o")}, "no PKI source"},
		{[]string{"--out", filepath.Join(dir, "o"), "--rpc-url", "http://127.0.0.1:1"}, "needs --registry"},
		{[]string{"--out", filepath.Join(dir, "o"), "--rpc-url", "http://127.0.0.1:1", "--registry", "nope"}, "not an address"},
	} {
		_, _, err := runMine(t, append([]string{"secret", "encrypt", "--in", secret}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
}
