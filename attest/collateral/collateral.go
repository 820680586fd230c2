// Package collateral defines teereg's collateral file: the Intel DCAP
// collateral a verifier needs, besides the quote itself, to verify a TDX quote.
//
// The file is one JSON object whose values are all strings:
//
//	tcb_info                  the exact TCB info JSON body Intel signed ({"id":"TDX","version":3,...})
//	tcb_info_signature        hex, 64-byte raw r||s ECDSA P-256 signature over SHA-256(tcb_info)
//	tcb_info_issuer_chain     PEM: TCB Signing certificate, then root CA
//	qe_identity               the exact QE identity JSON body Intel signed ({"id":"TD_QE","version":2,...})
//	qe_identity_signature     hex, 64-byte raw r||s over SHA-256(qe_identity)
//	qe_identity_issuer_chain  PEM: TCB Signing certificate, then root CA
//	pck_crl_issuer_chain      PEM: PCK Platform (or Processor) CA, then root CA
//	root_ca_crl               hex DER CRL issued by the root CA
//	pck_crl                   hex DER CRL issued by the PCK CA
//
// tcb_info and qe_identity are kept as strings so that the signed bytes are
// preserved exactly; never re-encode them.
//
// Parse and Load check structure only (every field present, hex decodes,
// chains and CRLs parse); they verify no signature and trust nothing.
package collateral

import (
	"bytes"
	"crypto/x509"
	"encoding/hex"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// Field names, as they appear in the JSON file.
const (
	FieldTCBInfo               = "tcb_info"
	FieldTCBInfoSignature      = "tcb_info_signature"
	FieldTCBInfoIssuerChain    = "tcb_info_issuer_chain"
	FieldQEIdentity            = "qe_identity"
	FieldQEIdentitySignature   = "qe_identity_signature"
	FieldQEIdentityIssuerChain = "qe_identity_issuer_chain"
	FieldPCKCRLIssuerChain     = "pck_crl_issuer_chain"
	FieldRootCACRL             = "root_ca_crl"
	FieldPCKCRL                = "pck_crl"
	signatureSize              = 64
	maxFileSize                = 16 << 20 // far above any real collateral (~20 KiB)
	minIssuerChainCertificates = 2        // signer or CA, then root
	maxIssuerChainCertificates = 8
)

// Collateral is the collateral file. Field order matches the files in
// shared/testdata/tdx, so Marshal reproduces their key order.
type Collateral struct {
	PCKCRLIssuerChain     string `json:"pck_crl_issuer_chain"`
	RootCACRL             string `json:"root_ca_crl"`
	PCKCRL                string `json:"pck_crl"`
	TCBInfoIssuerChain    string `json:"tcb_info_issuer_chain"`
	TCBInfo               string `json:"tcb_info"`
	TCBInfoSignature      string `json:"tcb_info_signature"`
	QEIdentityIssuerChain string `json:"qe_identity_issuer_chain"`
	QEIdentity            string `json:"qe_identity"`
	QEIdentitySignature   string `json:"qe_identity_signature"`
}

// FieldError reports a problem with one field of a collateral file.
type FieldError struct {
	Field string // JSON name, e.g. "tcb_info_signature"
	Err   error
}

func (e *FieldError) Error() string { return fmt.Sprintf("collateral field %q: %v", e.Field, e.Err) }
func (e *FieldError) Unwrap() error { return e.Err }

// ErrMissing is wrapped by a FieldError for a field that is absent or empty.
var ErrMissing = errors.New("missing or empty")

// Load reads and parses a collateral file.
func Load(path string) (*Collateral, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("opening collateral file: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading collateral file %s: %w", path, err)
	}
	c, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("collateral file %s: %w", path, err)
	}
	return c, nil
}

// Parse decodes a collateral JSON object and validates its structure (see
// Validate). Keys must match the field names exactly (encoding/json alone would
// also accept "TCB_INFO" for "tcb_info"); unknown or duplicate keys, non-string
// values and data after the object are rejected, so a file cannot carry two
// different values for one field.
func Parse(data []byte) (*Collateral, error) {
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("collateral is %d bytes, more than the %d allowed", len(data), maxFileSize)
	}
	if err := checkKeys(data); err != nil {
		return nil, fmt.Errorf("decoding collateral JSON: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Collateral
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("decoding collateral JSON: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("decoding collateral JSON: unexpected data after the object")
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return &c, nil
}

// Marshal encodes the collateral as indented JSON, in the key order of the
// shared test vectors.
func (c *Collateral) Marshal() ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("encoding collateral: %w", err)
	}
	return buf.Bytes(), nil
}

