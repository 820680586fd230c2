package devtee

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/teereg/teereg/attest/tdxquote"
)

// TDReport is what a TD controls or is measured into: everything in a quote
// body except the TDX module's fields (TEE_TCB_SVN, MRSEAM, MRSIGNERSEAM,
// SEAMATTRIBUTES, which come from the Platform) and REPORTDATA (an argument of
// each quote). The zero value is a non-debug TD.
type TDReport struct {
	// Attributes is TD_ATTRIBUTES as a little-endian uint64; bit 0
	// (tdxquote.TDAttributesDebug) makes a debug TD.
	Attributes    uint64
	XFAM          uint64
	MRTD          [48]byte
	MRConfigID    [48]byte
	MROwner       [48]byte
	MROwnerConfig [48]byte
	RTMR          [4][48]byte
}

// DefaultTDReport is a plausible production TD: SEPT_VE_DISABLE set, DEBUG
// clear, the XFAM of the real quotes in shared/testdata, and MRTD and RTMRs
// derived from fixed labels.
func DefaultTDReport() TDReport {
	td := TDReport{
		Attributes: tdxquote.TDAttributesSEPTVEDisable,
		XFAM:       0x602e7,
		MRTD:       sha512.Sum384([]byte("teereg devtee default TD: MRTD")),
	}
	for i := range td.RTMR {
		td.RTMR[i] = sha512.Sum384(fmt.Appendf(nil, "teereg devtee default TD: RTMR%d", i))
	}
	return td
}

// QEConfig describes the platform's quoting enclave (Intel's TD_QE).
type QEConfig struct {
	MRSigner   [32]byte
	MREnclave  [32]byte
	ISVProdID  uint16 // 2 for Intel's TD_QE
	ISVSVN     uint16
	Attributes [16]byte
	// AuthData is the QE authentication data bound into the QE report
	// (at most 65535 bytes; Intel's QE uses 32).
	AuthData []byte
}

// PlatformConfig describes a development TDX machine.
type PlatformConfig struct {
	// CPUSVN is the SGX TCB as in the PCK certificate: its 16 bytes are also
	// the sgxtcbcomp01-16 values, and the QE report's CPUSVN.
	CPUSVN [16]byte
	PCESVN uint16
	PCEID  [2]byte
	// TEETCBSVN is the TDX module's TCB: byte 0 the module's SVN, byte 1 its
	// major version (non-zero selects tdxModuleIdentities "TDX_<major>" in
	// TCB info), byte 2 the TDX late microcode SVN.
	TEETCBSVN      [16]byte
	MRSEAM         [48]byte
	MRSignerSEAM   [48]byte // all zeros for Intel's TDX module
	SEAMAttributes [8]byte
	QE             QEConfig
	// TD is the TD that Platform.Quote reports.
	TD TDReport
	// SGXType goes in the SGX extension (SGXTypeScalable for TDX servers).
	SGXType int
	// Configuration flags of the SGX extension.
	DynamicPlatform, CachedKeys, SMTEnabled bool
	// OmitChainNUL drops the NUL byte after the PEM chain in the quote's
	// certification data. Both forms occur in real quotes.
	OmitChainNUL bool
}

// DefaultPlatformConfig returns a configuration shaped like the real
// platforms in shared/testdata: TDX module 1.x with SVN 6, PCESVN 11, a
// scalable SGX platform, and a development TD_QE (ISVPRODID 2, ISVSVN 6,
// Intel's QE attributes) whose MRSIGNER and MRENCLAVE are derived from fixed
// labels, so a verifier that hard-codes Intel's QE values rather than reading
// the QE identity fails on them.
func DefaultPlatformConfig() PlatformConfig {
	cfg := PlatformConfig{
		CPUSVN:          [16]byte{2, 2, 2, 2, 3, 1, 0, 5},
		PCESVN:          11,
		TEETCBSVN:       [16]byte{6, 1, 3},
		MRSEAM:          sha512.Sum384([]byte("teereg devtee TDX module: MRSEAM")),
		SGXType:         SGXTypeScalable,
		DynamicPlatform: true,
		CachedKeys:      true,
		SMTEnabled:      true,
		TD:              DefaultTDReport(),
		QE: QEConfig{
			MRSigner:   sha256.Sum256([]byte("teereg devtee TD_QE: MRSIGNER")),
			MREnclave:  sha256.Sum256([]byte("teereg devtee TD_QE: MRENCLAVE")),
			ISVProdID:  2,
			ISVSVN:     6,
			Attributes: [16]byte{0x15, 8: 0xe7},
		},
	}
	for i := range 32 {
		cfg.QE.AuthData = append(cfg.QE.AuthData, byte(i))
	}
	return cfg
}

