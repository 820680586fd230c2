package dcap_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxquote"
	"github.com/teereg/teereg/dcap"
)

// window is the validity of one piece of collateral and the failure code (at
// verification) or upload step (at upload) it answers for.
type window struct {
	step       string // upload step that rejects it outside the window
	failure    string // verdict failure code once it expired after upload
	start, end time.Time
}

// windows reads the validity windows of the collateral in Go, independently
// of the contracts.
func windows(t *testing.T, c *collateral.Collateral) []window {
	t.Helper()
	rootCRL, err := c.ParseRootCACRL()
	if err != nil {
		t.Fatal(err)
	}
	pckCRL, err := c.ParsePCKCRL()
	if err != nil {
		t.Fatal(err)
	}
	jsonWindow := func(body string) (time.Time, time.Time) {
		var w struct {
			IssueDate  time.Time `json:"issueDate"`
			NextUpdate time.Time `json:"nextUpdate"`
		}
		if err := json.Unmarshal([]byte(body), &w); err != nil {
			t.Fatal(err)
		}
		return w.IssueDate, w.NextUpdate
	}
	tcbStart, tcbEnd := jsonWindow(c.TCBInfo)
	qeStart, qeEnd := jsonWindow(c.QEIdentity)
	return []window{
		{dcap.StepRootCACRL, "ROOT_CRL_EXPIRED", rootCRL.ThisUpdate, rootCRL.NextUpdate},
		{dcap.StepPCKCRL, "PCK_CRL_EXPIRED", pckCRL.ThisUpdate, pckCRL.NextUpdate},
		{dcap.StepTCBInfo, "TCB_INFO_EXPIRED", tcbStart, tcbEnd},
		{dcap.StepQEIdentity, "QE_IDENTITY_EXPIRED", qeStart, qeEnd},
	}
}

// reportOf is the TD report tdxquote parses, in Result's form.
func reportOf(t *testing.T, quote []byte) dcap.Report {
	t.Helper()
	q, err := tdxquote.Parse(quote)
	if err != nil {
		t.Fatal(err)
	}
	b := q.Body
	h := hex.EncodeToString
	return dcap.Report{
		TEETCBSVN: h(b.TEETCBSVN[:]), MRTD: h(b.MRTD[:]),
		RTMR0: h(b.RTMR[0][:]), RTMR1: h(b.RTMR[1][:]), RTMR2: h(b.RTMR[2][:]), RTMR3: h(b.RTMR[3][:]),
		MRConfigID: h(b.MRConfigID[:]), MROwner: h(b.MROwner[:]), MROwnerConfig: h(b.MROwnerConfig[:]),
		XFAM: h(b.XFAM[:]), TDAttributes: h(b.TDAttributes[:]), ReportData: h(b.ReportData[:]),
	}
}

