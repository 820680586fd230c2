package agent

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKeyFileCreatedOnceAndReused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "k.pem")
	k1, err := loadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v (%v), want 0600", st.Mode().Perm(), err)
	}
	k2, err := loadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equal(k2) {
		t.Fatal("a second start made a new key: the instance would lose its identity")
	}
}

func TestKeyFileGarbage(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"not pem":   "hello",
		"wrong pem": "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
		"bad der":   "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n",
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := loadOrCreateKey(path); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: err = %v, want an error naming the file", name, err)
		}
	}
}

func TestNewRefusesIncompleteConfig(t *testing.T) {
	if _, err := New(Config{DataDir: t.TempDir()}, nil); err == nil || !strings.Contains(err.Error(), "required") {
		t.Fatalf("New without quoter/chain/operator = %v", err)
	}
}
