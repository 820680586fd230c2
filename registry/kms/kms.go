package kms

import (
	"context"
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync"

	"github.com/cloudflare/circl/secretsharing"
	"github.com/ethereum/go-ethereum/common"
)

// Custodians says whether an account may submit unseal shares. The registry
// backs it with the Registry contract's role bitmap: accounts holding
// KMS_CUSTODIAN_ROLE (bit 2).
type Custodians interface {
	IsCustodian(ctx context.Context, account common.Address) (bool, error)
}

// Errors of the KMS. They are wrapped with the details; test with errors.Is.
var (
	ErrSealed             = errors.New("kms is sealed")
	ErrNotSealed          = errors.New("kms is not sealed")
	ErrStaleNonce         = errors.New("unseal nonce is not the current one (replayed or stale submission)")
	ErrNotCustodian       = errors.New("signer is not a KMS custodian")
	ErrDuplicateCustodian = errors.New("custodian already submitted a share")
	ErrWrongShare         = errors.New("share does not belong to this signer or key set")
	ErrForgedShare        = errors.New("share does not match the key set's commitments (forged or corrupt)")
	ErrRecoveryFailed     = errors.New("recovered keys do not match the expected PKI")
	ErrCustodianLookup    = errors.New("custodian check failed")
)

// Mode says how the KMS got its keys.
type Mode string

const (
	ModeFile   Mode = "file"   // keys from a key file (devnet)
	ModeShamir Mode = "shamir" // keys recovered from custodians' shares
)

// Status is what the admin status endpoint shows.
type Status struct {
	Mode      Mode   `json:"mode"`
	Sealed    bool   `json:"sealed"`
	Threshold int    `json:"threshold"`       // shares needed (0 in file mode)
	Received  int    `json:"received"`        // shares accepted since the KMS started sealed
	Nonce     *Nonce `json:"nonce,omitempty"` // the nonce the next submission must sign; only while sealed
	// Submitted lists the custodians whose shares were accepted, in order.
	Submitted []common.Address `json:"submitted,omitempty"`
}

// KMS holds an app's secrets key and CA key. In file mode it is unsealed
// from the start; in Shamir mode it starts sealed and unseals once
// threshold custodians have submitted valid shares (SubmitShare); in that
// mode the private keys only ever live in memory. A KMS is safe for
// concurrent use.
type KMS struct {
	log   *slog.Logger
	mode  Mode
	pki   PKI
	caPub *ecdsa.PublicKey

	// Shamir mode only.
	domain     Domain
	custodians Custodians
	manifest   *parsedManifest

	mu       sync.Mutex
	keys     *Keys // nil while sealed
	nonce    Nonce
	received []*receivedShare
}

type receivedShare struct {
	custodian common.Address
	share     *share
}

// NewUnsealed returns a KMS holding keys (file mode).
func NewUnsealed(keys *Keys, log *slog.Logger) *KMS {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &KMS{log: log, mode: ModeFile, pki: keys.PKI(), caPub: &keys.ca.PublicKey, keys: keys}
}

// SealedConfig configures a sealed (Shamir mode) KMS.
type SealedConfig struct {
	// Manifest is Split's public output for the key set.
	Manifest *Manifest
	// Expected is the PKI on chain; the manifest's must be the same.
	Expected PKI
	// Domain is the chain and Registry whose custodians unseal.
	Domain Domain
	// Custodians decides who may submit shares.
	Custodians Custodians
	// Log receives the unseal progress; nil discards it.
	Log *slog.Logger
}

// NewSealed returns a sealed KMS that waits for cfg.Manifest.Threshold
// custodians' shares.
func NewSealed(cfg SealedConfig) (*KMS, error) {
	if cfg.Manifest == nil {
		return nil, errors.New("kms: sealed KMS needs a manifest")
	}
	if cfg.Custodians == nil {
		return nil, errors.New("kms: sealed KMS needs a custodian check")
	}
	if cfg.Domain.ChainID == 0 || cfg.Domain.Registry == (common.Address{}) {
		return nil, errors.New("kms: sealed KMS needs the chain id and the Registry address")
	}
	pm, err := cfg.Manifest.parse()
	if err != nil {
		return nil, fmt.Errorf("kms: manifest: %w", err)
	}
	if !pm.pki.Equal(cfg.Expected) {
		return nil, errors.New("kms: the manifest's PKI (CA certificate, secrets public key) is not the expected (on-chain) PKI")
	}
	nonce, err := newNonce()
	if err != nil {
		return nil, err
	}
	log := cfg.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &KMS{
		log:        log,
		mode:       ModeShamir,
		pki:        pm.pki,
		caPub:      pm.caPub,
		domain:     cfg.Domain,
		custodians: cfg.Custodians,
		manifest:   pm,
		nonce:      nonce,
	}, nil
}

// Status reports whether the KMS is sealed and the unseal progress.
func (k *KMS) Status() Status {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.statusLocked()
}

