package dcap_test

import (
	"context"
	"crypto/x509"
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-tdx-guest/pcs"
	"github.com/google/go-tdx-guest/verify"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/dcap"
)

// The reference is go-tdx-guest v0.3.1's verify.RawTdxQuote, run offline:
// collateral is served from the collateral file by an HTTPSGetter answering
// the Intel PCS URLs it asks for.

// offlinePCS serves collateral files in the Intel PCS response format.
type offlinePCS struct {
	tcbInfo, qeIdentity, pckCRL, rootCRL []byte
	tcbChain, qeChain, pckChain          string
	// rootCRLURLs are the CRL distribution points of the collateral's
	// certificates: the root CA CRL is asked for at one of them.
	rootCRLURLs map[string]bool
}

func newOfflinePCS(t testing.TB, c *collateral.Collateral) *offlinePCS {
	t.Helper()
	rootCRL, err := c.RootCACRLDER()
	if err != nil {
		t.Fatal(err)
	}
	pckCRL, err := c.PCKCRLDER()
	if err != nil {
		t.Fatal(err)
	}
	o := &offlinePCS{
		tcbInfo:     []byte(fmt.Sprintf(`{"tcbInfo":%s,"signature":"%s"}`, c.TCBInfo, c.TCBInfoSignature)),
		qeIdentity:  []byte(fmt.Sprintf(`{"enclaveIdentity":%s,"signature":"%s"}`, c.QEIdentity, c.QEIdentitySignature)),
		pckCRL:      pckCRL,
		rootCRL:     rootCRL,
		tcbChain:    c.TCBInfoIssuerChain,
		qeChain:     c.QEIdentityIssuerChain,
		pckChain:    c.PCKCRLIssuerChain,
		rootCRLURLs: map[string]bool{},
	}
	for _, chain := range []func() ([]*x509.Certificate, error){c.TCBInfoIssuerCerts, c.QEIdentityIssuerCerts, c.PCKCRLIssuerCerts} {
		certs, err := chain()
		if err != nil {
			t.Fatal(err)
		}
		for _, cert := range certs {
			for _, u := range cert.CRLDistributionPoints {
				o.rootCRLURLs[u] = true
			}
		}
	}
	return o
}

// Get implements go-tdx-guest's trust.HTTPSGetter.
func (o *offlinePCS) Get(u string) (map[string][]string, []byte, error) {
	header := func(name, chain string) map[string][]string {
		return map[string][]string{name: {url.QueryEscape(chain)}}
	}
	switch {
	case strings.HasPrefix(u, pcs.TcbInfoURL("")):
		return header("Tcb-Info-Issuer-Chain", o.tcbChain), o.tcbInfo, nil
	case u == pcs.QeIdentityURL():
		return header("Sgx-Enclave-Identity-Issuer-Chain", o.qeChain), o.qeIdentity, nil
	case strings.Contains(u, "/pckcrl?"):
		return header("Sgx-Pck-Crl-Issuer-Chain", o.pckChain), o.pckCRL, nil
	case o.rootCRLURLs[u]:
		return nil, o.rootCRL, nil
	}
	return nil, nil, fmt.Errorf("offline PCS: nothing served at %s", u)
}

// refVerdict is the reference's answer, mapped onto the on-chain one.
// v0.3.1 stops at the first non-UpToDate status it meets (TDX module, then
// platform, then QE) and compares the FMSPC case-sensitively, so besides
// valid and invalid there are "stopped at" answers.
type refVerdict struct {
	invalid bool
	// stop is "" (ran to the end: UpToDate), "module", "platform", "qe" (a
	// status check stopped it; status is what it found), or "fmspc-case" (it
	// stopped at its FMSPC comparison, after every signature, chain, CRL and
	// collateral check had passed).
	stop   string
	status string
	err    error
}

var (
	refModule   = regexp.MustCompile(`TDX Module TCB Status is not "UpToDate", found "(\w+)"`)
	refQE       = regexp.MustCompile(`QE Identity reported by Intel PCS failed TCB status check: TCB Status is not "UpToDate", found "(\w+)"`)
	refPlatform = regexp.MustCompile(`TDX TCB info reported by Intel PCS failed TCB status check: TCB Status is not "UpToDate", found "(\w+)"`)
	refFMSPC    = regexp.MustCompile(`FMSPC from PCK Certificate\("([0-9A-Fa-f]+)"\) is not equal to FMSPC value from Intel PCS's reported TDX TCB info\("([0-9A-Fa-f]+)"\)`)
)

