package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/teereg/teereg/registry"
)

// runMine runs args against an app holding only the registry and secret
// commands (main.go wires them into the real one).
func runMine(t *testing.T, args ...string) (string, string, error) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{registryCommand(), secretCommand()},
		Writer: &stdout, ErrWriter: &stderr, Reader: strings.NewReader(""), ExitErrHandler: func(*cli.Context, error) {}}
	err := app.RunContext(context.Background(), append([]string{"teereg"}, args...))
	return stdout.String(), stderr.String(), err
}

// registryFlags parses args with the registry command's flags.
func registryFlags(t *testing.T, args ...string) (*registrySettings, error) {
	t.Helper()
	cmd := registryCommand()
	var s *registrySettings
	var cfgErr error
	cmd.Action = func(c *cli.Context) error {
		s, cfgErr = registryConfig(c)
		return nil
	}
	app := &cli.App{Name: "teereg", Commands: []*cli.Command{cmd}, Writer: &bytes.Buffer{}, ErrWriter: &bytes.Buffer{}}
	if err := app.Run(append([]string{"teereg", "registry"}, args...)); err != nil {
		return nil, err
	}
	return s, cfgErr
}

func TestRegistryFlags(t *testing.T) {
	s, err := registryFlags(t, "--database-url", "postgres://x/y", "--rpc-url", "http://127.0.0.1:8545", "--zone", "peers.example.com",
		"--kms-key-file", "/k.pem", "--registry", "0x5FbDB2315678afecb367f032d93F642f64180aa3", "--cert-validity", "2h",
		"--max-chain-lag", "30s", "--confirmations", "3", "--audit-log", "/var/log/audit.jsonl", "--storage-cache-bytes", "0")
	if err != nil {
		t.Fatal(err)
	}
	c := s.Service
	if s.DatabaseURL != "postgres://x/y" || s.RPC != "http://127.0.0.1:8545" || c.Zone != "peers.example.com" || c.KMSKeyFile != "/k.pem" ||
		c.KMSManifest != "" || c.CertValidity != 2*time.Hour || c.MaxChainLag != 30*time.Second || c.Confirmations != 3 ||
		s.AuditLog != "/var/log/audit.jsonl" || c.Storage.CacheBytes != 0 ||
		c.Registry != common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3") {
		t.Errorf("settings %+v / %+v", s, c)
	}
	if s.Listen != defaultRegistryListen || s.AdminListen != defaultRegistryAdminListen || c.NonceTTL != registry.DefaultNonceTTL ||
		c.MaxChallenges != registry.DefaultMaxChallenges || c.PollInterval != registry.DefaultPollInterval || c.RenderedCacheBytes != 16<<20 {
		t.Errorf("defaults not applied: %+v / %+v", s, c)
	}
}

func TestRegistryFlagsFromEnvironment(t *testing.T) {
	t.Setenv("TEEREG_DATABASE_URL", "postgres://env/db")
	t.Setenv("TEEREG_RPC_URL", "ws://node:8546")
	t.Setenv("TEEREG_REGISTRY_ZONE", "peers.example")
	t.Setenv("TEEREG_KMS_MANIFEST", "/etc/manifest.json")
	t.Setenv("TEEREG_REGISTRY_LISTEN", "0.0.0.0:443")
	t.Setenv("TEEREG_REGISTRY_NONCE_TTL", "30s")
	s, err := registryFlags(t)
	if err != nil {
		t.Fatal(err)
	}
	if s.DatabaseURL != "postgres://env/db" || s.RPC != "ws://node:8546" || s.Service.Zone != "peers.example" ||
		s.Service.KMSManifest != "/etc/manifest.json" || s.Listen != "0.0.0.0:443" || s.Service.NonceTTL != 30*time.Second {
		t.Errorf("settings from the environment: %+v", s)
	}
}

