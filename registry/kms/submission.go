package kms

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Domain separates unseal signatures of one deployment from any other: the
// chain and the Registry contract the KMS serves.
type Domain struct {
	ChainID  uint64
	Registry common.Address
}

// Nonce is the KMS's current unseal nonce: 32 random bytes, replaced after
// every accepted submission, so a submission is accepted at most once. It
// encodes in JSON as 0x-prefixed hex.
type Nonce [32]byte

// MarshalText encodes the nonce as 0x-prefixed hex.
func (n Nonce) MarshalText() ([]byte, error) { return hexutil.Bytes(n[:]).MarshalText() }

// UnmarshalText decodes 0x-prefixed hex of exactly 32 bytes.
func (n *Nonce) UnmarshalText(text []byte) error {
	var b hexutil.Bytes
	if err := b.UnmarshalText(text); err != nil {
		return fmt.Errorf("nonce: %w", err)
	}
	if len(b) != len(n) {
		return fmt.Errorf("nonce is %d bytes, want %d", len(b), len(n))
	}
	copy(n[:], b)
	return nil
}

// String returns the 0x-prefixed hex form.
func (n Nonce) String() string { return hexutil.Encode(n[:]) }

func newNonce() (Nonce, error) {
	var n Nonce
	if _, err := io.ReadFull(rand.Reader, n[:]); err != nil {
		return n, fmt.Errorf("kms: drawing an unseal nonce: %w", err)
	}
	return n, nil
}

// Submission is one custodian's unseal submission: the plaintext share
// (from DecryptShare), the nonce the KMS asked for, and the custodian's
// signature over UnsealMessage(domain, nonce, share).
type Submission struct {
	Share     []byte // ShareSize bytes; secret
	Nonce     Nonce
	Signature []byte // 65 bytes r ‖ s ‖ v, v ∈ {0, 1, 27, 28}, low s
}

// submissionJSON is the wire form of a Submission.
type submissionJSON struct {
	Share     hexutil.Bytes `json:"share"`
	Nonce     *Nonce        `json:"nonce"`
	Signature hexutil.Bytes `json:"signature"`
}

// MaxSubmissionSize bounds ParseSubmission's input; a real submission is
// about 420 bytes of JSON.
const MaxSubmissionSize = 4096

// MarshalJSON encodes {"share": "0x…", "nonce": "0x…", "signature": "0x…"}.
func (s *Submission) MarshalJSON() ([]byte, error) {
	return json.Marshal(submissionJSON{Share: s.Share, Nonce: &s.Nonce, Signature: s.Signature})
}

// ErrMalformedSubmission is wrapped by ParseSubmission for input that is
// not a well-formed submission.
var ErrMalformedSubmission = errors.New("malformed unseal submission")

// ParseSubmission decodes a submission's JSON strictly (no unknown or
// missing fields, nothing after the object) and checks the sizes and the
// share's format. It does not check the signature or the share's values:
// KMS.SubmitShare does.
func ParseSubmission(data []byte) (*Submission, error) {
	if len(data) > MaxSubmissionSize {
		return nil, fmt.Errorf("kms: %w: %d bytes, more than the %d allowed", ErrMalformedSubmission, len(data), MaxSubmissionSize)
	}
	var w submissionJSON
	if err := decodeStrictJSON(data, &w); err != nil {
		return nil, fmt.Errorf("kms: %w: %w", ErrMalformedSubmission, err)
	}
	switch {
	case w.Share == nil:
		return nil, fmt.Errorf("kms: %w: no share", ErrMalformedSubmission)
	case w.Nonce == nil:
		return nil, fmt.Errorf("kms: %w: no nonce", ErrMalformedSubmission)
	case w.Signature == nil:
		return nil, fmt.Errorf("kms: %w: no signature", ErrMalformedSubmission)
	case len(w.Signature) != crypto.SignatureLength:
		return nil, fmt.Errorf("kms: %w: signature is %d bytes, want %d", ErrMalformedSubmission, len(w.Signature), crypto.SignatureLength)
	}
	s, err := decodeShare(w.Share)
	if err != nil {
		clear(w.Share)
		return nil, fmt.Errorf("kms: %w: %w", ErrMalformedSubmission, err)
	}
	s.zero()
	return &Submission{Share: w.Share, Nonce: *w.Nonce, Signature: w.Signature}, nil
}

// UnsealMessage is the text a custodian signs, EIP-191 personal_sign style
// (keccak256("\x19Ethereum Signed Message:\n" ‖ len ‖ message)), so any
// Ethereum wallet can sign it and shows it readably:
//
//	teereg KMS unseal v1
//	chain: <chain id, decimal>
//	registry: <Registry address, EIP-55>
//	nonce: <0x + 64 hex digits>
//	share: <0x + hex sha256 of the plaintext share>
//
// Lines end with "\n", the last one included.
func UnsealMessage(d Domain, nonce Nonce, share []byte) string {
	digest := sha256.Sum256(share)
	return "teereg KMS unseal v1\n" +
		"chain: " + strconv.FormatUint(d.ChainID, 10) + "\n" +
		"registry: " + d.Registry.Hex() + "\n" +
		"nonce: " + nonce.String() + "\n" +
		"share: " + hexutil.Encode(digest[:]) + "\n"
}

// SignSubmission is the custodian's side: it signs the share for the
// KMS's current nonce (from its status endpoint) with the custodian's
// Ethereum key. d must come from the custodian's own configuration, not
// from the KMS.
func SignSubmission(custodianKey *ecdsa.PrivateKey, d Domain, nonce Nonce, share []byte) (*Submission, error) {
	if custodianKey == nil || custodianKey.Curve != crypto.S256() {
		return nil, errors.New("kms: signing a submission: custodian key is not a secp256k1 (Ethereum) key")
	}
	sig, err := crypto.Sign(accounts.TextHash([]byte(UnsealMessage(d, nonce, share))), custodianKey)
	if err != nil {
		return nil, fmt.Errorf("kms: signing a submission: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27 // as personal_sign wallets return it
	return &Submission{Share: bytes.Clone(share), Nonce: nonce, Signature: sig}, nil
}

// ErrBadSignature is wrapped when a submission's signature cannot be
// recovered to a signer.
var ErrBadSignature = errors.New("bad unseal signature")

// submissionSigner recovers the account that signed s for domain d.
func submissionSigner(d Domain, s *Submission) (common.Address, error) {
	if len(s.Signature) != crypto.SignatureLength {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want %d", ErrBadSignature, len(s.Signature), crypto.SignatureLength)
	}
	sig := bytes.Clone(s.Signature)
	v := sig[crypto.RecoveryIDOffset]
	if v >= 27 {
		v -= 27
	}
	r, ss := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	// homestead=true also rejects high s, so each message has one signature.
	if !crypto.ValidateSignatureValues(v, r, ss, true) {
		return common.Address{}, fmt.Errorf("%w: r, s or v out of range (v=%d, or s in the upper half)", ErrBadSignature, sig[crypto.RecoveryIDOffset])
	}
	sig[crypto.RecoveryIDOffset] = v
	pub, err := crypto.SigToPub(accounts.TextHash([]byte(UnsealMessage(d, s.Nonce, s.Share))), sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// decodeStrictJSON decodes exactly one JSON value into v, rejecting unknown
// fields and anything after the value.
func decodeStrictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("data after the JSON object")
	}
	return nil
}
