package collateral_test

import (
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/internal/tdxvectors"
)

func loadReal(t *testing.T, name string) (*collateral.Collateral, []byte) {
	t.Helper()
	v := tdxvectors.Load(t, name)
	c, err := collateral.Load(v.CollateralPath)
	if err != nil {
		t.Fatalf("Load(%s): %v", name, err)
	}
	raw, err := os.ReadFile(v.CollateralPath)
	if err != nil {
		t.Fatal(err)
	}
	return c, raw
}

func TestLoadRealVectors(t *testing.T) {
	root := tdxvectors.IntelRoot(t)
	for _, name := range tdxvectors.WithCollateral() {
		t.Run(name, func(t *testing.T) {
			c, _ := loadReal(t, name)
			if !strings.HasPrefix(c.TCBInfo, `{"id":"TDX","version":3,`) {
				t.Errorf("tcb_info starts %q", c.TCBInfo[:30])
			}
			if !strings.HasPrefix(c.QEIdentity, `{"id":"TD_QE","version":2,`) {
				t.Errorf("qe_identity starts %q", c.QEIdentity[:30])
			}
			// The decoding helpers give what a verifier needs, and the
			// signatures check out against the chain: proof that the
			// helpers hand over the exact signed bytes.
			for _, item := range []struct {
				name  string
				body  string
				sig   func() ([64]byte, error)
				chain func() ([]*x509.Certificate, error)
			}{
				{"tcb_info", c.TCBInfo, c.TCBInfoSignatureBytes, c.TCBInfoIssuerCerts},
				{"qe_identity", c.QEIdentity, c.QEIdentitySignatureBytes, c.QEIdentityIssuerCerts},
			} {
				sig, err := item.sig()
				if err != nil {
					t.Fatalf("%s signature: %v", item.name, err)
				}
				chain, err := item.chain()
				if err != nil {
					t.Fatalf("%s chain: %v", item.name, err)
				}
				if len(chain) != 2 || chain[0].Subject.CommonName != "Intel SGX TCB Signing" || !chain[1].Equal(root) {
					t.Fatalf("%s chain: unexpected certificates", item.name)
				}
				if err := chain[0].CheckSignatureFrom(root); err != nil {
					t.Fatalf("%s signing cert not signed by Intel root: %v", item.name, err)
				}
				pub := chain[0].PublicKey.(*ecdsa.PublicKey)
				h := sha256.Sum256([]byte(item.body))
				r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:])
				if !ecdsa.Verify(pub, h[:], r, s) {
					t.Fatalf("%s signature does not verify over the exact body bytes", item.name)
				}
			}
			pckChain, err := c.PCKCRLIssuerCerts()
			if err != nil {
				t.Fatal(err)
			}
			if pckChain[0].Subject.CommonName != "Intel SGX PCK Platform CA" {
				t.Errorf("pck_crl_issuer_chain[0] = %q", pckChain[0].Subject.CommonName)
			}
			rootCRL, err := c.ParseRootCACRL()
			if err != nil {
				t.Fatal(err)
			}
			if err := rootCRL.CheckSignatureFrom(root); err != nil {
				t.Errorf("root CRL: %v", err)
			}
			pckCRL, err := c.ParsePCKCRL()
			if err != nil {
				t.Fatal(err)
			}
			if err := pckCRL.CheckSignatureFrom(pckChain[0]); err != nil {
				t.Errorf("PCK CRL: %v", err)
			}
			der, err := c.PCKCRLDER()
			if err != nil || len(der) == 0 {
				t.Errorf("PCKCRLDER: %d bytes, %v", len(der), err)
			}
			if der, err := c.RootCACRLDER(); err != nil || len(der) == 0 {
				t.Errorf("RootCACRLDER: %d bytes, %v", len(der), err)
			}
		})
	}
}

func TestMarshalRoundTrip(t *testing.T) {
	c, raw := loadReal(t, "phala-uptodate")
	out, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	back, err := collateral.Parse(out)
	if err != nil {
		t.Fatalf("re-parse: %v", err)
	}
	if *back != *c {
		t.Fatal("round trip changed the collateral")
	}
	// Same key order as the shared file.
	if keyOrder(t, out) != keyOrder(t, raw) {
		t.Errorf("key order %s, want %s", keyOrder(t, out), keyOrder(t, raw))
	}
	path := filepath.Join(t.TempDir(), "c.json")
	if err := c.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	if _, err := collateral.Load(path); err != nil {
		t.Fatal(err)
	}
}

