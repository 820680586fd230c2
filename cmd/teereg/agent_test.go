package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/devnet"
	"github.com/teereg/teereg/internal/foundry"
)

// TestAgentJoinsDevnet runs `teereg agent --tee devtee --once` against a
// running devnet: a fourth instance registers with a dev-TEE quote from the
// devnet's platform (re-created from devtee.json), provisions and sees
// every peer, itself included.
func TestAgentJoinsDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	dir := t.TempDir()
	d, err := devnet.Start(ctx, devnet.Config{Dir: dir, IndexerListen: "127.0.0.1:0", DNSListen: "127.0.0.1:0", RegistryListen: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	var out bytes.Buffer
	app := newApp()
	app.Writer = &out
	err = app.RunContext(ctx, []string{"teereg", "agent", "--rpc-url", d.Anvil.URL, "--registry", d.Deployment.Registry.Hex(),
		"--tee", "devtee", "--devtee-state", filepath.Join(dir, "devtee.json"), "--operator-key", foundry.DevPrivateKeys[1],
		"--registry-url", d.RegistryURL, "--dns-server", d.DNSAddr, "--label", "node-4", "--ipv4", "127.0.0.4", "--port", "9004",
		"--data-dir", filepath.Join(t.TempDir(), "node-4"), "--once"})
	if err != nil {
		t.Fatalf("agent: %v\n%s", err, out.String())
	}
	for _, want := range []string{"provisioned as node-4.teereg.test", "peer node-1.teereg.test:9001", "peer node-4.teereg.test:9004 [127.0.0.4]"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("agent output lacks %q:\n%s", want, out.String())
		}
	}
}
