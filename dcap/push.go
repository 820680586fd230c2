package dcap

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"crypto/x509"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/teereg/teereg/attest/collateral"
	"github.com/teereg/teereg/bindings"
)

// Backend is what pushing collateral needs from a chain: calls, sending
// transactions and waiting for their receipts.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// Upload is what became of one step of PushCollateral.
type Upload struct {
	Step string `json:"step"`
	// Skipped is set when the store already held the same or a newer version
	// of this piece of collateral; Reason says what it holds.
	Skipped bool   `json:"skipped,omitempty"`
	Reason  string `json:"reason,omitempty"`
	// TxHash, Block and GasUsed describe the mined transaction of an upload
	// that was sent.
	TxHash  *common.Hash `json:"txHash,omitempty"`
	Block   uint64       `json:"block,omitempty"`
	GasUsed uint64       `json:"gasUsed,omitempty"`
}

// PushCollateral uploads the collateral c to the DcapCollateralStore at
// store, one transaction per step, each mined before the next is sent: the
// root CA CRL (uploadCrl(der, "")), the PCK CRL with its issuer (the first
// certificate of pck_crl_issuer_chain), the TCB info and the QE identity
// (uploadTcbInfo / uploadQeIdentity(json, signature, signer) with the first
// certificate of their issuer chains as signer).
//
// A step is skipped, not sent, only when the store provably holds the same or
// a newer version of it: the piece is authentic (its signature verifies up to
// the root the store pins) and the store's version is at least as recent by
// the store's own ordering (a CRL's thisUpdate; a JSON document's
// tcbEvaluationDataNumber, then issueDate, as the store's parser reads them).
// In every other case the upload is sent, and a revert is reported.
//
// It returns the steps done so far and, on failure, a *StepError naming the
// step, whose cause is the decoded custom error when the contract reverted
// ("upload TCB info: CollateralNotValidNow(1750000000, 1752592000)").
func PushCollateral(ctx context.Context, backend Backend, auth *bind.TransactOpts, store common.Address, c *collateral.Collateral) ([]Upload, error) {
	return pushCollateral(ctx, backend, auth, store, c, slog.New(slog.DiscardHandler))
}

// PushCollateralWithLogger is PushCollateral logging each step to log.
func PushCollateralWithLogger(ctx context.Context, backend Backend, auth *bind.TransactOpts, store common.Address, c *collateral.Collateral, log *slog.Logger) ([]Upload, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return pushCollateral(ctx, backend, auth, store, c, log)
}

func pushCollateral(ctx context.Context, backend Backend, auth *bind.TransactOpts, store common.Address, c *collateral.Collateral, log *slog.Logger) ([]Upload, error) {
	if auth == nil {
		return nil, errors.New("push collateral: no transaction signer")
	}
	u, err := prepare(c)
	if err != nil {
		return nil, fmt.Errorf("push collateral: %w", err)
	}
	p, err := newPusher(ctx, backend, store, u)
	if err != nil {
		return nil, fmt.Errorf("push collateral: %w", err)
	}
	opts := *auth
	opts.Context = ctx
	steps := []struct {
		name  string
		fresh func() (string, error) // non-empty: why the store's version suffices
		send  func() (*types.Transaction, error)
	}{
		{StepRootCACRL, p.rootCRLHeld, func() (*types.Transaction, error) {
			return p.store.UploadCrl(&opts, u.rootCRL, []byte{})
		}},
		{StepPCKCRL, p.pckCRLHeld, func() (*types.Transaction, error) {
			return p.store.UploadCrl(&opts, u.pckCRL, u.pckCA.Raw)
		}},
		{StepTCBInfo, p.tcbInfoHeld, func() (*types.Transaction, error) {
			return p.store.UploadTcbInfo(&opts, u.tcbInfo, u.tcbInfoSig, u.tcbSigner.Raw)
		}},
		{StepQEIdentity, p.qeIdentityHeld, func() (*types.Transaction, error) {
			return p.store.UploadQeIdentity(&opts, u.qeID, u.qeIDSig, u.qeSigner.Raw)
		}},
	}
	var done []Upload
	for _, s := range steps {
		reason, err := s.fresh()
		if err != nil {
			return done, &StepError{Step: s.name, Err: err}
		}
		if reason != "" {
			log.Info("collateral already on chain", "step", s.name, "reason", reason)
			done = append(done, Upload{Step: s.name, Skipped: true, Reason: reason})
			continue
		}
		tx, err := s.send()
		if err != nil {
			return done, &StepError{Step: s.name, Err: ExplainError(err)}
		}
		if opts.Nonce != nil { // an explicit nonce: the next transaction takes the next one
			opts.Nonce = new(big.Int).Add(opts.Nonce, big.NewInt(1))
		}
		log.Info("collateral upload sent", "step", s.name, "tx", tx.Hash())
		rcpt, err := bind.WaitMined(ctx, backend, tx)
		if err != nil {
			return done, &StepError{Step: s.name, Err: fmt.Errorf("waiting for transaction %s: %w", tx.Hash(), err)}
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return done, &StepError{Step: s.name, Err: p.replay(ctx, auth.From, tx, rcpt)}
		}
		h := tx.Hash()
		log.Info("collateral uploaded", "step", s.name, "tx", h, "block", rcpt.BlockNumber, "gas", rcpt.GasUsed)
		done = append(done, Upload{Step: s.name, TxHash: &h, Block: rcpt.BlockNumber.Uint64(), GasUsed: rcpt.GasUsed})
	}
	return done, nil
}

