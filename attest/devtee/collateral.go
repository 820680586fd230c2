package devtee

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/teereg/teereg/attest/collateral"
)

// TCBStatus is a tcbStatus value of Intel's TCB info and QE identity.
type TCBStatus string

// TCB statuses, as Intel spells them.
const (
	UpToDate                          TCBStatus = "UpToDate"
	SWHardeningNeeded                 TCBStatus = "SWHardeningNeeded"
	ConfigurationNeeded               TCBStatus = "ConfigurationNeeded"
	ConfigurationAndSWHardeningNeeded TCBStatus = "ConfigurationAndSWHardeningNeeded"
	OutOfDate                         TCBStatus = "OutOfDate"
	OutOfDateConfigurationNeeded      TCBStatus = "OutOfDateConfigurationNeeded"
	Revoked                           TCBStatus = "Revoked"
)

func (s TCBStatus) valid() bool {
	switch s {
	case UpToDate, SWHardeningNeeded, ConfigurationNeeded, ConfigurationAndSWHardeningNeeded,
		OutOfDate, OutOfDateConfigurationNeeded, Revoked:
		return true
	}
	return false
}

// CollateralOptions shapes the collateral Authority.Collateral produces. The
// zero value (or nil) gives collateral under which the platform is UpToDate on
// every count.
type CollateralOptions struct {
	// TCBStatus and AdvisoryIDs are given to the TCB level (of tcbLevels)
	// that the platform's PCK TCB and TEE_TCB_SVN match. Unless it is
	// UpToDate, a higher UpToDate level (PCESVN+1, which the platform does not
	// reach) is listed before it, as Intel does. A lower OutOfDate level
	// (PCESVN-1) follows when PCESVN > 0, so verifiers must pick the first
	// match rather than any. Default UpToDate.
	TCBStatus   TCBStatus
	AdvisoryIDs []string
	// TDXModuleStatus and TDXModuleAdvisoryIDs are given to the
	// tdxModuleIdentities level matching TEE_TCB_SVN[0] (used when
	// TEE_TCB_SVN[1] > 0), with a higher UpToDate level first unless UpToDate.
	TDXModuleStatus      TCBStatus
	TDXModuleAdvisoryIDs []string
	// QEStatus and QEAdvisoryIDs are given to the QE identity level matching
	// the QE's ISVSVN, with a higher UpToDate level first unless UpToDate.
	QEStatus      TCBStatus
	QEAdvisoryIDs []string
	// TCBDate is the tcbDate of the platform's level (default: the day of now).
	TCBDate time.Time
	// TCBEvaluationDataNumber defaults to 17.
	TCBEvaluationDataNumber uint32
	// RevokedPCKSerials are listed in the PCK CRL (e.g. a platform's
	// PCKCertificate().SerialNumber); RevokedCASerials in the root CA CRL
	// (e.g. PlatformCACertificate().SerialNumber).
	RevokedPCKSerials []*big.Int
	RevokedCASerials  []*big.Int
	// LowercaseFMSPC writes the TCB info "fmspc" in lower case. Intel's PCS
	// writes it in upper case (the default); go-tdx-guest v0.3.1 compares it
	// case-sensitively with the lower-case hex it derives from the PCK
	// certificate, so its tests need lower case.
	LowercaseFMSPC bool
}

// Intel's TDX TCB info v3 and TD_QE identity v2, field order and formatting
// as Intel serves them (json.Marshal keeps struct order and is compact).

type tcbInfoJSON struct {
	ID                      string            `json:"id"`
	Version                 int               `json:"version"`
	IssueDate               string            `json:"issueDate"`
	NextUpdate              string            `json:"nextUpdate"`
	FMSPC                   string            `json:"fmspc"`
	PCEID                   string            `json:"pceId"`
	TCBType                 int               `json:"tcbType"`
	TCBEvaluationDataNumber uint32            `json:"tcbEvaluationDataNumber"`
	TDXModule               tdxModuleJSON     `json:"tdxModule"`
	TDXModuleIdentities     []tdxModuleIDJSON `json:"tdxModuleIdentities"`
	TCBLevels               []tcbLevelJSON    `json:"tcbLevels"`
}

