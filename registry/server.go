package registry

import (
	"bytes"
	"context"
	"crypto"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

// KMS is what the registry needs of the key management (*kms.KMS).
type KMS interface {
	Sealed() bool
	PKI() kms.PKI
	CASigner() crypto.Signer
	OpenSecret(ctx context.Context, envelope []byte) ([]byte, error)
}

// StateReader reads the indexer's database view of an instance (*DB).
type StateReader interface {
	Record(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error)
}

// ChainReader reads the Registry's view of an instance at the newest final
// block (*Chain).
type ChainReader interface {
	FinalRecord(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error)
}

// ConfigSource fetches a configuration by its sha256 from the storage
// backends, in order, returning only bytes with that hash, and the backend
// that served them (*storage.Resolver).
type ConfigSource interface {
	Resolve(ctx context.Context, uris []string, hash [32]byte) ([]byte, string, error)
}

// ArtifactSource serves secret envelopes by their sha256 (*Artifacts).
type ArtifactSource interface {
	Artifact(ctx context.Context, hash [32]byte) ([]byte, error)
}

// ArtifactLister is implemented by artifact sources that know which
// artifacts currently exist (known is false when they cannot tell).
type ArtifactLister interface {
	HasArtifact(hash [32]byte) (present, known bool)
}

// Defaults of Config.
const (
	DefaultNonceTTL      = 60 * time.Second
	DefaultMaxChallenges = 100_000
	DefaultMaxChainLag   = 2 * time.Minute
	maxChallengeBody     = 1024
	maxTemplateCache     = 256
)

// Config configures a Server.
type Config struct {
	KMS       KMS            // required
	State     StateReader    // required: the indexer's database
	Chain     ChainReader    // nil: every decision that needs confirmation is refused (stale_chain_view)
	Configs   ConfigSource   // required
	Artifacts ArtifactSource // required: secret envelopes
	Audit     *Auditor       // required

	// Zone is dnsd's zone; an instance's certificate is for <label>.<zone>.
	Zone string
	// CertValidity of instance certificates (DefaultCertValidity).
	CertValidity time.Duration
	// NonceTTL is how long a challenge is valid (DefaultNonceTTL).
	NonceTTL time.Duration
	// MaxChallenges bounds the unused challenges held (DefaultMaxChallenges).
	MaxChallenges int
	// MaxChainLag: when the database's last indexed block is older than
	// this (by wall clock), a grant is confirmed on chain (DefaultMaxChainLag).
	MaxChainLag time.Duration
	// RenderedCacheBytes bounds the cache of rendered configurations (by
	// configuration hash; they hold opened secrets). 0 disables it. It is
	// only used when Artifacts can tell whether an artifact is still listed
	// (ArtifactLister, e.g. *CachedArtifacts): a cached configuration is
	// served only while every secret it expanded is still an artifact.
	RenderedCacheBytes int64

	Log        *slog.Logger          // nil discards
	Registerer prometheus.Registerer // nil: metrics are not exported
	Now        func() time.Time      // nil: time.Now
}

// Server is the relying party: it answers challenges and provisioning
// requests. It is safe for concurrent use.
type Server struct {
	kms       KMS
	pki       kms.PKI
	state     StateReader
	chain     ChainReader
	configs   ConfigSource
	artifacts ArtifactSource
	audit     *Auditor
	issuer    *issuer
	zone      string
	maxLag    time.Duration
	nonces    *nonceStore
	log       *slog.Logger
	m         *metrics
	now       func() time.Time

	tmu       sync.Mutex
	templates map[common.Hash]*configTemplate

	lister      ArtifactLister // nil: no rendered cache
	rmu         sync.Mutex
	rendered    map[common.Hash]*renderedConfig
	renderedSz  int64
	renderedMax int64
}

// renderedConfig is a rendered configuration and the secrets it expanded.
type renderedConfig struct {
	data    []byte
	secrets [][32]byte
}

// New checks cfg and returns a Server.
func New(cfg Config) (*Server, error) {
	switch {
	case cfg.KMS == nil:
		return nil, errors.New("registry: no KMS")
	case cfg.State == nil:
		return nil, errors.New("registry: no database reader")
	case cfg.Configs == nil:
		return nil, errors.New("registry: no configuration source")
	case cfg.Artifacts == nil:
		return nil, errors.New("registry: no artifact source")
	case cfg.Audit == nil:
		return nil, errors.New("registry: no audit log")
	}
	zone, err := checkZone(cfg.Zone)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	if cfg.CertValidity == 0 {
		cfg.CertValidity = DefaultCertValidity
	}
	if cfg.NonceTTL == 0 {
		cfg.NonceTTL = DefaultNonceTTL
	}
	if cfg.MaxChallenges == 0 {
		cfg.MaxChallenges = DefaultMaxChallenges
	}
	if cfg.MaxChainLag == 0 {
		cfg.MaxChainLag = DefaultMaxChainLag
	}
	if cfg.NonceTTL < 0 || cfg.MaxChallenges < 0 || cfg.MaxChainLag < 0 || cfg.RenderedCacheBytes < 0 {
		return nil, errors.New("registry: negative nonce TTL, challenge limit, chain lag or rendered-cache size")
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	pki := cfg.KMS.PKI()
	is, err := newIssuer(pki.CACertificate, cfg.KMS.CASigner(), cfg.CertValidity)
	if err != nil {
		return nil, fmt.Errorf("registry: %w", err)
	}
	s := &Server{
		kms: cfg.KMS, pki: pki, state: cfg.State, chain: cfg.Chain, configs: cfg.Configs, artifacts: cfg.Artifacts,
		audit: cfg.Audit, issuer: is, zone: zone, maxLag: cfg.MaxChainLag,
		nonces: newNonceStore(cfg.NonceTTL, cfg.MaxChallenges, cfg.Now),
		log:    cfg.Log, now: cfg.Now, templates: make(map[common.Hash]*configTemplate),
	}
	if l, ok := cfg.Artifacts.(ArtifactLister); ok && cfg.RenderedCacheBytes > 0 {
		s.lister, s.renderedMax, s.rendered = l, cfg.RenderedCacheBytes, make(map[common.Hash]*renderedConfig)
	}
	s.m = newMetrics(cfg.Registerer,
		func() float64 { return float64(s.nonces.outstanding()) },
		func() float64 {
			if s.kms.Sealed() {
				return 1
			}
			return 0
		})
	if cfg.Chain == nil {
		s.log.Warn("registry: no chain reader: grants the database cannot make alone (stale or not final) are refused with stale_chain_view")
	}
	return s, nil
}

// Handler serves the public API: POST /v1/challenge and POST /v1/provision.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/challenge", s.handleChallenge)
	mux.HandleFunc("POST /v1/provision", s.handleProvision)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("registry: handler panic", "path", r.URL.Path, "panic", v)
				s.writeError(w, refuse(CodeInternal, "internal error"))
			}
		}()
		mux.ServeHTTP(w, r)
	})
}

