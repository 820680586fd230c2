package devtee

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/big"
	"time"
)

// Subject attributes of the development hierarchy. The common names are
// Intel's (see the package documentation); the rest marks the certificates as
// development ones.
const (
	cnRoot       = "Intel SGX Root CA"
	cnPlatformCA = "Intel SGX PCK Platform CA"
	cnPCK        = "Intel SGX PCK Certificate"
	cnTCBSigning = "Intel SGX TCB Signing"

	devOrganization = "Teereg Dev TEE - not Intel"
	devLocality     = "Development only"
	devState        = "DEV"
	devCountry      = "XX"

	// Distribution points of the development CRLs. The .invalid TLD
	// (RFC 6761) guarantees that nothing ever resolves them; verifiers get the
	// CRLs from the collateral.
	rootCRLURL = "https://certificates.teereg-dev.invalid/TeeregDevSGXRootCA.der"
	pckCRLURL  = "https://api.teereg-dev.invalid/sgx/certification/v4/pckcrl?ca=platform&encoding=der"
)

var (
	oidCommonName       = asn1.ObjectIdentifier{2, 5, 4, 3}
	oidOrganization     = asn1.ObjectIdentifier{2, 5, 4, 10}
	oidLocality         = asn1.ObjectIdentifier{2, 5, 4, 7}
	oidState            = asn1.ObjectIdentifier{2, 5, 4, 8}
	oidCountry          = asn1.ObjectIdentifier{2, 5, 4, 6}
	oidAKI              = asn1.ObjectIdentifier{2, 5, 29, 35}
	oidSKI              = asn1.ObjectIdentifier{2, 5, 29, 14}
	oidKeyUsage         = asn1.ObjectIdentifier{2, 5, 29, 15}
	oidBasicConstraints = asn1.ObjectIdentifier{2, 5, 29, 19}
	oidCRLDP            = asn1.ObjectIdentifier{2, 5, 29, 31}
	oidCRLNumber        = asn1.ObjectIdentifier{2, 5, 29, 20}
	oidCRLReason        = asn1.ObjectIdentifier{2, 5, 29, 21}
	oidECDSAWithSHA256  = asn1.ObjectIdentifier{1, 2, 840, 10045, 4, 3, 2}
)

// DER building blocks.

func tlv(class, tag int, compound bool, content []byte) []byte {
	b, err := asn1.Marshal(asn1.RawValue{Class: class, Tag: tag, IsCompound: compound, Bytes: content})
	if err != nil {
		panic(fmt.Sprintf("devtee: encoding DER: %v", err)) // cannot happen for these inputs
	}
	return b
}

func seq(parts ...[]byte) []byte {
	return tlv(asn1.ClassUniversal, asn1.TagSequence, true, concat(parts...))
}
func set(parts ...[]byte) []byte {
	return tlv(asn1.ClassUniversal, asn1.TagSet, true, concat(parts...))
}
func octets(b []byte) []byte { return tlv(asn1.ClassUniversal, asn1.TagOctetString, false, b) }

func concat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func mustMarshal(v any) []byte {
	b, err := asn1.Marshal(v)
	if err != nil {
		panic(fmt.Sprintf("devtee: encoding DER: %v", err)) // cannot happen for these inputs
	}
	return b
}

// devName encodes a subject the way Intel's certificates do: CN, O, L, ST as
// UTF8String, C as PrintableString, one attribute per RDN.
func devName(cn string) []byte {
	attr := func(oid asn1.ObjectIdentifier, tag int, v string) []byte {
		return set(seq(mustMarshal(oid), tlv(asn1.ClassUniversal, tag, false, []byte(v))))
	}
	return seq(
		attr(oidCommonName, asn1.TagUTF8String, cn),
		attr(oidOrganization, asn1.TagUTF8String, devOrganization),
		attr(oidLocality, asn1.TagUTF8String, devLocality),
		attr(oidState, asn1.TagUTF8String, devState),
		attr(oidCountry, asn1.TagPrintableString, devCountry),
	)
}

// Extensions, encoded like Intel's.

func extAKI(keyID []byte) pkix.Extension {
	return pkix.Extension{Id: oidAKI, Value: seq(tlv(asn1.ClassContextSpecific, 0, false, keyID))}
}

func extSKI(keyID []byte) pkix.Extension {
	return pkix.Extension{Id: oidSKI, Value: octets(keyID)}
}