type tdxModuleJSON struct {
	MRSigner       string `json:"mrsigner"`
	Attributes     string `json:"attributes"`
	AttributesMask string `json:"attributesMask"`
}

type tdxModuleIDJSON struct {
	ID             string         `json:"id"`
	MRSigner       string         `json:"mrsigner"`
	Attributes     string         `json:"attributes"`
	AttributesMask string         `json:"attributesMask"`
	TCBLevels      []isvLevelJSON `json:"tcbLevels"`
}

type isvLevelJSON struct {
	TCB struct {
		ISVSVN uint16 `json:"isvsvn"`
	} `json:"tcb"`
	TCBDate     string    `json:"tcbDate"`
	TCBStatus   TCBStatus `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs,omitempty"`
}

type tcbLevelJSON struct {
	TCB         tcbJSON   `json:"tcb"`
	TCBDate     string    `json:"tcbDate"`
	TCBStatus   TCBStatus `json:"tcbStatus"`
	AdvisoryIDs []string  `json:"advisoryIDs,omitempty"`
}

type tcbJSON struct {
	SGX    []componentJSON `json:"sgxtcbcomponents"`
	PCESVN uint16          `json:"pcesvn"`
	TDX    []componentJSON `json:"tdxtcbcomponents"`
}

type componentJSON struct {
	SVN      uint8  `json:"svn"`
	Category string `json:"category,omitempty"`
	Type     string `json:"type,omitempty"`
}

type qeIdentityJSON struct {
	ID                      string         `json:"id"`
	Version                 int            `json:"version"`
	IssueDate               string         `json:"issueDate"`
	NextUpdate              string         `json:"nextUpdate"`
	TCBEvaluationDataNumber uint32         `json:"tcbEvaluationDataNumber"`
	MiscSelect              string         `json:"miscselect"`
	MiscSelectMask          string         `json:"miscselectMask"`
	Attributes              string         `json:"attributes"`
	AttributesMask          string         `json:"attributesMask"`
	MRSigner                string         `json:"mrsigner"`
	ISVProdID               uint16         `json:"isvprodid"`
	TCBLevels               []isvLevelJSON `json:"tcbLevels"`
}

// Component labels as in Intel's TDX TCB info.
func sgxComponents(svn [16]byte) []componentJSON {
	labels := [16][2]string{
		{"BIOS", "Early Microcode Update"},
		{"OS/VMM", "SGX Late Microcode Update"},
		{"OS/VMM", "TXT SINIT"},
		{"BIOS", ""}, {"BIOS", ""}, {"BIOS", ""}, {"", ""},
		{"OS/VMM", "SEAMLDR ACM"},
	}
	out := make([]componentJSON, 16)
	for i := range out {
		out[i] = componentJSON{SVN: svn[i], Category: labels[i][0], Type: labels[i][1]}
	}
	return out
}

func tdxComponents(svn [16]byte) []componentJSON {
	labels := [16][2]string{
		{"OS/VMM", "TDX Module"},
		{"OS/VMM", "TDX Module"},
		{"OS/VMM", "TDX Late Microcode Update"},
	}
	out := make([]componentJSON, 16)
	for i := range out {
		out[i] = componentJSON{SVN: svn[i], Category: labels[i][0], Type: labels[i][1]}
	}
	return out
}

// QE identity attribute mask of Intel's TD_QE identity.
func qeAttributesMask() [16]byte {
	return [16]byte{0xfb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff}
}

func upperHex(b []byte) string { return strings.ToUpper(hex.EncodeToString(b)) }

func intelTime(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

func marshalCompact(v any) (string, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return "", err
	}
	return strings.TrimSuffix(buf.String(), "\n"), nil
}

func isvLevel(svn uint16, date string, status TCBStatus, advisories []string) isvLevelJSON {
	var l isvLevelJSON
	l.TCB.ISVSVN, l.TCBDate, l.TCBStatus = svn, date, status
	l.AdvisoryIDs = append([]string(nil), advisories...)
	return l
}