// pusher holds what the freshness checks read from the chain.
type pusher struct {
	backend     Backend
	storeAddr   common.Address
	store       *bindings.DcapCollateralStore
	parser      *bindings.DcapCollateralParser
	rootSubject common.Hash
	// pinned is the collateral's root certificate that the store pins, nil
	// when none of the collateral's chains ends in it.
	pinned *x509.Certificate
	u      *uploads
	call   *bind.CallOpts
}

func newPusher(ctx context.Context, backend Backend, storeAddr common.Address, u *uploads) (*pusher, error) {
	store, err := bindings.NewDcapCollateralStore(storeAddr, backend)
	if err != nil {
		return nil, err
	}
	call := &bind.CallOpts{Context: ctx}
	rootHash, err := store.ROOTCAHASH(call)
	if err != nil {
		return nil, fmt.Errorf("reading the collateral store at %s: %w", storeAddr, err)
	}
	rootSubject, err := store.ROOTSUBJECTHASH(call)
	if err != nil {
		return nil, fmt.Errorf("reading the collateral store at %s: %w", storeAddr, err)
	}
	parserAddr, err := store.Parser(call)
	if err != nil {
		return nil, fmt.Errorf("reading the collateral store at %s: %w", storeAddr, err)
	}
	parser, err := bindings.NewDcapCollateralParser(parserAddr, backend)
	if err != nil {
		return nil, err
	}
	p := &pusher{backend: backend, storeAddr: storeAddr, store: store, parser: parser, rootSubject: rootSubject, u: u, call: call}
	for _, r := range u.roots {
		if sha256.Sum256(r.Raw) == rootHash {
			p.pinned = r
			break
		}
	}
	return p, nil
}

// crlHeld says whether the store holds a CRL of the same issuer at least as
// recent as der, which must verify with issuer's key.
func (p *pusher) crlHeld(what string, der []byte, issuer *x509.Certificate) (string, error) {
	if p.pinned == nil || issuer == nil {
		return "", nil
	}
	crl, err := x509.ParseRevocationList(der)
	if err != nil || crl.CheckSignatureFrom(issuer) != nil {
		return "", nil
	}
	issuerHash := crypto.Keccak256Hash(issuer.RawSubject)
	if crypto.Keccak256Hash(crl.RawIssuer) != issuerHash {
		return "", nil
	}
	held, err := p.store.CrlOf(p.call, issuerHash)
	if err != nil {
		return "", fmt.Errorf("reading the store's %s: %w", what, err)
	}
	ours := crl.ThisUpdate.Unix()
	if held.NextUpdate == 0 || ours < 0 || uint64(ours) > held.ThisUpdate {
		return "", nil
	}
	return fmt.Sprintf("the store holds a %s issued %s, not older than this one (%s)",
		what, unixTime(held.ThisUpdate), unixTime(uint64(ours))), nil
}

func (p *pusher) rootCRLHeld() (string, error) {
	if p.pinned == nil || crypto.Keccak256Hash(p.pinned.RawSubject) != p.rootSubject {
		return "", nil
	}
	return p.crlHeld("root CA CRL", p.u.rootCRL, p.pinned)
}

