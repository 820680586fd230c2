// Package tdxvectors locates the real Intel TDX test vectors that live outside
// the repository in ../shared/testdata/tdx (relative to the module root) and
// loads them for tests.
//
// Tests call Dir or Load; when the shared directory is absent the test is
// skipped with a message saying where the vectors were looked for.
package tdxvectors

import (
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Vector is one real quote with its expectations (expected.json).
type Vector struct {
	Name string
	// Dir is the vector's directory.
	Dir string
	// Quote is the raw quote.bin, including any trailing padding.
	Quote []byte
	// CollateralPath is the path of collateral.json, or "" if the vector has none.
	CollateralPath string
	Expected       Expected
}

// Expected mirrors expected.json.
type Expected struct {
	QuoteVersion int    `json:"quote_version"`
	VerifyAt     int64  `json:"verify_at"`
	TCBStatus    string `json:"tcb_status"`
	FMSPC        string `json:"fmspc"`
	BodyType     int    `json:"body_type"`
	BodySize     int    `json:"body_size"`
	Note         string `json:"note"`
}

// VerifyTime is VerifyAt as a time.
func (e Expected) VerifyTime() time.Time { return time.Unix(e.VerifyAt, 0).UTC() }

// ModuleRoot walks up from the working directory to the directory holding go.mod.
func ModuleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("getting working directory: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("go.mod not found above the working directory")
		}
		dir = parent
	}
}

// Dir returns ../shared/testdata/tdx relative to the module root, skipping the
// test if it does not exist.
func Dir(t testing.TB) string {
	t.Helper()
	root, err := ModuleRoot()
	if err != nil {
		t.Fatalf("locating module root: %v", err)
	}
	dir := filepath.Join(filepath.Dir(root), "shared", "testdata", "tdx")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real TDX vectors not available (looked for %s): %v", dir, err)
	}
	return dir
}

// Load reads the named vector (e.g. "phala-uptodate"), skipping the test if the
// shared directory is absent.
func Load(t testing.TB, name string) *Vector {
	t.Helper()
	dir := filepath.Join(Dir(t), name)
	v := &Vector{Name: name, Dir: dir}
	var err error
	if v.Quote, err = os.ReadFile(filepath.Join(dir, "quote.bin")); err != nil {
		t.Fatalf("reading quote of %s: %v", name, err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, "expected.json"))
	if err != nil {
		t.Fatalf("reading expected.json of %s: %v", name, err)
	}
	if err := json.Unmarshal(raw, &v.Expected); err != nil {
		t.Fatalf("decoding expected.json of %s: %v", name, err)
	}
	if p := filepath.Join(dir, "collateral.json"); fileExists(p) {
		v.CollateralPath = p
	}
	return v
}

// WithCollateral lists the vectors that carry collateral.
func WithCollateral() []string { return []string{"phala-uptodate", "automata-outofdate"} }

// IntelRoot loads the Intel SGX Root CA certificate, skipping the test if the
// shared directory is absent.
func IntelRoot(t testing.TB) *x509.Certificate {
	t.Helper()
	der, err := os.ReadFile(filepath.Join(Dir(t), "intel-sgx-root-ca.der"))
	if err != nil {
		t.Fatalf("reading Intel root: %v", err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatalf("parsing Intel root: %v", err)
	}
	return cert
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}