func TestRegistryFlagErrors(t *testing.T) {
	base := []string{"--database-url", "postgres://x", "--zone", "p.example", "--rpc-url", "http://n"}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--zone", "p.example", "--rpc-url", "http://n", "--kms-key-file", "k"}, "database-url"},
		{[]string{"--database-url", "postgres://x", "--zone", "p.example", "--kms-key-file", "k"}, "no JSON-RPC endpoint"},
		{base, "exactly one of --kms-key-file"},
		{append(base, "--kms-key-file", "k", "--kms-manifest", "m"), "exactly one of --kms-key-file"},
		{append(base, "--kms-manifest", "m", "--admin-listen", ""), "needs --admin-listen"},
		{append(base, "--kms-key-file", "k", "--tls-cert", "c.pem"), "both --tls-cert and --tls-key"},
		{append(base, "--kms-key-file", "k", "--registry", "nope"), "not an address"},
		{append(base, "--kms-key-file", "k", "--nonce-ttl", "0s"), "--nonce-ttl must be positive"},
		{append(base, "--kms-key-file", "k", "--confirmations", "-2"), "--confirmations"},
		{append(base, "--kms-key-file", "k", "--max-challenges", "0"), "--max-challenges"},
		{append(base, "--kms-key-file", "k", "--deployment", "/nonexistent.json"), "deployment record"},
	} {
		if _, err := registryFlags(t, tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: %v, want %q", tc.args, err, tc.want)
		}
	}
}

// TestRegistryRunFailsClosed: the command refuses to start when the
// indexer's database cannot be read, and says so.
func TestRegistryRunFailsClosed(t *testing.T) {
	_, _, err := runMine(t, "registry", "--database-url", "postgres://nobody@127.0.0.1:1/none?connect_timeout=2", "--rpc-url", "http://127.0.0.1:1",
		"--zone", "p.example", "--kms-key-file", t.TempDir()+"/k.pem", "--audit-log", t.TempDir()+"/audit.jsonl",
		"--listen", "127.0.0.1:0", "--admin-listen", "127.0.0.1:0")
	if err == nil || !strings.Contains(err.Error(), "deployment") {
		t.Fatalf("%v", err)
	}
}

func TestRegistryHelp(t *testing.T) {
	out, _, err := runMine(t, "registry", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Examples:", "--kms-manifest", "TEEREG_REGISTRY_ZONE", "stale_chain_view", "/v1/kms/unseal", "--max-chain-lag", "--audit-log"} {
		if !strings.Contains(out, want) {
			t.Errorf("help lacks %q", want)
		}
	}
	out, _, err = runMine(t, "secret", "encrypt", "--help")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Examples:", "--upload", "{{ secret", "TEEREG_PRIVATE_KEY", "printf"} {
		if !strings.Contains(out, want) {
			t.Errorf("secret help lacks %q", want)
		}
	}
}

// TestAuditLogReopen: after a rotation (rename) the reopen that SIGHUP
// triggers writes to a fresh file at the path; nothing is lost or doubled.
func TestAuditLogReopen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.jsonl")
	w, reopen, closeAudit, err := openAudit(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "one\n"); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path, path+".1"); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "two\n"); err != nil { // still the rotated file
		t.Fatal(err)
	}
	if err := reopen(); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "three\n"); err != nil {
		t.Fatal(err)
	}
	if err := closeAudit(); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(w, "four\n"); err == nil || !strings.Contains(err.Error(), "is closed") {
		t.Fatalf("write after close: %v", err)
	}
	for file, want := range map[string]string{path + ".1": "one\ntwo\n", path: "three\n"} {
		got, err := os.ReadFile(file)
		if err != nil || string(got) != want {
			t.Fatalf("%s: %q %v, want %q", file, got, err, want)
		}
		if fi, _ := os.Stat(file); fi.Mode().Perm() != 0o600 {
			t.Fatalf("%s: mode %v", file, fi.Mode())
		}
	}
	// A path that cannot be opened keeps the old file.
	w, reopen, _, err = openAudit(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := reopen(); err == nil {
		t.Fatal("reopen onto a directory succeeded")
	}
	if _, err := io.WriteString(w, "five\n"); err != nil {
		t.Fatalf("the old file is no longer written after a failed reopen: %v", err)
	}
	if _, _, _, err := openAudit(filepath.Join(path, "x", "y"), nil); err == nil || !strings.Contains(err.Error(), "--audit-log") {
		t.Fatalf("unopenable audit log: %v", err)
	}
}
