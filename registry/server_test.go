package registry

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/registry/kms"
)

// TestProvisionGranted: an active instance gets its rendered configuration
// and a certificate for <label>.<zone> under the app CA; the answer on the
// wire holds nothing readable, and the grant is audited.
func TestProvisionGranted(t *testing.T) {
	f := newFixture(t, fixtureOpts{})
	in := f.addInstance("alpha", instanceOpts{expiresIn: 48 * time.Hour})

	// On the wire: only ciphertext.
	req := f.signedRequest(in)
	status, body := f.rawProvision(req)
	if status != http.StatusOK {
		t.Fatalf("status %d: %s", status, body)
	}
	f.assertNoLeak(body)
	var sealed ProvisionResponse
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sealed); err != nil {
		t.Fatal(err)
	}
	plain, err := OpenProvisioning(in.key, req.Nonce, &sealed)
	if err != nil {
		t.Fatal(err)
	}
	p, err := checkProvisioning(plain, in.pub, &in.tlsKey.PublicKey, f.now)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Config, f.rendered) {
		t.Errorf("config\n%s\nwant\n%s", p.Config, f.rendered)
	}
	if p.ConfigHash != f.config || p.InstanceID != in.id || p.WorkloadID != f.workload || p.Label != "alpha" || p.DNSName != "alpha."+zone {
		t.Errorf("provisioning %+v", p.Provisioning)
	}
	if !bytes.Equal(p.CA.Raw, f.kms.CACertificate()) {
		t.Error("the chain's CA is not the KMS's CA")
	}
	if got := p.Leaf.DNSNames; len(got) != 1 || got[0] != "alpha."+zone || p.Leaf.Subject.CommonName != "alpha."+zone {
		t.Errorf("leaf names %v / %q: the CSR's names must be ignored", got, p.Leaf.Subject.CommonName)
	}
	if want := f.now.Add(DefaultCertValidity); !p.Leaf.NotAfter.Equal(want) {
		t.Errorf("leaf NotAfter %s, want %s", p.Leaf.NotAfter, want)
	}
	if p.ExpiresAt != uint64(f.now.Add(48*time.Hour).Unix()) {
		t.Errorf("expiresAt %d", p.ExpiresAt)
	}
	// The answer cannot be opened with another nonce (aad) or key.
	if _, err := OpenProvisioning(in.key, make([]byte, NonceSize), &sealed); err == nil {
		t.Error("answer opened with another nonce")
	}
	other := newInstanceKeys(t, "x")
	if _, err := OpenProvisioning(other.key, req.Nonce, &sealed); err == nil {
		t.Error("answer opened with another key")
	}

	// The client does the same.
	if p2, err := f.provision(in); err != nil || !bytes.Equal(p2.Config, f.rendered) {
		t.Fatalf("client: %v", err)
	}
	lines := f.audit.lines(t)
	if len(lines) != 2 {
		t.Fatalf("%d audit lines, want 2", len(lines))
	}
	a := lines[0]
	for k, want := range map[string]any{"msg": "provision", "outcome": "granted", "instance": in.id.Hex(), "workload": f.workload.Hex(),
		"operator": f.operator.Hex(), "label": "alpha", "source": "database", "configHash": f.config.Hex(), "configFrom": "file://" + f.dirs[1]} {
		if a[k] != want {
			t.Errorf("audit %s = %v, want %v", k, a[k], want)
		}
	}
	if a["certSerial"] == nil || a["code"] != nil {
		t.Errorf("audit line %v", a)
	}
	assertNoLeak(t, f.audit.buf.Bytes(), [][]byte{[]byte(secretPlain), f.rendered})
	if got := f.counter("teereg_registry_provisions_total", "outcome", "granted"); got != 2 {
		t.Errorf("granted counter %v", got)
	}
	if f.chain.Calls() != 0 {
		t.Errorf("a fresh, final database view was confirmed on chain %d times", f.chain.Calls())
	}
}

// refusalCase sets up one refusal and says what is expected.
type refusalCase struct {
	name   string
	status int
	code   Code
	reason string // a substring of the reason
	run    func(f *fixture) (int, []byte)
}

