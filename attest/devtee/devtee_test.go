package devtee_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-tdx-guest/pcs"
	"github.com/google/go-tdx-guest/validate"

	"github.com/teereg/teereg/attest"
	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/internal/gotdx"
	"github.com/teereg/teereg/attest/internal/quotecheck"
	"github.com/teereg/teereg/attest/internal/tdxvectors"
	"github.com/teereg/teereg/attest/tdxquote"
)

var _ attest.Quoter = (*devtee.Platform)(nil)

// TestGoTDXGuestAcceptsDevQuotes is the differential test: go-tdx-guest
// v0.3.1's verifier, with the development root as its only trusted root and
// the development collateral supplied offline, accepts devtee quotes: PCK
// chain, root and PCK CRLs, collateral windows, TCB info and QE identity
// signatures and chains, quote signature, QE report signature and data,
// FMSPC, PCE-ID, MRSIGNERSEAM, SEAM attributes, TCB level (platform and TDX
// module) and QE identity.
func TestGoTDXGuestAcceptsDevQuotes(t *testing.T) {
	f := newFixture(t, "differential")
	root := f.a.RootCertificate()
	verifyAt := testNow.Add(validity / 2)
	quote := f.quote(t, devtee.DefaultTDReport())

	// go-tdx-guest v0.3.1 compares the TCB info FMSPC case-sensitively with
	// the lower-case hex it derives from the PCK certificate, so its oracle
	// run uses the LowercaseFMSPC option.
	lower := f.collateral(t, &devtee.CollateralOptions{LowercaseFMSPC: true})
	if err := gotdx.Verify(quote, lower, root, verifyAt, gotdx.Options{}); err != nil {
		t.Fatalf("go-tdx-guest rejects a dev quote: %v", err)
	}

	// With Intel's upper case (the default) v0.3.1 fails on exactly that
	// comparison and nothing else: folding the case for its parsed copy lets
	// it run to the end.
	upper := f.collateral(t, nil)
	if !strings.Contains(upper.TCBInfo, `"fmspc":"B0C06F000000"`) {
		t.Fatalf("default FMSPC not upper case: %.120s", upper.TCBInfo)
	}
	err := gotdx.Verify(quote, upper, root, verifyAt, gotdx.Options{})
	if err == nil || !strings.Contains(err.Error(), `FMSPC from PCK Certificate("b0c06f000000") is not equal to FMSPC value from Intel PCS's reported TDX TCB info("B0C06F000000")`) {
		t.Fatalf("upper-case FMSPC: want v0.3.1's case mismatch, got %v", err)
	}
	if err := gotdx.Verify(quote, upper, root, verifyAt, gotdx.Options{FoldFMSPCCase: true}); err != nil {
		t.Fatalf("upper-case FMSPC, folded: %v", err)
	}

	// Quotes through the Quoter interface verify too, and carry the report data.
	var qr attest.Quoter = f.p
	q2, err := qr.Quote(context.Background(), reportData("via Quoter"))
	if err != nil {
		t.Fatal(err)
	}
	if err := gotdx.Verify(q2, lower, root, verifyAt, gotdx.Options{}); err != nil {
		t.Fatal(err)
	}
	parsed, err := tdxquote.Parse(q2)
	if err != nil {
		t.Fatal(err)
	}
	if parsed.Body.ReportData != reportData("via Quoter") || parsed.Body.Debug() {
		t.Fatalf("report data %q, debug %v", parsed.Body.ReportData[:10], parsed.Body.Debug())
	}
}