// isvLevels lists the level for svn with status, preceded by a higher
// UpToDate one when status is not UpToDate.
func isvLevels(what string, svn uint16, date string, status TCBStatus, advisories []string) ([]isvLevelJSON, error) {
	if status == UpToDate {
		return []isvLevelJSON{isvLevel(svn, date, status, advisories)}, nil
	}
	if svn == 0xffff {
		return nil, fmt.Errorf("%s SVN %d leaves no room for a higher UpToDate level", what, svn)
	}
	return []isvLevelJSON{isvLevel(svn+1, date, UpToDate, nil), isvLevel(svn, date, status, advisories)}, nil
}

// Collateral produces the collateral for verifying p's quotes at times in
// [now, now+validity]: TCB info v3 for p's FMSPC and QE identity v2, signed by
// the TCB Signing key over their exact JSON bytes; the issuer chains; a root
// CA CRL and a PCK CRL, both issued at now and valid for validity. opts may be
// nil.
func (a *Authority) Collateral(p *Platform, now time.Time, validity time.Duration, opts *CollateralOptions) (*collateral.Collateral, error) {
	if p == nil || p.authority != a {
		return nil, errForeignPlatform
	}
	if validity <= 0 {
		return nil, fmt.Errorf("devtee: collateral validity %v is not positive", validity)
	}
	var o CollateralOptions
	if opts != nil {
		o = *opts
	}
	for _, s := range []*TCBStatus{&o.TCBStatus, &o.TDXModuleStatus, &o.QEStatus} {
		if *s == "" {
			*s = UpToDate
		}
		if !s.valid() {
			return nil, fmt.Errorf("devtee: unknown TCB status %q", *s)
		}
	}
	if o.TCBEvaluationDataNumber == 0 {
		o.TCBEvaluationDataNumber = 17
	}
	now = now.UTC().Truncate(time.Second)
	next := now.Add(validity)
	tcbDate := o.TCBDate
	if tcbDate.IsZero() {
		tcbDate = now.Truncate(24 * time.Hour)
	}
	date := intelTime(tcbDate)
	cfg := p.cfg

	tcbInfo, err := a.tcbInfo(p, now, next, date, &o)
	if err != nil {
		return nil, err
	}

	qeLevels, err := isvLevels("QE", cfg.QE.ISVSVN, date, o.QEStatus, o.QEAdvisoryIDs)
	if err != nil {
		return nil, fmt.Errorf("devtee: %w", err)
	}
	mask := qeAttributesMask()
	var attrs [16]byte
	for i := range attrs {
		attrs[i] = cfg.QE.Attributes[i] & mask[i]
	}
	qeIdentity, err := marshalCompact(qeIdentityJSON{
		ID:                      "TD_QE",
		Version:                 2,
		IssueDate:               intelTime(now),
		NextUpdate:              intelTime(next),
		TCBEvaluationDataNumber: o.TCBEvaluationDataNumber,
		// MISCSELECT is always 0 here: the byte order of a non-zero value is
		// read differently by different verifiers.
		MiscSelect:     "00000000",
		MiscSelectMask: "FFFFFFFF",
		Attributes:     upperHex(attrs[:]),
		AttributesMask: upperHex(mask[:]),
		MRSigner:       upperHex(cfg.QE.MRSigner[:]),
		ISVProdID:      cfg.QE.ISVProdID,
		TCBLevels:      qeLevels,
	})
	if err != nil {
		return nil, fmt.Errorf("devtee: encoding QE identity: %w", err)
	}

	tcbSig, err := signRaw(a.tcbSigningKey, []byte(tcbInfo))
	if err != nil {
		return nil, fmt.Errorf("devtee: signing TCB info: %w", err)
	}
	qeSig, err := signRaw(a.tcbSigningKey, []byte(qeIdentity))
	if err != nil {
		return nil, fmt.Errorf("devtee: signing QE identity: %w", err)
	}
	rootCRL, err := createCRL(a.root, a.rootKey, 1, now, next, o.RevokedCASerials)
	if err != nil {
		return nil, fmt.Errorf("devtee: root CA CRL: %w", err)
	}
	pckCRL, err := createCRL(a.platformCA, a.platformCAKey, 1, now, next, o.RevokedPCKSerials)
	if err != nil {
		return nil, fmt.Errorf("devtee: PCK CRL: %w", err)
	}
	signingChain := string(concat(pemCert(a.tcbSigning), pemCert(a.root)))
	c := &collateral.Collateral{
		PCKCRLIssuerChain:     string(concat(pemCert(a.platformCA), pemCert(a.root))),
		RootCACRL:             hex.EncodeToString(rootCRL),
		PCKCRL:                hex.EncodeToString(pckCRL),
		TCBInfoIssuerChain:    signingChain,
		TCBInfo:               tcbInfo,
		TCBInfoSignature:      hex.EncodeToString(tcbSig[:]),
		QEIdentityIssuerChain: signingChain,
		QEIdentity:            qeIdentity,
		QEIdentitySignature:   hex.EncodeToString(qeSig[:]),
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("devtee: produced invalid collateral: %w", err)
	}
	return c, nil
}

