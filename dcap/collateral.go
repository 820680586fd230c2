package dcap

import (
	"crypto/x509"
	"errors"
	"fmt"

	"github.com/teereg/teereg/attest/collateral"
)

// uploads is a collateral file decoded into the arguments of the collateral
// store's four upload functions, plus the certificates needed to judge them.
type uploads struct {
	rootCRL    []byte
	pckCRL     []byte
	pckCA      *x509.Certificate // first of pck_crl_issuer_chain: the PCK CRL's issuer
	tcbInfo    string
	tcbInfoSig []byte
	tcbSigner  *x509.Certificate // first of tcb_info_issuer_chain
	qeID       string
	qeIDSig    []byte
	qeSigner   *x509.Certificate // first of qe_identity_issuer_chain
	// roots are the last certificates of the issuer chains, candidates for the
	// pinned root (which one is pinned is the store's business).
	roots []*x509.Certificate
}

// prepare validates c's structure and decodes the upload arguments.
func prepare(c *collateral.Collateral) (*uploads, error) {
	if c == nil {
		return nil, errors.New("no collateral")
	}
	if err := c.Validate(); err != nil {
		return nil, fmt.Errorf("collateral: %w", err)
	}
	u := &uploads{tcbInfo: c.TCBInfo, qeID: c.QEIdentity}
	var err error
	if u.rootCRL, err = c.RootCACRLDER(); err != nil {
		return nil, fmt.Errorf("collateral: %w", err)
	}
	if u.pckCRL, err = c.PCKCRLDER(); err != nil {
		return nil, fmt.Errorf("collateral: %w", err)
	}
	tcbSig, err := c.TCBInfoSignatureBytes()
	if err != nil {
		return nil, fmt.Errorf("collateral: %w", err)
	}
	u.tcbInfoSig = tcbSig[:]
	qeSig, err := c.QEIdentitySignatureBytes()
	if err != nil {
		return nil, fmt.Errorf("collateral: %w", err)
	}
	u.qeIDSig = qeSig[:]
	chains := []struct {
		certs func() ([]*x509.Certificate, error)
		first **x509.Certificate
	}{
		{c.PCKCRLIssuerCerts, &u.pckCA},
		{c.TCBInfoIssuerCerts, &u.tcbSigner},
		{c.QEIdentityIssuerCerts, &u.qeSigner},
	}
	for _, ch := range chains {
		certs, err := ch.certs()
		if err != nil {
			return nil, fmt.Errorf("collateral: %w", err)
		}
		*ch.first = certs[0]
		u.roots = append(u.roots, certs[len(certs)-1])
	}
	return u, nil
}

// RootFromCollateral returns the root CA certificate that ends the
// collateral's TCB info issuer chain, if it is self-signed (its subject is its
// issuer and its signature verifies with its own key). It says nothing about
// whether that root is to be trusted: that is the caller's decision.
func RootFromCollateral(c *collateral.Collateral) (*x509.Certificate, error) {
	if c == nil {
		return nil, errors.New("no collateral")
	}
	certs, err := c.TCBInfoIssuerCerts()
	if err != nil {
		return nil, err
	}
	root := certs[len(certs)-1]
	if string(root.RawSubject) != string(root.RawIssuer) {
		return nil, fmt.Errorf("the last certificate of %s (%s) is not self-issued", collateral.FieldTCBInfoIssuerChain, root.Subject)
	}
	if err := root.CheckSignatureFrom(root); err != nil {
		return nil, fmt.Errorf("the last certificate of %s (%s) is not self-signed: %w", collateral.FieldTCBInfoIssuerChain, root.Subject, err)
	}
	return root, nil
}
