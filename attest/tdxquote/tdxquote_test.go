package tdxquote_test

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/internal/quotecheck"
	"github.com/teereg/teereg/attest/internal/tdxvectors"
	"github.com/teereg/teereg/attest/tdxquote"
)

func TestParseRealQuotes(t *testing.T) {
	root := tdxvectors.IntelRoot(t)
	for _, name := range tdxvectors.WithCollateral() {
		t.Run(name, func(t *testing.T) {
			v := tdxvectors.Load(t, name)
			q, err := tdxquote.Parse(v.Quote)
			if err != nil {
				t.Fatal(err)
			}
			if q.Header.QEVendorID != tdxquote.IntelQEVendorID() {
				t.Errorf("QE vendor ID %x", q.Header.QEVendorID)
			}
			if q.QEReport.ISVProdID != 2 {
				t.Errorf("QE ISVPRODID %d, want 2 (TD_QE)", q.QEReport.ISVProdID)
			}
			if len(q.QEAuthData) != 32 {
				t.Errorf("QE auth data %d bytes", len(q.QEAuthData))
			}
			// Both endings occur in real quotes: phala's chain ends in a NUL
			// terminator, automata's in the PEM newline.
			t.Logf("PCK chain ends in %#x", q.PCKCertChain[len(q.PCKCertChain)-1])
			if q.Body.Debug() {
				t.Error("real production quote parsed as debug")
			}
			// Padding is kept, and re-encoding gives the input back byte for byte.
			out, err := q.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(out, v.Quote) {
				t.Fatal("MarshalBinary(Parse(quote)) differs from the quote")
			}
			t.Logf("%d trailing bytes", len(q.Trailing))
			// The parsed pieces check out cryptographically with Intel's root.
			res, err := quotecheck.Check(v.Quote, root, v.Expected.VerifyTime())
			if err != nil {
				t.Fatalf("crypto check: %v", err)
			}
			fmspc := strings.ToLower(v.Expected.FMSPC)
			if !bytes.Contains(res.Chain[0].Raw, mustHex(t, fmspc)) {
				t.Errorf("PCK leaf does not carry FMSPC %s", fmspc)
			}
			compareWithGoTDXGuest(t, v.Quote, q)
		})
	}
}

func mustHex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// compareWithGoTDXGuest decodes raw with go-tdx-guest's abi package and
// checks every field against ours.
func compareWithGoTDXGuest(t testing.TB, raw []byte, q *tdxquote.Quote) {
	t.Helper()
	if err := quotecheck.DiffGoTDXGuest(raw, q); err != nil {
		t.Fatal(err)
	}
}

func TestParseV5Rejected(t *testing.T) {
	v := tdxvectors.Load(t, "gotdx-v5-parse-only")
	_, err := tdxquote.Parse(v.Quote)
	if err == nil || !strings.Contains(err.Error(), "unsupported quote version 5") {
		t.Fatalf("v5 quote: %v", err)
	}
	h, err := tdxquote.ParseHeader(v.Quote)
	if err != nil || h.Version != 5 || h.TEEType != tdxquote.TEETypeTDX {
		t.Fatalf("ParseHeader: %+v, %v", h, err)
	}
}

