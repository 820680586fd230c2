package kms

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"

	"github.com/cloudflare/circl/hpke"
	"github.com/cloudflare/circl/kem"
)

// Secret envelope, version 1 (docs/kms.md has the full description):
//
//	offset  size  field
//	0       3     magic "TRS"
//	3       1     version 0x01
//	4       2     HPKE KEM id  0x0010 DHKEM(P-256, HKDF-SHA256)
//	6       2     HPKE KDF id  0x0001 HKDF-SHA256
//	8       2     HPKE AEAD id 0x0002 AES-256-GCM
//	10      65    enc, the encapsulated key (uncompressed P-256 point)
//	75      n+16  AEAD ciphertext of the n-byte secret, tag included
//
// HPKE base mode (RFC 9180), info = SecretInfo, aad = the 10 header bytes.
const (
	envelopeVersion    = 0x01
	envelopeHeaderSize = 10
	pointSize          = 65 // an uncompressed P-256 point
	encSize            = pointSize
	aeadTagSize        = 16
	envelopeOverhead   = envelopeHeaderSize + encSize + aeadTagSize

	// MaxEnvelopeSize is the largest envelope accepted: the ArtifactStore's
	// MAX_ARTIFACT_SIZE, since envelopes are stored on chain as artifacts.
	MaxEnvelopeSize = 16 * 1024
	// MaxSecretSize is the largest plaintext EncryptSecret seals.
	MaxSecretSize = MaxEnvelopeSize - envelopeOverhead
)

// SecretInfo is the HPKE info string of secret envelopes (domain separation).
const SecretInfo = "teereg secret v1"

var envelopeMagic = [3]byte{'T', 'R', 'S'}

// The suite of version 1 envelopes.
const (
	secretKEM  = hpke.KEM_P256_HKDF_SHA256
	secretKDF  = hpke.KDF_HKDF_SHA256
	secretAEAD = hpke.AEAD_AES256GCM
)

var secretSuite = hpke.NewSuite(secretKEM, secretKDF, secretAEAD)

// ErrMalformedEnvelope is wrapped by OpenSecret when the bytes are not a
// version 1 secret envelope at all.
var ErrMalformedEnvelope = errors.New("malformed secret envelope")

// ErrSecretNotOpened is wrapped by OpenSecret when a well-formed envelope
// fails to decrypt: it was sealed to another secrets key, or altered.
var ErrSecretNotOpened = errors.New("secret envelope does not open: sealed to another secrets key, or altered")

func envelopeHeader() []byte {
	h := make([]byte, envelopeHeaderSize)
	copy(h, envelopeMagic[:])
	h[3] = envelopeVersion
	binary.BigEndian.PutUint16(h[4:], uint16(secretKEM))
	binary.BigEndian.PutUint16(h[6:], uint16(secretKDF))
	binary.BigEndian.PutUint16(h[8:], uint16(secretAEAD))
	return h
}

// EncryptSecret seals plaintext to the secrets public key (an uncompressed
// P-256 point, as published on chain) and returns the envelope. Anyone may
// call it: admins upload the result as an artifact and reference it from
// config templates by SecretID.
func EncryptSecret(secretsPublicKey []byte, plaintext []byte) ([]byte, error) {
	if len(plaintext) > MaxSecretSize {
		return nil, fmt.Errorf("kms: secret is %d bytes, more than the %d an envelope can hold", len(plaintext), MaxSecretSize)
	}
	pk, err := secretsKEM().UnmarshalBinaryPublicKey(secretsPublicKey)
	if err != nil {
		return nil, fmt.Errorf("kms: secrets public key is not an uncompressed P-256 point: %w", err)
	}
	sender, err := secretSuite.NewSender(pk, []byte(SecretInfo))
	if err != nil {
		return nil, fmt.Errorf("kms: setting up HPKE: %w", err)
	}
	enc, sealer, err := sender.Setup(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("kms: HPKE encapsulation: %w", err)
	}
	header := envelopeHeader()
	ct, err := sealer.Seal(plaintext, header)
	if err != nil {
		return nil, fmt.Errorf("kms: sealing the secret: %w", err)
	}
	out := make([]byte, 0, len(header)+len(enc)+len(ct))
	out = append(out, header...)
	out = append(out, enc...)
	return append(out, ct...), nil
}

// SecretID is how config templates name a secret: the lower-case hex
// sha256 of its envelope, which is also its artifact hash on chain.
func SecretID(envelope []byte) string {
	h := sha256.Sum256(envelope)
	return hex.EncodeToString(h[:])
}

func openSecret(sk kem.PrivateKey, envelope []byte) ([]byte, error) {
	if len(envelope) > MaxEnvelopeSize {
		return nil, fmt.Errorf("kms: %w: %d bytes, more than the %d allowed", ErrMalformedEnvelope, len(envelope), MaxEnvelopeSize)
	}
	if len(envelope) < envelopeOverhead {
		return nil, fmt.Errorf("kms: %w: %d bytes, fewer than the %d of an empty secret", ErrMalformedEnvelope, len(envelope), envelopeOverhead)
	}
	if [3]byte(envelope[:3]) != envelopeMagic {
		return nil, fmt.Errorf("kms: %w: magic %x, want %x (%q)", ErrMalformedEnvelope, envelope[:3], envelopeMagic[:], envelopeMagic[:])
	}
	if v := envelope[3]; v != envelopeVersion {
		return nil, fmt.Errorf("kms: %w: version %d, this build reads version %d", ErrMalformedEnvelope, v, envelopeVersion)
	}
	k, d, a := binary.BigEndian.Uint16(envelope[4:]), binary.BigEndian.Uint16(envelope[6:]), binary.BigEndian.Uint16(envelope[8:])
	if k != uint16(secretKEM) || d != uint16(secretKDF) || a != uint16(secretAEAD) {
		return nil, fmt.Errorf("kms: %w: HPKE suite kem=%#04x kdf=%#04x aead=%#04x, want kem=%#04x kdf=%#04x aead=%#04x",
			ErrMalformedEnvelope, k, d, a, uint16(secretKEM), uint16(secretKDF), uint16(secretAEAD))
	}
	header := envelope[:envelopeHeaderSize]
	enc := envelope[envelopeHeaderSize : envelopeHeaderSize+encSize]
	ct := envelope[envelopeHeaderSize+encSize:]
	recv, err := secretSuite.NewReceiver(sk, []byte(SecretInfo))
	if err != nil {
		return nil, fmt.Errorf("kms: setting up HPKE: %w", err)
	}
	opener, err := recv.Setup(enc)
	if err != nil {
		// An enc that is not a point on P-256 is malformed; the
		// distinction between this and a failed tag check carries
		// no secret (enc is public).
		return nil, fmt.Errorf("kms: %w: encapsulated key: %w", ErrMalformedEnvelope, err)
	}
	pt, err := opener.Open(ct, header)
	if err != nil {
		return nil, fmt.Errorf("kms: %w", ErrSecretNotOpened)
	}
	return pt, nil
}
