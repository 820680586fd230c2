package devtee_test

import (
	"bytes"
	"crypto/x509"
	"encoding/asn1"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-tdx-guest/pcs"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/attest/devtee"
	"github.com/teereg/teereg/attest/tdxquote"
)

// testNow is the fixed time of the deterministic fixtures.
var testNow = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

const validity = 30 * 24 * time.Hour

func testFMSPC() [6]byte { return [6]byte{0xb0, 0xc0, 0x6f, 0x00, 0x00, 0x00} }

// fixture is an authority with one default platform, from a fixed seed.
type fixture struct {
	a *devtee.Authority
	p *devtee.Platform
}

func newFixture(t testing.TB, seed string) fixture {
	t.Helper()
	a, err := devtee.NewAuthority(devtee.NewDeterministicReader([]byte(seed)), testNow)
	if err != nil {
		t.Fatal(err)
	}
	p, err := a.NewPlatform(testFMSPC(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return fixture{a, p}
}

func (f fixture) collateral(t testing.TB, o *devtee.CollateralOptions) *collateral.Collateral {
	t.Helper()
	c, err := f.a.Collateral(f.p, testNow, validity, o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func (f fixture) quote(t testing.TB, td devtee.TDReport) []byte {
	t.Helper()
	q, err := f.p.QuoteTD(td, reportData("test"))
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func reportData(s string) [64]byte {
	var rd [64]byte
	copy(rd[:], s)
	return rd
}

// --- A small, independent evaluation of Intel's TDX TCB rules (test only) ---

type tcbComponent struct {
	SVN uint8 `json:"svn"`
}

type tcbLevel struct {
	TCB struct {
		SGX    []tcbComponent `json:"sgxtcbcomponents"`
		PCESVN uint16         `json:"pcesvn"`
		TDX    []tcbComponent `json:"tdxtcbcomponents"`
		ISVSVN uint16         `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     string   `json:"tcbDate"`
	TCBStatus   string   `json:"tcbStatus"`
	AdvisoryIDs []string `json:"advisoryIDs"`
}

type tcbInfo struct {
	ID         string `json:"id"`
	Version    int    `json:"version"`
	FMSPC      string `json:"fmspc"`
	PCEID      string `json:"pceId"`
	NextUpdate string `json:"nextUpdate"`
	TDXModule  struct {
		MRSigner       string `json:"mrsigner"`
		Attributes     string `json:"attributes"`
		AttributesMask string `json:"attributesMask"`
	} `json:"tdxModule"`
	TDXModuleIdentities []struct {
		ID        string     `json:"id"`
		TCBLevels []tcbLevel `json:"tcbLevels"`
	} `json:"tdxModuleIdentities"`
	TCBLevels []tcbLevel `json:"tcbLevels"`
}

type qeIdentity struct {
	ID             string     `json:"id"`
	Version        int        `json:"version"`
	MiscSelect     string     `json:"miscselect"`
	MiscSelectMask string     `json:"miscselectMask"`
	Attributes     string     `json:"attributes"`
	AttributesMask string     `json:"attributesMask"`
	MRSigner       string     `json:"mrsigner"`
	ISVProdID      uint16     `json:"isvprodid"`
	TCBLevels      []tcbLevel `json:"tcbLevels"`
}

// evaluation is what a conformant verifier derives from a quote and its
// collateral (signatures aside, which quotecheck and go-tdx-guest cover).
type evaluation struct {
	Status, ModuleStatus, QEStatus             string
	Advisories, ModuleAdvisories, QEAdvisories []string
}

func strictUnmarshal(s string, v any) error {
	dec := json.NewDecoder(strings.NewReader(s))
	return dec.Decode(v)
}

func unhex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatalf("hex %q: %v", s, err)
	}
	return b
}

// evaluate applies Intel's TDX rules: the first TCB level whose SGX
// components and PCESVN the PCK certificate reaches and whose TDX components
// TEE_TCB_SVN reaches (from index 2 when the module major version is
// non-zero); the first level of the TDX module identity "TDX_<major>" whose
// ISVSVN the module reaches; the first QE identity level whose ISVSVN the QE
// reaches, after the QE identity's MRSIGNER, ISVPRODID and masked attributes
// and MISCSELECT match.
func evaluate(t testing.TB, raw []byte, c *collateral.Collateral) evaluation {
	t.Helper()
	q, err := tdxquote.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	chain, err := collateral.ParseCertChain(q.PCKCertChain)
	if err != nil {
		t.Fatal(err)
	}
	ext, err := pcs.PckCertificateExtensions(chain[0])
	if err != nil {
		t.Fatalf("SGX extension (go-tdx-guest pcs parser): %v", err)
	}
	var ti tcbInfo
	if err := strictUnmarshal(c.TCBInfo, &ti); err != nil {
		t.Fatal(err)
	}
	if ti.ID != "TDX" || ti.Version != 3 {
		t.Fatalf("TCB info %s v%d", ti.ID, ti.Version)
	}
	if !strings.EqualFold(ti.FMSPC, ext.FMSPC) || !strings.EqualFold(ti.PCEID, ext.PCEID) {
		t.Fatalf("FMSPC/PCEID: TCB info %s/%s, PCK %s/%s", ti.FMSPC, ti.PCEID, ext.FMSPC, ext.PCEID)
	}
	if !bytes.Equal(unhex(t, ti.TDXModule.MRSigner), q.Body.MRSignerSEAM[:]) {
		t.Fatal("MRSIGNERSEAM differs from TCB info")
	}
	var ev evaluation
	tee := q.Body.TEETCBSVN
	for _, l := range ti.TCBLevels {
		ok := l.TCB.PCESVN <= ext.TCB.PCESvn && len(l.TCB.SGX) == 16 && len(l.TCB.TDX) == 16
		for i := 0; ok && i < 16; i++ {
			ok = ext.TCB.CPUSvnComponents[i] >= l.TCB.SGX[i].SVN
		}
		start := 0
		if tee[1] > 0 {
			start = 2
		}
		for i := start; ok && i < 16; i++ {
			ok = tee[i] >= l.TCB.TDX[i].SVN
		}
		if ok {
			ev.Status, ev.Advisories = l.TCBStatus, l.AdvisoryIDs
			break
		}
	}
	if ev.Status == "" {
		ev.Status = "no matching TCB level"
	}
	if tee[1] > 0 {
		id := fmt.Sprintf("TDX_%02X", tee[1])
		for _, m := range ti.TDXModuleIdentities {
			if m.ID != id {
				continue
			}
			for _, l := range m.TCBLevels {
				if uint16(tee[0]) >= l.TCB.ISVSVN {
					ev.ModuleStatus, ev.ModuleAdvisories = l.TCBStatus, l.AdvisoryIDs
					break
				}
			}
		}
		if ev.ModuleStatus == "" {
			ev.ModuleStatus = "no matching TDX module level"
		}
	}
	var qi qeIdentity
	if err := strictUnmarshal(c.QEIdentity, &qi); err != nil {
		t.Fatal(err)
	}
	if qi.ID != "TD_QE" || qi.Version != 2 || qi.ISVProdID != q.QEReport.ISVProdID ||
		!bytes.Equal(unhex(t, qi.MRSigner), q.QEReport.MRSigner[:]) {
		t.Fatalf("QE identity %+v does not match the QE report", qi)
	}
	mask, attrs := unhex(t, qi.AttributesMask), unhex(t, qi.Attributes)
	for i := range mask {
		if q.QEReport.Attributes[i]&mask[i] != attrs[i] {
			t.Fatal("QE attributes do not match the QE identity")
		}
	}
	if qi.MiscSelect != "00000000" || q.QEReport.MiscSelect != 0 {
		t.Fatal("MISCSELECT not zero")
	}
	for _, l := range qi.TCBLevels {
		if q.QEReport.ISVSVN >= l.TCB.ISVSVN {
			ev.QEStatus, ev.QEAdvisories = l.TCBStatus, l.AdvisoryIDs
			break
		}
	}
	return ev
}

// --- DER shapes, to compare devtee's encodings with Intel's ---

// derShape lists, depth first, the OIDs and the tag (with the length of
// primitive values other than INTEGER) of every element of a DER structure.
func derShape(t testing.TB, der []byte) []string {
	t.Helper()
	var out []string
	var walk func(b []byte, depth int)
	walk = func(b []byte, depth int) {
		for len(b) > 0 {
			var v asn1.RawValue
			rest, err := asn1.Unmarshal(b, &v)
			if err != nil {
				t.Fatalf("DER: %v", err)
			}
			b = rest
			pad := strings.Repeat(" ", depth)
			switch {
			case v.Class == asn1.ClassUniversal && v.Tag == asn1.TagOID:
				var oid asn1.ObjectIdentifier
				if _, err := asn1.Unmarshal(v.FullBytes, &oid); err != nil {
					t.Fatal(err)
				}
				out = append(out, pad+"OID "+oid.String())
			case v.IsCompound:
				out = append(out, fmt.Sprintf("%s[%d/%d]", pad, v.Class, v.Tag))
				walk(v.Bytes, depth+1)
			case v.Class == asn1.ClassUniversal && v.Tag == asn1.TagInteger:
				out = append(out, pad+"INTEGER")
			case v.Class == asn1.ClassContextSpecific && v.Tag == 6:
				out = append(out, pad+"URI") // length differs by design
			default:
				out = append(out, fmt.Sprintf("%s%d/%d len %d", pad, v.Class, v.Tag, len(v.Bytes)))
			}
		}
	}
	walk(der, 0)
	return out
}

// certProfile summarizes what must match Intel's profile: signature
// algorithm, subject attribute types and string tags, extensions in order
// with criticality, and the exact key usage and basic constraints encodings.
func certProfile(t testing.TB, c *x509.Certificate) []string {
	t.Helper()
	p := []string{"sigalg " + c.SignatureAlgorithm.String(), fmt.Sprintf("version %d", c.Version)}
	var rdns []asn1.RawValue
	if _, err := asn1.Unmarshal(c.RawSubject, &rdns); err != nil {
		t.Fatal(err)
	}
	for _, rdn := range rdns {
		var atvs []struct {
			Type  asn1.ObjectIdentifier
			Value asn1.RawValue
		}
		if _, err := asn1.UnmarshalWithParams(rdn.FullBytes, &atvs, "set"); err != nil {
			t.Fatal(err)
		}
		for _, a := range atvs {
			p = append(p, fmt.Sprintf("name %s tag %d", a.Type, a.Value.Tag))
		}
	}
	for _, e := range c.Extensions {
		line := fmt.Sprintf("ext %s critical=%v", e.Id, e.Critical)
		switch e.Id.String() {
		case "2.5.29.15", "2.5.29.19":
			line += " value " + hex.EncodeToString(e.Value)
		case "2.5.29.35", "2.5.29.14", "2.5.29.31":
			line += " shape " + strings.Join(derShape(t, e.Value), ",")
		}
		p = append(p, line)
	}
	return p
}

func crlProfile(t testing.TB, der []byte) []string {
	t.Helper()
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		t.Fatal(err)
	}
	p := []string{"sigalg " + crl.SignatureAlgorithm.String()}
	for _, e := range crl.Extensions {
		p = append(p, fmt.Sprintf("ext %s critical=%v", e.Id, e.Critical))
	}
	for i, r := range crl.RevokedCertificateEntries {
		if i > 0 {
			break
		}
		for _, e := range r.Extensions {
			p = append(p, fmt.Sprintf("entry ext %s value %x", e.Id, e.Value))
		}
	}
	var tbs struct {
		Raw     asn1.RawContent
		Version int
	}
	if _, err := asn1.Unmarshal(crl.RawTBSRevocationList, &tbs); err != nil {
		t.Fatal(err)
	}
	return append(p, fmt.Sprintf("version %d", tbs.Version))
}

// jsonKeyOrders lists, for every object in a JSON document, its keys in
// order, deduplicated: the formatting skeleton of Intel's bodies.
func jsonKeyOrders(t testing.TB, s string) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(s))
	var orders []string
	var walk func() // consumes one value
	walk = func() {
		tok, err := dec.Token()
		if err != nil {
			t.Fatal(err)
		}
		d, ok := tok.(json.Delim)
		if !ok {
			return
		}
		switch d {
		case '{':
			var keys []string
			for dec.More() {
				k, err := dec.Token()
				if err != nil {
					t.Fatal(err)
				}
				keys = append(keys, k.(string))
				walk()
			}
			orders = append(orders, strings.Join(keys, ","))
		case '[':
			for dec.More() {
				walk()
			}
		}
		if _, err := dec.Token(); err != nil { // closing delimiter
			t.Fatal(err)
		}
	}
	walk()
	slices.Sort(orders)
	return slices.Compact(orders)
}
