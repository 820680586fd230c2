package kms

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/rand"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/group"
	"github.com/cloudflare/circl/secretsharing"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/ecies"
)

// Both private keys are P-256 scalars, so each is Shamir-shared directly
// over the P-256 scalar field with circl's secretsharing package, and the
// sharing polynomials are committed to (Feldman): commitment j is a_j·G for
// coefficient a_j. Commitment 0 is therefore the public key itself, and
// every share can be checked on its own against the public commitments
// before it is counted.

// MaxCustodians bounds N: a share index is one byte.
const MaxCustodians = 255

// maxCACertificateSize is the Registry's MAX_CA_CERTIFICATE_SIZE.
const maxCACertificateSize = 4096

// ManifestVersion is the version of the Manifest format this build writes
// and reads.
const ManifestVersion = 1

// Share (plaintext, what a custodian decrypts and submits), version 1:
//
//	offset  size  field
//	0       1     version 0x01
//	1       1     index i, 1..N (the Shamir x coordinate; custodian i of the manifest)
//	2       1     threshold M
//	3       32    key set id: sha256(secretsPublicKey ‖ caCertificate)
//	35      32    share of the secrets key, f_s(i) mod n, big-endian
//	67      32    share of the CA key, f_c(i) mod n, big-endian
const (
	shareVersion = 0x01
	// ShareSize is the size of a plaintext share.
	ShareSize = 3 + 32 + 2*scalarSize
)

// Encrypted share: "TRK" ‖ 0x01 ‖ ECIES ciphertext (go-ethereum crypto/ecies
// on secp256k1: AES-128-CTR, HMAC-SHA-256) with s1 = shareECIESInfo and s2 =
// the four header bytes.
var encryptedShareHeader = []byte{'T', 'R', 'K', 0x01}

const shareECIESInfo = "teereg kms share v1"

// maxEncryptedShareSize is far above the real size (4 + 65 + 16 + 99 + 32).
const maxEncryptedShareSize = 1024

// Manifest is the public output of Split that the sealed KMS needs: the key
// set's PKI, the threshold, which custodian holds which share, and the
// Feldman commitments that let the KMS check each share as it arrives. It
// holds no secret; keep it with the registry's configuration (or publish it
// as an artifact). Its PKI must be the one on chain (NewSealed checks).
type Manifest struct {
	Version   int `json:"version"`
	Threshold int `json:"threshold"`
	// Custodians[i] holds share i+1 and is the only account whose
	// submission of it is accepted.
	Custodians       []common.Address `json:"custodians"`
	CACertificate    hexutil.Bytes    `json:"caCertificate"`
	SecretsPublicKey hexutil.Bytes    `json:"secretsPublicKey"`
	// Commitments to the sharing polynomials of the secrets key and the
	// CA key, Threshold uncompressed P-256 points each; entry 0 is the
	// public key.
	SecretsCommitments []hexutil.Bytes `json:"secretsCommitments"`
	CACommitments      []hexutil.Bytes `json:"caCommitments"`
}

// PKI returns the manifest's CA certificate and secrets public key.
func (m *Manifest) PKI() PKI {
	return PKI{CACertificate: bytes.Clone(m.CACertificate), SecretsPublicKey: bytes.Clone(m.SecretsPublicKey)}
}

// Marshal encodes the manifest as indented JSON.
func (m *Manifest) Marshal() ([]byte, error) {
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("kms: encoding the manifest: %w", err)
	}
	return append(b, '\n'), nil
}

// maxManifestSize bounds ParseManifest's input: 255 custodians and 2×255
// commitments as hex come to about 80 KiB.
const maxManifestSize = 256 * 1024

// ParseManifest decodes and validates a manifest (see Manifest.validate):
// strict JSON, no unknown fields, nothing after the object.
func ParseManifest(data []byte) (*Manifest, error) {
	if len(data) > maxManifestSize {
		return nil, fmt.Errorf("kms: manifest is %d bytes, more than the %d allowed", len(data), maxManifestSize)
	}
	var m Manifest
	if err := decodeStrictJSON(data, &m); err != nil {
		return nil, fmt.Errorf("kms: manifest: %w", err)
	}
	if _, err := m.parse(); err != nil {
		return nil, fmt.Errorf("kms: manifest: %w", err)
	}
	return &m, nil
}

// parsedManifest is a validated manifest in usable form.
type parsedManifest struct {
	threshold          int
	custodians         []common.Address
	pki                PKI
	setID              [32]byte
	caPub              *ecdsa.PublicKey
	secretsCommitments secretsharing.SecretCommitment
	caCommitments      secretsharing.SecretCommitment
}

