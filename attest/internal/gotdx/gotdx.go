// Package gotdx runs go-tdx-guest's verifier (github.com/google/go-tdx-guest
// v0.3.1, package verify) as a reference oracle in tests, offline: collateral
// comes from a collateral.Collateral through an in-memory trust.HTTPSGetter
// that answers the Intel PCS URLs the verifier asks for in the PCS response
// format (JSON body plus URL-encoded issuer-chain headers), and anything else
// with an error. The root of trust is passed explicitly.
//
// go-tdx-guest v0.3.1 cannot take collateral directly (Options.collateral is
// unexported); its Getter hook is the supported way to supply it.
//
// Known limits of v0.3.1 that tests must account for:
//   - every TCB status other than UpToDate (platform, TDX module or QE) is an
//     error ("TCB Status is not \"UpToDate\", found ...");
//   - the TCB info FMSPC is compared case-sensitively with the lower-case hex
//     it derives from the PCK certificate, while Intel's PCS serves it in
//     upper case, so real up-to-date collateral fails with "FMSPC from PCK
//     Certificate(...) is not equal to FMSPC value from Intel PCS's reported
//     TDX TCB info(...)". Options.FoldFMSPCCase works around it (see there).
package gotdx

import (
	"crypto/x509"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/google/go-tdx-guest/pcs"
	"github.com/google/go-tdx-guest/verify"

	"github.com/teereg/teereg/attest/collateral"
)

// Options of a verification.
type Options struct {
	// FoldFMSPCCase serves, after the signed "tcbInfo", a second key
	// "TCBINFO" holding the same TCB info with its fmspc value lower-cased.
	// go-tdx-guest checks the signature over the exact bytes under "tcbInfo"
	// (map lookup) but fills its parsed TCB info from both keys in order
	// (encoding/json matches struct fields case-insensitively), so the last
	// one wins: this gets v0.3.1 past its case-sensitive FMSPC comparison
	// while every other value it evaluates is the signed one. It only works
	// because of that decoding difference; see FoldFMSPCCase's use in tests.
	FoldFMSPCCase bool
}

// Verify runs verify.RawTdxQuote with revocation checks on, collateral c, root
// as the only trusted root, at time now.
func Verify(quote []byte, c *collateral.Collateral, root *x509.Certificate, now time.Time, o Options) error {
	g, err := NewGetter(c, o)
	if err != nil {
		return err
	}
	roots := x509.NewCertPool()
	roots.AddCert(root)
	return verify.RawTdxQuote(quote, &verify.Options{
		CheckRevocations: true,
		GetCollateral:    true,
		Getter:           g,
		Now:              now,
		TrustedRoots:     roots,
	})
}

type response struct {
	header map[string][]string
	body   []byte
}

// Getter answers PCS requests from a collateral file. It implements
// go-tdx-guest's trust.HTTPSGetter.
type Getter struct {
	tcbInfo    response
	qeIdentity response
	pckCRL     response
	rootCRL    map[string]response
	// Requests lists the URLs asked for, in order.
	Requests []string
}

// NewGetter prepares the responses for c.
func NewGetter(c *collateral.Collateral, o Options) (*Getter, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	pckCRL, err := c.PCKCRLDER()
	if err != nil {
		return nil, err
	}
	rootCRL, err := c.RootCACRLDER()
	if err != nil {
		return nil, err
	}
	qeChain, err := c.QEIdentityIssuerCerts()
	if err != nil {
		return nil, err
	}
	tcbBody := `{"tcbInfo":` + c.TCBInfo + `,"signature":"` + c.TCBInfoSignature + `"`
	if o.FoldFMSPCCase {
		folded, err := foldFMSPC(c.TCBInfo)
		if err != nil {
			return nil, err
		}
		tcbBody += `,"TCBINFO":` + folded
	}
	tcbBody += `}`
	g := &Getter{
		tcbInfo: response{
			header: map[string][]string{"Tcb-Info-Issuer-Chain": {url.QueryEscape(c.TCBInfoIssuerChain)}},
			body:   []byte(tcbBody),
		},
		qeIdentity: response{
			header: map[string][]string{"Sgx-Enclave-Identity-Issuer-Chain": {url.QueryEscape(c.QEIdentityIssuerChain)}},
			body:   []byte(`{"enclaveIdentity":` + c.QEIdentity + `,"signature":"` + c.QEIdentitySignature + `"}`),
		},
		pckCRL: response{
			header: map[string][]string{"Sgx-Pck-Crl-Issuer-Chain": {url.QueryEscape(c.PCKCRLIssuerChain)}},
			body:   pckCRL,
		},
		rootCRL: make(map[string]response),
	}
	// go-tdx-guest fetches the root CA CRL from the distribution points of
	// the QE identity chain's root.
	for _, u := range qeChain[len(qeChain)-1].CRLDistributionPoints {
		g.rootCRL[u] = response{body: rootCRL}
	}
	return g, nil
}

// foldFMSPC lower-cases the value of the single "fmspc" key of a TCB info.
func foldFMSPC(tcbInfo string) (string, error) {
	const key = `"fmspc":"`
	i := strings.Index(tcbInfo, key)
	if i < 0 || strings.Count(tcbInfo, key) != 1 {
		return "", errors.New("TCB info has no single fmspc")
	}
	start := i + len(key)
	end := start + strings.IndexByte(tcbInfo[start:], '"')
	if end < start {
		return "", errors.New("TCB info fmspc is unterminated")
	}
	return tcbInfo[:start] + strings.ToLower(tcbInfo[start:end]) + tcbInfo[end:], nil
}

// Get implements trust.HTTPSGetter.
func (g *Getter) Get(u string) (map[string][]string, []byte, error) {
	g.Requests = append(g.Requests, u)
	var r response
	switch {
	case strings.HasPrefix(u, pcs.TcbInfoURL("")):
		r = g.tcbInfo
	case u == pcs.QeIdentityURL():
		r = g.qeIdentity
	case u == pcs.PckCrlURL("platform"):
		r = g.pckCRL
	default:
		var ok bool
		if r, ok = g.rootCRL[u]; !ok {
			return nil, nil, fmt.Errorf("gotdx: no offline response for %q", u)
		}
	}
	return r.header, r.body, nil
}