func keyOrder(t *testing.T, data []byte) string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(data)))
	var keys []string
	if _, err := dec.Token(); err != nil {
		t.Fatal(err)
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, tok.(string))
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
	}
	return strings.Join(keys, ",")
}

// devCollateral is collateral from the dev TEE, available without ../shared.
func devCollateral(t testing.TB) []byte {
	t.Helper()
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("collateral tests")), now)
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.NewPlatform([6]byte{1, 2, 3, 4, 5, 6}, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := a.Collateral(p, now, time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := c.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestParseErrors(t *testing.T) {
	raw := devCollateral(t)
	var m map[string]string
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	mutate := func(f func(map[string]any)) []byte {
		cp := make(map[string]any, len(m))
		for k, v := range m {
			cp[k] = v
		}
		f(cp)
		b, err := json.Marshal(cp)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name  string
		input []byte
		field string // FieldError.Field expected, or "" for a JSON-level error
		want  string // substring of the error
	}{
		{"empty", nil, "", "decoding collateral JSON"},
		{"garbage", []byte("\x00\x01garbage"), "", "decoding collateral JSON"},
		{"array", []byte(`[1,2]`), "", "want a JSON object"},
		{"truncated", raw[:len(raw)/2], "", "decoding collateral JSON"},
		{"trailing", append(append([]byte{}, raw...), []byte(`{}`)...), "", "after the object"},
		{"empty object", []byte(`{}`), collateral.FieldTCBInfo, "missing"},
		{"unknown field", mutate(func(c map[string]any) { c["fmspc"] = "00" }), "", `unknown field "fmspc"`},
		{"case-folded duplicate", []byte(strings.Replace(string(raw), `"tcb_info":`, `"TCB_INFO": "{}", "tcb_info":`, 1)), "", `unknown field "TCB_INFO"`},
		{"duplicate", []byte(strings.Replace(string(raw), `"tcb_info":`, `"tcb_info": "{}", "tcb_info":`, 1)), "", `duplicate field "tcb_info"`},
		{"number", mutate(func(c map[string]any) { c["pck_crl"] = 5 }), "", "pck_crl"},
		{"missing qe_identity", mutate(func(c map[string]any) { delete(c, "qe_identity") }), collateral.FieldQEIdentity, "missing"},
		{"tcb_info not json", mutate(func(c map[string]any) { c["tcb_info"] = `{"id":` }), collateral.FieldTCBInfo, "not a JSON object"},
		{"signature not hex", mutate(func(c map[string]any) { c["tcb_info_signature"] = "zz" }), collateral.FieldTCBInfoSignature, "invalid hex"},
		{"signature short", mutate(func(c map[string]any) { c["qe_identity_signature"] = "abcd" }), collateral.FieldQEIdentitySignature, "2 bytes, want 64"},
		{"chain garbage", mutate(func(c map[string]any) { c["tcb_info_issuer_chain"] = "hello" }), collateral.FieldTCBInfoIssuerChain, "expected a PEM block"},
		{"chain one cert", mutate(func(c map[string]any) {
			c["qe_identity_issuer_chain"] = m["qe_identity_issuer_chain"][:strings.Index(m["qe_identity_issuer_chain"], "-----END CERTIFICATE-----")+26]
		}), collateral.FieldQEIdentityIssuerChain, "1 certificates"},
		{"chain wrong type", mutate(func(c map[string]any) {
			c["pck_crl_issuer_chain"] = strings.ReplaceAll(m["pck_crl_issuer_chain"], "CERTIFICATE", "PRIVATE KEY")
		}), collateral.FieldPCKCRLIssuerChain, `type is "PRIVATE KEY"`},
		{"chain corrupt DER", mutate(func(c map[string]any) {
			c["pck_crl_issuer_chain"] = strings.Replace(m["pck_crl_issuer_chain"], "MIIC", "MIIA", 1)
		}), collateral.FieldPCKCRLIssuerChain, "certificate 1"},
		{"crl odd hex", mutate(func(c map[string]any) { c["root_ca_crl"] = "abc" }), collateral.FieldRootCACRL, "invalid hex"},
		{"crl not der", mutate(func(c map[string]any) { c["pck_crl"] = "deadbeef" }), collateral.FieldPCKCRL, "parsing DER CRL"},
		{"crl truncated", mutate(func(c map[string]any) { c["pck_crl"] = m["pck_crl"][:100] }), collateral.FieldPCKCRL, "parsing DER CRL"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := collateral.Parse(tt.input)
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", c)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
			var fe *collateral.FieldError
			if tt.field != "" {
				if !errors.As(err, &fe) || fe.Field != tt.field {
					t.Errorf("error %q: want a FieldError for %q", err, tt.field)
				}
				if !strings.Contains(err.Error(), tt.field) {
					t.Errorf("error %q does not name the field %q", err, tt.field)
				}
			}
		})
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := collateral.Load(filepath.Join(t.TempDir(), "absent.json")); err == nil || !strings.Contains(err.Error(), "opening collateral file") {
		t.Errorf("absent file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "bad.json")
	if err := os.WriteFile(p, []byte(`{"tcb_info":`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := collateral.Load(p); err == nil || !strings.Contains(err.Error(), p) {
		t.Errorf("bad file: error %v does not name the file", err)
	}
}

func TestHelpersOnInvalidFields(t *testing.T) {
	var c collateral.Collateral
	if _, err := c.TCBInfoSignatureBytes(); !errors.Is(err, collateral.ErrMissing) {
		t.Errorf("empty signature: %v", err)
	}
	if _, err := c.PCKCRLIssuerCerts(); !errors.Is(err, collateral.ErrMissing) {
		t.Errorf("empty chain: %v", err)
	}
	if _, err := c.ParseRootCACRL(); !errors.Is(err, collateral.ErrMissing) {
		t.Errorf("empty CRL: %v", err)
	}
	var nilc *collateral.Collateral
	if err := nilc.Validate(); err == nil {
		t.Error("nil Validate succeeded")
	}
}

func TestParseCertChainNUL(t *testing.T) {
	c, err := collateral.Parse(devCollateral(t))
	if err != nil {
		t.Fatal(err)
	}
	// Quotes carry the PCK chain with a trailing NUL.
	certs, err := collateral.ParseCertChain([]byte(c.PCKCRLIssuerChain + "\x00"))
	if err != nil || len(certs) != 2 {
		t.Fatalf("ParseCertChain with NUL: %d certs, %v", len(certs), err)
	}
	if _, err := collateral.ParseCertChain([]byte(c.PCKCRLIssuerChain + "junk")); err == nil {
		t.Fatal("trailing junk accepted")
	}
	if _, err := collateral.ParseCertChain(nil); err == nil {
		t.Fatal("empty chain accepted")
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"tcb_info":"{}","pck_crl":"00"}`))
	f.Add(devCollateral(f))
	f.Add([]byte(`{"tcb_info_issuer_chain":"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"}`))
	// Note: these seeds are ~16 KiB; run with -fuzzminimizetime=0 (or a
	// few seconds), or the fuzzer spends its time minimizing them.
	if dir, err := tdxvectors.ModuleRoot(); err == nil {
		if raw, err := os.ReadFile(filepath.Join(filepath.Dir(dir), "shared/testdata/tdx/phala-uptodate/collateral.json")); err == nil {
			f.Add(raw)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := collateral.Parse(data)
		if err != nil {
			return
		}
		// Whatever parses must survive a round trip and its helpers.
		if err := c.Validate(); err != nil {
			t.Fatalf("parsed collateral fails Validate: %v", err)
		}
		out, err := c.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := collateral.Parse(out); err != nil {
			t.Fatalf("round trip: %v", err)
		}
		_, _ = c.TCBInfoSignatureBytes()
		_, _ = c.QEIdentityIssuerCerts()
		_, _ = c.ParsePCKCRL()
	})
}

// FuzzParseCertChain: never panics; whatever parses is non-empty.
func FuzzParseCertChain(f *testing.F) {
	c, err := collateral.Parse(devCollateral(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(c.PCKCRLIssuerChain + "\x00"))
	f.Add([]byte("-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		certs, err := collateral.ParseCertChain(data)
		if err == nil && len(certs) == 0 {
			t.Fatal("no certificates and no error")
		}
	})
}