// parse validates m and returns the parsed form.
func (m *Manifest) parse() (*parsedManifest, error) {
	if m.Version != ManifestVersion {
		return nil, fmt.Errorf("version %d, this build reads version %d", m.Version, ManifestVersion)
	}
	n := len(m.Custodians)
	if n < 1 || n > MaxCustodians {
		return nil, fmt.Errorf("%d custodians, want 1 to %d", n, MaxCustodians)
	}
	if m.Threshold < 1 || m.Threshold > n {
		return nil, fmt.Errorf("threshold %d, want 1 to the %d custodians", m.Threshold, n)
	}
	seen := make(map[common.Address]bool, n)
	for i, c := range m.Custodians {
		if c == (common.Address{}) {
			return nil, fmt.Errorf("custodian %d is the zero address", i+1)
		}
		if seen[c] {
			return nil, fmt.Errorf("custodian %s appears twice", c)
		}
		seen[c] = true
	}
	if len(m.CACertificate) > maxCACertificateSize {
		return nil, fmt.Errorf("CA certificate is %d bytes, more than the %d the Registry accepts", len(m.CACertificate), maxCACertificateSize)
	}
	cert, err := parseCACert(m.CACertificate)
	if err != nil {
		return nil, err
	}
	caPub := cert.PublicKey.(*ecdsa.PublicKey) // parseCACert checked the type
	if _, err := secretsKEM().UnmarshalBinaryPublicKey(m.SecretsPublicKey); err != nil {
		return nil, fmt.Errorf("secrets public key is not an uncompressed P-256 point: %w", err)
	}
	caPubBytes, err := caPub.Bytes()
	if err != nil {
		return nil, fmt.Errorf("encoding the CA public key: %w", err)
	}
	sc, err := parseCommitments("secrets", m.SecretsCommitments, m.Threshold, m.SecretsPublicKey)
	if err != nil {
		return nil, err
	}
	cc, err := parseCommitments("CA", m.CACommitments, m.Threshold, caPubBytes)
	if err != nil {
		return nil, err
	}
	pki := m.PKI()
	return &parsedManifest{
		threshold:          m.Threshold,
		custodians:         append([]common.Address(nil), m.Custodians...),
		pki:                pki,
		setID:              keySetID(pki),
		caPub:              caPub,
		secretsCommitments: sc,
		caCommitments:      cc,
	}, nil
}

func parseCommitments(what string, raw []hexutil.Bytes, threshold int, public []byte) (secretsharing.SecretCommitment, error) {
	if len(raw) != threshold {
		return nil, fmt.Errorf("%d %s key commitments, want one per threshold unit (%d)", len(raw), what, threshold)
	}
	out := make(secretsharing.SecretCommitment, len(raw))
	for i, r := range raw {
		if len(r) != pointSize || r[0] != 0x04 {
			return nil, fmt.Errorf("%s key commitment %d is not an uncompressed P-256 point", what, i)
		}
		e := group.P256.NewElement()
		if err := e.UnmarshalBinary(r); err != nil {
			return nil, fmt.Errorf("%s key commitment %d is not a P-256 point: %w", what, i, err)
		}
		out[i] = e
	}
	if !bytes.Equal(raw[0], public) {
		return nil, fmt.Errorf("%s key commitment 0 is not the %s public key", what, what)
	}
	return out, nil
}

// keySetID names a key set: sha256(secretsPublicKey ‖ caCertificate). The
// public key has a fixed length, so the concatenation is unambiguous.
func keySetID(p PKI) [32]byte {
	h := sha256.New()
	h.Write(p.SecretsPublicKey)
	h.Write(p.CACertificate)
	return [32]byte(h.Sum(nil))
}

// EncryptedShare is one custodian's share, encrypted to the custodian's
// Ethereum key.
type EncryptedShare struct {
	Index      int            // 1..N: the share's Shamir index
	Custodian  common.Address // the account whose key can decrypt it
	Ciphertext []byte         // "TRK" ‖ 0x01 ‖ ECIES ciphertext; see DecryptShare
}

// SplitResult is Split's output: the public manifest and one encrypted
// share per custodian, in the custodians' order.
type SplitResult struct {
	Manifest *Manifest
	Shares   []EncryptedShare
}

// Split generates a fresh key set (secrets key, CA key, CA certificate from
// ca), splits both private keys M-of-N with threshold M = threshold among
// the N custodians, and encrypts share i to custodians[i-1] (a secp256k1
// Ethereum public key). The private keys are not returned: from now on only
// threshold custodians together can bring them back, into a sealed KMS.
func Split(threshold int, custodians []*ecdsa.PublicKey, ca CAConfig) (*SplitResult, error) {
	if _, err := checkCustodianKeys(threshold, custodians); err != nil {
		return nil, fmt.Errorf("kms: split: %w", err)
	}
	keys, err := GenerateKeysWithCA(ca)
	if err != nil {
		return nil, err
	}
	return splitKeys(keys, threshold, custodians)
}