func extCRLDP(url string) pkix.Extension {
	uri := tlv(asn1.ClassContextSpecific, 6, false, []byte(url))
	fullName := tlv(asn1.ClassContextSpecific, 0, true, uri)
	dpName := tlv(asn1.ClassContextSpecific, 0, true, fullName)
	return pkix.Extension{Id: oidCRLDP, Value: seq(seq(dpName))}
}

// extKeyUsageCA is keyCertSign|cRLSign, extKeyUsageLeaf
// digitalSignature|nonRepudiation, both critical as in Intel's certificates.
func extKeyUsageCA() pkix.Extension {
	return pkix.Extension{Id: oidKeyUsage, Critical: true, Value: []byte{0x03, 0x02, 0x01, 0x06}}
}

func extKeyUsageLeaf() pkix.Extension {
	return pkix.Extension{Id: oidKeyUsage, Critical: true, Value: []byte{0x03, 0x02, 0x06, 0xc0}}
}

func extBasicConstraintsCA(pathLen int) pkix.Extension {
	return pkix.Extension{Id: oidBasicConstraints, Critical: true,
		Value: seq(mustMarshal(true), mustMarshal(pathLen))}
}

func extBasicConstraintsLeaf() pkix.Extension {
	return pkix.Extension{Id: oidBasicConstraints, Critical: true, Value: seq()}
}

// Keys and signatures.

// generateKey derives a P-256 key from r by rejection sampling, so that a
// deterministic reader gives a deterministic key (ecdsa.GenerateKey ignores
// its reader since Go 1.26).
func generateKey(r io.Reader) (*ecdsa.PrivateKey, error) {
	var b [32]byte
	for range 64 {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("reading randomness for a key: %w", err)
		}
		if k, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), b[:]); err == nil {
			return k, nil
		}
	}
	return nil, errors.New("randomness source gave no valid P-256 scalar in 64 tries")
}

// noRand is handed to crypto/x509, whose only use of randomness is the
// signer's, which detSigner ignores; failing loudly keeps output deterministic.
type noRand struct{}

func (noRand) Read([]byte) (int, error) { return 0, errors.New("devtee: unexpected use of randomness") }

// detSigner signs deterministically (RFC 6979) whatever reader it is given.
type detSigner struct{ key *ecdsa.PrivateKey }

func (s detSigner) Public() crypto.PublicKey { return &s.key.PublicKey }
func (s detSigner) Sign(_ io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	return s.key.Sign(nil, digest, opts)
}

// signRaw signs SHA-256(msg) and returns the raw 64-byte r||s form used in
// quotes and collateral.
func signRaw(key *ecdsa.PrivateKey, msg []byte) ([64]byte, error) {
	var out [64]byte
	d := sha256.Sum256(msg)
	der, err := key.Sign(nil, d[:], crypto.SHA256)
	if err != nil {
		return out, fmt.Errorf("signing: %w", err)
	}
	var sig struct{ R, S *big.Int }
	if rest, err := asn1.Unmarshal(der, &sig); err != nil || len(rest) != 0 {
		return out, fmt.Errorf("decoding ECDSA signature: %v", err)
	}
	sig.R.FillBytes(out[:32])
	sig.S.FillBytes(out[32:])
	return out, nil
}

// rawPublicKey returns X||Y.
func rawPublicKey(pub *ecdsa.PublicKey) ([64]byte, error) {
	var out [64]byte
	b, err := pub.Bytes()
	if err != nil {
		return out, fmt.Errorf("encoding public key: %w", err)
	}
	copy(out[:], b[1:])
	return out, nil
}

// keyID is the RFC 5280 method-1 key identifier: SHA-1 of the public key bits.
func keyID(pub *ecdsa.PublicKey) ([]byte, error) {
	b, err := pub.Bytes()
	if err != nil {
		return nil, fmt.Errorf("encoding public key: %w", err)
	}
	h := sha1.Sum(b)
	return h[:], nil
}

// certSpec describes one certificate to issue.
type certSpec struct {
	serial     *big.Int
	subjectCN  string
	key        *ecdsa.PrivateKey // subject key
	notBefore  time.Time
	notAfter   time.Time
	extensions []pkix.Extension  // in order
	issuer     *x509.Certificate // nil for self-signed
	issuerKey  *ecdsa.PrivateKey
}

