package registry

import (
	"bytes"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Instance statuses (IRegistry.InstanceStatus).
const (
	statusNone        = 0
	statusActive      = 1
	statusRevoked     = 2
	statusExpired     = 3
	statusInvalidated = 4
)

// Source says where a Record was read.
type Source string

const (
	SourceDatabase Source = "database" // the indexer's PostgreSQL mirror
	SourceChain    Source = "chain"    // eth_call against the Registry at the latest final block
)

// Record is everything a provisioning decision rests on, as one view of the
// chain saw it at one block: the instance record and the state it is judged
// against. The database view and the chain view fill the same fields.
type Record struct {
	Source    Source
	Block     uint64 // the block the view is of (database: the cursor)
	BlockTime uint64 // its timestamp, Unix seconds
	// Finalized is the newest final block known to the view (chain: Block).
	Finalized uint64

	// Found is false when the Registry has no record of the instance.
	Found    bool
	Instance InstanceRecord

	// ConfigHash is the workload's configuration hash; zero when the
	// workload is not allowlisted.
	ConfigHash    common.Hash
	WorkloadBlock uint64 // the block that set it (database only; 0 when unknown)
	// OperatorRole says the instance's operator holds OPERATOR_ROLE.
	OperatorRole bool
	RoleBlock    uint64
	// TCBPolicy is the bitmask of accepted TCB statuses; PolicyKnown is
	// false when the view holds no registry state at all.
	TCBPolicy   uint8
	PolicyKnown bool
	PolicyBlock uint64
	// Backends are the storage backend URIs, in order.
	Backends []string
	// PKIVersion is the current on-chain PKI version (0: none published);
	// PKIMatches says it is the KMS's (CA certificate and secrets key).
	PKIVersion uint64
	PKIMatches bool
}

// InstanceRecord is an instance as Registry.instance(id) returns it.
type InstanceRecord struct {
	ID                 common.Hash
	WorkloadID         common.Hash
	Operator           common.Address
	Pubkey             []byte
	Label              string
	Status             uint8
	TCBStatus          uint8
	RegisteredAt       uint64
	ExpiresAt          uint64
	InvalidationReason []byte // database only
	Block              uint64 // the block of the last change (database only)
}

// Refusal is a decision not to provision, with its HTTP status, code and a
// reason that names no secret.
type Refusal struct {
	Status int
	Code   Code
	Reason string
}

func (r *Refusal) Error() string { return fmt.Sprintf("%s: %s", r.Code, r.Reason) }

func refuse(code Code, format string, args ...any) *Refusal {
	status := http.StatusForbidden
	switch code {
	case CodeBadRequest, CodeBadCSR:
		status = http.StatusBadRequest
	case CodeRequestTooLarge:
		status = http.StatusRequestEntityTooLarge
	case CodeKMSSealed, CodePKIMismatch, CodeTooManyChallenges:
		status = http.StatusServiceUnavailable
	case CodeConfigUnavailable, CodeConfigInvalid:
		status = http.StatusBadGateway
	case CodeInternal, CodeAuditUnavailable:
		status = http.StatusInternalServerError
	}
	return &Refusal{Status: status, Code: code, Reason: fmt.Sprintf(format, args...)}
}

// evaluate judges one view of the chain: nil means this view allows
// provisioning the instance whose attested key is pubkey at wall-clock time
// now. The checks run in a fixed order and the first failure is the answer.
func evaluate(r *Record, pubkey []byte, now time.Time) *Refusal {
	at := fmt.Sprintf("%s view at block %d", r.Source, r.Block)
	if !r.Found {
		return refuse(CodeUnknownInstance, "instance %s is not registered (%s)", InstanceID(pubkey), at)
	}
	in := &r.Instance
	if !bytes.Equal(in.Pubkey, pubkey) {
		return refuse(CodeStaleChainView, "the record of instance %s holds another public key than the one presented (%s)", in.ID, at)
	}
	switch in.Status {
	case statusActive:
	case statusRevoked:
		return refuse(CodeRevoked, "instance %s is revoked (%s)", in.ID, at)
	case statusExpired:
		return refuse(CodeExpired, "instance %s is expired (status Expired, %s)", in.ID, at)
	case statusInvalidated:
		switch reason := invalidationReason(in.InvalidationReason); reason {
		case "WORKLOAD_NOT_ALLOWED":
			return refuse(CodeWorkloadNotAllowed, "instance %s was invalidated: its workload is no longer allowlisted (%s)", in.ID, at)
		case "TCB_NOT_ACCEPTED":
			return refuse(CodeTCBNotAccepted, "instance %s was invalidated: its TCB status is no longer accepted (%s)", in.ID, at)
		default:
			return refuse(CodeRevoked, "instance %s was invalidated on revalidation (reason %q, %s)", in.ID, reason, at)
		}
	default:
		return refuse(CodeStaleChainView, "instance %s has status %d, which this registry does not know (%s)", in.ID, in.Status, at)
	}
	if in.ExpiresAt <= r.BlockTime {
		return refuse(CodeExpired, "instance %s expired at %d, block time is %d (%s)", in.ID, in.ExpiresAt, r.BlockTime, at)
	}
	if wall := now.Unix(); wall < 0 || in.ExpiresAt <= uint64(wall) {
		return refuse(CodeExpired, "instance %s expired at %d, wall clock is %d (%s)", in.ID, in.ExpiresAt, wall, at)
	}
	if r.ConfigHash == (common.Hash{}) {
		return refuse(CodeWorkloadNotAllowed, "workload %s of instance %s is not allowlisted (%s)", in.WorkloadID, in.ID, at)
	}
	if !r.OperatorRole {
		return refuse(CodeOperatorNotAuthorized, "operator %s of instance %s does not hold the operator role (%s)", in.Operator, in.ID, at)
	}
	if !r.PolicyKnown {
		return refuse(CodeStaleChainView, "the %s holds no registry state (TCB policy)", at)
	}
	if in.TCBStatus > 7 || r.TCBPolicy&(1<<in.TCBStatus) == 0 {
		return refuse(CodeTCBNotAccepted, "TCB status %d of instance %s is not in the accepted set %#08b (%s)", in.TCBStatus, in.ID, r.TCBPolicy, at)
	}
	if r.PKIVersion == 0 {
		return refuse(CodePKIMismatch, "no PKI is published on chain (%s): this registry's CA may not issue", at)
	}
	if !r.PKIMatches {
		return refuse(CodePKIMismatch, "the on-chain PKI version %d is not this registry's KMS keys (%s)", r.PKIVersion, at)
	}
	return nil
}

// invalidationReason decodes the bytes32 reason of InstanceInvalidated:
// ASCII, zero padded.
func invalidationReason(b []byte) string {
	b = bytes.TrimRight(b, "\x00")
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return fmt.Sprintf("0x%x", b)
		}
	}
	return string(b)
}