func checkCustodianKeys(threshold int, custodians []*ecdsa.PublicKey) ([]*ecdsa.PublicKey, error) {
	n := len(custodians)
	if n < 1 || n > MaxCustodians {
		return nil, fmt.Errorf("%d custodians, want 1 to %d", n, MaxCustodians)
	}
	if threshold < 1 || threshold > n {
		return nil, fmt.Errorf("threshold %d, want 1 to the %d custodians", threshold, n)
	}
	out := make([]*ecdsa.PublicKey, n)
	seen := make(map[common.Address]bool, n)
	for i, pub := range custodians {
		if pub == nil || pub.X == nil || pub.Y == nil {
			return nil, fmt.Errorf("custodian %d: no public key", i+1)
		}
		if pub.Curve != crypto.S256() {
			return nil, fmt.Errorf("custodian %d: key is not on secp256k1 (an Ethereum key)", i+1)
		}
		// Re-parse to check the point is on the curve.
		k, err := crypto.UnmarshalPubkey(crypto.FromECDSAPub(pub))
		if err != nil {
			return nil, fmt.Errorf("custodian %d: %w", i+1, err)
		}
		addr := crypto.PubkeyToAddress(*k)
		if seen[addr] {
			return nil, fmt.Errorf("custodian %s appears twice", addr)
		}
		seen[addr] = true
		out[i] = k
	}
	return out, nil
}

// splitKeys shares keys among the custodians; see Split.
func splitKeys(keys *Keys, threshold int, custodianKeys []*ecdsa.PublicKey) (*SplitResult, error) {
	custodians, err := checkCustodianKeys(threshold, custodianKeys)
	if err != nil {
		return nil, fmt.Errorf("kms: split: %w", err)
	}
	secretsRaw, err := keys.secrets.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("kms: split: encoding the secrets key: %w", err)
	}
	defer clear(secretsRaw)
	caRaw, err := keys.ca.Bytes()
	if err != nil {
		return nil, fmt.Errorf("kms: split: encoding the CA key: %w", err)
	}
	defer clear(caRaw)

	t := uint(threshold - 1) // circl's t: any t+1 shares recover the secret
	n := uint(len(custodians))
	secretsShares, secretsCommit, err := shareScalar(secretsRaw, t, n)
	if err != nil {
		return nil, fmt.Errorf("kms: split: secrets key: %w", err)
	}
	defer zeroShares(secretsShares)
	caShares, caCommit, err := shareScalar(caRaw, t, n)
	if err != nil {
		return nil, fmt.Errorf("kms: split: CA key: %w", err)
	}
	defer zeroShares(caShares)

	pki := keys.PKI()
	m := &Manifest{
		Version:          ManifestVersion,
		Threshold:        threshold,
		CACertificate:    pki.CACertificate,
		SecretsPublicKey: pki.SecretsPublicKey,
	}
	for _, c := range secretsCommit {
		b, err := c.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("kms: split: encoding a commitment: %w", err)
		}
		m.SecretsCommitments = append(m.SecretsCommitments, b)
	}
	for _, c := range caCommit {
		b, err := c.MarshalBinary()
		if err != nil {
			return nil, fmt.Errorf("kms: split: encoding a commitment: %w", err)
		}
		m.CACommitments = append(m.CACommitments, b)
	}
	setID := keySetID(pki)
	res := &SplitResult{Manifest: m}
	for i, pub := range custodians {
		addr := crypto.PubkeyToAddress(*pub)
		m.Custodians = append(m.Custodians, addr)
		plain, err := encodeShare(i+1, threshold, setID, secretsShares[i].Value, caShares[i].Value)
		if err != nil {
			return nil, fmt.Errorf("kms: split: share %d: %w", i+1, err)
		}
		ct, err := ecies.Encrypt(rand.Reader, ecies.ImportECDSAPublic(pub), plain, []byte(shareECIESInfo), encryptedShareHeader)
		clear(plain)
		if err != nil {
			return nil, fmt.Errorf("kms: split: encrypting share %d to %s: %w", i+1, addr, err)
		}
		res.Shares = append(res.Shares, EncryptedShare{
			Index:      i + 1,
			Custodian:  addr,
			Ciphertext: append(bytes.Clone(encryptedShareHeader), ct...),
		})
	}
	// The manifest must describe what was split: check it as the KMS will.
	if _, err := m.parse(); err != nil {
		return nil, fmt.Errorf("kms: split: produced an invalid manifest: %w", err)
	}
	return res, nil
}

