package registry

import (
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func goodRecord(pub []byte, now time.Time) *Record {
	return &Record{
		Source: SourceDatabase, Block: 100, BlockTime: uint64(now.Unix() - 5), Finalized: 100, Found: true,
		Instance: InstanceRecord{ID: InstanceID(pub), WorkloadID: common.HexToHash("0x1"), Operator: common.HexToAddress("0x2"),
			Pubkey: pub, Label: "alpha", Status: statusActive, TCBStatus: 1, ExpiresAt: uint64(now.Unix() + 3600), Block: 90},
		ConfigHash: common.HexToHash("0x3"), WorkloadBlock: 80, OperatorRole: true, RoleBlock: 70,
		TCBPolicy: 0b11, PolicyKnown: true, PolicyBlock: 60, Backends: []string{"file:///x"}, PKIVersion: 1, PKIMatches: true,
	}
}

// TestEvaluate: each field of the view that can forbid provisioning does,
// with its code; the order of the checks is fixed.
func TestEvaluate(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	pub := newInstanceKeys(t, "x").pub
	if r := evaluate(goodRecord(pub, now), pub, now); r != nil {
		t.Fatalf("good record refused: %v", r)
	}
	for _, tc := range []struct {
		name   string
		mod    func(r *Record)
		code   Code
		reason string
	}{
		{"not found", func(r *Record) { r.Found = false }, CodeUnknownInstance, "not registered"},
		{"other key", func(r *Record) { r.Instance.Pubkey = newInstanceKeys(t, "y").pub }, CodeStaleChainView, "another public key"},
		{"revoked", func(r *Record) { r.Instance.Status = statusRevoked }, CodeRevoked, "revoked"},
		{"expired status", func(r *Record) { r.Instance.Status = statusExpired }, CodeExpired, "status Expired"},
		{"invalidated, quote", func(r *Record) {
			r.Instance.Status, r.Instance.InvalidationReason = statusInvalidated, pad32("QUOTE_INVALID")
		}, CodeRevoked, "QUOTE_INVALID"},
		{"invalidated, binary reason", func(r *Record) {
			r.Instance.Status, r.Instance.InvalidationReason = statusInvalidated, []byte{1, 2, 0}
		}, CodeRevoked, "0x0102"},
		{"invalidated, workload", func(r *Record) {
			r.Instance.Status, r.Instance.InvalidationReason = statusInvalidated, pad32("WORKLOAD_NOT_ALLOWED")
		}, CodeWorkloadNotAllowed, "invalidated"},
		{"invalidated, tcb", func(r *Record) {
			r.Instance.Status, r.Instance.InvalidationReason = statusInvalidated, pad32("TCB_NOT_ACCEPTED")
		}, CodeTCBNotAccepted, "invalidated"},
		{"unknown status", func(r *Record) { r.Instance.Status = 9 }, CodeStaleChainView, "status 9"},
		{"expired at block time", func(r *Record) { r.Instance.ExpiresAt = r.BlockTime }, CodeExpired, "block time"},
		{"expired by wall clock", func(r *Record) { r.Instance.ExpiresAt = uint64(now.Unix()) }, CodeExpired, "wall clock"},
		{"workload", func(r *Record) { r.ConfigHash = common.Hash{} }, CodeWorkloadNotAllowed, "not allowlisted"},
		{"operator", func(r *Record) { r.OperatorRole = false }, CodeOperatorNotAuthorized, "operator role"},
		{"no policy", func(r *Record) { r.PolicyKnown = false }, CodeStaleChainView, "no registry state"},
		{"tcb", func(r *Record) { r.Instance.TCBStatus = 2 }, CodeTCBNotAccepted, "TCB status 2"},
		{"tcb out of range", func(r *Record) { r.Instance.TCBStatus, r.TCBPolicy = 200, 0xff }, CodeTCBNotAccepted, "TCB status 200"},
		{"no pki", func(r *Record) { r.PKIVersion = 0 }, CodePKIMismatch, "no PKI"},
		{"other pki", func(r *Record) { r.PKIMatches = false }, CodePKIMismatch, "not this registry's"},
		// order: revoked wins over everything after it
		{"revoked and expired", func(r *Record) { r.Instance.Status, r.Instance.ExpiresAt, r.OperatorRole = statusRevoked, 1, false }, CodeRevoked, "revoked"},
	} {
		r := goodRecord(pub, now)
		tc.mod(r)
		got := evaluate(r, pub, now)
		if got == nil || got.Code != tc.code || !strings.Contains(got.Reason, tc.reason) {
			t.Errorf("%s: %v, want %s with %q", tc.name, got, tc.code, tc.reason)
		}
	}
}

func TestRecordFinalAndLag(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	pub := newInstanceKeys(t, "x").pub
	r := goodRecord(pub, now)
	if !r.final() {
		t.Error("rows below the final block are not final")
	}
	for _, mod := range []func(*Record){
		func(r *Record) { r.Instance.Block = 101 },
		func(r *Record) { r.WorkloadBlock = 101 },
		func(r *Record) { r.RoleBlock = 101 },
		func(r *Record) { r.PolicyBlock = 101 },
	} {
		r := goodRecord(pub, now)
		mod(r)
		if r.final() {
			t.Error("a row above the final block counts as final")
		}
	}
	if got := r.lag(now); got != 5*time.Second {
		t.Errorf("lag %s", got)
	}
	r.BlockTime = uint64(now.Unix() + 60)
	if got := r.lag(now); got != 0 {
		t.Errorf("lag of a block from the future %s", got)
	}
}

func TestDisagreement(t *testing.T) {
	now := time.Unix(1_800_000_000, 0)
	pub := newInstanceKeys(t, "x").pub
	a, b := goodRecord(pub, now), goodRecord(pub, now)
	b.Instance.ExpiresAt++ // a renewal may differ
	if d := disagreement(a, b); d != "" {
		t.Errorf("agreeing views: %s", d)
	}
	for name, mod := range map[string]func(*Record){
		"workload":      func(r *Record) { r.Instance.WorkloadID = common.HexToHash("0x9") },
		"operator":      func(r *Record) { r.Instance.Operator = common.HexToAddress("0x9") },
		"label":         func(r *Record) { r.Instance.Label = "beta" },
		"configuration": func(r *Record) { r.ConfigHash = common.HexToHash("0x9") },
	} {
		c := goodRecord(pub, now)
		mod(c)
		if d := disagreement(a, c); !strings.HasPrefix(d, name) {
			t.Errorf("%s: %q", name, d)
		}
	}
}