// TestVerifyAtRealVectors verifies both real Intel quotes through the real
// contracts at their verify_at (status from expected.json, TD report equal
// to tdxquote's parse), then at the edges of their collateral windows: valid
// on the last second of the earliest-ending window, invalid with that piece's
// expiry code one second later (collateral uploaded at verify_at), and
// rejected at upload one second before the latest-starting window opens.
func TestVerifyAtRealVectors(t *testing.T) {
	ctx := context.Background()
	root := intelRoot(t).Raw
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	for _, name := range realVectors() {
		t.Run(name, func(t *testing.T) {
			v := loadVector(t, name)
			r, err := s.VerifyAt(ctx, v.quote, v.coll, root, v.verifyAt)
			if err != nil {
				t.Fatalf("VerifyAt: %v", err)
			}
			if !r.Valid || r.TCBStatus != v.status {
				t.Fatalf("verdict valid=%v failure=%q status=%q, want valid %s", r.Valid, r.Failure, r.TCBStatus, v.status)
			}
			if want := reportOf(t, v.quote); r.Report != want {
				t.Errorf("TD report\n got %+v\nwant %+v", r.Report, want)
			}
			if r.GasUsed == 0 || r.GasUsed > 1_000_000 {
				t.Errorf("verifyQuote gas %d", r.GasUsed)
			}
			wantSteps := []string{dcap.StepDeployParser, dcap.StepDeployStore, dcap.StepDeployPckChain, dcap.StepDeployVerifier,
				dcap.StepRootCACRL, dcap.StepPCKCRL, dcap.StepTCBInfo, dcap.StepQEIdentity}
			var gotSteps []string
			for _, st := range r.Steps {
				gotSteps = append(gotSteps, st.Step)
				if st.GasUsed == 0 {
					t.Errorf("%s: no gas", st.Step)
				}
			}
			if !slices.Equal(gotSteps, wantSteps) {
				t.Errorf("steps %q, want %q", gotSteps, wantSteps)
			}
			t.Logf("%s: %s, advisories %v, verifyQuote gas %d", name, r.TCBStatus, r.AdvisoryIDs, r.GasUsed)

			ws := windows(t, v.coll)
			first := slices.MinFunc(ws, func(a, b window) int { return a.end.Compare(b.end) })
			last := slices.MaxFunc(ws, func(a, b window) int { return a.start.Compare(b.start) })

			// The bounds are inclusive: valid on the last second...
			out, err := s.Run(ctx, dcap.Verification{Quotes: [][]byte{v.quote}, Collateral: v.coll, Root: root, UploadAt: v.verifyAt, At: first.end})
			if err != nil || out[0].Err != nil || !out[0].Result.Valid {
				t.Fatalf("at the end of the %s window (%s): %v %v %+v", first.step, first.end, err, out[0].Err, out[0].Result)
			}
			// ...and invalid after it: the piece expired on chain.
			out, err = s.Run(ctx, dcap.Verification{Quotes: [][]byte{v.quote}, Collateral: v.coll, Root: root, UploadAt: v.verifyAt, At: first.end.Add(time.Second)})
			if err != nil || out[0].Err != nil {
				t.Fatalf("after the window: %v %v", err, out[0].Err)
			}
			if r := out[0].Result; r.Valid || r.Failure != first.failure {
				t.Fatalf("one second after the %s window: valid=%v failure %q, want %s", first.step, r.Valid, r.Failure, first.failure)
			}
			// Far after every window, still invalid.
			out, err = s.Run(ctx, dcap.Verification{Quotes: [][]byte{v.quote}, Collateral: v.coll, Root: root, UploadAt: v.verifyAt, At: v.verifyAt.AddDate(1, 0, 0)})
			if err != nil || out[0].Err != nil || out[0].Result.Valid {
				t.Fatalf("a year later: %v %v %+v", err, out[0].Err, out[0].Result)
			}

			// Before the windows open the store refuses the collateral, so no
			// verdict exists: the upload of the latest-starting piece fails.
			if r, err := s.VerifyAt(ctx, v.quote, v.coll, root, last.start); err != nil || !r.Valid {
				t.Fatalf("at the start of the %s window (%s): %v %+v", last.step, last.start, err, r)
			}
			_, err = s.VerifyAt(ctx, v.quote, v.coll, root, last.start.Add(-time.Second))
			wantErr := "CollateralNotValidNow"
			if strings.Contains(last.step, "CRL") {
				wantErr = "CrlNotValidNow"
			}
			if stepOf(err) != last.step || revertName(err) != wantErr {
				t.Fatalf("one second before the %s window: %v, want %s: %s(...)", last.step, err, last.step, wantErr)
			}
			t.Logf("windows: first to end %s at %s; last to start %s at %s; before it: %v", first.step, first.end, last.step, last.start, err)
		})
	}
}

// TestVerifyAtIntelRootRejectsDevQuote pins Intel's root with real collateral
// and verifies a dev TEE quote: its PCK chain ends in the dev root, so the
// verdict is PCK_CHAIN_ROOT. Dev collateral cannot even be uploaded there.
func TestVerifyAtIntelRootRejectsDevQuote(t *testing.T) {
	ctx := context.Background()
	v := loadVector(t, "phala-uptodate")
	root := intelRoot(t).Raw
	dev := newDev(t, "intel-pinned", devEpoch, nil)
	r, err := dcap.VerifyAt(ctx, dev.quote(t, [64]byte{1}), v.coll, root, v.verifyAt)
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Failure != "PCK_CHAIN_ROOT" {
		t.Fatalf("dev quote under Intel's root: valid=%v failure=%q, want PCK_CHAIN_ROOT", r.Valid, r.Failure)
	}
	_, err = dcap.VerifyAt(ctx, dev.quote(t, [64]byte{1}), dev.collateral(t, nil), root, dev.verifyAt())
	if stepOf(err) != dcap.StepRootCACRL || revertName(err) != "NotIssuedByRoot" {
		t.Fatalf("dev collateral under Intel's root: %v, want %s: NotIssuedByRoot()", err, dcap.StepRootCACRL)
	}
	// And the converse: a real quote under a dev root.
	r, err = dcap.VerifyAt(ctx, v.quote, dev.collateral(t, nil), dev.root(), dev.verifyAt())
	if err != nil {
		t.Fatal(err)
	}
	if r.Valid || r.Failure != "PCK_CHAIN_ROOT" {
		t.Fatalf("real quote under a dev root: valid=%v failure=%q", r.Valid, r.Failure)
	}
}