// Platform is a development TDX machine: PCK certificate and key, quoting
// enclave with attestation key, TDX module TCB. It is safe for concurrent use.
type Platform struct {
	authority *Authority
	cfg       PlatformConfig
	fmspc     [6]byte

	pckKey   *ecdsa.PrivateKey
	pck      *x509.Certificate
	chain    []byte // PEM leaf, platform CA, root (+ NUL unless omitted)
	qeID     [16]byte
	attKey   *ecdsa.PrivateKey
	attPub   [64]byte
	qeRep    tdxquote.EnclaveReport
	qeRepSig [64]byte
}

// NewPlatform creates a platform with the given FMSPC: a PCK certificate
// issued by the authority's Platform CA with the SGX extension, and a QE with
// a fresh attestation key whose QE report (binding the key and the QE auth
// data) is signed by the PCK key. cfg nil means DefaultPlatformConfig.
func (a *Authority) NewPlatform(fmspc [6]byte, cfg *PlatformConfig) (*Platform, error) {
	c := DefaultPlatformConfig()
	if cfg != nil {
		c = *cfg
	}
	if len(c.QE.AuthData) > 0xffff {
		return nil, fmt.Errorf("devtee: QE auth data is %d bytes, at most 65535 allowed", len(c.QE.AuthData))
	}
	if c.SGXType < SGXTypeStandard || c.SGXType > SGXTypeScalableIntegrity {
		return nil, fmt.Errorf("devtee: SGX type %d is not 0, 1 or 2", c.SGXType)
	}
	c.QE.AuthData = bytes.Clone(c.QE.AuthData)
	p := &Platform{authority: a, cfg: c, fmspc: fmspc}

	var err error
	if p.pckKey, err = a.newKey(); err != nil {
		return nil, fmt.Errorf("devtee: PCK key: %w", err)
	}
	if p.attKey, err = a.newKey(); err != nil {
		return nil, fmt.Errorf("devtee: attestation key: %w", err)
	}
	ids, err := a.read(20 + 16 + 16 + 16)
	if err != nil {
		return nil, fmt.Errorf("devtee: platform identifiers: %w", err)
	}
	serial := new(big.Int).SetBytes(ids[:20])
	if serial.Sign() == 0 {
		serial.SetInt64(1)
	}
	var ext sgxExtensionInput
	copy(ext.ppid[:], ids[20:36])
	copy(ext.platformInstanceID[:], ids[36:52])
	copy(p.qeID[:], ids[52:68])
	ext.cpuSVN, ext.pceSVN, ext.pceID, ext.fmspc = c.CPUSVN, c.PCESVN, c.PCEID, fmspc
	ext.sgxType = c.SGXType
	ext.dynamicPlatform, ext.cachedKeys, ext.smtEnabled = c.DynamicPlatform, c.CachedKeys, c.SMTEnabled

	pckID, err := keyID(&p.pckKey.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("devtee: PCK key: %w", err)
	}
	notBefore := a.created.Add(-clockSkew)
	notAfter := notBefore.Add(pckLifetime)
	if notAfter.After(a.platformCA.NotAfter) {
		notAfter = a.platformCA.NotAfter
	}
	if p.pck, err = issue(certSpec{
		serial:    serial,
		subjectCN: cnPCK,
		key:       p.pckKey,
		notBefore: notBefore,
		notAfter:  notAfter,
		extensions: []pkix.Extension{
			extAKI(a.platformCA.SubjectKeyId), extCRLDP(pckCRLURL), extSKI(pckID),
			extKeyUsageLeaf(), extBasicConstraintsLeaf(), extSGX(ext),
		},
		issuer:    a.platformCA,
		issuerKey: a.platformCAKey,
	}); err != nil {
		return nil, fmt.Errorf("devtee: %w", err)
	}
	p.chain = concat(pemCert(p.pck), pemCert(a.platformCA), pemCert(a.root))
	if !c.OmitChainNUL {
		p.chain = append(p.chain, 0)
	}

	// QE report: REPORTDATA = SHA-256(attestation key || QE auth data) || 32 zero bytes.
	if p.attPub, err = rawPublicKey(&p.attKey.PublicKey); err != nil {
		return nil, fmt.Errorf("devtee: attestation key: %w", err)
	}
	p.qeRep = tdxquote.EnclaveReport{
		CPUSVN:     c.CPUSVN,
		Attributes: c.QE.Attributes,
		MREnclave:  c.QE.MREnclave,
		MRSigner:   c.QE.MRSigner,
		ISVProdID:  c.QE.ISVProdID,
		ISVSVN:     c.QE.ISVSVN,
	}
	h := sha256.New()
	h.Write(p.attPub[:])
	h.Write(c.QE.AuthData)
	copy(p.qeRep.ReportData[:32], h.Sum(nil))
	rep, _ := p.qeRep.MarshalBinary()
	if p.qeRepSig, err = signRaw(p.pckKey, rep); err != nil {
		return nil, fmt.Errorf("devtee: signing QE report: %w", err)
	}
	return p, nil
}