// TestGoTDXGuestRejects checks that the same oracle rejects what it must.
func TestGoTDXGuestRejects(t *testing.T) {
	f := newFixture(t, "differential")
	root := f.a.RootCertificate()
	verifyAt := testNow.Add(validity / 2)
	quote := f.quote(t, devtee.DefaultTDReport())
	lower := func(o devtee.CollateralOptions) *collateral.Collateral {
		o.LowercaseFMSPC = true
		return f.collateral(t, &o)
	}
	good := lower(devtee.CollateralOptions{})
	other := newFixture(t, "another authority")

	tamperedQuote := bytes.Clone(quote)
	tamperedQuote[tdxquote.HeaderSize+tdxquote.BodySize-1] ^= 1 // last byte of REPORTDATA

	platform2, err := f.a.NewPlatform([6]byte{0x00, 0x80, 0x6f, 0x05}, nil)
	if err != nil {
		t.Fatal(err)
	}
	otherFMSPC, err := f.a.Collateral(platform2, testNow, validity, &devtee.CollateralOptions{LowercaseFMSPC: true})
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		quote []byte
		c     *collateral.Collateral
		root  *x509.Certificate
		at    int // 0: verifyAt, 1: after the collateral expired
		want  string
	}{
		{"tampered report data", tamperedQuote, good, root, 0, "unable to verify message digest"},
		{"other root pinned", quote, good, other.a.RootCertificate(), 0, "certificate signed by unknown authority"},
		{"collateral expired", quote, good, root, 1, "expired"},
		{"collateral of another FMSPC", quote, otherFMSPC, root, 0, "FMSPC from PCK Certificate"},
		{"PCK revoked", quote, lower(devtee.CollateralOptions{RevokedPCKSerials: []*big.Int{f.p.PCKCertificate().SerialNumber}}), root, 0,
			"PCK Leaf certificate in PCK certificate chain was revoked"},
		{"platform CA revoked", quote, lower(devtee.CollateralOptions{RevokedCASerials: []*big.Int{f.a.PlatformCACertificate().SerialNumber}}), root, 0,
			"intermediate certificate in PCK certificate chain was revoked"},
		{"TCB OutOfDate", quote, lower(devtee.CollateralOptions{TCBStatus: devtee.OutOfDate}), root, 0, `found "OutOfDate"`},
		{"TCB SWHardeningNeeded", quote, lower(devtee.CollateralOptions{TCBStatus: devtee.SWHardeningNeeded, AdvisoryIDs: []string{"INTEL-SA-00615"}}), root, 0,
			`found "SWHardeningNeeded"`},
		{"TCB Revoked", quote, lower(devtee.CollateralOptions{TCBStatus: devtee.Revoked}), root, 0, `found "Revoked"`},
		{"TDX module OutOfDate", quote, lower(devtee.CollateralOptions{TDXModuleStatus: devtee.OutOfDate}), root, 0,
			`TDX Module TCB Status is not "UpToDate", found "OutOfDate"`},
		{"QE OutOfDate", quote, lower(devtee.CollateralOptions{QEStatus: devtee.OutOfDate}), root, 0,
			`QE Identity reported by Intel PCS failed TCB status check: TCB Status is not "UpToDate", found "OutOfDate"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			at := verifyAt
			if tt.at == 1 {
				at = testNow.Add(validity + 1)
			}
			err := gotdx.Verify(tt.quote, tt.c, tt.root, at, gotdx.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("want error containing %q, got %v", tt.want, err)
			}
		})
	}

	// The real Intel root rejects dev quotes.
	t.Run("Intel root pinned", func(t *testing.T) {
		intelRoot := tdxvectors.IntelRoot(t)
		err := gotdx.Verify(quote, good, intelRoot, verifyAt, gotdx.Options{})
		if err == nil {
			t.Fatal("dev quote accepted under Intel's root")
		}
		if _, err := quotecheck.Check(quote, intelRoot, verifyAt); err == nil {
			t.Fatal("quotecheck accepted a dev quote under Intel's root")
		}
	})
}

// TestTCBStatusMapping checks, with the independent evaluator of
// helpers_test.go (validated on the real vectors first), that the options
// produce the statuses and advisories asked for.
func TestTCBStatusMapping(t *testing.T) {
	t.Run("real vectors", func(t *testing.T) {
		for _, name := range tdxvectors.WithCollateral() {
			v := tdxvectors.Load(t, name)
			c, err := collateral.Load(v.CollateralPath)
			if err != nil {
				t.Fatal(err)
			}
			ev := evaluate(t, v.Quote, c)
			if ev.Status != v.Expected.TCBStatus || ev.ModuleStatus != "UpToDate" || ev.QEStatus != "UpToDate" {
				t.Errorf("%s: evaluated %+v, expected.json says %s", name, ev, v.Expected.TCBStatus)
			}
			if name == "automata-outofdate" && !slices.Equal(ev.Advisories, []string{"INTEL-SA-00960", "INTEL-SA-00982", "INTEL-SA-00986"}) {
				t.Errorf("%s advisories %v", name, ev.Advisories)
			}
		}
	})

	f := newFixture(t, "status")
	quote := f.quote(t, devtee.DefaultTDReport())
	sa := []string{"INTEL-SA-00615", "INTEL-SA-00657"}
	for _, tt := range []struct {
		o    devtee.CollateralOptions
		want wantEval
	}{
		{devtee.CollateralOptions{}, wantEval{"UpToDate", "UpToDate", "UpToDate", nil}},
		{devtee.CollateralOptions{TCBStatus: devtee.SWHardeningNeeded, AdvisoryIDs: sa}, wantEval{"SWHardeningNeeded", "UpToDate", "UpToDate", sa}},
		{devtee.CollateralOptions{TCBStatus: devtee.ConfigurationAndSWHardeningNeeded, AdvisoryIDs: sa}, wantEval{"ConfigurationAndSWHardeningNeeded", "UpToDate", "UpToDate", sa}},
		{devtee.CollateralOptions{TCBStatus: devtee.ConfigurationNeeded}, wantEval{"ConfigurationNeeded", "UpToDate", "UpToDate", nil}},
		{devtee.CollateralOptions{TCBStatus: devtee.OutOfDate, AdvisoryIDs: sa[:1]}, wantEval{"OutOfDate", "UpToDate", "UpToDate", sa[:1]}},
		{devtee.CollateralOptions{TCBStatus: devtee.OutOfDateConfigurationNeeded}, wantEval{"OutOfDateConfigurationNeeded", "UpToDate", "UpToDate", nil}},
		{devtee.CollateralOptions{TCBStatus: devtee.Revoked}, wantEval{"Revoked", "UpToDate", "UpToDate", nil}},
		{devtee.CollateralOptions{TDXModuleStatus: devtee.OutOfDate}, wantEval{"UpToDate", "OutOfDate", "UpToDate", nil}},
		{devtee.CollateralOptions{QEStatus: devtee.SWHardeningNeeded}, wantEval{"UpToDate", "UpToDate", "SWHardeningNeeded", nil}},
	} {
		c := f.collateral(t, &tt.o)
		ev := evaluate(t, quote, c)
		got := wantEval{ev.Status, ev.ModuleStatus, ev.QEStatus, ev.Advisories}
		if got.Status != tt.want.Status || got.Module != tt.want.Module || got.QE != tt.want.QE || !slices.Equal(got.Advisories, tt.want.Advisories) {
			t.Errorf("options %+v: evaluated %+v, want %+v", tt.o, got, tt.want)
		}
	}

	// A platform below every listed level matches none.
	low := devtee.DefaultPlatformConfig()
	p, err := f.a.NewPlatform(testFMSPC(), &low)
	if err != nil {
		t.Fatal(err)
	}
	c := f.collateral(t, nil) // levels of f.p: CPUSVN {2,2,2,2,3,1,0,5}, PCESVN 11 and 10
	lowCfg := low
	lowCfg.CPUSVN[0] = 1
	lowP, err := f.a.NewPlatform(testFMSPC(), &lowCfg)
	if err != nil {
		t.Fatal(err)
	}
	q, err := lowP.QuoteTD(devtee.DefaultTDReport(), reportData("low"))
	if err != nil {
		t.Fatal(err)
	}
	if ev := evaluate(t, q, c); ev.Status != "no matching TCB level" {
		t.Errorf("platform below all levels evaluated %+v", ev)
	}
	if q2, _ := p.QuoteTD(devtee.DefaultTDReport(), reportData("same")); evaluate(t, q2, c).Status != "UpToDate" {
		t.Error("second platform with the same TCB not UpToDate")
	}
}

type wantEval struct {
	Status, Module, QE string
	Advisories         []string
}

// TestDebugTD: the default TD is not a debug TD; a debug TD is producible, is
// signed like any other, and is caught by a TD_ATTRIBUTES policy check.
func TestDebugTD(t *testing.T) {
	f := newFixture(t, "debug")
	prod, err := f.p.Quote(context.Background(), reportData("prod"))
	if err != nil {
		t.Fatal(err)
	}
	var zero devtee.TDReport
	zeroQ := f.quote(t, zero)
	debugTD := devtee.DefaultTDReport()
	debugTD.Attributes |= tdxquote.TDAttributesDebug
	debugQ := f.quote(t, debugTD)

	for name, tc := range map[string]struct {
		raw   []byte
		debug bool
	}{"default": {prod, false}, "zero TDReport": {zeroQ, false}, "debug": {debugQ, true}} {
		q, err := tdxquote.Parse(tc.raw)
		if err != nil {
			t.Fatal(err)
		}
		if q.Body.Debug() != tc.debug || q.Body.TDAttributes[0]&1 == 1 != tc.debug {
			t.Errorf("%s: Debug() = %v", name, q.Body.Debug())
		}
	}

	c := f.collateral(t, &devtee.CollateralOptions{LowercaseFMSPC: true})
	// go-tdx-guest's verify checks signatures and TCB, not TD policy: the
	// debug quote is authentic...
	if err := gotdx.Verify(debugQ, c, f.a.RootCertificate(), testNow, gotdx.Options{}); err != nil {
		t.Fatalf("debug quote not authentic: %v", err)
	}
	// ...and a policy pinning production TD_ATTRIBUTES rejects it.
	prodBody, _ := tdxquote.Parse(prod)
	policy := &validate.Options{TdQuoteBodyOptions: validate.TdQuoteBodyOptions{TdAttributes: prodBody.Body.TDAttributes[:]}}
	if err := validate.RawTdxQuote(prod, policy); err != nil {
		t.Fatalf("production quote fails the policy: %v", err)
	}
	if err := validate.RawTdxQuote(debugQ, policy); err == nil || !strings.Contains(err.Error(), "TD_ATTRIBUTES") {
		t.Fatalf("debug quote passes the policy: %v", err)
	}
}

// TestQuoteLayoutMatchesReal compares a dev quote's layout with a real one,
// decoded by both tdxquote and go-tdx-guest's abi package.
func TestQuoteLayoutMatchesReal(t *testing.T) {
	f := newFixture(t, "layout")
	dev := f.quote(t, devtee.DefaultTDReport())
	devQ, err := tdxquote.Parse(dev)
	if err != nil {
		t.Fatal(err)
	}
	if err := quotecheck.DiffGoTDXGuest(dev, devQ); err != nil {
		t.Fatal(err)
	}
	if _, err := quotecheck.Check(dev, f.a.RootCertificate(), testNow); err != nil {
		t.Fatal(err)
	}
	v := tdxvectors.Load(t, "phala-uptodate")
	real, err := tdxquote.Parse(v.Quote)
	if err != nil {
		t.Fatal(err)
	}
	if devQ.Header != (tdxquote.Header{Version: real.Header.Version, AttestationKeyType: real.Header.AttestationKeyType,
		TEEType: real.Header.TEEType, QESVN: real.Header.QESVN, PCESVN: real.Header.PCESVN,
		QEVendorID: real.Header.QEVendorID, UserData: devQ.Header.UserData}) {
		t.Errorf("header %+v, real %+v", devQ.Header, real.Header)
	}
	if len(devQ.QEAuthData) != len(real.QEAuthData) || devQ.QEReport.ISVProdID != real.QEReport.ISVProdID ||
		devQ.QEReport.Attributes != real.QEReport.Attributes || devQ.Body.XFAM != real.Body.XFAM ||
		devQ.Body.TDAttributes != real.Body.TDAttributes || devQ.Body.TEETCBSVN != real.Body.TEETCBSVN {
		t.Error("dev quote differs from the real one in a field meant to mirror it")
	}
	// Same size up to the certificates: header, body, signature data framing.
	devSize := len(dev) - len(devQ.PCKCertChain)
	realSize := len(v.Quote) - len(real.Trailing) - len(real.PCKCertChain)
	if devSize != realSize {
		t.Errorf("quote without chain: %d bytes, real %d", devSize, realSize)
	}
	if !bytes.HasSuffix(devQ.PCKCertChain, []byte("-----END CERTIFICATE-----\n\x00")) {
		t.Error("dev chain does not end like phala's (PEM then NUL)")
	}
	cfg := devtee.DefaultPlatformConfig()
	cfg.OmitChainNUL = true
	p, err := f.a.NewPlatform(testFMSPC(), &cfg)
	if err != nil {
		t.Fatal(err)
	}
	noNUL, _ := p.QuoteTD(devtee.DefaultTDReport(), reportData("x"))
	q, _ := tdxquote.Parse(noNUL)
	if !bytes.HasSuffix(q.PCKCertChain, []byte("-----END CERTIFICATE-----\n")) {
		t.Error("OmitChainNUL chain does not end in the PEM newline")
	}
	if err := gotdx.Verify(noNUL, f.collateral(t, &devtee.CollateralOptions{LowercaseFMSPC: true}), f.a.RootCertificate(), testNow, gotdx.Options{}); err != nil {
		t.Fatal(err)
	}
}

// TestProfilesMatchIntel compares the dev certificates, CRLs and collateral
// bodies with Intel's real ones: same extensions in the same order with the
// same criticality and encodings, same subject attribute types and string
// types, same SGX extension structure, same CRL layout, same JSON key order.
func TestProfilesMatchIntel(t *testing.T) {
	f := newFixture(t, "profile")
	c := f.collateral(t, &devtee.CollateralOptions{RevokedPCKSerials: []*big.Int{big.NewInt(7)}, TCBStatus: devtee.OutOfDate, AdvisoryIDs: []string{"INTEL-SA-00001"}})
	v := tdxvectors.Load(t, "phala-uptodate")
	realQ, err := tdxquote.Parse(v.Quote)
	if err != nil {
		t.Fatal(err)
	}
	realChain, err := collateral.ParseCertChain(realQ.PCKCertChain)
	if err != nil {
		t.Fatal(err)
	}
	realC, err := collateral.Load(v.CollateralPath)
	if err != nil {
		t.Fatal(err)
	}
	realSigning, _ := realC.TCBInfoIssuerCerts()
	devSigning, _ := c.TCBInfoIssuerCerts()

	pairs := []struct {
		name      string
		dev, real *x509.Certificate
	}{
		{"root", f.a.RootCertificate(), realChain[2]},
		{"platform CA", f.a.PlatformCACertificate(), realChain[1]},
		{"TCB signing", devSigning[0], realSigning[0]},
		{"PCK leaf", f.p.PCKCertificate(), realChain[0]},
	}
	for _, p := range pairs {
		dp, rp := certProfile(t, p.dev), certProfile(t, p.real)
		if !slices.Equal(dp, rp) {
			t.Errorf("%s profile differs:\n dev  %q\n real %q", p.name, dp, rp)
		}
		if p.dev.Subject.CommonName != p.real.Subject.CommonName || p.dev.Issuer.CommonName != p.real.Issuer.CommonName {
			t.Errorf("%s names: %s / %s", p.name, p.dev.Subject, p.dev.Issuer)
		}
		if p.dev.Subject.Organization[0] != "Teereg Dev TEE - not Intel" {
			t.Errorf("%s organization %q", p.name, p.dev.Subject.Organization)
		}
		if p.dev.SerialNumber.Sign() <= 0 || len(p.dev.SerialNumber.Bytes()) > 20 {
			t.Errorf("%s serial %v", p.name, p.dev.SerialNumber)
		}
	}
	sgx := func(c *x509.Certificate) []string {
		for _, e := range c.Extensions {
			if e.Id.Equal(devtee.OIDSGXExtension()) {
				return derShape(t, e.Value)
			}
		}
		t.Fatal("no SGX extension")
		return nil
	}
	if d, r := sgx(f.p.PCKCertificate()), sgx(realChain[0]); !slices.Equal(d, r) {
		t.Errorf("SGX extension structure differs:\n dev  %q\n real %q", d, r)
	}
	// Values in the SGX extension, read by go-tdx-guest's independent parser.
	ext, err := pcs.PckCertificateExtensions(f.p.PCKCertificate())
	if err != nil {
		t.Fatal(err)
	}
	cfg := f.p.Config()
	if ext.FMSPC != "b0c06f000000" || ext.PCEID != "0000" || ext.TCB.PCESvn != cfg.PCESVN ||
		!bytes.Equal(ext.TCB.CPUSvn, cfg.CPUSVN[:]) || !bytes.Equal(ext.TCB.CPUSvnComponents, cfg.CPUSVN[:]) || len(ext.PPID) != 32 {
		t.Errorf("SGX extension values %+v", ext)
	}

	for _, crl := range []struct {
		name      string
		dev, real func() ([]byte, error)
	}{
		{"PCK CRL", c.PCKCRLDER, realC.PCKCRLDER},
		{"root CA CRL", c.RootCACRLDER, realC.RootCACRLDER},
	} {
		d, _ := crl.dev()
		r, _ := crl.real()
		dp, rp := crlProfile(t, d), crlProfile(t, r)
		if crl.name == "root CA CRL" {
			// Intel's root CRL lists nothing, like ours here.
			if !slices.Equal(dp, rp) {
				t.Errorf("%s differs:\n dev  %q\n real %q", crl.name, dp, rp)
			}
		} else if !slices.Equal(dp, rp) {
			t.Errorf("%s differs:\n dev  %q\n real %q", crl.name, dp, rp)
		}
	}

	// JSON bodies: compact, same key orders, upper-case hex like Intel's.
	for _, body := range []struct{ name, dev, real string }{
		{"tcb_info", c.TCBInfo, realC.TCBInfo},
		{"qe_identity", c.QEIdentity, realC.QEIdentity},
	} {
		var buf bytes.Buffer
		if err := json.Compact(&buf, []byte(body.dev)); err != nil || buf.String() != body.dev {
			t.Errorf("%s is not compact JSON", body.name)
		}
		if d, r := jsonKeyOrders(t, body.dev), jsonKeyOrders(t, body.real); !slices.Equal(d, r) {
			t.Errorf("%s key orders differ:\n dev  %q\n real %q", body.name, d, r)
		}
	}
	if !strings.Contains(c.QEIdentity, `"mrsigner":"`+strings.ToUpper(hexString(cfg.QE.MRSigner[:]))+`"`) {
		t.Error("QE identity MRSIGNER not upper-case hex of the QE's")
	}

	// Collateral signatures verify with the TCB Signing key over the exact bytes.
	pub := devSigning[0].PublicKey.(*ecdsa.PublicKey)
	for _, s := range []struct {
		body string
		sig  func() ([64]byte, error)
	}{{c.TCBInfo, c.TCBInfoSignatureBytes}, {c.QEIdentity, c.QEIdentitySignatureBytes}} {
		sig, err := s.sig()
		if err != nil {
			t.Fatal(err)
		}
		if !quotecheck.VerifyRaw(pub, []byte(s.body), sig) {
			t.Error("collateral signature does not verify")
		}
	}
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, c := range b {
		out = append(out, digits[c>>4], digits[c&15])
	}
	return string(out)
}

// TestDeterministic: same seed and time, same bytes; another seed, other keys.
func TestDeterministic(t *testing.T) {
	run := func(seed string) (root, pck, quote []byte, c *collateral.Collateral) {
		f := newFixture(t, seed)
		return f.a.RootCertificate().Raw, f.p.PCKCertificate().Raw, f.quote(t, devtee.DefaultTDReport()), f.collateral(t, nil)
	}
	r1, p1, q1, c1 := run("seed")
	r2, p2, q2, c2 := run("seed")
	if !bytes.Equal(r1, r2) || !bytes.Equal(p1, p2) || !bytes.Equal(q1, q2) || *c1 != *c2 {
		t.Fatal("same seed gave different output")
	}
	r3, _, q3, _ := run("other seed")
	if bytes.Equal(r1, r3) || bytes.Equal(q1, q3) {
		t.Fatal("different seeds gave the same output")
	}
	// crypto/rand works too and gives fresh keys.
	a1, err := devtee.NewAuthority(rand.Reader, testNow)
	if err != nil {
		t.Fatal(err)
	}
	a2, err := devtee.NewAuthority(rand.Reader, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(a1.RootCertificate().Raw, a2.RootCertificate().Raw) {
		t.Fatal("crypto/rand authorities are equal")
	}
	if !bytes.Equal(a1.RootPEM()[:27], []byte("-----BEGIN CERTIFICATE-----")) {
		t.Fatal("RootPEM is not PEM")
	}
}

type failingReader struct{ n int }

func (r *failingReader) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, errors.New("entropy exhausted")
	}
	n := min(len(p), r.n)
	r.n -= n
	return n, nil
}

func TestErrors(t *testing.T) {
	if _, err := devtee.NewAuthority(nil, testNow); err == nil {
		t.Error("nil reader accepted")
	}
	if _, err := devtee.NewAuthority(rand.Reader, time.Time{}); err == nil {
		t.Error("zero time accepted")
	}
	for _, n := range []int{0, 40, 100} {
		if _, err := devtee.NewAuthority(&failingReader{n: n}, testNow); err == nil || !strings.Contains(err.Error(), "entropy exhausted") {
			t.Errorf("reader failing after %d bytes: %v", n, err)
		}
	}
	a, err := devtee.NewAuthority(io.MultiReader(bytes.NewReader(make([]byte, 32)), devtee.NewDeterministicReader(nil)), testNow)
	if err != nil {
		t.Fatalf("a zero scalar must be skipped, not fail: %v", err)
	}
	f := newFixture(t, "errors")
	if _, err := f.a.Collateral(newFixture(t, "x").p, testNow, validity, nil); err == nil {
		t.Error("foreign platform accepted")
	}
	if _, err := f.a.Collateral(f.p, testNow, 0, nil); err == nil {
		t.Error("zero validity accepted")
	}
	if _, err := f.a.Collateral(f.p, testNow, validity, &devtee.CollateralOptions{TCBStatus: "Fine"}); err == nil {
		t.Error("unknown status accepted")
	}
	if _, err := f.a.Collateral(f.p, testNow, validity, &devtee.CollateralOptions{RevokedPCKSerials: []*big.Int{big.NewInt(-1)}}); err == nil {
		t.Error("negative serial accepted")
	}
	cfg := devtee.DefaultPlatformConfig()
	cfg.SGXType = 3
	if _, err := a.NewPlatform(testFMSPC(), &cfg); err == nil {
		t.Error("SGX type 3 accepted")
	}
	cfg = devtee.DefaultPlatformConfig()
	cfg.QE.AuthData = make([]byte, 1<<16)
	if _, err := a.NewPlatform(testFMSPC(), &cfg); err == nil {
		t.Error("oversized QE auth data accepted")
	}
	cfg = devtee.DefaultPlatformConfig()
	cfg.PCESVN = 0xffff
	p, err := a.NewPlatform(testFMSPC(), &cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Collateral(p, testNow, validity, &devtee.CollateralOptions{TCBStatus: devtee.OutOfDate}); err == nil {
		t.Error("no room for a higher level, yet accepted")
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := f.p.Quote(ctx, reportData("x")); !errors.Is(err, context.Canceled) {
		t.Errorf("canceled context: %v", err)
	}
}

// FuzzQuoteTD: whatever TD and report data, the quote parses, round-trips and
// its cryptography checks out.
func FuzzQuoteTD(f *testing.F) {
	fx := newFixture(f, "fuzz")
	f.Add(uint64(0), uint64(0), []byte("mrtd"), []byte("report data"))
	f.Add(uint64(1), ^uint64(0), []byte{}, bytes.Repeat([]byte{0xff}, 64))
	f.Fuzz(func(t *testing.T, attrs, xfam uint64, mrtd, rd []byte) {
		td := devtee.TDReport{Attributes: attrs, XFAM: xfam}
		copy(td.MRTD[:], mrtd)
		var data [64]byte
		copy(data[:], rd)
		raw, err := fx.p.QuoteTD(td, data)
		if err != nil {
			t.Fatal(err)
		}
		res, err := quotecheck.Check(raw, fx.a.RootCertificate(), testNow)
		if err != nil {
			t.Fatal(err)
		}
		if res.Quote.Body.ReportData != data || res.Quote.Body.MRTD != td.MRTD || res.Quote.Body.Debug() != (attrs&1 == 1) {
			t.Fatal("quote does not carry the TD's values")
		}
	})
}
