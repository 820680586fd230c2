package kms

import (
	"bytes"
	"crypto"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha1"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
)

// PEM block types of a key file (see MarshalPEM).
const (
	pemSecretsKey = "TEEREG SECRETS PRIVATE KEY" // raw 32-byte P-256 scalar (the HPKE KEM private key)
	pemCAKey      = "TEEREG CA PRIVATE KEY"      // raw 32-byte P-256 scalar (the CA's ECDSA key)
	pemCACert     = "CERTIFICATE"                // the self-signed app CA certificate, DER
)

// MaxKeyFileSize bounds what ParseKeys and the key file reader accept; a real
// key file is about 800 bytes.
const MaxKeyFileSize = 16 * 1024

// scalarSize is the size of a P-256 private scalar.
const scalarSize = 32

// Defaults of CAConfig.
const (
	DefaultCACommonName = "teereg app CA"
	DefaultCAValidity   = 10 * 365 * 24 * time.Hour
)

// CAConfig describes the app CA certificate GenerateKeysWithCA makes. Zero
// fields take the documented defaults.
type CAConfig struct {
	CommonName string        // subject and issuer CN; DefaultCACommonName if empty
	Validity   time.Duration // NotAfter - NotBefore; DefaultCAValidity if zero
	Now        time.Time     // NotBefore; time.Now() if zero
}

// Keys are the two private keys of an app and the CA certificate that goes
// with the CA key:
//
//   - the secrets key, an HPKE DHKEM(P-256, HKDF-SHA256) private key that
//     opens secret envelopes (see EncryptSecret); its public key is the PKI's
//     secretsPublicKey on chain;
//   - the CA key, an ECDSA P-256 key that signs instance certificates; its
//     self-signed certificate is the PKI's caCertificate on chain.
//
// Keys is immutable and safe for concurrent use.
type Keys struct {
	secrets    kem.PrivateKey
	secretsPub []byte // uncompressed point, 65 bytes
	ca         *ecdsa.PrivateKey
	caCert     []byte // DER
}

// PKI is the public half of Keys: what admins publish on chain with setPki.
type PKI struct {
	CACertificate    []byte // DER of the self-signed app CA certificate
	SecretsPublicKey []byte // uncompressed P-256 point (65 bytes)
}

// Equal reports whether both fields are byte for byte equal.
func (p PKI) Equal(o PKI) bool {
	return bytes.Equal(p.CACertificate, o.CACertificate) && bytes.Equal(p.SecretsPublicKey, o.SecretsPublicKey)
}

// GenerateKeys makes a fresh secrets key, CA key and CA certificate with the
// default CAConfig.
func GenerateKeys() (*Keys, error) {
	return GenerateKeysWithCA(CAConfig{})
}

// GenerateKeysWithCA makes a fresh secrets key, CA key and a self-signed CA
// certificate described by cfg.
func GenerateKeysWithCA(cfg CAConfig) (*Keys, error) {
	secrets, err := ecdh.P256().GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("kms: generating the secrets key: %w", err)
	}
	ca, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("kms: generating the CA key: %w", err)
	}
	cert, err := selfSignCA(ca, cfg)
	if err != nil {
		return nil, fmt.Errorf("kms: %w", err)
	}
	k, err := assembleKeys(secrets.Bytes(), ca, cert)
	if err != nil {
		return nil, fmt.Errorf("kms: %w", err)
	}
	return k, nil
}