// TestRefusals covers every refusal code: the status, the code, the audit
// line, and that the answer holds no byte of the secret or configuration.
func TestRefusals(t *testing.T) {
	other := common.HexToHash("0xbad")
	noRole := common.HexToAddress("0xbb")
	cases := []refusalCase{
		{"unknown instance", 403, CodeUnknownInstance, "not registered", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(newInstanceKeys(f.t, "ghost")))
		}},
		{"revoked", 403, CodeRevoked, "revoked", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusRevoked})))
		}},
		{"invalidated quote", 403, CodeRevoked, `"QUOTE_EXPIRED"`, func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusInvalidated, reason: pad32("QUOTE_EXPIRED")})))
		}},
		{"expired status", 403, CodeExpired, "status Expired", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusExpired})))
		}},
		{"expired at block time", 403, CodeExpired, "block time", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{expiresIn: -10 * time.Second})))
		}},
		{"expired by wall clock", 403, CodeExpired, "wall clock", func(f *fixture) (int, []byte) {
			// Not expired at the cursor's block time (now-5s), but now.
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{expiresIn: -2 * time.Second})))
		}},
		{"workload not allowlisted", 403, CodeWorkloadNotAllowed, "not allowlisted", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{workload: &other})))
		}},
		{"invalidated workload", 403, CodeWorkloadNotAllowed, "no longer allowlisted", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusInvalidated, reason: pad32("WORKLOAD_NOT_ALLOWED")})))
		}},
		{"operator without role", 403, CodeOperatorNotAuthorized, "operator role", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{operator: &noRole})))
		}},
		{"operator with other roles only", 403, CodeOperatorNotAuthorized, "operator role", func(f *fixture) (int, []byte) {
			f.exec(`INSERT INTO roles (account, roles, block_number) VALUES ($1, 6, 5)`, noRole[:])
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{operator: &noRole})))
		}},
		{"tcb not accepted", 403, CodeTCBNotAccepted, "TCB status 2", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{tcb: 2})))
		}},
		{"invalidated tcb", 403, CodeTCBNotAccepted, "no longer accepted", func(f *fixture) (int, []byte) {
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusInvalidated, reason: pad32("TCB_NOT_ACCEPTED")})))
		}},
		{"stale database, chain unreachable", 403, CodeStaleChainView, "confirming on chain failed", func(f *fixture) (int, []byte) {
			f.setCursor(100, f.now.Add(-time.Hour), 100)
			f.chain.err = errors.New("dial tcp: connection refused")
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"rows not final, chain disagrees", 403, CodeStaleChainView, "disagree on the configuration hash", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{block: 101})
			f.setCursor(101, f.now.Add(-5*time.Second), 95)
			f.chain.rec = func(common.Hash) *Record {
				r := f.chainRecordFor(in)
				r.ConfigHash = common.HexToHash("0x01")
				return r
			}
			return f.rawProvision(f.signedRequest(in))
		}},
		{"bad signature: another key", 403, CodeBadSignature, "does not verify", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{})
			req := f.signedRequest(in)
			req.Signature, _ = SignProvision(newInstanceKeys(f.t, "x").key, req.Nonce, in.csr)
			return f.rawProvision(req)
		}},
		{"bad signature: another CSR", 403, CodeBadSignature, "does not verify", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{})
			req := f.signedRequest(in)
			req.CSR = newInstanceKeys(f.t, "x").csr
			return f.rawProvision(req)
		}},
		{"bad signature: garbage", 403, CodeBadSignature, "does not verify", func(f *fixture) (int, []byte) {
			req := f.signedRequest(f.addInstance("a", instanceOpts{}))
			req.Signature = bytes.Repeat([]byte{0x30}, 70)
			return f.rawProvision(req)
		}},
		{"replayed nonce", 403, CodeReplayedNonce, "already used", func(f *fixture) (int, []byte) {
			req := f.signedRequest(f.addInstance("a", instanceOpts{}))
			if status, body := f.rawProvision(req); status != 200 {
				f.t.Fatalf("first use: %d %s", status, body)
			}
			return f.rawProvision(req)
		}},
		{"unknown nonce", 403, CodeReplayedNonce, "not issued", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{})
			nonce := make([]byte, NonceSize)
			rand.Read(nonce)
			sig, _ := SignProvision(in.key, nonce, in.csr)
			return f.rawProvision(&ProvisionRequest{PublicKey: in.pub, Nonce: nonce, CSR: in.csr, Signature: sig})
		}},
		{"expired nonce", 403, CodeReplayedNonce, "expired", func(f *fixture) (int, []byte) {
			req := f.signedRequest(f.addInstance("a", instanceOpts{expiresIn: 3 * time.Hour}))
			f.setNow(f.now.Add(DefaultNonceTTL))
			f.setCursor(100, f.now.Add(-5*time.Second), 100)
			return f.rawProvision(req)
		}},
		{"malformed body", 400, CodeBadRequest, "not a provisioning request", func(f *fixture) (int, []byte) {
			return f.rawProvision([]byte(`{"publicKey": 12}`))
		}},
		{"unknown field", 400, CodeBadRequest, "unknown field", func(f *fixture) (int, []byte) {
			return f.rawProvision([]byte(`{"publicKey":"","config":""}`))
		}},
		{"not a point", 400, CodeBadRequest, "publicKey", func(f *fixture) (int, []byte) {
			req := f.signedRequest(f.addInstance("a", instanceOpts{}))
			req.PublicKey = append([]byte{4}, bytes.Repeat([]byte{1}, 64)...)
			return f.rawProvision(req)
		}},
		{"bad CSR", 400, CodeBadCSR, "CSR does not parse", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{})
			in.csr = []byte("not a CSR")
			return f.rawProvision(f.signedRequest(in))
		}},
		{"CSR key type", 400, CodeBadCSR, "P-224", func(f *fixture) (int, []byte) {
			in := f.addInstance("a", instanceOpts{})
			k, _ := ecdsa.GenerateKey(elliptic.P224(), rand.Reader)
			in.csr, _ = x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{}, k)
			return f.rawProvision(f.signedRequest(in))
		}},
		{"too large", 413, CodeRequestTooLarge, "exceeds", func(f *fixture) (int, []byte) {
			return f.rawProvision(bytes.Repeat([]byte(" "), MaxRequestSize+1))
		}},
		{"PKI not published", 503, CodePKIMismatch, "no PKI", func(f *fixture) (int, []byte) {
			f.exec(`DELETE FROM pki`)
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"PKI of other keys", 503, CodePKIMismatch, "version 2", func(f *fixture) (int, []byte) {
			keys, _ := kms.GenerateKeys()
			f.exec(`INSERT INTO pki (version, ca_certificate, secrets_public_key, kms_attestation, block_number) VALUES (2, $1, $2, '', 6)`,
				keys.CACertificate(), keys.SecretsPublicKey())
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"secret missing", 502, CodeConfigInvalid, "not an artifact", func(f *fixture) (int, []byte) {
			f.exec(`DELETE FROM artifacts`)
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"secret sealed to another key", 502, CodeConfigInvalid, "does not open", func(f *fixture) (int, []byte) {
			keys, _ := kms.GenerateKeys()
			env, _ := kms.EncryptSecret(keys.SecretsPublicKey(), []byte(secretPlain))
			f.useTemplate([]byte(`x = {{ secret "` + kms.SecretID(env) + `" }} ` + configMark))
			f.exec(`INSERT INTO artifacts (hash, writer, data, block_number) VALUES ($1, $2, $3, 5)`, sha(env), f.operator[:], env)
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"template with a forbidden function", 502, CodeConfigInvalid, "printf", func(f *fixture) (int, []byte) {
			f.useTemplate([]byte(configMark + ` {{ printf "%s" "x" }}`))
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"template with an unknown function", 502, CodeConfigInvalid, "not defined", func(f *fixture) (int, []byte) {
			f.useTemplate([]byte(configMark + ` {{ env "HOME" }}`))
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"no backend holds the configuration", 502, CodeConfigUnavailable, "does not hold it", func(f *fixture) (int, []byte) {
			f.exec(`UPDATE workloads SET config_hash = $1`, sha([]byte("elsewhere")))
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
		{"no backends", 502, CodeConfigUnavailable, "no storage backends", func(f *fixture) (int, []byte) {
			f.exec(`DELETE FROM storage_backends`)
			return f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{})))
		}},
	}
	for _, tc := range cases {
		for _, mode := range []string{"query", "snapshot"} {
			t.Run(mode+"/"+tc.name, func(t *testing.T) {
				f := newFixture(t, fixtureOpts{snapshot: mode == "snapshot"})
				status, body := tc.run(f)
				if status != tc.status {
					t.Fatalf("status %d, want %d: %s", status, tc.status, body)
				}
				e := errorOf(t, body)
				if e.Code != tc.code || !strings.Contains(e.Error, tc.reason) {
					t.Fatalf("answer %+v, want code %s with %q", e, tc.code, tc.reason)
				}
				f.assertNoLeak(body)
				lines := f.audit.lines(t)
				last := lines[len(lines)-1]
				wantOutcome := OutcomeRefused
				if tc.status >= 500 {
					wantOutcome = OutcomeFailed
				}
				if last["outcome"] != wantOutcome || last["code"] != string(tc.code) || last["reason"] != e.Error {
					t.Errorf("audit line %v", last)
				}
				assertNoLeak(t, f.audit.buf.Bytes(), [][]byte{[]byte(secretPlain), f.rendered})
				if got := f.counter("teereg_registry_provisions_total", "code", string(tc.code)); got < 1 {
					t.Errorf("counter for %s is %v", tc.code, got)
				}
			})
		}
	}
}

func pad32(s string) []byte {
	b := make([]byte, 32)
	copy(b, s)
	return b
}

// useTemplate makes tmpl the workload's configuration, stored in the last
// backend.
func (f *fixture) useTemplate(tmpl []byte) {
	f.t.Helper()
	f.template = tmpl
	f.config = sha256.Sum256(tmpl)
	f.putConfig(len(f.dirs)-1, tmpl)
	f.exec(`UPDATE workloads SET config_hash = $1`, f.config[:])
}

// TestTamperedBackendSkipped: the first backend serves other bytes under the
// hash; the registry moves on and serves the second backend's copy.
func TestTamperedBackendSkipped(t *testing.T) {
	f := newFixture(t, fixtureOpts{backends: 3})
	tampered := bytes.Replace(f.template, []byte("api_token"), []byte("evil_hook"), 1)
	f.putAt(0, f.config, tampered)
	f.putAt(1, f.config, []byte("garbage"))
	in := f.addInstance("alpha", instanceOpts{})
	p, err := f.provision(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Config, f.rendered) {
		t.Fatalf("config %q", p.Config)
	}
	if from := f.audit.lines(t)[0]["configFrom"]; from != "file://"+f.dirs[2] {
		t.Errorf("served from %v, want the third backend", from)
	}
}

// TestAllBackendsWrong: every backend serves wrong bytes → 502
// config_unavailable naming each backend, and nothing of any of them.
func TestAllBackendsWrong(t *testing.T) {
	f := newFixture(t, fixtureOpts{backends: 2})
	f.putAt(0, f.config, append([]byte(configMark), " tampered 0"...))
	f.putAt(1, f.config, append([]byte(configMark), " tampered 1"...))
	in := f.addInstance("alpha", instanceOpts{})
	status, body := f.rawProvision(f.signedRequest(in))
	if status != http.StatusBadGateway {
		t.Fatalf("status %d: %s", status, body)
	}
	e := errorOf(t, body)
	if e.Code != CodeConfigUnavailable {
		t.Fatalf("code %s", e.Code)
	}
	for _, d := range f.dirs {
		if !strings.Contains(e.Error, "file://"+d+" served bytes of another hash") {
			t.Errorf("reason %q does not name backend %s", e.Error, d)
		}
	}
	f.assertNoLeak(body)
	if bytes.Contains(body, []byte("tampered")) {
		t.Error("answer quotes a backend's bytes")
	}
	var re *RefusedError
	if _, err := f.provision(in); !errors.As(err, &re) || re.Code != CodeConfigUnavailable || !re.Temporary() {
		t.Errorf("client error %v", err)
	}
}

// TestChainConfirmation: when the database is stale or its rows are not
// final, the chain at the final block decides together with it.
func TestChainConfirmation(t *testing.T) {
	t.Run("fresh and final: no eth_call", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		f.chain.err = errors.New("must not be called")
		if _, err := f.provision(f.addInstance("a", instanceOpts{})); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("stale, chain agrees", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		in := f.addInstance("a", instanceOpts{expiresIn: 2 * time.Hour})
		f.setCursor(100, f.now.Add(-10*time.Minute), 100)
		f.chain.rec = func(common.Hash) *Record { return f.chainRecordFor(in) } // expires in 1h
		p, err := f.provision(in)
		if err != nil {
			t.Fatal(err)
		}
		if want := uint64(f.now.Add(time.Hour).Unix()); p.ExpiresAt != want {
			t.Errorf("expiresAt %d, want the earlier of both views %d", p.ExpiresAt, want)
		}
		if a := f.audit.lines(t)[0]; a["source"] != "database+chain" || a["block"] != float64(90) {
			t.Errorf("audit %v", a)
		}
		if f.chain.Calls() != 1 || f.counter("teereg_registry_chain_confirmations_total", "why", "stale", "result", "confirmed") != 1 {
			t.Errorf("calls %d", f.chain.Calls())
		}
	})
	t.Run("not final, chain says revoked", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		in := f.addInstance("a", instanceOpts{block: 101})
		f.setCursor(101, f.now.Add(-5*time.Second), 95)
		f.chain.rec = func(common.Hash) *Record {
			r := f.chainRecordFor(in)
			r.Instance.Status = statusRevoked
			return r
		}
		status, body := f.rawProvision(f.signedRequest(in))
		if e := errorOf(t, body); status != 403 || e.Code != CodeRevoked || !strings.Contains(e.Error, "not final") {
			t.Fatalf("%d %+v", status, e)
		}
		if a := f.audit.lines(t)[0]; a["source"] != "chain" {
			t.Errorf("audit %v", a)
		}
	})
	t.Run("not final, chain does not know it yet", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		in := f.addInstance("a", instanceOpts{block: 101})
		f.setCursor(101, f.now.Add(-5*time.Second), 95)
		f.chain.rec = func(common.Hash) *Record { return nil }
		status, body := f.rawProvision(f.signedRequest(in))
		if e := errorOf(t, body); status != 403 || e.Code != CodeUnknownInstance {
			t.Fatalf("%d %+v", status, e)
		}
	})
	t.Run("stale database refusal needs no chain", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		f.chain.err = errors.New("must not be called")
		f.setCursor(100, f.now.Add(-time.Hour), 100)
		status, body := f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{status: statusRevoked, expiresIn: 2 * time.Hour})))
		if e := errorOf(t, body); status != 403 || e.Code != CodeRevoked || !strings.Contains(e.Error, "behind the wall clock") {
			t.Fatalf("%d %+v", status, e)
		}
		if f.chain.Calls() != 0 {
			t.Error("chain consulted for a refusal")
		}
	})
	t.Run("stale, no chain configured", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{noChain: true})
		f.setCursor(100, f.now.Add(-time.Hour), 100)
		status, body := f.rawProvision(f.signedRequest(f.addInstance("a", instanceOpts{expiresIn: 2 * time.Hour})))
		if e := errorOf(t, body); status != 403 || e.Code != CodeStaleChainView || !strings.Contains(e.Error, "no chain RPC") {
			t.Fatalf("%d %+v", status, e)
		}
	})
	t.Run("database unreadable: the chain alone", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		in := f.addInstance("a", instanceOpts{})
		f.exec(`DELETE FROM cursor`)
		f.chain.rec = func(common.Hash) *Record { return f.chainRecordFor(in) }
		if _, err := f.provision(in); err != nil {
			t.Fatal(err)
		}
		if a := f.audit.lines(t)[0]; a["source"] != "chain" {
			t.Errorf("audit %v", a)
		}
	})
	t.Run("chain view of another key", func(t *testing.T) {
		f := newFixture(t, fixtureOpts{})
		in := f.addInstance("a", instanceOpts{})
		f.setCursor(100, f.now.Add(-time.Hour), 100)
		f.chain.rec = func(common.Hash) *Record {
			r := f.chainRecordFor(in)
			r.Instance.Pubkey = newInstanceKeys(t, "x").pub
			return r
		}
		status, body := f.rawProvision(f.signedRequest(in))
		if e := errorOf(t, body); status != 403 || e.Code != CodeStaleChainView {
			t.Fatalf("%d %+v", status, e)
		}
	})
}

