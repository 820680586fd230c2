package registry

import (
	"bytes"
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/x509"
	"encoding/json"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Client is the instance side of the protocol: the instance agent calls
// Provision with its attested key.
type Client struct {
	// BaseURL is the registry's public URL, e.g. https://registry.example.com.
	BaseURL string
	// HTTP sends the requests; nil means a client with a 30 s timeout.
	HTTP *http.Client
}

// maxAnswerSize bounds what the client reads of an answer: a configuration
// of storage.DefaultMaxSize, base64 encoded, plus the certificates.
const maxAnswerSize = 32 << 20

// RefusedError is a non-200 answer of the registry.
type RefusedError struct {
	StatusCode int
	Code       Code
	Message    string
}

func (e *RefusedError) Error() string {
	return fmt.Sprintf("registry refused (%d %s): %s", e.StatusCode, e.Code, e.Message)
}

// Temporary reports whether retrying later may succeed without any change
// on chain: the registry's view or state was the problem, or the nonce.
func (e *RefusedError) Temporary() bool {
	switch e.Code {
	case CodeStaleChainView, CodeReplayedNonce, CodeKMSSealed, CodeTooManyChallenges, CodeConfigUnavailable,
		CodePKIMismatch, CodeAuditUnavailable, CodeInternal:
		return true
	}
	return false
}

// Provisioned is an opened answer with its certificate chain parsed and
// checked.
type Provisioned struct {
	Provisioning
	// Leaf is the instance certificate; it certifies the CSR's key for
	// DNSName and is signed by CA.
	Leaf *x509.Certificate
	// CA is the app CA certificate the answer carries. Compare it with the
	// on-chain PKI before trusting it for peers.
	CA *x509.Certificate
}

// Provision is (&Client{BaseURL: baseURL}).Provision.
func Provision(ctx context.Context, baseURL string, key *ecdsa.PrivateKey, csrDER []byte) (*Provisioned, error) {
	return (&Client{BaseURL: baseURL}).Provision(ctx, key, csrDER)
}

// Provision gets a challenge, signs (nonce, csrDER) with key (the attested
// instance key), sends the provisioning request and opens the answer. The
// answer is checked: it is for this key's instance, and the certificate
// certifies the CSR's key, is signed by the CA that follows it and is
// valid now. A refusal is a *RefusedError.
func (c *Client) Provision(ctx context.Context, key *ecdsa.PrivateKey, csrDER []byte) (*Provisioned, error) {
	pub, err := key.PublicKey.Bytes()
	if err != nil {
		return nil, fmt.Errorf("registry client: instance key: %w", err)
	}
	csr, err := x509.ParseCertificateRequest(csrDER)
	if err != nil {
		return nil, fmt.Errorf("registry client: CSR: %w", err)
	}
	var ch ChallengeResponse
	if err := c.post(ctx, "/v1/challenge", nil, &ch); err != nil {
		return nil, err
	}
	if len(ch.Nonce) != NonceSize {
		return nil, fmt.Errorf("registry client: challenge nonce is %d bytes, want %d", len(ch.Nonce), NonceSize)
	}
	sig, err := SignProvision(key, ch.Nonce, csrDER)
	if err != nil {
		return nil, err
	}
	var sealed ProvisionResponse
	req := &ProvisionRequest{PublicKey: pub, Nonce: ch.Nonce, CSR: csrDER, Signature: sig}
	if err := c.post(ctx, "/v1/provision", req, &sealed); err != nil {
		return nil, err
	}
	plain, err := OpenProvisioning(key, ch.Nonce, &sealed)
	if err != nil {
		return nil, err
	}
	defer clear(plain)
	return checkProvisioning(plain, pub, csr.PublicKey, time.Now())
}

// checkProvisioning decodes an opened answer and checks it belongs to the
// instance key pub and certifies csrKey.
func checkProvisioning(plain, pub []byte, csrKey any, now time.Time) (*Provisioned, error) {
	var p Provisioned
	dec := json.NewDecoder(bytes.NewReader(plain))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p.Provisioning); err != nil {
		return nil, fmt.Errorf("registry client: answer: %w", err)
	}
	if p.InstanceID != InstanceID(pub) {
		return nil, fmt.Errorf("registry client: answer is for instance %s, this key is instance %s", p.InstanceID, InstanceID(pub))
	}
	var certs []*x509.Certificate
	rest := []byte(p.Certificate)
	for {
		var blk *pem.Block
		blk, rest = pem.Decode(rest)
		if blk == nil {
			break
		}
		if blk.Type != "CERTIFICATE" {
			return nil, fmt.Errorf("registry client: answer's chain holds a %q PEM block", blk.Type)
		}
		cert, err := x509.ParseCertificate(blk.Bytes)
		if err != nil {
			return nil, fmt.Errorf("registry client: answer's certificate: %w", err)
		}
		certs = append(certs, cert)
	}
	if len(strings.TrimSpace(string(rest))) != 0 || len(certs) != 2 {
		return nil, fmt.Errorf("registry client: answer's chain has %d certificates (want leaf and CA) or trailing data", len(certs))
	}
	p.Leaf, p.CA = certs[0], certs[1]
	if k, ok := p.Leaf.PublicKey.(interface{ Equal(crypto.PublicKey) bool }); !ok || !k.Equal(csrKey) {
		return nil, errors.New("registry client: the certificate does not certify the CSR's key")
	}
	roots := x509.NewCertPool()
	roots.AddCert(p.CA)
	if _, err := p.Leaf.Verify(x509.VerifyOptions{DNSName: p.DNSName, Roots: roots, CurrentTime: now,
		KeyUsages: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}); err != nil {
		return nil, fmt.Errorf("registry client: the certificate does not verify under the CA: %w", err)
	}
	return &p, nil
}

func (c *Client) post(ctx context.Context, path string, in, out any) error {
	var body io.Reader = http.NoBody
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return fmt.Errorf("registry client: %w", err)
		}
		body = bytes.NewReader(b)
	}
	url := strings.TrimSuffix(c.BaseURL, "/") + path
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, body)
	if err != nil {
		return fmt.Errorf("registry client: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	hc := c.HTTP
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second}
	}
	resp, err := hc.Do(req)
	if err != nil {
		return fmt.Errorf("registry client: POST %s: %w", url, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAnswerSize+1))
	if err != nil {
		return fmt.Errorf("registry client: POST %s: reading the answer: %w", url, err)
	}
	if len(data) > maxAnswerSize {
		return fmt.Errorf("registry client: POST %s: answer exceeds %d bytes", url, maxAnswerSize)
	}
	if resp.StatusCode != http.StatusOK {
		var e ErrorResponse
		if json.Unmarshal(data, &e) != nil || e.Code == "" {
			return &RefusedError{StatusCode: resp.StatusCode, Code: CodeInternal, Message: fmt.Sprintf("non-JSON answer: %.200q", data)}
		}
		return &RefusedError{StatusCode: resp.StatusCode, Code: e.Code, Message: e.Error}
	}
	if err := json.Unmarshal(data, out); err != nil {
		return fmt.Errorf("registry client: POST %s: answer: %w", url, err)
	}
	return nil
}