func (a *Authority) tcbInfo(p *Platform, now, next time.Time, date string, o *CollateralOptions) (string, error) {
	cfg := p.cfg
	level := func(pceSVN uint16, date string, status TCBStatus, advisories []string) tcbLevelJSON {
		return tcbLevelJSON{
			TCB: tcbJSON{
				SGX:    sgxComponents(cfg.CPUSVN),
				PCESVN: pceSVN,
				TDX:    tdxComponents(cfg.TEETCBSVN),
			},
			TCBDate:     date,
			TCBStatus:   status,
			AdvisoryIDs: append([]string(nil), advisories...),
		}
	}
	var levels []tcbLevelJSON
	if o.TCBStatus != UpToDate {
		if cfg.PCESVN == 0xffff {
			return "", fmt.Errorf("devtee: PCESVN %d leaves no room for a higher UpToDate level", cfg.PCESVN)
		}
		levels = append(levels, level(cfg.PCESVN+1, date, UpToDate, nil))
	}
	levels = append(levels, level(cfg.PCESVN, date, o.TCBStatus, o.AdvisoryIDs))
	if cfg.PCESVN > 0 {
		older := intelTime(now.AddDate(-1, 0, 0).Truncate(24 * time.Hour))
		levels = append(levels, level(cfg.PCESVN-1, older, OutOfDate, []string{"TEEREG-DEV-SA-00001"}))
	}

	module := tdxModuleJSON{
		MRSigner:       upperHex(cfg.MRSignerSEAM[:]),
		Attributes:     upperHex(cfg.SEAMAttributes[:]),
		AttributesMask: "FFFFFFFFFFFFFFFF",
	}
	identities := []tdxModuleIDJSON{}
	if major := cfg.TEETCBSVN[1]; major > 0 {
		mlevels, err := isvLevels("TDX module", uint16(cfg.TEETCBSVN[0]), date, o.TDXModuleStatus, o.TDXModuleAdvisoryIDs)
		if err != nil {
			return "", fmt.Errorf("devtee: %w", err)
		}
		if mlevels[0].TCB.ISVSVN > 0xff {
			return "", fmt.Errorf("devtee: TDX module SVN %d leaves no room for a higher UpToDate level", cfg.TEETCBSVN[0])
		}
		identities = append(identities, tdxModuleIDJSON{
			ID:             fmt.Sprintf("TDX_%02X", major),
			MRSigner:       module.MRSigner,
			Attributes:     module.Attributes,
			AttributesMask: module.AttributesMask,
			TCBLevels:      mlevels,
		})
	}
	fmspc := upperHex(p.fmspc[:])
	if o.LowercaseFMSPC {
		fmspc = strings.ToLower(fmspc)
	}
	s, err := marshalCompact(tcbInfoJSON{
		ID:                      "TDX",
		Version:                 3,
		IssueDate:               intelTime(now),
		NextUpdate:              intelTime(next),
		FMSPC:                   fmspc,
		PCEID:                   upperHex(cfg.PCEID[:]),
		TCBType:                 0,
		TCBEvaluationDataNumber: o.TCBEvaluationDataNumber,
		TDXModule:               module,
		TDXModuleIdentities:     identities,
		TCBLevels:               levels,
	})
	if err != nil {
		return "", fmt.Errorf("devtee: encoding TCB info: %w", err)
	}
	return s, nil
}
