package registry

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/registry/kms"
)

// TestSigningMessage pins the signed message: domain ‖ nonce ‖ sha256(csr).
func TestSigningMessage(t *testing.T) {
	nonce := bytes.Repeat([]byte{0xab}, NonceSize)
	msg := SigningMessage(nonce, []byte("csr"))
	// "teereg provision v1" ‖ nonce ‖ sha256("csr")
	h := sha256.Sum256([]byte("csr"))
	want := "7465657265672070726f766973696f6e207631" + strings.Repeat("ab", 32) + hex.EncodeToString(h[:])
	if got := hex.EncodeToString(msg); got != want {
		t.Errorf("message %s, want %s", got, want)
	}
	if len(msg) != 19+32+32 {
		t.Errorf("message is %d bytes, want 83", len(msg))
	}
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	sig, err := SignProvision(key, nonce, []byte("csr"))
	if err != nil {
		t.Fatal(err)
	}
	if !VerifyProvision(&key.PublicKey, nonce, []byte("csr"), sig) {
		t.Fatal("own signature does not verify")
	}
	for name, ok := range map[string]bool{
		"other csr":   VerifyProvision(&key.PublicKey, nonce, []byte("csR"), sig),
		"other nonce": VerifyProvision(&key.PublicKey, make([]byte, NonceSize), []byte("csr"), sig),
		"short nonce": VerifyProvision(&key.PublicKey, nonce[:31], []byte("csr"), sig),
		"no sig":      VerifyProvision(&key.PublicKey, nonce, []byte("csr"), nil),
		"nil key":     VerifyProvision(nil, nonce, []byte("csr"), sig),
	} {
		if ok {
			t.Errorf("%s: verifies", name)
		}
	}
	if _, err := SignProvision(key, nonce[:5], nil); err == nil {
		t.Error("signed with a short nonce")
	}
	k384, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if _, err := SignProvision(k384, nonce, nil); err == nil {
		t.Error("signed with a P-384 key")
	}
}

func TestParseProvisionRequestGarbage(t *testing.T) {
	good := `"publicKey":"` + b64(make([]byte, 65)) + `","nonce":"` + b64(make([]byte, 32)) + `","csr":"` + b64([]byte{1}) + `","signature":"` + b64([]byte{1}) + `"`
	if _, err := ParseProvisionRequest([]byte("{" + good + "}")); err != nil {
		t.Fatalf("good request: %v", err)
	}
	for _, tc := range []struct{ body, want string }{
		{``, "not a provisioning request"},
		{`null x`, "after the JSON object"},
		{`[]`, "not a provisioning request"},
		{`{` + good + `}{}`, "after the JSON object"},
		{`{` + good + `,"extra":1}`, `unknown field "extra"`},
		{`{"publicKey":"not base64!"}`, "not a provisioning request"},
		{`{"nonce":"` + b64(make([]byte, 32)) + `"}`, "publicKey is missing"},
		{`{"publicKey":"AA==","nonce":"AA=="}`, "nonce is 1 bytes"},
		{`{"publicKey":"AA==","nonce":"` + b64(make([]byte, 32)) + `"}`, "csr is missing"},
		{`{"publicKey":"AA==","nonce":"` + b64(make([]byte, 32)) + `","csr":"AA=="}`, "signature is missing"},
		{`{"publicKey":"AA==","nonce":"` + b64(make([]byte, 32)) + `","csr":"AA==","signature":"` + b64(make([]byte, 81)) + `"}`, "signature is 81 bytes"},
		{`{"publicKey":"AA==","nonce":"` + b64(make([]byte, 32)) + `","csr":"` + b64(make([]byte, MaxCSRSize+1)) + `","signature":"AA=="}`, "csr is 16385 bytes"},
		{strings.Repeat(" ", MaxRequestSize+1), "more than"},
	} {
		_, err := ParseProvisionRequest([]byte(tc.body))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%.60q: %v, want %q", tc.body, err, tc.want)
		}
	}
	for _, pk := range [][]byte{nil, make([]byte, 65), append([]byte{2}, make([]byte, 32)...), append([]byte{4}, bytes.Repeat([]byte{0xff}, 64)...)} {
		if _, err := ParsePublicKey(pk); err == nil {
			t.Errorf("public key %x accepted", pk)
		}
	}
}