func (s *Server) handleChallenge(w http.ResponseWriter, r *http.Request) {
	if _, err := io.Copy(io.Discard, http.MaxBytesReader(w, r.Body, maxChallengeBody)); err != nil {
		s.writeError(w, refuse(CodeRequestTooLarge, "a challenge request has no body (at most %d bytes are read)", maxChallengeBody))
		return
	}
	if s.kms.Sealed() {
		s.m.challenges.WithLabelValues("refused").Inc()
		s.writeError(w, refuse(CodeKMSSealed, "the KMS is sealed: provisioning resumes once the custodians have unsealed it"))
		return
	}
	n, exp, err := s.nonces.issue()
	if err != nil {
		s.m.challenges.WithLabelValues("refused").Inc()
		if errors.Is(err, errTooManyChallenges) {
			s.writeError(w, refuse(CodeTooManyChallenges, "%v; retry later", err))
			return
		}
		s.log.Error("registry: issuing a challenge", "err", err)
		s.writeError(w, refuse(CodeInternal, "issuing a challenge failed"))
		return
	}
	s.m.challenges.WithLabelValues("issued").Inc()
	s.writeJSON(w, http.StatusOK, &ChallengeResponse{Nonce: n[:], ExpiresAt: exp.Unix()})
}

func (s *Server) handleProvision(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	e := &AuditEntry{Time: s.now(), Remote: r.RemoteAddr}
	resp, ref := s.provision(r.Context(), w, r, e)
	e.Duration = time.Since(start)
	actx := context.WithoutCancel(r.Context())
	if ref == nil {
		e.Outcome = OutcomeGranted
		if err := s.audit.Record(actx, e); err != nil {
			s.log.Error("registry: audit failed; the grant is withheld", "instance", e.Instance, "err", err)
			ref = refuse(CodeAuditUnavailable, "the decision could not be audited, so nothing is delivered")
		} else {
			s.m.provisions.WithLabelValues(OutcomeGranted, "").Inc()
			s.m.duration.WithLabelValues(OutcomeGranted).Observe(e.Duration.Seconds())
			s.writeJSON(w, http.StatusOK, resp)
			return
		}
	} else {
		e.Outcome = OutcomeRefused
		if ref.Status >= 500 {
			e.Outcome = OutcomeFailed
		}
		e.Code, e.Reason = ref.Code, ref.Reason
		if err := s.audit.Record(actx, e); err != nil {
			s.log.Error("registry: audit failed", "instance", e.Instance, "code", ref.Code, "err", err)
		}
	}
	outcome := OutcomeRefused
	if ref.Status >= 500 {
		outcome = OutcomeFailed
	}
	s.m.provisions.WithLabelValues(outcome, string(ref.Code)).Inc()
	s.m.duration.WithLabelValues(outcome).Observe(e.Duration.Seconds())
	s.writeError(w, ref)
}