// issue creates and parses a certificate. All extensions are passed as
// ExtraExtensions so that crypto/x509 adds none of its own and keeps Intel's
// order.
func issue(s certSpec) (*x509.Certificate, error) {
	tmpl := &x509.Certificate{
		SerialNumber:       s.serial,
		RawSubject:         devName(s.subjectCN),
		NotBefore:          s.notBefore.UTC(),
		NotAfter:           s.notAfter.UTC(),
		SignatureAlgorithm: x509.ECDSAWithSHA256,
		ExtraExtensions:    s.extensions,
	}
	parent := s.issuer
	if parent == nil {
		parent = tmpl
	}
	der, err := x509.CreateCertificate(noRand{}, tmpl, parent, &s.key.PublicKey, detSigner{s.issuerKey})
	if err != nil {
		return nil, fmt.Errorf("creating %q certificate: %w", s.subjectCN, err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("parsing %q certificate: %w", s.subjectCN, err)
	}
	return cert, nil
}

// Revocation lists, built by hand to match Intel's: version 2, extensions CRL
// number then authority key identifier, entries with reason keyCompromise.

type tbsCRL struct {
	Version    int
	Signature  pkix.AlgorithmIdentifier
	Issuer     asn1.RawValue
	ThisUpdate time.Time
	NextUpdate time.Time
	Revoked    []revokedEntry   `asn1:"optional"`
	Extensions []pkix.Extension `asn1:"tag:0,optional,explicit"`
}

type revokedEntry struct {
	Serial     *big.Int
	Time       time.Time
	Extensions []pkix.Extension `asn1:"optional"`
}

type certList struct {
	TBS       asn1.RawValue
	Algorithm pkix.AlgorithmIdentifier
	Signature asn1.BitString
}

const reasonKeyCompromise = 1

func createCRL(issuer *x509.Certificate, key *ecdsa.PrivateKey, number int64, thisUpdate, nextUpdate time.Time, revoked []*big.Int) ([]byte, error) {
	alg := pkix.AlgorithmIdentifier{Algorithm: oidECDSAWithSHA256}
	tbs := tbsCRL{
		Version:    1, // v2
		Signature:  alg,
		Issuer:     asn1.RawValue{FullBytes: issuer.RawSubject},
		ThisUpdate: thisUpdate.UTC().Truncate(time.Second),
		NextUpdate: nextUpdate.UTC().Truncate(time.Second),
		Extensions: []pkix.Extension{
			{Id: oidCRLNumber, Value: mustMarshal(big.NewInt(number))},
			extAKI(issuer.SubjectKeyId),
		},
	}
	reason := mustMarshal(asn1.Enumerated(reasonKeyCompromise))
	for _, serial := range revoked {
		if serial == nil || serial.Sign() <= 0 {
			return nil, fmt.Errorf("revoked serial %v is not a positive integer", serial)
		}
		tbs.Revoked = append(tbs.Revoked, revokedEntry{
			Serial:     serial,
			Time:       tbs.ThisUpdate,
			Extensions: []pkix.Extension{{Id: oidCRLReason, Value: reason}},
		})
	}
	tbsDER, err := asn1.Marshal(tbs)
	if err != nil {
		return nil, fmt.Errorf("encoding CRL: %w", err)
	}
	d := sha256.Sum256(tbsDER)
	sig, err := key.Sign(nil, d[:], crypto.SHA256)
	if err != nil {
		return nil, fmt.Errorf("signing CRL: %w", err)
	}
	der, err := asn1.Marshal(certList{
		TBS:       asn1.RawValue{FullBytes: tbsDER},
		Algorithm: alg,
		Signature: asn1.BitString{Bytes: sig, BitLength: 8 * len(sig)},
	})
	if err != nil {
		return nil, fmt.Errorf("encoding CRL: %w", err)
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("parsing the CRL just built: %w", err)
	}
	if err := crl.CheckSignatureFrom(issuer); err != nil {
		return nil, fmt.Errorf("checking the CRL just built: %w", err)
	}
	return der, nil
}

// Deterministic randomness.

// NewDeterministicReader returns an endless stream of pseudo-random bytes
// derived from seed (SHA-256 in counter mode). Give it to NewAuthority to
// produce reproducible test vectors. Never use it for anything but tests and
// development.
func NewDeterministicReader(seed []byte) io.Reader {
	return &detReader{seed: append([]byte("teereg devtee deterministic reader\x00"), seed...)}
}

type detReader struct {
	seed    []byte
	counter uint64
	buf     []byte
}

func (r *detReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.buf) == 0 {
			h := sha256.New()
			h.Write(r.seed)
			h.Write(binary.BigEndian.AppendUint64(nil, r.counter))
			r.counter++
			r.buf = h.Sum(nil)
		}
		c := copy(p[n:], r.buf)
		r.buf = r.buf[c:]
		n += c
	}
	return n, nil
}