func b64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

func TestParseCSR(t *testing.T) {
	mk := func(key any) []byte {
		der, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{}, key)
		if err != nil {
			t.Fatal(err)
		}
		return der
	}
	p256, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	p384, _ := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	_, ed, _ := ed25519.GenerateKey(rand.Reader)
	rsa2048, _ := rsa.GenerateKey(rand.Reader, 2048)
	for name, der := range map[string][]byte{"P-256": mk(p256), "P-384": mk(p384), "Ed25519": mk(ed), "RSA-2048": mk(rsa2048)} {
		if _, err := parseCSR(der); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	p224, _ := ecdsa.GenerateKey(elliptic.P224(), rand.Reader)
	rsa1024, _ := rsa.GenerateKey(rand.Reader, 1024)
	good := mk(p256)
	tampered := bytes.Clone(good)
	tampered[len(tampered)-5] ^= 1 // in the signature
	for _, tc := range []struct {
		name string
		der  []byte
		want string
	}{
		{"empty", nil, "empty"},
		{"garbage", []byte("hello"), "does not parse"},
		{"trailing data", append(bytes.Clone(good), 0), "does not parse"},
		{"too large", make([]byte, MaxCSRSize+1), "more than"},
		{"P-224", mk(p224), "P-224"},
		{"RSA-1024", mk(rsa1024), "RSA-1024"},
		{"bad signature", tampered, ""},
	} {
		_, err := parseCSR(tc.der)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", tc.name, err, tc.want)
		}
	}
}

// FuzzParseCSR: arbitrary DER never panics, and what is accepted verifies.
func FuzzParseCSR(f *testing.F) {
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	der, _ := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{DNSNames: []string{"a.example"}}, k)
	f.Add(der)
	f.Add([]byte{0x30, 0x03, 0x02, 0x01, 0x00})
	f.Fuzz(func(t *testing.T, der []byte) {
		csr, err := parseCSR(der)
		if err != nil {
			return
		}
		if csr.CheckSignature() != nil {
			t.Fatal("accepted a CSR whose signature does not verify")
		}
	})
}