// devCase is one dev TEE scenario and the verdict the contracts must give.
type devCase struct {
	name    string
	cfg     func(*devtee.PlatformConfig)
	opts    func(d *devEnv) *devtee.CollateralOptions
	valid   bool
	status  string   // when valid
	adv     []string // when valid
	failure string   // when invalid
	// setupErr: the setup reverts at this step with this error instead.
	setupStep, setupErr string
}

func devCases() []devCase {
	status := func(s devtee.TCBStatus, adv ...string) func(*devEnv) *devtee.CollateralOptions {
		return func(*devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{TCBStatus: s, AdvisoryIDs: adv}
		}
	}
	cases := []devCase{
		{name: "UpToDate", valid: true, status: "UpToDate"},
		{name: "SWHardeningNeeded", opts: status(devtee.SWHardeningNeeded, "INTEL-SA-00615"), valid: true, status: "SWHardeningNeeded", adv: []string{"INTEL-SA-00615"}},
		{name: "ConfigurationNeeded", opts: status(devtee.ConfigurationNeeded, "INTEL-SA-00001"), valid: true, status: "ConfigurationNeeded", adv: []string{"INTEL-SA-00001"}},
		{name: "ConfigurationAndSWHardeningNeeded", opts: status(devtee.ConfigurationAndSWHardeningNeeded), valid: true, status: "ConfigurationAndSWHardeningNeeded"},
		{name: "OutOfDate", opts: status(devtee.OutOfDate, "INTEL-SA-00960", "INTEL-SA-00982"), valid: true, status: "OutOfDate", adv: []string{"INTEL-SA-00960", "INTEL-SA-00982"}},
		{name: "OutOfDateConfigurationNeeded", opts: status(devtee.OutOfDateConfigurationNeeded), valid: true, status: "OutOfDateConfigurationNeeded"},
		{name: "Revoked", opts: status(devtee.Revoked, "INTEL-SA-00999"), valid: true, status: "Revoked", adv: []string{"INTEL-SA-00999"}},
		{name: "TDXModuleOutOfDate", opts: func(*devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{TDXModuleStatus: devtee.OutOfDate, TDXModuleAdvisoryIDs: []string{"INTEL-SA-01010"}}
		}, valid: true, status: "OutOfDate", adv: []string{"INTEL-SA-01010"}},
		{name: "QEOutOfDate", opts: func(*devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{QEStatus: devtee.OutOfDate}
		}, valid: true, status: "OutOfDate"},
		{name: "QERevoked", opts: func(*devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{TCBStatus: devtee.SWHardeningNeeded, QEStatus: devtee.Revoked}
		}, valid: true, status: "Revoked"},
		{name: "RevokedPCK", opts: func(d *devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{RevokedPCKSerials: []*big.Int{big.NewInt(7), d.p.PCKCertificate().SerialNumber}}
		}, failure: "PCK_REVOKED"},
		{name: "OtherPCKRevoked", opts: func(d *devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{RevokedPCKSerials: []*big.Int{new(big.Int).Add(d.p.PCKCertificate().SerialNumber, big.NewInt(1))}}
		}, valid: true, status: "UpToDate"},
		{name: "RevokedPlatformCA", opts: func(d *devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{RevokedCASerials: []*big.Int{d.a.PlatformCACertificate().SerialNumber}}
		}, setupStep: dcap.StepPCKCRL, setupErr: "IntermediateRevoked"},
		{name: "RevokedTCBSigning", opts: func(d *devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{RevokedCASerials: []*big.Int{d.a.TCBSigningCertificate().SerialNumber}}
		}, setupStep: dcap.StepTCBInfo, setupErr: "IntermediateRevoked"},
		{name: "DebugTD", cfg: func(c *devtee.PlatformConfig) { c.TD.Attributes |= tdxquote.TDAttributesDebug }, failure: "DEBUG_TD"},
		{name: "LowercaseFMSPC", opts: func(*devEnv) *devtee.CollateralOptions {
			return &devtee.CollateralOptions{LowercaseFMSPC: true}
		}, valid: true, status: "UpToDate"},
		{name: "NoChainNUL", cfg: func(c *devtee.PlatformConfig) { c.OmitChainNUL = true }, valid: true, status: "UpToDate"},
	}
	return cases
}