// Config returns the platform's configuration.
func (p *Platform) Config() PlatformConfig {
	c := p.cfg
	c.QE.AuthData = bytes.Clone(c.QE.AuthData)
	return c
}

// FMSPC returns the platform's FMSPC.
func (p *Platform) FMSPC() [6]byte { return p.fmspc }

// PCKCertificate is the platform's PCK leaf certificate. Its serial number is
// what CollateralOptions.RevokedPCKSerials takes to revoke it.
func (p *Platform) PCKCertificate() *x509.Certificate { return p.pck }

// PCKCertChainPEM is the certification data carried in quotes: PEM leaf,
// Platform CA, root, followed by a NUL unless OmitChainNUL was set.
func (p *Platform) PCKCertChainPEM() []byte { return bytes.Clone(p.chain) }

// Authority returns the authority that issued the platform's PCK certificate.
func (p *Platform) Authority() *Authority { return p.authority }

// Quote returns a quote for the configured TD (PlatformConfig.TD) with the
// given REPORTDATA. It implements attest.Quoter.
func (p *Platform) Quote(ctx context.Context, reportData [64]byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("devtee: quote: %w", err)
	}
	return p.QuoteTD(p.cfg.TD, reportData)
}

// QuoteTD returns a quote for td with the given REPORTDATA, on this
// platform's TDX module.
func (p *Platform) QuoteTD(td TDReport, reportData [64]byte) ([]byte, error) {
	return p.QuoteBody(p.Body(td, reportData))
}

// Body assembles the quote body for td: the TD's fields, the platform's TDX
// module fields, and reportData.
func (p *Platform) Body(td TDReport, reportData [64]byte) tdxquote.Body {
	b := tdxquote.Body{
		TEETCBSVN:      p.cfg.TEETCBSVN,
		MRSEAM:         p.cfg.MRSEAM,
		MRSignerSEAM:   p.cfg.MRSignerSEAM,
		SEAMAttributes: p.cfg.SEAMAttributes,
		MRTD:           td.MRTD,
		MRConfigID:     td.MRConfigID,
		MROwner:        td.MROwner,
		MROwnerConfig:  td.MROwnerConfig,
		RTMR:           td.RTMR,
		ReportData:     reportData,
	}
	binary.LittleEndian.PutUint64(b.TDAttributes[:], td.Attributes)
	binary.LittleEndian.PutUint64(b.XFAM[:], td.XFAM)
	return b
}

// QuoteBody signs an arbitrary body with this platform's attestation key and
// returns the quote. Tests use it to produce bodies a platform would not (for
// example a TEE_TCB_SVN other than the platform's).
func (p *Platform) QuoteBody(body tdxquote.Body) ([]byte, error) {
	q := tdxquote.Quote{
		Header: tdxquote.Header{
			Version:            tdxquote.Version4,
			AttestationKeyType: tdxquote.AttestationKeyECDSA,
			TEEType:            tdxquote.TEETypeTDX,
			// QESVN and PCESVN stay zero, as in real TDX quotes.
			QEVendorID: tdxquote.IntelQEVendorID(),
		},
		Body:              body,
		AttestationKey:    p.attPub,
		QEReport:          p.qeRep,
		QEReportSignature: p.qeRepSig,
		QEAuthData:        p.cfg.QE.AuthData,
		PCKCertChain:      p.chain,
	}
	copy(q.Header.UserData[:16], p.qeID[:])
	sig, err := signRaw(p.attKey, q.SignedMessage())
	if err != nil {
		return nil, fmt.Errorf("devtee: signing quote: %w", err)
	}
	q.Signature = sig
	raw, err := q.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("devtee: encoding quote: %w", err)
	}
	return raw, nil
}

// errForeignPlatform is returned when a platform is used with an authority
// that did not create it.
var errForeignPlatform = errors.New("devtee: platform belongs to another authority")