func (p *pusher) pckCRLHeld() (string, error) {
	if p.pinned == nil || p.u.pckCA.CheckSignatureFrom(p.pinned) != nil {
		return "", nil
	}
	return p.crlHeld("PCK CRL", p.u.pckCRL, p.u.pckCA)
}

// jsonAuthentic says whether json's signature verifies with signer's key
// and signer is issued by the pinned root.
func (p *pusher) jsonAuthentic(json string, sig []byte, signer *x509.Certificate) bool {
	if p.pinned == nil || signer.CheckSignatureFrom(p.pinned) != nil {
		return false
	}
	key, ok := signer.PublicKey.(*ecdsa.PublicKey)
	if !ok || len(sig) != 64 {
		return false
	}
	digest := sha256.Sum256([]byte(json))
	return ecdsa.Verify(key, digest[:], new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:]))
}

// notNewer applies the store's ordering of JSON collateral.
func notNewer(eval uint32, issue uint64, heldEval uint32, heldIssue uint64) bool {
	return eval < heldEval || (eval == heldEval && issue <= heldIssue)
}

func (p *pusher) tcbInfoHeld() (string, error) {
	if !p.jsonAuthentic(p.u.tcbInfo, p.u.tcbInfoSig, p.u.tcbSigner) {
		return "", nil
	}
	ours, err := p.parser.ParseTcbInfo(p.call, []byte(p.u.tcbInfo))
	if err != nil {
		return "", nil // the upload will report why the store rejects it
	}
	held, err := p.store.TcbInfoOf(p.call, ours.Fmspc)
	if err != nil {
		return "", fmt.Errorf("reading the store's TCB info: %w", err)
	}
	if held.Blob == (common.Address{}) || !notNewer(ours.TcbEvaluationDataNumber, ours.IssueDate, held.TcbEvaluationDataNumber, held.IssueDate) {
		return "", nil
	}
	return fmt.Sprintf("the store holds TCB info for FMSPC %x with tcbEvaluationDataNumber %d issued %s, not older than this one (%d, %s)",
		ours.Fmspc, held.TcbEvaluationDataNumber, unixTime(held.IssueDate), ours.TcbEvaluationDataNumber, unixTime(ours.IssueDate)), nil
}

func (p *pusher) qeIdentityHeld() (string, error) {
	if !p.jsonAuthentic(p.u.qeID, p.u.qeIDSig, p.u.qeSigner) {
		return "", nil
	}
	ours, err := p.parser.ParseQeIdentity(p.call, []byte(p.u.qeID))
	if err != nil {
		return "", nil
	}
	held, err := p.store.QeIdentity(p.call)
	if err != nil {
		return "", fmt.Errorf("reading the store's QE identity: %w", err)
	}
	if held.Blob == (common.Address{}) || !notNewer(ours.TcbEvaluationDataNumber, ours.IssueDate, held.TcbEvaluationDataNumber, held.IssueDate) {
		return "", nil
	}
	return fmt.Sprintf("the store holds a QE identity with tcbEvaluationDataNumber %d issued %s, not older than this one (%d, %s)",
		held.TcbEvaluationDataNumber, unixTime(held.IssueDate), ours.TcbEvaluationDataNumber, unixTime(ours.IssueDate)), nil
}

// replay explains a mined transaction that reverted: receipts carry no revert
// data, so the call is repeated with eth_call on the state before its block.
// Transactions earlier in the same block are not replayed, so the reason may
// differ in rare cases; the message says it was replayed.
func (p *pusher) replay(ctx context.Context, from common.Address, tx *types.Transaction, rcpt *types.Receipt) error {
	failed := fmt.Errorf("transaction %s reverted in block %d (gas used %d)", tx.Hash(), rcpt.BlockNumber, rcpt.GasUsed)
	if rcpt.BlockNumber == nil || rcpt.BlockNumber.Sign() == 0 {
		return failed
	}
	parent := new(big.Int).Sub(rcpt.BlockNumber, big.NewInt(1))
	_, err := p.backend.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}, parent)
	if err == nil {
		return failed
	}
	if _, ok := RevertData(err); !ok {
		return failed
	}
	return fmt.Errorf("%w; replayed on block %d: %w", failed, parent, ExplainError(err))
}

func unixTime(t uint64) string {
	return time.Unix(int64(t), 0).UTC().Format(time.RFC3339)
}