// TestVerifyAtDevTEE runs dev TEE quotes of every TCB status, revoked PCK
// and CA certificates and a debug TD through the contracts.
func TestVerifyAtDevTEE(t *testing.T) {
	ctx := context.Background()
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, tc := range devCases() {
		t.Run(tc.name, func(t *testing.T) {
			cfg := devtee.DefaultPlatformConfig()
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			d := newDev(t, "dev-"+tc.name, devEpoch, &cfg)
			var opts *devtee.CollateralOptions
			if tc.opts != nil {
				opts = tc.opts(d)
			}
			var rd [64]byte
			copy(rd[:], tc.name)
			quote := d.quote(t, rd)
			r, err := s.VerifyAt(ctx, quote, d.collateral(t, opts), d.root(), d.verifyAt())
			if tc.setupStep != "" {
				if stepOf(err) != tc.setupStep || revertName(err) != tc.setupErr {
					t.Fatalf("got %v, want %s: %s(...)", err, tc.setupStep, tc.setupErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Valid != tc.valid || (tc.valid && r.TCBStatus != tc.status) || (!tc.valid && r.Failure != tc.failure) {
				t.Fatalf("got valid=%v status=%q failure=%q, want valid=%v status=%q failure=%q", r.Valid, r.TCBStatus, r.Failure, tc.valid, tc.status, tc.failure)
			}
			if tc.valid && !slices.Equal(r.AdvisoryIDs, append([]string{}, tc.adv...)) {
				t.Errorf("advisories %q, want %q", r.AdvisoryIDs, tc.adv)
			}
			if want := reportOf(t, quote); r.Report != want {
				t.Errorf("TD report\n got %+v\nwant %+v", r.Report, want)
			}
		})
	}
}

// TestVerifyAtErrors: what cannot be verified says which step failed and why.
func TestVerifyAtErrors(t *testing.T) {
	ctx := context.Background()
	d := newDev(t, "errors", devEpoch, nil)
	quote := d.quote(t, [64]byte{})
	coll := d.collateral(t, nil)
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	for _, tc := range []struct {
		name  string
		quote []byte
		want  string // substring of the error
	}{
		{"empty", nil, "verify quote: QuoteTruncated(48, 0)"},
		{"header only", quote[:48], "verify quote: QuoteTruncated(636, 48)"},
		{"truncated signature data", quote[:1000], "verify quote: QuoteTruncated("},
		{"version 3", append([]byte{3, 0}, quote[2:]...), "verify quote: UnsupportedQuoteVersion(3)"},
		{"SGX quote", append(append(append([]byte{}, quote[:4]...), 0, 0, 0, 0), quote[8:]...), "verify quote: NotTdxQuote(0)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := s.VerifyAt(ctx, tc.quote, coll, d.root(), d.verifyAt())
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want %q", err, tc.want)
			}
			if stepOf(err) != dcap.StepVerifyQuote || revertName(err) == "" {
				t.Fatalf("error %v is not a decoded revert of %s", err, dcap.StepVerifyQuote)
			}
		})
	}

	t.Run("bad root", func(t *testing.T) {
		if _, err := s.VerifyAt(ctx, quote, coll, []byte("not a certificate"), d.verifyAt()); err == nil || !strings.Contains(err.Error(), "root CA certificate") {
			t.Fatalf("got %v", err)
		}
		// A parseable certificate that is no CA: the store's constructor rejects it.
		_, err := s.VerifyAt(ctx, quote, coll, d.p.PCKCertificate().Raw, d.verifyAt())
		if stepOf(err) != dcap.StepDeployStore || revertName(err) != "RootCertificateInvalid" {
			t.Fatalf("got %v, want %s: RootCertificateInvalid()", err, dcap.StepDeployStore)
		}
	})
	t.Run("bad collateral", func(t *testing.T) {
		bad := *coll
		bad.TCBInfoSignature = strings.Repeat("00", 64)
		_, err := s.VerifyAt(ctx, quote, &bad, d.root(), d.verifyAt())
		if err == nil || err.Error() != "upload TCB info: InvalidCollateralSignature()" {
			t.Fatalf("got %v", err)
		}
		bad = *coll
		bad.PCKCRL = ""
		if _, err := s.VerifyAt(ctx, quote, &bad, d.root(), d.verifyAt()); err == nil || !errors.Is(err, collateral.ErrMissing) {
			t.Fatalf("got %v", err)
		}
		if _, err := s.VerifyAt(ctx, quote, nil, d.root(), d.verifyAt()); err == nil {
			t.Fatal("nil collateral accepted")
		}
	})
	t.Run("time", func(t *testing.T) {
		if _, err := s.VerifyAt(ctx, quote, coll, d.root(), time.Unix(0, 0)); err == nil || !strings.Contains(err.Error(), "not after the simulated chain's head") {
			t.Fatalf("got %v", err)
		}
		_, err := s.Run(ctx, dcap.Verification{Quotes: [][]byte{quote}, Collateral: coll, Root: d.root(), UploadAt: d.verifyAt(), At: d.now})
		if err == nil || !strings.Contains(err.Error(), "before the upload time") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("canceled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if _, err := s.VerifyAt(cctx, quote, coll, d.root(), d.verifyAt()); !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v", err)
		}
	})
}