// selfSignCA makes the app CA certificate: a P-256 ECDSA-SHA256 self-signed
// CA that may sign leaf certificates only (path length 0).
func selfSignCA(ca *ecdsa.PrivateKey, cfg CAConfig) ([]byte, error) {
	if cfg.CommonName == "" {
		cfg.CommonName = DefaultCACommonName
	}
	if cfg.Validity == 0 {
		cfg.Validity = DefaultCAValidity
	}
	if cfg.Validity < 0 {
		return nil, fmt.Errorf("CA validity %v is negative", cfg.Validity)
	}
	if cfg.Now.IsZero() {
		cfg.Now = time.Now()
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 127))
	if err != nil {
		return nil, fmt.Errorf("drawing the CA serial number: %w", err)
	}
	pub, err := x509.MarshalPKIXPublicKey(&ca.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("encoding the CA public key: %w", err)
	}
	ski := sha1.Sum(pub) // RFC 5280 4.2.1.2 method (1) hashes the key; SHA-1 is the customary choice.
	name := pkix.Name{CommonName: cfg.CommonName}
	tmpl := &x509.Certificate{
		SerialNumber:          serial.Add(serial, big.NewInt(1)), // never zero
		Subject:               name,
		Issuer:                name,
		NotBefore:             cfg.Now.Add(-time.Hour).UTC(), // tolerate clock skew of the relying parties
		NotAfter:              cfg.Now.Add(cfg.Validity).UTC(),
		KeyUsage:              x509.KeyUsageCertSign | x509.KeyUsageCRLSign | x509.KeyUsageDigitalSignature,
		BasicConstraintsValid: true,
		IsCA:                  true,
		MaxPathLen:            0,
		MaxPathLenZero:        true,
		SubjectKeyId:          ski[:],
		SignatureAlgorithm:    x509.ECDSAWithSHA256,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &ca.PublicKey, ca)
	if err != nil {
		return nil, fmt.Errorf("self-signing the CA certificate: %w", err)
	}
	return der, nil
}

// assembleKeys checks that the parts belong together and builds Keys.
func assembleKeys(secretsScalar []byte, ca *ecdsa.PrivateKey, caCert []byte) (*Keys, error) {
	sk, err := secretsKEM().UnmarshalBinaryPrivateKey(secretsScalar)
	if err != nil {
		return nil, fmt.Errorf("secrets key is not a valid P-256 scalar: %w", err)
	}
	pub, err := sk.Public().MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("encoding the secrets public key: %w", err)
	}
	if ca.Curve != elliptic.P256() {
		return nil, errors.New("CA key is not on P-256")
	}
	cert, err := parseCACert(caCert)
	if err != nil {
		return nil, err
	}
	if !ca.PublicKey.Equal(cert.PublicKey) {
		return nil, errors.New("CA certificate does not certify the CA key")
	}
	return &Keys{secrets: sk, secretsPub: pub, ca: ca, caCert: bytes.Clone(caCert)}, nil
}

// parseCACert parses DER and checks it is a self-signed P-256 CA certificate.
func parseCACert(der []byte) (*x509.Certificate, error) {
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		return nil, fmt.Errorf("parsing the CA certificate: %w", err)
	}
	pub, ok := cert.PublicKey.(*ecdsa.PublicKey)
	if !ok || pub.Curve != elliptic.P256() {
		return nil, fmt.Errorf("CA certificate key is %T, want an ECDSA P-256 key", cert.PublicKey)
	}
	if !cert.IsCA || !cert.BasicConstraintsValid {
		return nil, errors.New("CA certificate is not a CA (basic constraints)")
	}
	if err := cert.CheckSignatureFrom(cert); err != nil {
		return nil, fmt.Errorf("CA certificate is not self-signed: %w", err)
	}
	return cert, nil
}

// secretsKEM is the KEM of the secrets key: DHKEM(P-256, HKDF-SHA256).
func secretsKEM() kem.Scheme { return hpke.KEM_P256_HKDF_SHA256.Scheme() }

// PKI returns the public half: the CA certificate and the secrets public key.
func (k *Keys) PKI() PKI {
	return PKI{CACertificate: k.CACertificate(), SecretsPublicKey: k.SecretsPublicKey()}
}

// CACertificate returns the DER of the self-signed app CA certificate.
func (k *Keys) CACertificate() []byte { return bytes.Clone(k.caCert) }

// SecretsPublicKey returns the secrets public key as an uncompressed P-256
// point (0x04 ‖ X ‖ Y, 65 bytes): the PKI's secretsPublicKey.
func (k *Keys) SecretsPublicKey() []byte { return bytes.Clone(k.secretsPub) }