// final reports whether every row a grant rests on was written in a final
// block, so no reorganisation can undo it.
func (r *Record) final() bool {
	return max(r.Instance.Block, r.WorkloadBlock, r.RoleBlock, r.PolicyBlock) <= r.Finalized
}

// lag is how far the view's block time is behind the wall clock (zero when
// it is ahead).
func (r *Record) lag(now time.Time) time.Duration {
	bt := time.Unix(int64(min(r.BlockTime, 1<<62)), 0)
	if d := now.Sub(bt); d > 0 {
		return d
	}
	return 0
}

// disagreement names the first field on which two views that both allow
// provisioning describe the instance differently ("" when they agree). The
// expiry may differ (a renewal not final yet); the earlier one is used.
func disagreement(db, chain *Record) string {
	a, b := &db.Instance, &chain.Instance
	switch {
	case a.WorkloadID != b.WorkloadID:
		return fmt.Sprintf("workload (database %s, chain %s)", a.WorkloadID, b.WorkloadID)
	case a.Operator != b.Operator:
		return fmt.Sprintf("operator (database %s, chain %s)", a.Operator, b.Operator)
	case a.Label != b.Label:
		return fmt.Sprintf("label (database %q, chain %q)", a.Label, b.Label)
	case db.ConfigHash != chain.ConfigHash:
		return fmt.Sprintf("configuration hash (database %s, chain %s)", db.ConfigHash, chain.ConfigHash)
	}
	return ""
}
