package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadDeploymentGarbage: a deployment record that is not one is a
// clear error naming the file, never a zero address silently followed.
func TestReadDeploymentGarbage(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"not json":    "registry=0x01",
		"no registry": `{"artifactStore":"0x0000000000000000000000000000000000000002","block":3}`,
		"bad address": `{"registry":"0xnothex"}`,
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := readDeployment(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err = %v, want an error naming %s", name, err, path)
		}
	}
	if _, err := readDeployment(filepath.Join(dir, "absent")); err == nil {
		t.Error("a missing record was accepted")
	}
}

func TestRedactURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://eth-mainnet.g.alchemy.com/v2/SECRETKEY": "https://eth-mainnet.g.alchemy.com/…",
		"wss://user:pass@node.example:8546":              "wss://node.example:8546/…",
		"http://127.0.0.1:8545":                          "http://127.0.0.1:8545",
		"https://node.example/?apikey=SECRET":            "https://node.example/…",
		"/var/run/geth.ipc":                              "(endpoint)",
	} {
		if got := redactURL(in); got != want || strings.Contains(got, "SECRET") || strings.Contains(got, "pass") {
			t.Errorf("redactURL(%q) = %q, want %q", in, got, want)
		}
	}
}
