package registry

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/hpke"
	"github.com/ethereum/go-ethereum/common"
)

// The wire protocol (docs/registry.md, docs/openapi.yaml).
//
//	POST /v1/challenge  → {"nonce": b64(32 bytes), "expiresAt": unix seconds}
//	POST /v1/provision  {"publicKey": b64(65), "nonce": b64(32), "csr": b64(DER), "signature": b64(ASN.1 DER ECDSA)}
//	                    → 200 {"enc": b64, "ciphertext": b64}, or {"code": Code, "error": text}
//
// The signature is ECDSA P-256 with SHA-256 over the message
// ProvisionDomain ‖ nonce ‖ sha256(CSR DER) (83 bytes), ASN.1 DER encoded,
// by the instance's attested key. The answer is a Provisioning (JSON), sealed
// with HPKE base mode (RFC 9180), DHKEM(P-256, HKDF-SHA256) / HKDF-SHA256 /
// AES-256-GCM, to the same key, with info ProvisionDomain and aad the nonce.
const (
	// ProvisionDomain separates provisioning signatures and HPKE contexts from
	// every other use of the instance key.
	ProvisionDomain = "teereg provision v1"

	// NonceSize is the size of a challenge nonce.
	NonceSize = 32
	// PublicKeySize is the size of an uncompressed P-256 point, the form the
	// Registry stores attested keys in.
	PublicKeySize = 65
	// MaxSignatureSize bounds an ASN.1 DER P-256 ECDSA signature (72 bytes at
	// most; a little slack for the tag and length bytes).
	MaxSignatureSize = 80
	// MaxCSRSize bounds the CSR.
	MaxCSRSize = 16 << 10
	// MaxRequestSize bounds the body of POST /v1/provision.
	MaxRequestSize = 64 << 10
)

// Code is the machine-readable reason of a refusal.
type Code string

// Refusal codes. The 403 ones say the chain (or the request) does not allow
// this instance to be provisioned now; the 5xx ones are the registry's own
// state.
const (
	CodeUnknownInstance       Code = "unknown_instance"        // 403: no such instance on chain
	CodeRevoked               Code = "revoked"                 // 403: revoked, or invalidated for a failed quote
	CodeExpired               Code = "expired"                 // 403: past expiresAt (block time or wall clock), or status Expired
	CodeWorkloadNotAllowed    Code = "workload_not_allowed"    // 403: the workload is not allowlisted
	CodeOperatorNotAuthorized Code = "operator_not_authorized" // 403: the operator lost the operator role
	CodeTCBNotAccepted        Code = "tcb_not_accepted"        // 403: the TCB status is not in the policy
	CodeStaleChainView        Code = "stale_chain_view"        // 403: the registry cannot establish the chain's state (stale or disagreeing views)
	CodeBadSignature          Code = "bad_signature"           // 403: the request signature does not verify
	CodeReplayedNonce         Code = "replayed_nonce"          // 403: the nonce is unknown, expired or used

	CodeBadRequest        Code = "bad_request"         // 400: malformed request body
	CodeBadCSR            Code = "bad_csr"             // 400: the CSR does not parse, verify or has a refused key type
	CodeRequestTooLarge   Code = "request_too_large"   // 413
	CodeTooManyChallenges Code = "too_many_challenges" // 503: the outstanding-challenge limit is reached
	CodeKMSSealed         Code = "kms_sealed"          // 503: the KMS waits for custodian shares
	CodePKIMismatch       Code = "pki_mismatch"        // 503: the on-chain PKI is not the KMS's
	CodeConfigUnavailable Code = "config_unavailable"  // 502: no storage backend served the configuration
	CodeConfigInvalid     Code = "config_invalid"      // 502: the configuration template or a secret it names is unusable
	CodeAuditUnavailable  Code = "audit_unavailable"   // 500: the grant could not be audited, so it is not given
	CodeInternal          Code = "internal_error"      // 500
)

// ChallengeResponse is the answer of POST /v1/challenge.
type ChallengeResponse struct {
	Nonce     []byte `json:"nonce"`     // NonceSize bytes, standard base64
	ExpiresAt int64  `json:"expiresAt"` // Unix seconds
}

// ProvisionRequest is the body of POST /v1/provision. Byte fields are
// standard base64 (with padding) in JSON.
type ProvisionRequest struct {
	PublicKey []byte `json:"publicKey"` // the attested key, uncompressed P-256 point
	Nonce     []byte `json:"nonce"`     // from POST /v1/challenge
	CSR       []byte `json:"csr"`       // PKCS #10, DER
	Signature []byte `json:"signature"` // SignProvision's output
}

// ProvisionResponse is the 200 answer of POST /v1/provision: a Provisioning,
// sealed to the instance key.
type ProvisionResponse struct {
	Enc        []byte `json:"enc"`        // HPKE encapsulated key (65 bytes)
	Ciphertext []byte `json:"ciphertext"` // AES-256-GCM ciphertext of the Provisioning JSON, tag included
}

// ErrorResponse is every non-200 answer.
type ErrorResponse struct {
	Code  Code   `json:"code"`
	Error string `json:"error"`
}