// TestSealedKMS: a Shamir-mode KMS refuses challenges and provisioning with
// 503 kms_sealed until the custodians unseal it.
func TestSealedKMS(t *testing.T) {
	custodians := []*ecdsa.PrivateKey{mustKey(t), mustKey(t)}
	split, err := kms.Split(2, []*ecdsa.PublicKey{&custodians[0].PublicKey, &custodians[1].PublicKey}, kms.CAConfig{})
	if err != nil {
		t.Fatal(err)
	}
	domain := kms.Domain{ChainID: 31337, Registry: common.HexToAddress("0x5fbdb2315678afecb367f032d93f642f64180aa3")}
	sealed, err := kms.NewSealed(kms.SealedConfig{Manifest: split.Manifest, Expected: split.Manifest.PKI(), Domain: domain, Custodians: allCustodians{}})
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, fixtureOpts{kms: sealed})
	in := f.addInstance("alpha", instanceOpts{})

	resp, err := f.http.Client().Post(f.http.URL+"/v1/challenge", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var e ErrorResponse
	json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if resp.StatusCode != 503 || e.Code != CodeKMSSealed {
		t.Fatalf("challenge while sealed: %d %+v", resp.StatusCode, e)
	}
	// A request with a nonce issued before sealing is refused without using the nonce.
	f.srv.nonces.mu.Lock()
	f.srv.nonces.live[[NonceSize]byte{1}] = f.now.Add(time.Minute).UnixNano()
	f.srv.nonces.mu.Unlock()
	sig, _ := SignProvision(in.key, (&[NonceSize]byte{1})[:], in.csr)
	status, body := f.rawProvision(&ProvisionRequest{PublicKey: in.pub, Nonce: (&[NonceSize]byte{1})[:], CSR: in.csr, Signature: sig})
	if e := errorOf(t, body); status != 503 || e.Code != CodeKMSSealed {
		t.Fatalf("provision while sealed: %d %+v", status, e)
	}
	f.assertNoLeak(body)
	if f.counter("teereg_registry_kms_sealed") != 1 {
		t.Error("kms_sealed gauge is not 1")
	}

	for i, c := range custodians {
		share, err := kms.DecryptShare(c, split.Shares[i].Ciphertext)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := kms.SignSubmission(c, domain, *sealed.Status().Nonce, share)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := sealed.SubmitShare(context.Background(), sub); err != nil {
			t.Fatal(err)
		}
	}
	if sealed.Sealed() {
		t.Fatal("still sealed")
	}
	p, err := f.provision(in)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(p.Config, f.rendered) {
		t.Errorf("config %q", p.Config)
	}
}

