package dcap_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/dcap"
)

// checkRejected requires a rejection with a clear reason: an invalid verdict
// with a failure code, or a verifyQuote revert decoded to a custom error of
// the contracts (not a Solidity panic, not out of gas).
func checkRejected(t testing.TB, what string, r *dcap.Result, err error) {
	t.Helper()
	if err != nil {
		var rev *dcap.RevertError
		if stepOf(err) != dcap.StepVerifyQuote || !errors.As(err, &rev) || rev.Name == "" || rev.Name == "Panic" {
			t.Fatalf("%s: unclear rejection: %v", what, err)
		}
		return
	}
	if r.Valid || r.Failure == "" {
		t.Fatalf("%s: accepted: %+v", what, r)
	}
}

// TestGarbageQuotes: random bytes, truncations and random bytes behind a
// valid header are rejected with a decoded custom error or a failure code.
func TestGarbageQuotes(t *testing.T) {
	s := newDevStack(t, "garbage")
	rng := rand.New(rand.NewPCG(1, 2))
	random := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		return b
	}
	var cases []struct {
		name  string
		quote []byte
	}
	add := func(name string, q []byte) {
		cases = append(cases, struct {
			name  string
			quote []byte
		}{name, q})
	}
	for _, n := range []int{0, 1, 47, 48, 49, 631, 632, 635, 636, 1020, 5000, 20000} {
		add(fmt.Sprintf("%d random bytes", n), random(n))
		// A valid header and body, then random signature data.
		if n > 636 {
			q := append(append([]byte(nil), s.quote[:632]...), random(n-632)...)
			add("valid header, random rest", q)
			binary.LittleEndian.PutUint32(q[632:], uint32(n-636))
			add("valid header, framed random signature data", append([]byte(nil), q...))
		}
	}
	for n := 0; n < len(s.quote); n += 97 {
		add("truncated", s.quote[:n])
	}
	add("truncated by one", s.quote[:len(s.quote)-1])
	quotes := make([][]byte, len(cases))
	for i, c := range cases {
		quotes[i] = c.quote
	}
	for i, o := range s.callAll(t, quotes) {
		checkRejected(t, cases[i].name, o.Result, o.Err)
	}

	t.Run("no verifier", func(t *testing.T) {
		_, err := dcap.CallVerifyQuote(context.Background(), s.c.client, common.HexToAddress("0x1234"), s.quote, nil)
		if err == nil || !strings.Contains(err.Error(), "empty return data") {
			t.Fatalf("got %v", err)
		}
	})
}

