package registry

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Certificates.
const (
	// DefaultCertValidity is how long an instance certificate is valid,
	// unless the instance record expires earlier.
	DefaultCertValidity = 24 * time.Hour
	// certBackdate tolerates relying parties whose clocks are behind.
	certBackdate = 5 * time.Minute
)

// parseCSR parses and checks a PKCS #10 request: DER without trailing data,
// a valid self-signature, and a key type this CA certifies (ECDSA P-256 or
// P-384, Ed25519, RSA 2048–4096 bits). The names and extensions it asks for
// are ignored: the registry decides the certificate's contents.
func parseCSR(der []byte) (*x509.CertificateRequest, error) {
	if len(der) == 0 {
		return nil, errors.New("CSR is empty")
	}
	if len(der) > MaxCSRSize {
		return nil, fmt.Errorf("CSR is %d bytes, more than the %d allowed", len(der), MaxCSRSize)
	}
	csr, err := x509.ParseCertificateRequest(der)
	if err != nil {
		return nil, fmt.Errorf("CSR does not parse: %w", err)
	}
	switch k := csr.PublicKey.(type) {
	case *ecdsa.PublicKey:
		if k.Curve != elliptic.P256() && k.Curve != elliptic.P384() {
			return nil, fmt.Errorf("CSR key is ECDSA on %s; only P-256 and P-384 are certified", k.Curve.Params().Name)
		}
	case ed25519.PublicKey:
	case *rsa.PublicKey:
		if n := k.N.BitLen(); n < 2048 || n > 4096 {
			return nil, fmt.Errorf("CSR key is RSA-%d; only 2048 to 4096 bits are certified", n)
		}
	default:
		return nil, fmt.Errorf("CSR key type %T is not certified", csr.PublicKey)
	}
	if err := csr.CheckSignature(); err != nil {
		return nil, fmt.Errorf("CSR signature does not verify: %w", err)
	}
	return csr, nil
}

// issuer signs instance certificates under the app CA.
type issuer struct {
	ca       *x509.Certificate
	caPEM    []byte
	signer   crypto.Signer
	validity time.Duration
}

func newIssuer(caDER []byte, signer crypto.Signer, validity time.Duration) (*issuer, error) {
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, fmt.Errorf("app CA certificate: %w", err)
	}
	if !ca.IsCA {
		return nil, errors.New("app CA certificate is not a CA")
	}
	if pub, ok := signer.Public().(interface{ Equal(crypto.PublicKey) bool }); !ok || !pub.Equal(ca.PublicKey) {
		return nil, errors.New("the CA signer's key is not the app CA certificate's")
	}
	if validity <= 0 {
		return nil, fmt.Errorf("certificate validity %s is not positive", validity)
	}
	return &issuer{ca: ca, caPEM: pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: caDER}), signer: signer, validity: validity}, nil
}

// issue certifies csr's key for dnsName, valid from now (backdated a
// little) until now + validity, but never past notAfter (the instance
// record's expiry) nor the CA's own expiry. It returns the PEM chain
// (leaf, then CA) and the leaf's serial number and NotAfter.
func (is *issuer) issue(csr *x509.CertificateRequest, dnsName string, notAfter, now time.Time) (chain string, serial *big.Int, end time.Time, err error) {
	end = now.Add(is.validity)
	if notAfter.Before(end) {
		end = notAfter
	}
	if is.ca.NotAfter.Before(end) {
		end = is.ca.NotAfter
	}
	start := now.Add(-certBackdate)
	if start.Before(is.ca.NotBefore) {
		start = is.ca.NotBefore
	}
	if !end.After(now) {
		return "", nil, end, fmt.Errorf("no validity left: the certificate would end at %s", end.UTC().Format(time.RFC3339))
	}
	serial, err = rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return "", nil, end, fmt.Errorf("drawing a serial number: %w", err)
	}
	usage := x509.KeyUsageDigitalSignature
	if _, ok := csr.PublicKey.(*rsa.PublicKey); ok {
		usage |= x509.KeyUsageKeyEncipherment
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial.Add(serial, big.NewInt(1)),
		Subject:               pkix.Name{CommonName: dnsName},
		DNSNames:              []string{dnsName},
		NotBefore:             start.UTC(),
		NotAfter:              end.UTC(),
		KeyUsage:              usage,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
		BasicConstraintsValid: true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, is.ca, csr.PublicKey, is.signer)
	if err != nil {
		return "", nil, end, fmt.Errorf("signing the certificate: %w", err)
	}
	var b strings.Builder
	b.Grow(len(der)*4/3 + len(is.caPEM) + 128)
	_ = pem.Encode(&b, &pem.Block{Type: "CERTIFICATE", Bytes: der}) // strings.Builder does not fail
	b.Write(is.caPEM)
	return b.String(), tmpl.SerialNumber, tmpl.NotAfter, nil
}

// checkZone validates a DNS zone (the dnsd zone) and returns it in
// canonical form: lower case, no trailing dot.
func checkZone(zone string) (string, error) {
	z := strings.TrimSuffix(strings.ToLower(strings.TrimSpace(zone)), ".")
	if z == "" {
		return "", errors.New("zone is empty")
	}
	if len(z) > 253-64 {
		return "", fmt.Errorf("zone %q is too long to hold a 63-byte label", zone)
	}
	for _, l := range strings.Split(z, ".") {
		if !isDNSLabel(l) {
			return "", fmt.Errorf("zone %q: %q is not a DNS label (1–63 of a-z 0-9 -, no leading or trailing -)", zone, l)
		}
	}
	return z, nil
}

// isDNSLabel: 1–63 lower-case letters, digits and hyphens, not starting or
// ending with a hyphen (the Registry's DnsLabel rule).
func isDNSLabel(l string) bool {
	if len(l) == 0 || len(l) > 63 || l[0] == '-' || l[len(l)-1] == '-' {
		return false
	}
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}