func reference(t testing.TB, quote []byte, c *collateral.Collateral, root *x509.Certificate, at time.Time) refVerdict {
	t.Helper()
	roots := x509.NewCertPool()
	roots.AddCert(root)
	err := verify.RawTdxQuote(quote, &verify.Options{
		CheckRevocations: true,
		GetCollateral:    true,
		Getter:           newOfflinePCS(t, c),
		Now:              at,
		TrustedRoots:     roots,
	})
	if err == nil {
		return refVerdict{status: "UpToDate"}
	}
	msg := err.Error()
	if m := refModule.FindStringSubmatch(msg); m != nil {
		return refVerdict{stop: "module", status: m[1], err: err}
	}
	if m := refQE.FindStringSubmatch(msg); m != nil {
		return refVerdict{stop: "qe", status: m[1], err: err}
	}
	if m := refPlatform.FindStringSubmatch(msg); m != nil {
		return refVerdict{stop: "platform", status: m[1], err: err}
	}
	if m := refFMSPC.FindStringSubmatch(msg); m != nil && strings.EqualFold(m[1], m[2]) {
		return refVerdict{stop: "fmspc-case", err: err}
	}
	return refVerdict{invalid: true, err: err}
}

// converge is Intel QVL's convergence of the platform status with a TDX
// module or QE status (convergeTcbStatusWithTdxModuleStatus /
// convergeTcbStatusWithQeTcbStatus).
func converge(platform, other string) string {
	switch other {
	case "OutOfDate":
		switch platform {
		case "UpToDate", "SWHardeningNeeded":
			return "OutOfDate"
		case "ConfigurationNeeded", "ConfigurationAndSWHardeningNeeded":
			return "OutOfDateConfigurationNeeded"
		}
		return platform
	case "Revoked":
		return "Revoked"
	}
	return platform
}

var statuses = []string{"UpToDate", "SWHardeningNeeded", "ConfigurationNeeded", "ConfigurationAndSWHardeningNeeded", "OutOfDate", "OutOfDateConfigurationNeeded", "Revoked"}

// agree checks the on-chain verdict (r, or a setup/verify error) against the
// reference's; debug says the quote's TD is a debug TD, which go-tdx-guest's
// verify package does not judge (that is its validate package's policy).
func agree(ref refVerdict, r *dcap.Result, chainErr error, debug bool) error {
	chainValid := chainErr == nil && r.Valid
	if ref.invalid {
		if chainValid {
			return fmt.Errorf("reference rejects (%v), chain accepts (%s)", ref.err, r.TCBStatus)
		}
		return nil
	}
	if debug {
		if chainErr != nil || r.Valid || r.Failure != "DEBUG_TD" {
			return fmt.Errorf("debug TD: chain gives %v %+v, want DEBUG_TD", chainErr, r)
		}
		return nil
	}
	if !chainValid {
		return fmt.Errorf("reference accepts up to %q (%s), chain rejects: %v %+v", ref.stop, ref.status, chainErr, r)
	}
	// The statuses the chain may report given what the reference saw.
	var allowed []string
	switch ref.stop {
	case "": // platform, module and QE all UpToDate
		allowed = []string{"UpToDate"}
	case "module": // the platform level matched; its status and the QE's are unknown
		for _, p := range statuses {
			for _, q := range []string{"UpToDate", "OutOfDate", "Revoked"} {
				allowed = append(allowed, converge(converge(p, ref.status), q))
			}
		}
	case "platform": // module UpToDate; QE unknown
		for _, q := range []string{"UpToDate", "OutOfDate", "Revoked"} {
			allowed = append(allowed, converge(ref.status, q))
		}
	case "qe": // platform and module UpToDate
		allowed = []string{converge("UpToDate", ref.status)}
	case "fmspc-case": // everything but the TCB evaluation passed
		allowed = statuses
	}
	if !slices.Contains(allowed, r.TCBStatus) {
		return fmt.Errorf("reference stopped at %q with %s, chain says %s (allowed %v)", ref.stop, ref.status, r.TCBStatus, allowed)
	}
	return nil
}