// CASigner returns the CA private key as a crypto.Signer (ECDSA P-256; pass
// a SHA-256 digest and crypto.SHA256, as x509.CreateCertificate does).
func (k *Keys) CASigner() crypto.Signer { return k.ca }

// OpenSecret opens a secret envelope made by EncryptSecret for this key.
func (k *Keys) OpenSecret(envelope []byte) ([]byte, error) {
	return openSecret(k.secrets, envelope)
}

// MarshalPEM encodes the keys as a key file: three PEM blocks, in this order,
//
//	TEEREG SECRETS PRIVATE KEY   32-byte big-endian P-256 scalar (HPKE KEM key)
//	TEEREG CA PRIVATE KEY        32-byte big-endian P-256 scalar (CA ECDSA key)
//	CERTIFICATE                  the app CA certificate, DER
//
// The result holds private keys: store it with 0600 permissions.
func (k *Keys) MarshalPEM() ([]byte, error) {
	secrets, err := k.secrets.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("kms: encoding the secrets key: %w", err)
	}
	defer clear(secrets)
	ca, err := k.ca.Bytes()
	if err != nil {
		return nil, fmt.Errorf("kms: encoding the CA key: %w", err)
	}
	defer clear(ca)
	var b bytes.Buffer
	for _, blk := range []*pem.Block{
		{Type: pemSecretsKey, Bytes: secrets},
		{Type: pemCAKey, Bytes: ca},
		{Type: pemCACert, Bytes: k.caCert},
	} {
		if err := pem.Encode(&b, blk); err != nil {
			return nil, fmt.Errorf("kms: encoding %s: %w", blk.Type, err)
		}
	}
	return b.Bytes(), nil
}

// ParseKeys decodes a key file written by MarshalPEM. It accepts exactly the
// three blocks in that order, without headers, and nothing but white space
// around them; the CA certificate must certify the CA key.
func ParseKeys(data []byte) (*Keys, error) {
	if len(data) > MaxKeyFileSize {
		return nil, fmt.Errorf("kms: key file is %d bytes, more than the %d allowed", len(data), MaxKeyFileSize)
	}
	var blocks [3][]byte
	rest := data
	for i, want := range []string{pemSecretsKey, pemCAKey, pemCACert} {
		// pem.Decode skips any text before a block; a key file has none.
		rest = bytes.TrimLeft(rest, " \t\r\n")
		if !bytes.HasPrefix(rest, []byte("-----BEGIN ")) {
			return nil, fmt.Errorf("kms: key file: PEM block %d (%s) missing or preceded by other data", i+1, want)
		}
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			return nil, fmt.Errorf("kms: key file: PEM block %d (%s) missing or malformed", i+1, want)
		}
		if blk.Type != want {
			return nil, fmt.Errorf("kms: key file: PEM block %d is %q, want %q", i+1, blk.Type, want)
		}
		if len(blk.Headers) != 0 {
			return nil, fmt.Errorf("kms: key file: PEM block %q has headers; none are allowed", blk.Type)
		}
		blocks[i] = blk.Bytes
	}
	if len(bytes.TrimSpace(rest)) != 0 {
		return nil, errors.New("kms: key file: trailing data after the CA certificate")
	}
	defer clear(blocks[0])
	defer clear(blocks[1])
	if len(blocks[0]) != scalarSize {
		return nil, fmt.Errorf("kms: key file: secrets key is %d bytes, want %d", len(blocks[0]), scalarSize)
	}
	if len(blocks[1]) != scalarSize {
		return nil, fmt.Errorf("kms: key file: CA key is %d bytes, want %d", len(blocks[1]), scalarSize)
	}
	ca, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), blocks[1])
	if err != nil {
		return nil, fmt.Errorf("kms: key file: CA key: %w", err)
	}
	k, err := assembleKeys(blocks[0], ca, blocks[2])
	if err != nil {
		return nil, fmt.Errorf("kms: key file: %w", err)
	}
	return k, nil
}