// TestGarbageCollateral: malformed collateral files fail with the field at
// fault before anything is simulated; well-formed collateral with the wrong
// content fails at the upload step that rejects it.
func TestGarbageCollateral(t *testing.T) {
	d := newDev(t, "garbage-collateral", devEpoch, nil)
	good := d.collateral(t, nil)
	raw, err := good.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, file, want string
	}{
		{"empty", "", "decoding collateral JSON"},
		{"not JSON", "garbage", "decoding collateral JSON"},
		{"array", "[]", "want a JSON object"},
		{"unknown field", strings.Replace(string(raw), `"tcb_info":`, `"tcb_infox":`, 1), `unknown field "tcb_infox"`},
		{"bad hex", strings.Replace(string(raw), `"root_ca_crl": "`, `"root_ca_crl": "zz`, 1), `collateral field "root_ca_crl": invalid hex`},
		{"short signature", strings.Replace(string(raw), `"tcb_info_signature": "`, `"tcb_info_signature": "00`, 1), `collateral field "tcb_info_signature"`},
		{"missing chain", strings.Replace(string(raw), `"qe_identity_issuer_chain": "-----BEGIN`, `"qe_identity_issuer_chain": "-----BOGUS`, 1), `collateral field "qe_identity_issuer_chain"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := collateral.Parse([]byte(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
		})
	}

	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other := newDev(t, "garbage-collateral-other", devEpoch, nil).collateral(t, nil)
	for _, tc := range []struct {
		name     string
		edit     func(c *collateral.Collateral)
		step, rv string
	}{
		{"root CRL of another authority", func(c *collateral.Collateral) { c.RootCACRL = other.RootCACRL }, dcap.StepRootCACRL, "InvalidCollateralSignature"},
		{"PCK CRL of another authority", func(c *collateral.Collateral) { c.PCKCRL = other.PCKCRL }, dcap.StepPCKCRL, "InvalidCollateralSignature"}, // same subject names, other key,
		{"PCK CA of another authority", func(c *collateral.Collateral) { c.PCKCRLIssuerChain = other.PCKCRLIssuerChain }, dcap.StepPCKCRL, "NotIssuedByRoot"},
		{"TCB info signed by another authority", func(c *collateral.Collateral) {
			c.TCBInfo, c.TCBInfoSignature = other.TCBInfo, other.TCBInfoSignature
		}, dcap.StepTCBInfo, "InvalidCollateralSignature"},
		{"QE identity as TCB info", func(c *collateral.Collateral) {
			c.TCBInfo, c.TCBInfoSignature = c.QEIdentity, c.QEIdentitySignature
		}, dcap.StepTCBInfo, "UnsupportedTcbInfoId"},
		{"TCB info as QE identity", func(c *collateral.Collateral) {
			c.QEIdentity, c.QEIdentitySignature = c.TCBInfo, c.TCBInfoSignature
		}, dcap.StepQEIdentity, "UnsupportedQeIdentityId"},
		{"TCB signing chain of another authority", func(c *collateral.Collateral) { c.TCBInfoIssuerChain = other.TCBInfoIssuerChain }, dcap.StepTCBInfo, "NotIssuedByRoot"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := *good
			tc.edit(&c)
			_, err := s.VerifyAt(context.Background(), d.quote(t, [64]byte{}), &c, d.root(), d.verifyAt())
			if stepOf(err) != tc.step || revertName(err) != tc.rv {
				t.Fatalf("got %v, want %s: %s(...)", err, tc.step, tc.rv)
			}
		})
	}
}

// FuzzVerifyQuote feeds arbitrary bytes to a verifier deployed on the
// simulated chain (one eth_call each). It must never panic, every rejection
// must be a decoded custom error or a failure code, and a valid verdict is
// only possible for the dev quote itself (or with its padding changed).
func FuzzVerifyQuote(f *testing.F) {
	s := newDevStack(f, "fuzz")
	q := s.quote
	f.Add([]byte{})
	f.Add(q[:48])
	f.Add(q[:636])
	f.Add(q[:len(q)-1])
	f.Add(flip(q, 100, 0x01))
	f.Add(flip(q, 700, 0x80))
	f.Add(append(flip(q, 640, 0x01), 1, 2, 3))
	f.Add(bytes.Repeat([]byte{0xff}, 1200))
	parsed, err := tdxquote.Parse(q)
	if err != nil {
		f.Fatal(err)
	}
	const lenField = tdxquote.HeaderSize + tdxquote.BodySize
	lastEnd := signedEnd(f, q) - len(parsed.PCKCertChain) + bytes.LastIndex(parsed.PCKCertChain, []byte("-----END CERTIFICATE-----"))
	f.Fuzz(func(t *testing.T, in []byte) {
		r, err := dcap.CallVerifyQuote(context.Background(), s.c.client, s.verify, in, nil)
		if err == nil && r.Valid {
			if len(in) < lastEnd || !bytes.Equal(in[:lenField], q[:lenField]) || !bytes.Equal(in[lenField+4:lastEnd], q[lenField+4:lastEnd]) {
				t.Fatalf("valid verdict for input other than the dev quote (%d bytes): %+v", len(in), r)
			}
			return
		}
		checkRejected(t, "fuzz input", r, err)
	})
}
