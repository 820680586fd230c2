package devtee

import (
	"crypto/ecdsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"
)

// Certificate lifetimes. Intel's are 31 years (root), 15 (Platform CA) and 7
// (TCB Signing, PCK); the development ones only need to outlive tests and
// development networks.
const (
	rootLifetime       = 30 * 365 * 24 * time.Hour
	platformCALifetime = 20 * 365 * 24 * time.Hour
	tcbSigningLifetime = 10 * 365 * 24 * time.Hour
	pckLifetime        = 7 * 365 * 24 * time.Hour
	// clockSkew backdates NotBefore so that a verifier whose clock (or block
	// timestamp) lags a little still accepts freshly issued certificates.
	clockSkew = time.Hour
)

// Authority is a development stand-in for Intel's SGX/TDX PKI: root CA, PCK
// Platform CA and TCB Signing key. It is safe for concurrent use.
type Authority struct {
	mu   sync.Mutex // guards rand
	rand io.Reader

	created time.Time

	rootKey       *ecdsa.PrivateKey
	root          *x509.Certificate
	platformCAKey *ecdsa.PrivateKey
	platformCA    *x509.Certificate
	tcbSigningKey *ecdsa.PrivateKey
	tcbSigning    *x509.Certificate
}

// NewAuthority creates a development root CA ("Intel SGX Root CA" name,
// development organization, P-256, self-signed, pathlen 1), a PCK Platform CA
// (pathlen 0) and a TCB Signing certificate, all signed by the root, valid
// from now minus one hour. rand supplies every key, serial number and
// identifier the authority and its platforms use: pass crypto/rand.Reader, or
// NewDeterministicReader for reproducible output.
func NewAuthority(rand io.Reader, now time.Time) (*Authority, error) {
	if rand == nil {
		return nil, errors.New("devtee: nil randomness source")
	}
	if now.IsZero() {
		return nil, errors.New("devtee: zero creation time")
	}
	a := &Authority{rand: rand, created: now.UTC().Truncate(time.Second)}
	notBefore := a.created.Add(-clockSkew)
	var err error
	if a.rootKey, err = generateKey(rand); err != nil {
		return nil, fmt.Errorf("devtee: root key: %w", err)
	}
	if a.platformCAKey, err = generateKey(rand); err != nil {
		return nil, fmt.Errorf("devtee: platform CA key: %w", err)
	}
	if a.tcbSigningKey, err = generateKey(rand); err != nil {
		return nil, fmt.Errorf("devtee: TCB signing key: %w", err)
	}

	rootID, err := keyID(&a.rootKey.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("devtee: root key: %w", err)
	}
	// Intel's CA and signing certificates use their key identifier as serial number.
	if a.root, err = issue(certSpec{
		serial:    new(big.Int).SetBytes(rootID),
		subjectCN: cnRoot,
		key:       a.rootKey,
		notBefore: notBefore,
		notAfter:  notBefore.Add(rootLifetime),
		extensions: []pkix.Extension{
			extAKI(rootID), extCRLDP(rootCRLURL), extSKI(rootID), extKeyUsageCA(), extBasicConstraintsCA(1),
		},
		issuerKey: a.rootKey,
	}); err != nil {
		return nil, fmt.Errorf("devtee: %w", err)
	}

	caID, err := keyID(&a.platformCAKey.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("devtee: platform CA key: %w", err)
	}
	if a.platformCA, err = issue(certSpec{
		serial:    new(big.Int).SetBytes(caID),
		subjectCN: cnPlatformCA,
		key:       a.platformCAKey,
		notBefore: notBefore,
		notAfter:  notBefore.Add(platformCALifetime),
		extensions: []pkix.Extension{
			extAKI(rootID), extCRLDP(rootCRLURL), extSKI(caID), extKeyUsageCA(), extBasicConstraintsCA(0),
		},
		issuer:    a.root,
		issuerKey: a.rootKey,
	}); err != nil {
		return nil, fmt.Errorf("devtee: %w", err)
	}

	signingID, err := keyID(&a.tcbSigningKey.PublicKey)
	if err != nil {
		return nil, fmt.Errorf("devtee: TCB signing key: %w", err)
	}
	if a.tcbSigning, err = issue(certSpec{
		serial:    new(big.Int).SetBytes(signingID),
		subjectCN: cnTCBSigning,
		key:       a.tcbSigningKey,
		notBefore: notBefore,
		notAfter:  notBefore.Add(tcbSigningLifetime),
		extensions: []pkix.Extension{
			extAKI(rootID), extCRLDP(rootCRLURL), extSKI(signingID), extKeyUsageLeaf(), extBasicConstraintsLeaf(),
		},
		issuer:    a.root,
		issuerKey: a.rootKey,
	}); err != nil {
		return nil, fmt.Errorf("devtee: %w", err)
	}
	return a, nil
}

// RootCertificate is the development root CA: the certificate a verifier must
// trust (pin) to accept this authority's quotes and collateral.
func (a *Authority) RootCertificate() *x509.Certificate { return a.root }

// PlatformCACertificate is the PCK Platform CA that issues PCK certificates.
func (a *Authority) PlatformCACertificate() *x509.Certificate { return a.platformCA }

// TCBSigningCertificate is the certificate of the key that signs TCB info and
// QE identity.
func (a *Authority) TCBSigningCertificate() *x509.Certificate { return a.tcbSigning }

// RootPEM returns the root certificate as PEM.
func (a *Authority) RootPEM() []byte { return pemCert(a.root) }

// Created is the authority's creation time (certificates are valid from one
// hour before it).
func (a *Authority) Created() time.Time { return a.created }

// read draws n bytes from the authority's randomness source.
func (a *Authority) read(n int) ([]byte, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	b := make([]byte, n)
	if _, err := io.ReadFull(a.rand, b); err != nil {
		return nil, fmt.Errorf("reading randomness: %w", err)
	}
	return b, nil
}

func (a *Authority) newKey() (*ecdsa.PrivateKey, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return generateKey(a.rand)
}

func pemCert(c *x509.Certificate) []byte {
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: c.Raw})
}