type allCustodians struct{}

func (allCustodians) IsCustodian(context.Context, common.Address) (bool, error) { return true, nil }

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestAuditFailureWithholdsGrant: a grant that cannot be audited is not
// delivered.
func TestAuditFailureWithholdsGrant(t *testing.T) {
	f := newFixture(t, fixtureOpts{})
	in := f.addInstance("alpha", instanceOpts{})
	f.audit.err = errors.New("disk full")
	status, body := f.rawProvision(f.signedRequest(in))
	if e := errorOf(t, body); status != 500 || e.Code != CodeAuditUnavailable {
		t.Fatalf("%d %+v", status, e)
	}
	f.assertNoLeak(body)
}

// TestChallenges: nonces are fresh, bounded in number, and a challenge takes
// no body.
func TestChallenges(t *testing.T) {
	f := newFixture(t, fixtureOpts{})
	a, b := f.challenge(), f.challenge()
	if len(a) != NonceSize || bytes.Equal(a, b) {
		t.Fatalf("nonces %x %x", a, b)
	}
	resp, err := f.http.Client().Post(f.http.URL+"/v1/challenge", "", bytes.NewReader(make([]byte, 4096)))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("challenge with a large body: %d", resp.StatusCode)
	}
	resp, err = f.http.Client().Get(f.http.URL + "/v1/challenge")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("GET /v1/challenge: %d", resp.StatusCode)
	}
	f.srv.nonces.mu.Lock()
	f.srv.nonces.max = 2
	f.srv.nonces.mu.Unlock()
	resp, err = f.http.Client().Post(f.http.URL+"/v1/challenge", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var e ErrorResponse
	json.NewDecoder(resp.Body).Decode(&e)
	resp.Body.Close()
	if resp.StatusCode != 503 || e.Code != CodeTooManyChallenges {
		t.Errorf("third challenge with a limit of 2: %d %+v", resp.StatusCode, e)
	}
}

// TestCertificateCappedByInstanceExpiry: the certificate never outlives the
// instance record.
func TestCertificateCappedByInstanceExpiry(t *testing.T) {
	f := newFixture(t, fixtureOpts{})
	in := f.addInstance("alpha", instanceOpts{expiresIn: 30 * time.Minute})
	p, err := f.provision(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := f.now.Add(30 * time.Minute); !p.Leaf.NotAfter.Equal(want) {
		t.Errorf("NotAfter %s, want the instance expiry %s", p.Leaf.NotAfter, want)
	}
}