// TestDifferentialRealVectors compares the on-chain verdicts on the real
// vectors with go-tdx-guest's.
func TestDifferentialRealVectors(t *testing.T) {
	root := intelRoot(t)
	for _, name := range realVectors() {
		t.Run(name, func(t *testing.T) {
			v := loadVector(t, name)
			r, err := dcap.VerifyAt(context.Background(), v.quote, v.coll, root.Raw, v.verifyAt)
			ref := reference(t, v.quote, v.coll, root, v.verifyAt)
			if err := agree(ref, r, err, false); err != nil {
				t.Fatal(err)
			}
			t.Logf("reference: stop=%q status=%q; chain: %s", ref.stop, ref.status, r.TCBStatus)
			// Both reject outside the collateral window (uploaded in time).
			late := v.verifyAt.AddDate(0, 2, 0)
			s, err := dcap.NewSimulator(nil)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			out, err := s.Run(context.Background(), dcap.Verification{Quotes: [][]byte{v.quote}, Collateral: v.coll, Root: root.Raw, UploadAt: v.verifyAt, At: late})
			if err != nil {
				t.Fatal(err)
			}
			if ref := reference(t, v.quote, v.coll, root, late); !ref.invalid || out[0].Result.Valid {
				t.Fatalf("two months later: reference %+v, chain %+v", ref, out[0].Result)
			}
		})
	}
	// The phala TCB info spells its FMSPC in upper case, as Intel's PCS does:
	// v0.3.1 stops there (after all signature, chain and CRL checks), while the
	// contracts compare FMSPC bytes. automata's is already lower case, and
	// v0.3.1 reports its OutOfDate platform as an error: both accounted for in
	// agree.
}

// TestDifferentialDevTEE compares the verdicts on every dev TEE scenario,
// with the TCB info FMSPC in lower case so that v0.3.1 gets past its FMSPC
// comparison.
func TestDifferentialDevTEE(t *testing.T) {
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
			d := newDev(t, "diff-"+tc.name, devEpoch, &cfg)
			opts := &devtee.CollateralOptions{}
			if tc.opts != nil {
				opts = tc.opts(d)
			}
			opts.LowercaseFMSPC = true
			coll := d.collateral(t, opts)
			quote := d.quote(t, [64]byte{0xd1})
			r, err := s.VerifyAt(ctx, quote, coll, d.root(), d.verifyAt())
			ref := reference(t, quote, coll, d.a.RootCertificate(), d.verifyAt())
			if err := agree(ref, r, err, cfg.TD.Attributes&1 != 0); err != nil {
				t.Fatal(err)
			}
			chain := "error: " + fmt.Sprint(err)
			if err == nil {
				chain = fmt.Sprintf("valid=%v %s%s", r.Valid, r.TCBStatus, r.Failure)
			}
			t.Logf("reference: invalid=%v stop=%q status=%q; chain: %s", ref.invalid, ref.stop, ref.status, chain)
		})
	}
}

// TestDifferentialDevMutants: for mutants of a dev quote (every 3rd byte of
// its signed data, bit 0), the chain never accepts what go-tdx-guest
// rejects.
func TestDifferentialDevMutants(t *testing.T) {
	d := newDev(t, "diff-mutants", devEpoch, nil)
	coll := d.collateral(t, &devtee.CollateralOptions{LowercaseFMSPC: true})
	quote := d.quote(t, [64]byte{0xd2})
	end := signedEnd(t, quote)
	var positions []int
	var quotes [][]byte
	for i := 0; i < end; i += 3 {
		positions = append(positions, i)
		quotes = append(quotes, flip(quote, i, 0x01))
	}
	s, err := dcap.NewSimulator(nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out, err := s.VerifyEachAt(context.Background(), quotes, coll, d.root(), d.verifyAt())
	if err != nil {
		t.Fatal(err)
	}
	refAccepts := 0
	for i, q := range quotes {
		ref := reference(t, q, coll, d.a.RootCertificate(), d.verifyAt())
		if !ref.invalid {
			refAccepts++
		}
		chainValid := out[i].Err == nil && out[i].Result.Valid
		if chainValid && ref.invalid {
			t.Errorf("position %d (%s): chain accepts, reference rejects: %v", positions[i], region(t, quote, positions[i]), ref.err)
		}
		if !chainValid && !ref.invalid {
			t.Logf("position %d (%s): reference accepts, chain rejects (%v %v)", positions[i], region(t, quote, positions[i]), out[i].Err, out[i].Result)
		}
	}
	t.Logf("%d mutants: reference accepted %d", len(quotes), refAccepts)
}
