package registry

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Outcomes of a provisioning decision, as audited and counted.
const (
	OutcomeGranted = "granted" // the instance got its configuration and certificate
	OutcomeRefused = "refused" // a 4xx answer: the chain or the request says no
	OutcomeFailed  = "failed"  // a 5xx answer: the registry could not decide or deliver
)

// Auditor writes one JSON line per provisioning decision on a dedicated
// slog logger (slog.JSONHandler: "time", "level", "msg" then the fields).
// A grant is only delivered once its line is written: a failing audit
// writer turns grants into 500 audit_unavailable.
type Auditor struct {
	h slog.Handler
}

// NewAuditor writes audit lines to w. Writes are serialized; each line is
// one Write call.
func NewAuditor(w io.Writer) *Auditor {
	return &Auditor{h: slog.NewJSONHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo})}
}

// AuditEntry is one decision.
type AuditEntry struct {
	Time       time.Time
	Outcome    string
	Code       Code // "" when granted
	Reason     string
	Instance   common.Hash     // zero when the request did not name a valid key
	Workload   *common.Hash    // nil when unknown
	Operator   *common.Address // nil when unknown
	Label      string
	Source     string // "database", "chain" or "database+chain"; "" before the chain was consulted
	Block      uint64
	ConfigHash *common.Hash
	ConfigFrom string // the storage backend that served the configuration
	CertSerial string // hex
	NotAfter   time.Time
	Remote     string
	Duration   time.Duration
}

// Record writes e. The error is the writer's.
func (a *Auditor) Record(ctx context.Context, e *AuditEntry) error {
	level := slog.LevelInfo
	if e.Outcome != OutcomeGranted {
		level = slog.LevelWarn
	}
	r := slog.NewRecord(e.Time, level, "provision", 0)
	r.AddAttrs(slog.String("outcome", e.Outcome))
	if e.Instance != (common.Hash{}) {
		r.AddAttrs(slog.String("instance", e.Instance.Hex()))
	}
	if e.Code != "" {
		r.AddAttrs(slog.String("code", string(e.Code)))
	}
	if e.Reason != "" {
		r.AddAttrs(slog.String("reason", e.Reason))
	}
	if e.Workload != nil {
		r.AddAttrs(slog.String("workload", e.Workload.Hex()))
	}
	if e.Operator != nil {
		r.AddAttrs(slog.String("operator", e.Operator.Hex()))
	}
	if e.Label != "" {
		r.AddAttrs(slog.String("label", e.Label))
	}
	if e.Source != "" {
		r.AddAttrs(slog.String("source", e.Source), slog.Uint64("block", e.Block))
	}
	if e.ConfigHash != nil {
		r.AddAttrs(slog.String("configHash", e.ConfigHash.Hex()))
	}
	if e.ConfigFrom != "" {
		r.AddAttrs(slog.String("configFrom", e.ConfigFrom))
	}
	if e.CertSerial != "" {
		r.AddAttrs(slog.String("certSerial", e.CertSerial), slog.Time("certNotAfter", e.NotAfter.UTC()))
	}
	if e.Remote != "" {
		r.AddAttrs(slog.String("remote", e.Remote))
	}
	r.AddAttrs(slog.Float64("durationMs", float64(e.Duration.Microseconds())/1000))
	if err := a.h.Handle(ctx, r); err != nil {
		return fmt.Errorf("writing the audit line: %w", err)
	}
	return nil
}