// WriteFile validates the collateral and writes it to path.
func (c *Collateral) WriteFile(path string) error {
	if err := c.Validate(); err != nil {
		return err
	}
	data, err := c.Marshal()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return fmt.Errorf("writing collateral file: %w", err)
	}
	return nil
}

// Validate checks the structure of every field and returns the first problem
// as a *FieldError naming the field. It checks that the JSON bodies are JSON
// objects, signatures decode to 64 bytes, CRLs decode and parse, and issuer
// chains hold at least two PEM certificates that parse. It verifies no
// signature.
func (c *Collateral) Validate() error {
	if c == nil {
		return errors.New("collateral is nil")
	}
	checks := []struct {
		field string
		check func() error
	}{
		{FieldTCBInfo, func() error { return checkJSONObject(c.TCBInfo) }},
		{FieldTCBInfoSignature, func() error { _, err := decodeSignature(c.TCBInfoSignature); return err }},
		{FieldTCBInfoIssuerChain, func() error { _, err := ParseIssuerChain(c.TCBInfoIssuerChain); return err }},
		{FieldQEIdentity, func() error { return checkJSONObject(c.QEIdentity) }},
		{FieldQEIdentitySignature, func() error { _, err := decodeSignature(c.QEIdentitySignature); return err }},
		{FieldQEIdentityIssuerChain, func() error { _, err := ParseIssuerChain(c.QEIdentityIssuerChain); return err }},
		{FieldPCKCRLIssuerChain, func() error { _, err := ParseIssuerChain(c.PCKCRLIssuerChain); return err }},
		{FieldRootCACRL, func() error { _, err := decodeCRL(c.RootCACRL); return err }},
		{FieldPCKCRL, func() error { _, err := decodeCRL(c.PCKCRL); return err }},
	}
	for _, ch := range checks {
		if err := ch.check(); err != nil {
			return &FieldError{Field: ch.field, Err: err}
		}
	}
	return nil
}

// TCBInfoSignatureBytes decodes tcb_info_signature.
func (c *Collateral) TCBInfoSignatureBytes() ([64]byte, error) {
	return fieldSignature(FieldTCBInfoSignature, c.TCBInfoSignature)
}

// QEIdentitySignatureBytes decodes qe_identity_signature.
func (c *Collateral) QEIdentitySignatureBytes() ([64]byte, error) {
	return fieldSignature(FieldQEIdentitySignature, c.QEIdentitySignature)
}

// RootCACRLDER decodes root_ca_crl to DER.
func (c *Collateral) RootCACRLDER() ([]byte, error) { return fieldDER(FieldRootCACRL, c.RootCACRL) }

// PCKCRLDER decodes pck_crl to DER.
func (c *Collateral) PCKCRLDER() ([]byte, error) { return fieldDER(FieldPCKCRL, c.PCKCRL) }

// ParseRootCACRL decodes and parses root_ca_crl.
func (c *Collateral) ParseRootCACRL() (*x509.RevocationList, error) {
	return fieldCRL(FieldRootCACRL, c.RootCACRL)
}

// ParsePCKCRL decodes and parses pck_crl.
func (c *Collateral) ParsePCKCRL() (*x509.RevocationList, error) {
	return fieldCRL(FieldPCKCRL, c.PCKCRL)
}

// TCBInfoIssuerCerts parses tcb_info_issuer_chain (signing certificate first, root last).
func (c *Collateral) TCBInfoIssuerCerts() ([]*x509.Certificate, error) {
	return fieldChain(FieldTCBInfoIssuerChain, c.TCBInfoIssuerChain)
}

// QEIdentityIssuerCerts parses qe_identity_issuer_chain (signing certificate first, root last).
func (c *Collateral) QEIdentityIssuerCerts() ([]*x509.Certificate, error) {
	return fieldChain(FieldQEIdentityIssuerChain, c.QEIdentityIssuerChain)
}

// PCKCRLIssuerCerts parses pck_crl_issuer_chain (PCK CA first, root last).
func (c *Collateral) PCKCRLIssuerCerts() ([]*x509.Certificate, error) {
	return fieldChain(FieldPCKCRLIssuerChain, c.PCKCRLIssuerChain)
}