// shareScalar Shamir-shares the big-endian P-256 scalar raw with circl's
// t-of-(t+1) convention and returns the shares and the Feldman commitments.
func shareScalar(raw []byte, t, n uint) ([]secretsharing.Share, secretsharing.SecretCommitment, error) {
	s := group.P256.NewScalar()
	if err := s.UnmarshalBinary(raw); err != nil {
		return nil, nil, fmt.Errorf("not a P-256 scalar: %w", err)
	}
	defer s.SetUint64(0)
	ss := secretsharing.New(rand.Reader, t, s)
	return ss.Share(n), ss.CommitSecret(), nil
}

func zeroShares(shares []secretsharing.Share) {
	for _, s := range shares {
		s.Value.SetUint64(0)
	}
}

// share is a decoded plaintext share.
type share struct {
	index     int
	threshold int
	setID     [32]byte
	secrets   group.Scalar // share of the secrets key
	ca        group.Scalar // share of the CA key
}

func (s *share) zero() {
	s.secrets.SetUint64(0)
	s.ca.SetUint64(0)
}

func encodeShare(index, threshold int, setID [32]byte, secrets, ca group.Scalar) ([]byte, error) {
	b := make([]byte, 0, ShareSize)
	b = append(b, shareVersion, byte(index), byte(threshold))
	b = append(b, setID[:]...)
	for _, s := range []group.Scalar{secrets, ca} {
		v, err := s.MarshalBinary()
		if err != nil {
			return nil, err
		}
		if len(v) != scalarSize {
			return nil, fmt.Errorf("scalar encodes to %d bytes, want %d", len(v), scalarSize)
		}
		b = append(b, v...)
		clear(v)
	}
	return b, nil
}

// ErrMalformedShare is wrapped when bytes are not a version 1 share.
var ErrMalformedShare = errors.New("malformed share")

func decodeShare(b []byte) (*share, error) {
	if len(b) != ShareSize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrMalformedShare, len(b), ShareSize)
	}
	if b[0] != shareVersion {
		return nil, fmt.Errorf("%w: version %d, this build reads version %d", ErrMalformedShare, b[0], shareVersion)
	}
	s := &share{index: int(b[1]), threshold: int(b[2]), setID: [32]byte(b[3:35])}
	if s.index == 0 {
		return nil, fmt.Errorf("%w: index 0 (the secret itself is never a share)", ErrMalformedShare)
	}
	if s.threshold == 0 || s.threshold > MaxCustodians {
		return nil, fmt.Errorf("%w: threshold %d", ErrMalformedShare, s.threshold)
	}
	s.secrets = group.P256.NewScalar()
	if err := s.secrets.UnmarshalBinary(b[35:67]); err != nil {
		return nil, fmt.Errorf("%w: secrets key share is not reduced modulo the P-256 order", ErrMalformedShare)
	}
	s.ca = group.P256.NewScalar()
	if err := s.ca.UnmarshalBinary(b[67:99]); err != nil {
		s.secrets.SetUint64(0)
		return nil, fmt.Errorf("%w: CA key share is not reduced modulo the P-256 order", ErrMalformedShare)
	}
	return s, nil
}

// shareIDScalar is the Shamir x coordinate of share index i.
func shareIDScalar(i int) group.Scalar {
	return group.P256.NewScalar().SetUint64(uint64(i))
}

// DecryptShare is the custodian's side of unsealing: it decrypts an
// encrypted share with the custodian's Ethereum (secp256k1) private key and
// returns the plaintext share to put in a Submission. The result is secret:
// clear it when done.
func DecryptShare(custodianKey *ecdsa.PrivateKey, encryptedShare []byte) ([]byte, error) {
	if custodianKey == nil || custodianKey.Curve != crypto.S256() {
		return nil, errors.New("kms: decrypting a share: custodian key is not a secp256k1 (Ethereum) key")
	}
	if len(encryptedShare) > maxEncryptedShareSize {
		return nil, fmt.Errorf("kms: decrypting a share: %d bytes, more than the %d an encrypted share has", len(encryptedShare), maxEncryptedShareSize)
	}
	if !bytes.HasPrefix(encryptedShare, encryptedShareHeader) {
		return nil, fmt.Errorf("kms: decrypting a share: not a version 1 encrypted share (header %x, want %x)",
			encryptedShare[:min(len(encryptedShare), len(encryptedShareHeader))], encryptedShareHeader)
	}
	plain, err := ecies.ImportECDSA(custodianKey).Decrypt(encryptedShare[len(encryptedShareHeader):], []byte(shareECIESInfo), encryptedShareHeader)
	if err != nil {
		return nil, fmt.Errorf("kms: decrypting a share: encrypted to another key, or altered: %w", err)
	}
	s, err := decodeShare(plain)
	if err != nil {
		clear(plain)
		return nil, fmt.Errorf("kms: decrypting a share: %w", err)
	}
	s.zero()
	return plain, nil
}