// provision runs the whole flow; e collects what the audit line says.
func (s *Server) provision(ctx context.Context, w http.ResponseWriter, r *http.Request, e *AuditEntry) (*ProvisionResponse, *Refusal) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxRequestSize))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, refuse(CodeRequestTooLarge, "request body exceeds %d bytes", MaxRequestSize)
		}
		return nil, refuse(CodeBadRequest, "reading the request body: %v", err)
	}
	req, err := ParseProvisionRequest(body)
	if err != nil {
		return nil, refuse(CodeBadRequest, "%v", err)
	}
	pub, err := ParsePublicKey(req.PublicKey)
	if err != nil {
		return nil, refuse(CodeBadRequest, "publicKey: %v", err)
	}
	id := InstanceID(req.PublicKey)
	e.Instance = id
	if s.kms.Sealed() {
		return nil, refuse(CodeKMSSealed, "the KMS is sealed: provisioning resumes once the custodians have unsealed it")
	}
	if !VerifyProvision(pub, req.Nonce, req.CSR, req.Signature) {
		return nil, refuse(CodeBadSignature, "the signature does not verify with the presented public key over (%q ‖ nonce ‖ sha256(csr))", ProvisionDomain)
	}
	if !s.nonces.consume([NonceSize]byte(req.Nonce)) {
		return nil, refuse(CodeReplayedNonce, "the nonce was not issued by this registry, has expired or was already used; get a new challenge")
	}
	csr, err := parseCSR(req.CSR)
	if err != nil {
		return nil, refuse(CodeBadCSR, "%v", err)
	}

	now := s.now()
	rec, source, ref := s.decide(ctx, id, req.PublicKey, now)
	if rec != nil && rec.Found {
		wl, op := rec.Instance.WorkloadID, rec.Instance.Operator
		e.Workload, e.Operator, e.Label = &wl, &op, rec.Instance.Label
	}
	if rec != nil {
		e.Source, e.Block = source, rec.Block
	}
	if ref != nil {
		return nil, ref
	}
	ch := rec.ConfigHash
	e.ConfigHash = &ch

	config, from, ref := s.resolveConfig(ctx, rec)
	if ref != nil {
		return nil, ref
	}
	defer clear(config)
	e.ConfigFrom = from

	if !isDNSLabel(rec.Instance.Label) {
		return nil, refuse(CodeStaleChainView, "instance %s has label %q, which is not a DNS label", id, truncate(rec.Instance.Label, 80))
	}
	dnsName := rec.Instance.Label + "." + s.zone
	chain, serial, notAfter, err := s.issuer.issue(csr, dnsName, time.Unix(int64(min(rec.Instance.ExpiresAt, 1<<62)), 0), now)
	if err != nil {
		if errors.Is(err, kms.ErrSealed) {
			return nil, refuse(CodeKMSSealed, "the KMS is sealed")
		}
		s.log.Error("registry: issuing a certificate", "instance", id, "err", err)
		return nil, refuse(CodeInternal, "issuing the certificate failed")
	}
	e.CertSerial, e.NotAfter = serial.Text(16), notAfter

	plain, err := json.Marshal(&Provisioning{
		InstanceID: id, WorkloadID: rec.Instance.WorkloadID, Label: rec.Instance.Label, DNSName: dnsName,
		ConfigHash: rec.ConfigHash, Config: config, Certificate: chain, ExpiresAt: rec.Instance.ExpiresAt,
	})
	if err != nil {
		return nil, refuse(CodeInternal, "encoding the answer failed")
	}
	defer clear(plain)
	resp, err := sealProvisioning(req.PublicKey, req.Nonce, plain)
	if err != nil {
		s.log.Error("registry: sealing the answer", "instance", id, "err", err)
		return nil, refuse(CodeInternal, "sealing the answer failed")
	}
	return resp, nil
}