// ParseCertChain parses concatenated PEM CERTIFICATE blocks. Whitespace and
// NUL bytes around and between blocks are allowed (quotes carry a trailing
// NUL); anything else, or a block of another type, is an error.
func ParseCertChain(data []byte) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := data
	for {
		rest = bytes.TrimLeft(rest, " \t\r\n\x00")
		if len(rest) == 0 {
			break
		}
		if !bytes.HasPrefix(rest, []byte("-----BEGIN ")) {
			return nil, fmt.Errorf("certificate %d: expected a PEM block, found %q", len(certs)+1, preview(rest))
		}
		block, next := pem.Decode(rest)
		if block == nil {
			return nil, fmt.Errorf("certificate %d: malformed PEM block", len(certs)+1)
		}
		if block.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("certificate %d: PEM block type is %q, want CERTIFICATE", len(certs)+1, block.Type)
		}
		cert, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, fmt.Errorf("certificate %d: %w", len(certs)+1, err)
		}
		certs = append(certs, cert)
		rest = next
	}
	if len(certs) == 0 {
		return nil, errors.New("no PEM certificate found")
	}
	return certs, nil
}

// ParseIssuerChain parses a collateral issuer chain: 2 to 8 PEM certificates,
// issuer of the signed item first and root last.
func ParseIssuerChain(s string) ([]*x509.Certificate, error) {
	if strings.TrimSpace(s) == "" {
		return nil, ErrMissing
	}
	certs, err := ParseCertChain([]byte(s))
	if err != nil {
		return nil, err
	}
	if len(certs) < minIssuerChainCertificates || len(certs) > maxIssuerChainCertificates {
		return nil, fmt.Errorf("chain has %d certificates, want %d to %d (issuer first, root last)",
			len(certs), minIssuerChainCertificates, maxIssuerChainCertificates)
	}
	return certs, nil
}

// checkKeys walks the top-level object and rejects keys that are not exactly
// one of the field names, and repeated keys.
func checkKeys(data []byte) error {
	known := map[string]bool{
		FieldTCBInfo: true, FieldTCBInfoSignature: true, FieldTCBInfoIssuerChain: true,
		FieldQEIdentity: true, FieldQEIdentitySignature: true, FieldQEIdentityIssuerChain: true,
		FieldPCKCRLIssuerChain: true, FieldRootCACRL: true, FieldPCKCRL: true,
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return fmt.Errorf("want a JSON object, found %v", tok)
	}
	seen := make(map[string]bool)
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, ok := tok.(string)
		if !ok {
			return fmt.Errorf("unexpected token %v", tok)
		}
		if !known[key] {
			return fmt.Errorf("unknown field %q", key)
		}
		if seen[key] {
			return fmt.Errorf("duplicate field %q", key)
		}
		seen[key] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("field %q: %w", key, err)
		}
	}
	return nil
}

func checkJSONObject(s string) error {
	t := strings.TrimSpace(s)
	if t == "" {
		return ErrMissing
	}
	if t[0] != '{' || !json.Valid([]byte(t)) {
		return fmt.Errorf("not a JSON object: %q", preview([]byte(t)))
	}
	return nil
}

func decodeHex(s string) ([]byte, error) {
	if s == "" {
		return nil, ErrMissing
	}
	b, err := hex.DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("invalid hex: %w", err)
	}
	return b, nil
}

func decodeSignature(s string) ([64]byte, error) {
	var sig [64]byte
	b, err := decodeHex(s)
	if err != nil {
		return sig, err
	}
	if len(b) != signatureSize {
		return sig, fmt.Errorf("signature is %d bytes, want %d (raw r||s)", len(b), signatureSize)
	}
	copy(sig[:], b)
	return sig, nil
}

func decodeCRL(s string) (*x509.RevocationList, error) {
	der, err := decodeHex(s)
	if err != nil {
		return nil, err
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil {
		return nil, fmt.Errorf("parsing DER CRL: %w", err)
	}
	return crl, nil
}

func fieldSignature(field, s string) ([64]byte, error) {
	sig, err := decodeSignature(s)
	if err != nil {
		return sig, &FieldError{Field: field, Err: err}
	}
	return sig, nil
}

func fieldDER(field, s string) ([]byte, error) {
	b, err := decodeHex(s)
	if err != nil {
		return nil, &FieldError{Field: field, Err: err}
	}
	return b, nil
}

func fieldCRL(field, s string) (*x509.RevocationList, error) {
	crl, err := decodeCRL(s)
	if err != nil {
		return nil, &FieldError{Field: field, Err: err}
	}
	return crl, nil
}

func fieldChain(field, s string) ([]*x509.Certificate, error) {
	certs, err := ParseIssuerChain(s)
	if err != nil {
		return nil, &FieldError{Field: field, Err: err}
	}
	return certs, nil
}

func preview(b []byte) string {
	const n = 32
	if len(b) > n {
		return string(b[:n]) + "..."
	}
	return string(b)
}
