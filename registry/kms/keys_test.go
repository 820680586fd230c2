package kms

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/x509"
	"encoding/pem"
	"strings"
	"testing"
	"time"
)

func TestGenerateKeysCA(t *testing.T) {
	now := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	keys, err := GenerateKeysWithCA(CAConfig{CommonName: "acme app CA", Validity: 48 * time.Hour, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(keys.CACertificate())
	if err != nil {
		t.Fatal(err)
	}
	if cert.Subject.CommonName != "acme app CA" || cert.Issuer.CommonName != "acme app CA" {
		t.Fatalf("subject %q issuer %q", cert.Subject, cert.Issuer)
	}
	if !cert.IsCA || !cert.BasicConstraintsValid || cert.MaxPathLen != 0 || !cert.MaxPathLenZero {
		t.Fatal("CA certificate is not a path-length-0 CA")
	}
	if cert.KeyUsage&x509.KeyUsageCertSign == 0 {
		t.Fatal("CA certificate cannot sign certificates")
	}
	if !cert.NotBefore.Equal(now.Add(-time.Hour)) || !cert.NotAfter.Equal(now.Add(48*time.Hour)) {
		t.Fatalf("validity %v – %v", cert.NotBefore, cert.NotAfter)
	}
	if cert.SignatureAlgorithm != x509.ECDSAWithSHA256 {
		t.Fatalf("signature algorithm %v", cert.SignatureAlgorithm)
	}
	if err := cert.CheckSignatureFrom(cert); err != nil {
		t.Fatalf("not self-signed: %v", err)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P256() || !pub.Equal(keys.CASigner().Public()) {
		t.Fatal("certificate does not certify the CA signer's P-256 key")
	}
	if len(keys.CACertificate()) > maxCACertificateSize {
		t.Fatalf("CA certificate is %d bytes, over the Registry's limit", len(keys.CACertificate()))
	}
	if sp := keys.SecretsPublicKey(); len(sp) != 65 || sp[0] != 0x04 {
		t.Fatalf("secrets public key %x is not an uncompressed point", sp)
	}
	// Defaults.
	d := testKeys(t)
	if err := issueAndVerifyLeaf(d.CASigner(), d.CACertificate()); err != nil {
		t.Fatalf("leaf under the CA: %v", err)
	}
	dc, err := x509.ParseCertificate(d.CACertificate())
	if err != nil {
		t.Fatal(err)
	}
	if dc.Subject.CommonName != DefaultCACommonName || dc.NotAfter.Sub(dc.NotBefore) != DefaultCAValidity+time.Hour {
		t.Fatalf("default CA: %q valid %v", dc.Subject.CommonName, dc.NotAfter.Sub(dc.NotBefore))
	}
	if _, err := GenerateKeysWithCA(CAConfig{Validity: -time.Hour}); err == nil {
		t.Fatal("negative validity accepted")
	}
}

func TestKeysPEMRoundTrip(t *testing.T) {
	keys := testKeys(t)
	data, err := keys.MarshalPEM()
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseKeys(data)
	if err != nil {
		t.Fatalf("ParseKeys(MarshalPEM()): %v", err)
	}
	if !back.PKI().Equal(keys.PKI()) {
		t.Fatal("PKI changed in the round trip")
	}
	env := mustEncrypt(t, keys.SecretsPublicKey(), []byte("s"))
	if pt, err := back.OpenSecret(env); err != nil || string(pt) != "s" {
		t.Fatalf("parsed keys do not open a secret: %q %v", pt, err)
	}
	if !back.ca.Equal(keys.ca) {
		t.Fatal("CA key changed in the round trip")
	}
}

func TestParseKeysGarbage(t *testing.T) {
	keys, other := testKeys(t), testKeys(t)
	good, err := keys.MarshalPEM()
	if err != nil {
		t.Fatal(err)
	}
	blocks := pemBlocks(t, good)
	otherBlocks := pemBlocks(t, mustPEM(t, other))
	enc := func(bs ...*pem.Block) []byte {
		var b bytes.Buffer
		for _, blk := range bs {
			pem.Encode(&b, blk)
		}
		return b.Bytes()
	}
	withBytes := func(blk *pem.Block, b []byte) *pem.Block { return &pem.Block{Type: blk.Type, Bytes: b} }
	order := make([]byte, 32)
	copy(order, elliptic.P256().Params().N.Bytes())
	for _, tc := range []struct {
		name  string
		input []byte
		want  string
	}{
		{"empty", nil, "missing"},
		{"text", []byte("not a key file"), "missing"},
		{"leading junk", append([]byte("junk\n"), good...), "preceded by other data"},
		{"junk between blocks", enc(blocks[0]), "missing"},
		{"trailing data", append(bytes.Clone(good), "junk"...), "trailing data"},
		{"extra block", append(bytes.Clone(good), enc(blocks[2])...), "trailing data"},
		{"wrong order", enc(blocks[1], blocks[0], blocks[2]), "want \"TEEREG SECRETS PRIVATE KEY\""},
		{"no certificate", enc(blocks[0], blocks[1]), "missing"},
		{"short secrets key", enc(withBytes(blocks[0], blocks[0].Bytes[:31]), blocks[1], blocks[2]), "secrets key is 31 bytes"},
		{"short CA key", enc(blocks[0], withBytes(blocks[1], blocks[1].Bytes[:31]), blocks[2]), "CA key is 31 bytes"},
		{"zero secrets key", enc(withBytes(blocks[0], make([]byte, 32)), blocks[1], blocks[2]), "secrets key"},
		{"CA key = order", enc(blocks[0], withBytes(blocks[1], order), blocks[2]), "CA key"},
		{"certificate of another key", enc(blocks[0], blocks[1], otherBlocks[2]), "does not certify"},
		{"garbage certificate", enc(blocks[0], blocks[1], withBytes(blocks[2], []byte("x"))), "parsing the CA certificate"},
		{"headers", enc(&pem.Block{Type: blocks[0].Type, Headers: map[string]string{"Proc-Type": "4,ENCRYPTED"}, Bytes: blocks[0].Bytes}, blocks[1], blocks[2]), "headers"},
		{"too large", append(bytes.Clone(good), bytes.Repeat([]byte(" "), MaxKeyFileSize)...), "more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseKeys(tc.input)
			if err == nil {
				t.Fatal("accepted")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
		})
	}
	// Surrounding white space is fine.
	if _, err := ParseKeys(append(append([]byte("\n\n"), good...), "\n  \n"...)); err != nil {
		t.Fatalf("white space around the blocks rejected: %v", err)
	}
}

func pemBlocks(t *testing.T, data []byte) []*pem.Block {
	t.Helper()
	var out []*pem.Block
	for {
		var b *pem.Block
		b, data = pem.Decode(data)
		if b == nil {
			return out
		}
		out = append(out, b)
	}
}

func mustPEM(t testing.TB, k *Keys) []byte {
	t.Helper()
	b, err := k.MarshalPEM()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// FuzzParseKeys: no input panics, and whatever parses re-encodes to keys
// with the same PKI that are self-consistent.
func FuzzParseKeys(f *testing.F) {
	keys := testKeys(f)
	f.Add(mustPEM(f, keys))
	f.Add([]byte("-----BEGIN TEEREG SECRETS PRIVATE KEY-----\n-----END TEEREG SECRETS PRIVATE KEY-----\n"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := ParseKeys(data)
		if err != nil {
			return
		}
		again, err := ParseKeys(mustPEM(t, k))
		if err != nil {
			t.Fatalf("re-encoded keys do not parse: %v", err)
		}
		if !again.PKI().Equal(k.PKI()) {
			t.Fatal("PKI changed in the re-encoding")
		}
		env := mustEncrypt(t, k.SecretsPublicKey(), []byte("x"))
		if _, err := k.OpenSecret(env); err != nil {
			t.Fatalf("parsed keys' secrets key does not match its public key: %v", err)
		}
	})
}