// FuzzParseProvisionRequest: arbitrary bodies never panic; accepted ones
// have every field within bounds.
func FuzzParseProvisionRequest(f *testing.F) {
	f.Add([]byte(`{"publicKey":"BA==","nonce":"` + b64(make([]byte, 32)) + `","csr":"AA==","signature":"AA=="}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"publicKey":null}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		req, err := ParseProvisionRequest(body)
		if err != nil {
			return
		}
		if len(req.PublicKey) == 0 || len(req.Nonce) != NonceSize || len(req.CSR) == 0 || len(req.CSR) > MaxCSRSize ||
			len(req.Signature) == 0 || len(req.Signature) > MaxSignatureSize {
			t.Fatalf("accepted out-of-bounds request %+v", req)
		}
	})
}

// FuzzVerifyProvision: arbitrary keys, nonces, CSRs and signatures never
// panic, and a signature verifies only for what was signed.
func FuzzVerifyProvision(f *testing.F) {
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	nonce := make([]byte, NonceSize)
	sig, _ := SignProvision(key, nonce, []byte("csr"))
	f.Add(nonce, []byte("csr"), sig)
	f.Add([]byte{}, []byte{}, []byte{0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01})
	f.Fuzz(func(t *testing.T, n, csr, s []byte) {
		ok := VerifyProvision(&key.PublicKey, n, csr, s)
		if ok && !(bytes.Equal(n, nonce) && bytes.Equal(csr, []byte("csr"))) {
			t.Fatalf("signature verifies for nonce %x csr %q", n, csr)
		}
	})
}

// stubState is a StateReader that must not be reached.
type stubState struct{ calls int }

func (s *stubState) Record(context.Context, common.Hash, kms.PKI) (*Record, error) {
	s.calls++
	return nil, errors.New("stub")
}

type stubConfigs struct{}

func (stubConfigs) Resolve(context.Context, []string, [32]byte) ([]byte, string, error) {
	return nil, "", errors.New("stub")
}

func (stubConfigs) Artifact(context.Context, [32]byte) ([]byte, error) {
	return nil, errors.New("stub")
}

func stubServer(t testing.TB) (*Server, *stubState) {
	keys, err := kms.GenerateKeys()
	if err != nil {
		t.Fatal(err)
	}
	st := &stubState{}
	s, err := New(Config{KMS: kms.NewUnsealed(keys, nil), State: st, Configs: stubConfigs{}, Artifacts: stubConfigs{},
		Audit: NewAuditor(&lockedBuffer{}), Zone: zone})
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

var knownCodes = map[Code]int{
	CodeBadRequest: 400, CodeBadCSR: 400, CodeRequestTooLarge: 413, CodeBadSignature: 403, CodeReplayedNonce: 403,
}

// FuzzProvisionHandler: garbage requests get a 4xx with a known code and a
// JSON body, never a grant or a panic, and never reach the database.
func FuzzProvisionHandler(f *testing.F) {
	s, st := stubServer(f)
	h := s.Handler()
	in := newInstanceKeys(f, "x")
	sig, _ := SignProvision(in.key, make([]byte, NonceSize), in.csr)
	good, _ := json.Marshal(&ProvisionRequest{PublicKey: in.pub, Nonce: make([]byte, NonceSize), CSR: in.csr, Signature: sig})
	f.Add(good)
	f.Add([]byte(`{"publicKey":"","nonce":"","csr":"","signature":""}`))
	f.Add([]byte("\x00\xff"))
	f.Fuzz(func(t *testing.T, body []byte) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/v1/provision", bytes.NewReader(body)))
		var e ErrorResponse
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil {
			t.Fatalf("status %d, body %q is not JSON", rec.Code, rec.Body.Bytes())
		}
		if want, ok := knownCodes[e.Code]; !ok || want != rec.Code {
			t.Fatalf("status %d code %q for %q", rec.Code, e.Code, body)
		}
		if st.calls != 0 {
			t.Fatal("an unauthenticated request reached the database")
		}
	})
}

// TestClientGarbageAnswers: a registry (or anything in between) answering
// garbage gets clear errors, never a Provisioned.
func TestClientGarbageAnswers(t *testing.T) {
	in := newInstanceKeys(t, "alpha")
	keys, _ := kms.GenerateKeys()
	goodNonce := b64(make([]byte, NonceSize))
	sealedFor := func(plain []byte) string {
		resp, err := sealProvisioning(in.pub, make([]byte, NonceSize), plain)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(resp)
		return string(b)
	}
	otherID, _ := json.Marshal(&Provisioning{InstanceID: common.HexToHash("0x1")})
	for _, tc := range []struct {
		name              string
		challenge, answer string
		status            int
		want              string
	}{
		{"challenge not JSON", "<html>", "", 200, "answer"},
		{"short nonce", `{"nonce":"AA==","expiresAt":1}`, "", 200, "nonce is 1 bytes"},
		{"refusal", `{"nonce":"` + goodNonce + `"}`, `{"code":"revoked","error":"instance is revoked"}`, 403, "revoked"},
		{"non-JSON error", `{"nonce":"` + goodNonce + `"}`, `Bad Gateway`, 502, "non-JSON answer"},
		{"answer not JSON", `{"nonce":"` + goodNonce + `"}`, `nope`, 200, "answer"},
		{"answer garbage ciphertext", `{"nonce":"` + goodNonce + `"}`, `{"enc":"` + b64(in.pub) + `","ciphertext":"AAAA"}`, 200, "does not open"},
		{"answer garbage enc", `{"nonce":"` + goodNonce + `"}`, `{"enc":"AAAA","ciphertext":"AAAA"}`, 200, "encapsulated key"},
		{"sealed garbage", `{"nonce":"` + goodNonce + `"}`, sealedFor([]byte("not json")), 200, "answer"},
		{"sealed for another instance", `{"nonce":"` + goodNonce + `"}`, sealedFor(otherID), 200, "answer is for instance"},
		{"no certificates", `{"nonce":"` + goodNonce + `"}`, sealedFor(mustJSON(t, &Provisioning{InstanceID: in.id})), 200, "0 certificates"},
		{"CA-signed cert for another key", `{"nonce":"` + goodNonce + `"}`, sealedFor(mustJSON(t, &Provisioning{InstanceID: in.id, DNSName: "alpha." + zone,
			Certificate: issueFor(t, keys, &newInstanceKeys(t, "y").tlsKey.PublicKey)})), 200, "does not certify the CSR's key"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if r.URL.Path == "/v1/challenge" {
					w.Write([]byte(tc.challenge))
					return
				}
				w.WriteHeader(tc.status)
				w.Write([]byte(tc.answer))
			}))
			defer srv.Close()
			p, err := (&Client{BaseURL: srv.URL}).Provision(context.Background(), in.key, in.csr)
			if err == nil || p != nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("%v, want an error with %q", err, tc.want)
			}
		})
	}
}

func mustJSON(t testing.TB, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// issueFor returns a PEM chain certifying pub under keys' CA.
func issueFor(t testing.TB, keys *kms.Keys, pub *ecdsa.PublicKey) string {
	is, err := newIssuer(keys.CACertificate(), keys.CASigner(), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	der, _ := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{}, k)
	csr, _ := x509.ParseCertificateRequest(der)
	csr.PublicKey = pub
	chain, _, _, err := is.issue(csr, "alpha."+zone, time.Now().Add(time.Hour), time.Now())
	if err != nil {
		t.Fatal(err)
	}
	return chain
}

// FuzzCheckProvisioning: whatever an opened answer holds, the client either
// rejects it or returns a chain that verifies for the instance.
func FuzzCheckProvisioning(f *testing.F) {
	in := newInstanceKeys(f, "alpha")
	keys, _ := kms.GenerateKeys()
	f.Add(mustJSON(f, &Provisioning{InstanceID: in.id, DNSName: "alpha." + zone, Certificate: issueFor(f, keys, &in.tlsKey.PublicKey)}))
	f.Add([]byte(`{"instanceId":"0x00"}`))
	f.Fuzz(func(t *testing.T, plain []byte) {
		p, err := checkProvisioning(plain, in.pub, &in.tlsKey.PublicKey, time.Now())
		if err != nil {
			return
		}
		if p.InstanceID != in.id || p.Leaf == nil || p.CA == nil || p.Leaf.CheckSignatureFrom(p.CA) != nil {
			t.Fatalf("accepted %+v", p.Provisioning)
		}
	})
}

// FuzzOpenProvisioning: arbitrary enc and ciphertext never open (nor panic).
func FuzzOpenProvisioning(f *testing.F) {
	in := newInstanceKeys(f, "alpha")
	nonce := make([]byte, NonceSize)
	good, _ := sealProvisioning(in.pub, nonce, []byte("x"))
	f.Add(good.Enc, good.Ciphertext)
	f.Add([]byte{}, []byte{})
	f.Fuzz(func(t *testing.T, enc, ct []byte) {
		pt, err := OpenProvisioning(in.key, nonce, &ProvisionResponse{Enc: enc, Ciphertext: ct})
		if err == nil && !(bytes.Equal(enc, good.Enc) && bytes.Equal(ct, good.Ciphertext)) {
			t.Fatalf("garbage opened to %q", pt)
		}
	})
}