// devQuote is a quote from the dev TEE, available without ../shared.
func devQuote(t testing.TB) []byte {
	t.Helper()
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte("tdxquote tests")), time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.NewPlatform([6]byte{1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	q, err := p.Quote(context.Background(), [64]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func TestParseErrors(t *testing.T) {
	good := devQuote(t)
	q, err := tdxquote.Parse(good)
	if err != nil {
		t.Fatal(err)
	}
	signedEnd := tdxquote.HeaderSize + tdxquote.BodySize + 4 + int(binary.LittleEndian.Uint32(good[632:]))
	cert6 := tdxquote.HeaderSize + tdxquote.BodySize + 4 + 128 // type-6 header offset
	qeAuth := cert6 + 6 + tdxquote.EnclaveReportSize + 64
	cert5 := qeAuth + 2 + len(q.QEAuthData)
	patch := func(off int, b ...byte) []byte {
		out := bytes.Clone(good[:signedEnd])
		copy(out[off:], b)
		return out
	}
	le32 := func(v uint32) []byte { return binary.LittleEndian.AppendUint32(nil, v) }
	tests := []struct {
		name  string
		input []byte
		want  string
	}{
		{"nil", nil, "shorter than a 48-byte header"},
		{"garbage", []byte("this is not a quote at all, just some text that goes on for a while"), "unsupported quote version"},
		{"header only", good[:48], "shorter than the"},
		{"version 3", patch(0, 3, 0), "unsupported quote version 3"},
		{"sgx tee type", patch(4, 0, 0, 0, 0), "TEE type is 0x0"},
		{"key type 3", patch(2, 3, 0), "attestation key type is 3"},
		{"signed length beyond data", patch(632, le32(1<<30)...), "signature data needs 1073741824 bytes"},
		{"truncated signed data", good[:signedEnd-1], "truncated"},
		{"cert type 5 at top", patch(cert6, 5, 0), "certification data type is 5"},
		{"cert6 size too big", patch(cert6+2, le32(1<<20)...), "certification data needs"},
		{"cert6 size too small", patch(cert6+2, le32(uint32(signedEnd-cert6-6-1))...), "bytes after the certification data"},
		{"auth data too long", patch(qeAuth, 0xff, 0xff), "QE auth data needs 65535"},
		{"inner type 6", patch(cert5, 6, 0), "certification data type 6, want 5"},
		{"chain size too big", patch(cert5+2, le32(1<<20)...), "PCK certificate chain needs"},
		{"chain size too small", patch(cert5+2, le32(uint32(signedEnd-cert5-6-2))...), "2 bytes after the PCK certificate chain"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tdxquote.Parse(tt.input)
			if err == nil {
				t.Fatalf("Parse succeeded: %+v", got.Header)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not contain %q", err, tt.want)
			}
		})
	}
	// Every truncation of the signed quote fails cleanly.
	for n := 0; n < signedEnd; n += 7 {
		if _, err := tdxquote.Parse(good[:n]); err == nil {
			t.Fatalf("truncated to %d bytes: accepted", n)
		}
	}
}

func TestMarshalRoundTripZero(t *testing.T) {
	var q tdxquote.Quote
	q.Header = tdxquote.Header{Version: 4, AttestationKeyType: 2, TEEType: tdxquote.TEETypeTDX}
	q.Body.TDAttributes[0] = 1
	q.Body.RTMR[3][47] = 0xaa
	q.QEAuthData = []byte{1, 2, 3}
	q.PCKCertChain = []byte("chain")
	raw, err := q.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if len(raw) != tdxquote.MinSize+3+5 {
		t.Fatalf("size %d", len(raw))
	}
	back, err := tdxquote.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Body.Debug() || back.Body.RTMR[3][47] != 0xaa || string(back.PCKCertChain) != "chain" {
		t.Fatalf("round trip lost data: %+v", back)
	}
	q.QEAuthData = make([]byte, 1<<16)
	if _, err := q.MarshalBinary(); err == nil {
		t.Fatal("oversized auth data accepted")
	}
}

// FuzzParse checks that Parse never panics, that whatever it accepts
// re-encodes to the same bytes, and that go-tdx-guest's decoder agrees with it
// field by field on every accepted input.
func FuzzParse(f *testing.F) {
	var q tdxquote.Quote
	q.Header = tdxquote.Header{Version: 4, AttestationKeyType: 2, TEEType: tdxquote.TEETypeTDX}
	q.PCKCertChain = []byte("x")
	seed, _ := q.MarshalBinary()
	f.Add(seed)
	f.Add([]byte{4, 0, 2, 0, 0x81})
	f.Add(devQuote(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, herr := tdxquote.ParseHeader(data)
		if (herr == nil) != (len(data) >= tdxquote.HeaderSize) {
			t.Fatalf("ParseHeader on %d bytes: %v", len(data), herr)
		}
		q, err := tdxquote.Parse(data)
		if err != nil {
			return
		}
		if h != q.Header {
			t.Fatal("ParseHeader and Parse disagree")
		}
		out, err := q.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(out, data) {
			t.Fatal("accepted input does not re-encode to itself")
		}
		compareWithGoTDXGuest(t, data, q)
	})
}