// ParseProvisionRequest decodes a provisioning request strictly: one JSON
// object, no unknown or missing fields, nothing after it, and every field of
// the right size (the signature's content is checked later).
func ParseProvisionRequest(body []byte) (*ProvisionRequest, error) {
	if len(body) > MaxRequestSize {
		return nil, fmt.Errorf("request body is %d bytes, more than %d", len(body), MaxRequestSize)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	var req ProvisionRequest
	if err := dec.Decode(&req); err != nil {
		return nil, fmt.Errorf("request body is not a provisioning request: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("request body has data after the JSON object")
	}
	switch {
	case len(req.PublicKey) == 0:
		return nil, errors.New("publicKey is missing")
	case len(req.Nonce) != NonceSize:
		return nil, fmt.Errorf("nonce is %d bytes, want %d", len(req.Nonce), NonceSize)
	case len(req.CSR) == 0:
		return nil, errors.New("csr is missing")
	case len(req.CSR) > MaxCSRSize:
		return nil, fmt.Errorf("csr is %d bytes, more than %d", len(req.CSR), MaxCSRSize)
	case len(req.Signature) == 0:
		return nil, errors.New("signature is missing")
	case len(req.Signature) > MaxSignatureSize:
		return nil, fmt.Errorf("signature is %d bytes, more than the %d of an ASN.1 DER P-256 ECDSA signature", len(req.Signature), MaxSignatureSize)
	}
	return &req, nil
}

// decide establishes whether the chain allows provisioning instance id. It
// returns the view the answer rests on, where it came from ("database",
// "chain" or "database+chain"), and a refusal or nil.
//
//   - The database view refuses: refused (refusals need no confirmation).
//   - The database view allows, is fresh (its last block is at most
//     MaxChainLag old by wall clock) and every row it rests on is in a
//     final block: granted.
//   - Otherwise (stale, not final, or the database failed) the Registry is
//     read at the newest final block: it must allow too, and agree with the
//     database on workload, operator, label and configuration hash. A
//     failing read or a disagreement is stale_chain_view.
func (s *Server) decide(ctx context.Context, id common.Hash, pubkey []byte, now time.Time) (*Record, string, *Refusal) {
	db, dbErr := s.state.Record(ctx, id, s.pki)
	var why, whyText string
	if dbErr != nil {
		if ctx.Err() != nil {
			return nil, "", refuse(CodeInternal, "request canceled")
		}
		s.log.Warn("registry: reading the indexer's database failed; confirming on chain", "instance", id, "err", dbErr)
		why, whyText = "no_database", "the indexer's database could not be read"
	} else {
		lag := db.lag(now)
		s.m.dbLag.Set(lag.Seconds())
		if ref := evaluate(db, pubkey, now); ref != nil {
			if lag > s.maxLag {
				ref.Reason += fmt.Sprintf("; note: the database is %s behind the wall clock", lag.Round(time.Second))
			}
			return db, string(SourceDatabase), ref
		}
		switch {
		case lag > s.maxLag:
			why, whyText = "stale", fmt.Sprintf("the database's last block %d is %s old (limit %s)", db.Block, lag.Round(time.Second), s.maxLag)
		case !db.final():
			why, whyText = "not_final", fmt.Sprintf("the database's rows of instance %s are not final (newest row at block %d, final block %d)",
				id, max(db.Instance.Block, db.WorkloadBlock, db.RoleBlock, db.PolicyBlock), db.Finalized)
		default:
			return db, string(SourceDatabase), nil
		}
		db = cloneRecord(db)
	}
	if s.chain == nil {
		s.m.confirmations.WithLabelValues(why, "failed").Inc()
		return db, string(SourceDatabase), refuse(CodeStaleChainView, "%s, and no chain RPC is configured to confirm on chain", whyText)
	}
	ch, err := s.chain.FinalRecord(ctx, id, s.pki)
	if err != nil {
		s.m.confirmations.WithLabelValues(why, "failed").Inc()
		s.log.Warn("registry: confirming on chain failed", "instance", id, "why", why, "err", err)
		return db, string(SourceDatabase), refuse(CodeStaleChainView, "%s, and confirming on chain failed: %v", whyText, err)
	}
	if ref := evaluate(ch, pubkey, now); ref != nil {
		s.m.confirmations.WithLabelValues(why, "refused").Inc()
		ref.Reason += "; confirmation was needed because " + whyText
		return ch, string(SourceChain), ref
	}
	if db == nil {
		s.m.confirmations.WithLabelValues(why, "confirmed").Inc()
		return ch, string(SourceChain), nil
	}
	if d := disagreement(db, ch); d != "" {
		s.m.confirmations.WithLabelValues(why, "disagreed").Inc()
		return ch, "database+chain", refuse(CodeStaleChainView, "the database (block %d) and the chain (final block %d) disagree on the %s", db.Block, ch.Block, d)
	}
	s.m.confirmations.WithLabelValues(why, "confirmed").Inc()
	ch.Instance.ExpiresAt = min(ch.Instance.ExpiresAt, db.Instance.ExpiresAt)
	return ch, "database+chain", nil
}

func cloneRecord(r *Record) *Record {
	c := *r
	return &c
}

// resolveConfig fetches the configuration template, checks its hash again,
// opens the secrets it names and renders it. All or nothing: any failure
// returns no bytes at all.
func (s *Server) resolveConfig(ctx context.Context, rec *Record) ([]byte, string, *Refusal) {
	hash := rec.ConfigHash
	if len(rec.Backends) == 0 {
		s.m.configs.WithLabelValues("unavailable").Inc()
		return nil, "", refuse(CodeConfigUnavailable, "configuration %s: no storage backends are listed on chain", hash)
	}
	if out, ok := s.cachedRender(hash); ok {
		s.m.configs.WithLabelValues("cached").Inc()
		return out, "cache", nil
	}
	data, from, err := s.configs.Resolve(ctx, rec.Backends, hash)
	if err != nil {
		s.m.configs.WithLabelValues("unavailable").Inc()
		s.log.Warn("registry: configuration unavailable", "config", hash, "err", err)
		return nil, "", refuse(CodeConfigUnavailable, "configuration %s: %s", hash, summarizeResolveError(err, len(rec.Backends)))
	}
	if sha256.Sum256(data) != hash {
		s.m.configs.WithLabelValues("unavailable").Inc()
		return nil, "", refuse(CodeConfigUnavailable, "configuration %s: the storage layer returned bytes of another hash (from %s)", hash, from)
	}
	tmpl, err := s.template(hash, data)
	if err != nil {
		s.m.configs.WithLabelValues("invalid").Inc()
		return nil, "", refuse(CodeConfigInvalid, "configuration %s: %v", hash, err)
	}
	secrets := make(map[[32]byte][]byte, len(tmpl.secrets))
	defer func() {
		for _, v := range secrets {
			clear(v)
		}
	}()
	for _, sid := range tmpl.secrets {
		env, err := s.artifacts.Artifact(ctx, sid)
		if err != nil {
			s.m.secrets.WithLabelValues("missing").Inc()
			s.m.configs.WithLabelValues("invalid").Inc()
			if errors.Is(err, storage.ErrNotFound) {
				return nil, "", refuse(CodeConfigInvalid, "configuration %s names secret %x, which is not an artifact (not stored, removed, or not indexed yet)", hash, sid)
			}
			s.log.Warn("registry: reading a secret envelope failed", "secret", fmt.Sprintf("%x", sid), "err", err)
			return nil, "", refuse(CodeConfigUnavailable, "configuration %s: reading secret %x failed", hash, sid)
		}
		if sha256.Sum256(env) != sid {
			s.m.secrets.WithLabelValues("missing").Inc()
			return nil, "", refuse(CodeConfigUnavailable, "configuration %s: the envelope served for secret %x has another hash", hash, sid)
		}
		pt, err := s.kms.OpenSecret(ctx, env)
		if err != nil {
			if errors.Is(err, kms.ErrSealed) {
				return nil, "", refuse(CodeKMSSealed, "the KMS is sealed")
			}
			s.m.secrets.WithLabelValues("unopened").Inc()
			s.m.configs.WithLabelValues("invalid").Inc()
			return nil, "", refuse(CodeConfigInvalid, "configuration %s: secret %x does not open with this registry's secrets key: %v", hash, sid, err)
		}
		s.m.secrets.WithLabelValues("opened").Inc()
		secrets[sid] = pt
	}
	out, err := tmpl.render(secrets)
	if err != nil {
		s.m.configs.WithLabelValues("invalid").Inc()
		return nil, "", refuse(CodeConfigInvalid, "configuration %s: %v", hash, err)
	}
	s.m.configs.WithLabelValues("ok").Inc()
	s.cacheRender(hash, out, tmpl.secrets)
	return out, from, nil
}

// cachedRender returns a copy of the cached rendered configuration of hash,
// if there is one and every secret it expanded is still a listed artifact.
func (s *Server) cachedRender(hash common.Hash) ([]byte, bool) {
	if s.lister == nil {
		return nil, false
	}
	s.rmu.Lock()
	rc, ok := s.rendered[hash]
	s.rmu.Unlock()
	if !ok {
		return nil, false
	}
	for _, id := range rc.secrets {
		if present, known := s.lister.HasArtifact(id); !present || !known {
			s.rmu.Lock()
			if s.rendered[hash] == rc {
				delete(s.rendered, hash)
				s.renderedSz -= int64(len(rc.data))
				clear(rc.data)
			}
			s.rmu.Unlock()
			return nil, false
		}
	}
	s.rmu.Lock()
	defer s.rmu.Unlock()
	if s.rendered[hash] != rc { // evicted (and cleared) meanwhile
		return nil, false
	}
	return bytes.Clone(rc.data), true
}

func (s *Server) cacheRender(hash common.Hash, data []byte, secrets [][32]byte) {
	if s.lister == nil || int64(len(data)) > s.renderedMax {
		return
	}
	for _, id := range secrets {
		if present, known := s.lister.HasArtifact(id); !present || !known {
			return // found on chain but not indexed yet: not cached
		}
	}
	s.rmu.Lock()
	defer s.rmu.Unlock()
	if s.renderedSz+int64(len(data)) > s.renderedMax {
		for _, rc := range s.rendered {
			clear(rc.data)
		}
		clear(s.rendered)
		s.renderedSz = 0
	}
	if old, ok := s.rendered[hash]; ok {
		s.renderedSz -= int64(len(old.data))
	}
	s.rendered[hash] = &renderedConfig{data: bytes.Clone(data), secrets: secrets}
	s.renderedSz += int64(len(data))
}

// template returns the compiled template of the configuration whose hash is
// hash (cached: the hash names the bytes).
func (s *Server) template(hash common.Hash, data []byte) (*configTemplate, error) {
	s.tmu.Lock()
	t, ok := s.templates[hash]
	s.tmu.Unlock()
	if ok {
		return t, nil
	}
	t, err := compileTemplate(data)
	if err != nil {
		return nil, err
	}
	s.tmu.Lock()
	if len(s.templates) >= maxTemplateCache {
		clear(s.templates)
	}
	s.templates[hash] = t
	s.tmu.Unlock()
	return t, nil
}

// summarizeResolveError describes a failed resolution without quoting what
// the backends answered: one category per backend.
func summarizeResolveError(err error, n int) string {
	var rerr *storage.ResolveError
	if !errors.As(err, &rerr) {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
			return "fetching it timed out or was canceled"
		}
		return fmt.Sprintf("none of the %d storage backends served it", n)
	}
	if len(rerr.Attempts) == 0 && rerr.Canceled == nil {
		return "no storage backends are listed on chain"
	}
	parts := make([]string, 0, len(rerr.Attempts))
	for _, a := range rerr.Attempts {
		what := "failed"
		switch {
		case errors.Is(a.Err, storage.ErrHashMismatch):
			what = "served bytes of another hash"
		case errors.Is(a.Err, storage.ErrNotFound):
			what = "does not hold it"
		case errors.Is(a.Err, storage.ErrTooLarge):
			what = "served too many bytes"
		case errors.Is(a.Err, storage.ErrInvalidURI):
			what = "has an invalid URI"
		case errors.Is(a.Err, context.DeadlineExceeded):
			what = "timed out"
		}
		parts = append(parts, fmt.Sprintf("%s %s", a.URI, what))
	}
	msg := fmt.Sprintf("no storage backend served bytes with this hash (%d tried: %s)", len(rerr.Attempts), strings.Join(parts, "; "))
	if rerr.Canceled != nil {
		msg += "; stopped early: " + rerr.Canceled.Error()
	}
	return msg
}

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		s.log.Error("registry: encoding a response", "err", err)
		status, body = http.StatusInternalServerError, []byte(`{"code":"internal_error","error":"encoding the response failed"}`)
	}
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_, _ = w.Write(append(body, '\n'))
}

func (s *Server) writeError(w http.ResponseWriter, ref *Refusal) {
	s.writeJSON(w, ref.Status, &ErrorResponse{Code: ref.Code, Error: ref.Reason})
}