func (k *KMS) statusLocked() Status {
	st := Status{Mode: k.mode, Sealed: k.keys == nil}
	if k.manifest != nil {
		st.Threshold = k.manifest.threshold
	}
	st.Received = len(k.received)
	for _, r := range k.received {
		st.Submitted = append(st.Submitted, r.custodian)
	}
	if st.Sealed {
		n := k.nonce
		st.Nonce = &n
	}
	return st
}

// Sealed reports whether the keys are not (yet) available.
func (k *KMS) Sealed() bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.keys == nil
}

// PKI returns the public key set, known even while sealed.
func (k *KMS) PKI() PKI {
	return PKI{CACertificate: k.CACertificate(), SecretsPublicKey: k.SecretsPublicKey()}
}

// CACertificate returns the DER of the app CA certificate, known even while
// sealed.
func (k *KMS) CACertificate() []byte { return append([]byte(nil), k.pki.CACertificate...) }

// SecretsPublicKey returns the uncompressed secrets public key, known even
// while sealed.
func (k *KMS) SecretsPublicKey() []byte { return append([]byte(nil), k.pki.SecretsPublicKey...) }

// CASigner returns a crypto.Signer for the CA key. Its Public is known even
// while sealed; Sign fails with ErrSealed until the KMS is unsealed.
func (k *KMS) CASigner() crypto.Signer { return caSigner{k} }

type caSigner struct{ k *KMS }

func (s caSigner) Public() crypto.PublicKey { return s.k.caPub }

func (s caSigner) Sign(rand io.Reader, digest []byte, opts crypto.SignerOpts) ([]byte, error) {
	keys, err := s.k.unsealed()
	if err != nil {
		return nil, fmt.Errorf("kms: CA signature: %w", err)
	}
	return keys.ca.Sign(rand, digest, opts)
}

func (k *KMS) unsealed() (*Keys, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.keys == nil {
		return nil, ErrSealed
	}
	return k.keys, nil
}

// OpenSecret opens a secret envelope (see EncryptSecret) with the secrets
// key. It fails with ErrSealed while sealed, ErrMalformedEnvelope for bytes
// that are no envelope and ErrSecretNotOpened for an envelope sealed to
// another key or altered.
func (k *KMS) OpenSecret(ctx context.Context, envelope []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	keys, err := k.unsealed()
	if err != nil {
		return nil, fmt.Errorf("kms: opening a secret: %w", err)
	}
	return keys.OpenSecret(envelope)
}

// SubmitShare takes one custodian's submission. It is accepted when
//
//   - the KMS is sealed (ErrNotSealed otherwise),
//   - sub.Nonce is the current nonce (ErrStaleNonce),
//   - the signature recovers to an account (ErrBadSignature) that
//     Custodians approves (ErrNotCustodian) and that has not submitted yet
//     (ErrDuplicateCustodian),
//   - the share is for this key set and threshold and is the one the
//     manifest assigns to that account (ErrWrongShare), and
//   - the share lies on the committed sharing polynomials (ErrForgedShare).
//
// A rejected submission changes nothing. An accepted one replaces the
// nonce; the one that completes the threshold recovers both keys, checks
// them against the expected PKI and unseals. Should that check fail (it
// cannot with shares that passed the commitment check, barring a bug), all
// received shares are discarded, the KMS stays sealed and the error wraps
// ErrRecoveryFailed. The returned Status is the state after the call.
//
// SubmitShare does not modify sub; the caller should clear sub.Share.
func (k *KMS) SubmitShare(ctx context.Context, sub *Submission) (Status, error) {
	st, err := k.submitShare(ctx, sub)
	if err != nil {
		return st, fmt.Errorf("kms: unseal submission rejected: %w", err)
	}
	return st, nil
}

func (k *KMS) submitShare(ctx context.Context, sub *Submission) (Status, error) {
	if k.mode != ModeShamir {
		return k.Status(), fmt.Errorf("%w: file mode has no unsealing", ErrNotSealed)
	}
	// Cheap checks first, under the lock; repeated at commit time since the
	// custodian check below runs without it.
	k.mu.Lock()
	if err := k.checkOpenLocked(sub.Nonce); err != nil {
		st := k.statusLocked()
		k.mu.Unlock()
		return st, err
	}
	k.mu.Unlock()

	signer, err := submissionSigner(k.domain, sub)
	if err != nil {
		return k.Status(), err
	}
	log := k.log.With("custodian", signer.Hex())
	ok, err := k.custodians.IsCustodian(ctx, signer)
	if err != nil {
		return k.Status(), fmt.Errorf("%w for %s: %w", ErrCustodianLookup, signer, err)
	}
	if !ok {
		log.Warn("Unseal submission from a non-custodian rejected")
		return k.Status(), fmt.Errorf("%w: %s", ErrNotCustodian, signer)
	}
	sh, err := decodeShare(sub.Share)
	if err != nil {
		return k.Status(), err
	}
	if err := k.checkShare(signer, sh); err != nil {
		sh.zero()
		log.Warn("Unseal share rejected", "index", sh.index, "err", err)
		return k.Status(), err
	}

	k.mu.Lock()
	defer k.mu.Unlock()
	if err := k.checkOpenLocked(sub.Nonce); err != nil {
		sh.zero()
		return k.statusLocked(), err
	}
	for _, r := range k.received {
		if r.custodian == signer {
			sh.zero()
			return k.statusLocked(), fmt.Errorf("%w: %s", ErrDuplicateCustodian, signer)
		}
	}
	nonce, err := newNonce()
	if err != nil {
		sh.zero()
		return k.statusLocked(), err
	}
	k.nonce = nonce
	k.received = append(k.received, &receivedShare{custodian: signer, share: sh})
	log.Info("Unseal share accepted", "index", sh.index, "received", len(k.received), "threshold", k.manifest.threshold)
	if len(k.received) < k.manifest.threshold {
		return k.statusLocked(), nil
	}
	keys, err := k.recoverLocked()
	k.zeroSharesLocked()
	if err != nil {
		k.received = nil
		k.log.Error("Unseal failed: all received shares discarded, the KMS stays sealed", "err", err)
		return k.statusLocked(), err
	}
	k.keys = keys
	k.log.Info("KMS unsealed", "custodians", k.manifest.threshold)
	return k.statusLocked(), nil
}