// Provisioning is what an instance receives, once opened.
type Provisioning struct {
	InstanceID common.Hash `json:"instanceId"` // sha256 of the attested key
	WorkloadID common.Hash `json:"workloadId"`
	Label      string      `json:"label"`
	DNSName    string      `json:"dnsName"`    // <label>.<zone>, the certificate's SAN
	ConfigHash common.Hash `json:"configHash"` // the on-chain hash of the configuration template
	// Config is the resolved configuration: the template whose sha256 is
	// ConfigHash with every {{ secret "…" }} replaced by the secret.
	Config []byte `json:"config"`
	// Certificate is the PEM chain: the instance certificate, then the app CA.
	Certificate string `json:"certificate"`
	// ExpiresAt is the instance record's expiry on chain, Unix seconds; the
	// certificate never outlives it.
	ExpiresAt uint64 `json:"expiresAt"`
}

// provisionSuite is the HPKE suite of provisioning answers.
var provisionSuite = hpke.NewSuite(hpke.KEM_P256_HKDF_SHA256, hpke.KDF_HKDF_SHA256, hpke.AEAD_AES256GCM)

// InstanceID is the Registry's instance id: sha256 of the uncompressed key.
func InstanceID(publicKey []byte) common.Hash { return sha256.Sum256(publicKey) }

// SigningMessage is what the instance signs:
// ProvisionDomain ‖ nonce ‖ sha256(csrDER).
func SigningMessage(nonce, csrDER []byte) []byte {
	h := sha256.Sum256(csrDER)
	msg := make([]byte, 0, len(ProvisionDomain)+len(nonce)+len(h))
	msg = append(msg, ProvisionDomain...)
	msg = append(msg, nonce...)
	return append(msg, h[:]...)
}

// SignProvision signs a provisioning request with the instance key: ECDSA
// P-256 over sha256(SigningMessage(nonce, csrDER)), ASN.1 DER.
func SignProvision(key *ecdsa.PrivateKey, nonce, csrDER []byte) ([]byte, error) {
	if key == nil || key.Curve != elliptic.P256() {
		return nil, errors.New("registry: the instance key must be an ECDSA P-256 key")
	}
	if len(nonce) != NonceSize {
		return nil, fmt.Errorf("registry: nonce is %d bytes, want %d", len(nonce), NonceSize)
	}
	digest := sha256.Sum256(SigningMessage(nonce, csrDER))
	return ecdsa.SignASN1(rand.Reader, key, digest[:])
}

// VerifyProvision checks SignProvision's signature.
func VerifyProvision(pub *ecdsa.PublicKey, nonce, csrDER, sig []byte) bool {
	if pub == nil || len(nonce) != NonceSize || len(sig) == 0 || len(sig) > MaxSignatureSize {
		return false
	}
	digest := sha256.Sum256(SigningMessage(nonce, csrDER))
	return ecdsa.VerifyASN1(pub, digest[:], sig)
}

// ParsePublicKey parses an attested key: an uncompressed P-256 point.
func ParsePublicKey(b []byte) (*ecdsa.PublicKey, error) {
	if len(b) != PublicKeySize || b[0] != 0x04 {
		return nil, fmt.Errorf("public key is %d bytes, want a %d-byte uncompressed P-256 point (0x04 ‖ X ‖ Y)", len(b), PublicKeySize)
	}
	pub, err := ecdsa.ParseUncompressedPublicKey(elliptic.P256(), b)
	if err != nil {
		return nil, fmt.Errorf("public key is not a P-256 point: %w", err)
	}
	return pub, nil
}

// sealProvisioning seals plaintext to the instance key (the uncompressed
// point) with info ProvisionDomain and aad nonce.
func sealProvisioning(publicKey, nonce, plaintext []byte) (*ProvisionResponse, error) {
	pk, err := hpke.KEM_P256_HKDF_SHA256.Scheme().UnmarshalBinaryPublicKey(publicKey)
	if err != nil {
		return nil, fmt.Errorf("instance key for HPKE: %w", err)
	}
	sender, err := provisionSuite.NewSender(pk, []byte(ProvisionDomain))
	if err != nil {
		return nil, fmt.Errorf("HPKE sender: %w", err)
	}
	enc, sealer, err := sender.Setup(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("HPKE encapsulation: %w", err)
	}
	ct, err := sealer.Seal(plaintext, nonce)
	if err != nil {
		return nil, fmt.Errorf("HPKE seal: %w", err)
	}
	return &ProvisionResponse{Enc: enc, Ciphertext: ct}, nil
}

// OpenProvisioning opens a sealed answer with the instance key; nonce is the
// challenge nonce the request was signed over.
func OpenProvisioning(key *ecdsa.PrivateKey, nonce []byte, resp *ProvisionResponse) ([]byte, error) {
	if key == nil || key.Curve != elliptic.P256() {
		return nil, errors.New("registry: the instance key must be an ECDSA P-256 key")
	}
	raw, err := key.Bytes()
	if err != nil {
		return nil, fmt.Errorf("registry: instance key: %w", err)
	}
	defer clear(raw)
	sk, err := hpke.KEM_P256_HKDF_SHA256.Scheme().UnmarshalBinaryPrivateKey(raw)
	if err != nil {
		return nil, fmt.Errorf("registry: instance key for HPKE: %w", err)
	}
	recv, err := provisionSuite.NewReceiver(sk, []byte(ProvisionDomain))
	if err != nil {
		return nil, fmt.Errorf("registry: HPKE receiver: %w", err)
	}
	opener, err := recv.Setup(resp.Enc)
	if err != nil {
		return nil, fmt.Errorf("registry: answer's encapsulated key: %w", err)
	}
	pt, err := opener.Open(resp.Ciphertext, nonce)
	if err != nil {
		return nil, errors.New("registry: answer does not open with the instance key and nonce (sealed to another key, or altered)")
	}
	return pt, nil
}