// checkOpenLocked checks the KMS still takes submissions for nonce.
func (k *KMS) checkOpenLocked(nonce Nonce) error {
	if k.keys != nil {
		return fmt.Errorf("%w: already unsealed", ErrNotSealed)
	}
	if nonce != k.nonce {
		return fmt.Errorf("%w: got %s", ErrStaleNonce, nonce)
	}
	return nil
}

// checkShare checks sh is signer's share of this key set and lies on the
// committed polynomials.
func (k *KMS) checkShare(signer common.Address, sh *share) error {
	m := k.manifest
	if sh.setID != m.setID {
		return fmt.Errorf("%w: share is for key set %x, this KMS holds key set %x", ErrWrongShare, sh.setID, m.setID)
	}
	if sh.threshold != m.threshold {
		return fmt.Errorf("%w: share says threshold %d, the manifest %d", ErrWrongShare, sh.threshold, m.threshold)
	}
	if sh.index > len(m.custodians) {
		return fmt.Errorf("%w: share index %d, the manifest has %d custodians", ErrWrongShare, sh.index, len(m.custodians))
	}
	if holder := m.custodians[sh.index-1]; holder != signer {
		return fmt.Errorf("%w: share %d belongs to %s, signed by %s", ErrWrongShare, sh.index, holder, signer)
	}
	t := uint(m.threshold - 1)
	id := shareIDScalar(sh.index)
	if !secretsharing.Verify(t, secretsharing.Share{ID: id, Value: sh.secrets}, m.secretsCommitments) {
		return fmt.Errorf("%w: secrets key share %d", ErrForgedShare, sh.index)
	}
	if !secretsharing.Verify(t, secretsharing.Share{ID: id, Value: sh.ca}, m.caCommitments) {
		return fmt.Errorf("%w: CA key share %d", ErrForgedShare, sh.index)
	}
	return nil
}

// recoverLocked interpolates both keys from the received shares and checks
// them against the expected PKI.
func (k *KMS) recoverLocked() (*Keys, error) {
	t := uint(k.manifest.threshold - 1)
	secretsShares := make([]secretsharing.Share, len(k.received))
	caShares := make([]secretsharing.Share, len(k.received))
	for i, r := range k.received {
		id := shareIDScalar(r.share.index)
		secretsShares[i] = secretsharing.Share{ID: id, Value: r.share.secrets}
		caShares[i] = secretsharing.Share{ID: id, Value: r.share.ca}
	}
	secretsScalar, err := secretsharing.Recover(t, secretsShares)
	if err != nil {
		return nil, fmt.Errorf("%w: interpolating the secrets key: %w", ErrRecoveryFailed, err)
	}
	defer secretsScalar.SetUint64(0)
	caScalar, err := secretsharing.Recover(t, caShares)
	if err != nil {
		return nil, fmt.Errorf("%w: interpolating the CA key: %w", ErrRecoveryFailed, err)
	}
	defer caScalar.SetUint64(0)
	secretsRaw, err := secretsScalar.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("%w: encoding the secrets key: %w", ErrRecoveryFailed, err)
	}
	defer clear(secretsRaw)
	caRaw, err := caScalar.MarshalBinary()
	if err != nil {
		return nil, fmt.Errorf("%w: encoding the CA key: %w", ErrRecoveryFailed, err)
	}
	defer clear(caRaw)
	ca, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), caRaw)
	if err != nil {
		return nil, fmt.Errorf("%w: CA key: %w", ErrRecoveryFailed, err)
	}
	keys, err := assembleKeys(secretsRaw, ca, k.pki.CACertificate)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrRecoveryFailed, err)
	}
	if !keys.PKI().Equal(k.pki) {
		return nil, fmt.Errorf("%w: the recovered secrets key's public key is not the expected one", ErrRecoveryFailed)
	}
	return keys, nil
}

// zeroSharesLocked zeroes and drops the received shares' values; the list
// of custodians who submitted stays for Status.
func (k *KMS) zeroSharesLocked() {
	for _, r := range k.received {
		if r.share != nil {
			r.share.zero()
			r.share = nil
		}
	}
}
