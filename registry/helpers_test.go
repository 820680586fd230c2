package registry

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"
	"github.com/teereg/teereg/registry/kms"
	"github.com/teereg/teereg/registry/storage"
)

func TestMain(m *testing.M) {
	if spec := os.Getenv(benchClientEnv); spec != "" {
		os.Exit(runBenchClient(spec)) // TestBenchRegistry's load generator
	}
	os.Exit(pgtest.Run(m))
}

func testLog(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

// lockedBuffer is an audit writer tests can read while the server writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
	err error // returned by Write when set
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.err != nil {
		return 0, b.err
	}
	return b.buf.Write(p)
}

// lines returns the audit lines written so far, decoded.
func (b *lockedBuffer) lines(t testing.TB) []map[string]any {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(b.buf.String()), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("audit line %q is not JSON: %v", l, err)
		}
		out = append(out, m)
	}
	return out
}

// Markers that must never appear in an answer other than sealed.
const (
	secretPlain = "SECRET-MARKER-91c2-hunter2"
	configMark  = "CONFIG-MARKER-7f3a"
	zone        = "peers.example.com"
)

// fixture is a registry in front of a fresh indexer database that the test
// fills in the indexer's place.
type fixture struct {
	t        *testing.T
	db       *pgtest.DB
	keys     *kms.Keys
	kms      *kms.KMS
	srv      *Server
	http     *httptest.Server
	audit    *lockedBuffer
	reg      *prometheus.Registry
	chain    *fakeChain
	snap     *Snapshot    // with fixtureOpts.snapshot
	now      time.Time    // the server's clock (see setNow)
	clock    atomic.Int64 // now, for the server's goroutines
	dirs     []string     // file:// backend directories, in order
	workload common.Hash
	operator common.Address
	template []byte      // the configuration template
	config   common.Hash // its sha256
	secretID string
	rendered []byte // what the template renders to
}

type fixtureOpts struct {
	noChain     bool
	maxChainLag time.Duration
	kms         *kms.KMS // default: unsealed fresh keys
	keys        *kms.Keys
	backends    int  // file backends (default 2)
	snapshot    bool // the in-memory Snapshot (and cached artifacts) instead of a query per request
	cacheBytes  int64
	rendered    int64      // Config.RenderedCacheBytes (with snapshot)
	db          *pgtest.DB // an empty database to use (default: pgtest.New)
}

func newFixture(t *testing.T, o fixtureOpts) *fixture {
	t.Helper()
	ctx := t.Context()
	f := &fixture{t: t, db: o.db, audit: &lockedBuffer{}, reg: prometheus.NewRegistry(),
		now: time.Now().Truncate(time.Second), workload: common.HexToHash("0xa11ce"), operator: common.HexToAddress("0xaa")}
	if f.db == nil {
		f.db = pgtest.New(t)
	}
	f.clock.Store(f.now.UnixNano())
	if _, err := schema.Migrate(ctx, f.db.Pool); err != nil {
		t.Fatal(err)
	}
	f.keys, f.kms = o.keys, o.kms
	if f.kms == nil {
		keys, err := kms.GenerateKeys()
		if err != nil {
			t.Fatal(err)
		}
		f.keys, f.kms = keys, kms.NewUnsealed(keys, nil)
	}
	pki := f.kms.PKI()

	// The secret, as an artifact, and the configuration that names it.
	env, err := kms.EncryptSecret(pki.SecretsPublicKey, []byte(secretPlain))
	if err != nil {
		t.Fatal(err)
	}
	f.secretID = kms.SecretID(env)
	f.exec(`INSERT INTO artifacts (hash, writer, data, block_number) VALUES ($1, $2, $3, 5)`, sha(env), f.operator[:], env)
	f.template = fmt.Appendf(nil, "# %s\napi_token = {{ secret %q | json }}\nraw = {{ secret %q }}\n", configMark, f.secretID, f.secretID)
	f.rendered = fmt.Appendf(nil, "# %s\napi_token = %q\nraw = %s\n", configMark, secretPlain, secretPlain)
	f.config = sha256.Sum256(f.template)

	if o.backends == 0 {
		o.backends = 2
	}
	for i := range o.backends {
		dir := t.TempDir()
		f.dirs = append(f.dirs, dir)
		f.exec(`INSERT INTO storage_backends (position, uri, block_number) VALUES ($1, $2, 5)`, i, "file://"+dir)
	}
	f.putConfig(len(f.dirs)-1, f.template) // the last backend holds it

	f.setCursor(100, f.now.Add(-5*time.Second), 100)
	f.exec(`INSERT INTO registry_state (admin, paused, quote_verifier, instance_ttl, tcb_policy, block_number) VALUES ($1, false, $1, 3600, 3, 5)`, make([]byte, 20))
	f.exec(`INSERT INTO roles (account, roles, block_number) VALUES ($1, 1, 5)`, f.operator[:])
	f.exec(`INSERT INTO workloads (workload_id, config_hash, block_number) VALUES ($1, $2, 5)`, f.workload[:], f.config[:])
	f.exec(`INSERT INTO pki (version, ca_certificate, secrets_public_key, kms_attestation, block_number) VALUES (1, $1, $2, '', 5)`, pki.CACertificate, pki.SecretsPublicKey)

	db := NewDB(f.db.Pool)
	var state StateReader = db
	var arts ArtifactSource = &Artifacts{DB: db}
	if o.snapshot {
		f.snap = NewSnapshot(f.db.Pool, 0, testLog(t), f.reg)
		state = f.snap
		arts = &CachedArtifacts{Snapshot: f.snap, Source: arts, MaxBytes: 1 << 20}
	}
	cfg := Config{
		KMS: f.kms, State: state, Configs: storage.NewResolver(storage.Options{Artifacts: arts, Logger: testLog(t), CacheBytes: o.cacheBytes}), Artifacts: arts,
		Audit: NewAuditor(f.audit), Zone: zone, MaxChainLag: o.maxChainLag, Log: testLog(t), Registerer: f.reg, RenderedCacheBytes: o.rendered,
		Now: func() time.Time { return time.Unix(0, f.clock.Load()) },
	}
	if !o.noChain {
		f.chain = &fakeChain{}
		cfg.Chain = f.chain
	}
	f.srv, err = New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.http = httptest.NewServer(f.srv.Handler())
	t.Cleanup(f.http.Close)
	return f
}

// reload loads the snapshot (fixtureOpts.snapshot) after changes.
func (f *fixture) reload() {
	f.t.Helper()
	if err := f.snap.Load(context.Background()); err != nil {
		f.t.Fatal(err)
	}
}

// sync reloads the snapshot, if any, as the indexer's NOTIFY would; a
// database without a cursor leaves the snapshot unloaded.
func (f *fixture) sync() {
	f.t.Helper()
	if f.snap == nil {
		return
	}
	if err := f.snap.Load(context.Background()); err != nil && !errors.Is(err, ErrNotIndexed) {
		f.t.Fatal(err)
	}
}

// setNow moves the server's clock.
func (f *fixture) setNow(t time.Time) {
	f.now = t
	f.clock.Store(t.UnixNano())
}

func sha(b []byte) []byte { h := sha256.Sum256(b); return h[:] }

func (f *fixture) exec(sql string, args ...any) {
	f.t.Helper()
	if _, err := f.db.Pool.Exec(context.Background(), sql, args...); err != nil {
		f.t.Fatalf("%s: %v", sql, err)
	}
}

func (f *fixture) setCursor(block uint64, blockTime time.Time, finalized uint64) {
	f.t.Helper()
	f.exec(`INSERT INTO cursor (block_number, block_hash, block_time, finalized_number) VALUES ($1, $2, $3, $4)
		ON CONFLICT (singleton) DO UPDATE SET block_number = excluded.block_number, block_time = excluded.block_time, finalized_number = excluded.finalized_number`,
		block, make([]byte, 32), blockTime.Unix(), finalized)
}

// putConfig stores data under its hash in file backend i.
func (f *fixture) putConfig(i int, data []byte) {
	f.t.Helper()
	f.putAt(i, sha256.Sum256(data), data)
}

// putAt stores data under name hash in file backend i (a tampered backend
// stores other bytes under the hash).
func (f *fixture) putAt(i int, hash [32]byte, data []byte) {
	f.t.Helper()
	if err := os.WriteFile(filepath.Join(f.dirs[i], hex.EncodeToString(hash[:])), data, 0o644); err != nil {
		f.t.Fatal(err)
	}
}

// instance is a registered instance: its attested key and CSR.
type instance struct {
	key    *ecdsa.PrivateKey
	pub    []byte
	id     common.Hash
	label  string
	tlsKey *ecdsa.PrivateKey
	csr    []byte
}

type instanceOpts struct {
	status    uint8
	tcb       uint8
	expiresIn time.Duration // default 1h
	block     uint64        // default 50
	workload  *common.Hash
	operator  *common.Address
	reason    []byte
}

// addInstance registers a fresh instance in the database.
func (f *fixture) addInstance(label string, o instanceOpts) *instance {
	f.t.Helper()
	in := newInstanceKeys(f.t, label)
	if o.status == 0 {
		o.status = statusActive
	}
	if o.expiresIn == 0 {
		o.expiresIn = time.Hour
	}
	if o.block == 0 {
		o.block = 50
	}
	wl, op := f.workload, f.operator
	if o.workload != nil {
		wl = *o.workload
	}
	if o.operator != nil {
		op = *o.operator
	}
	f.exec(`INSERT INTO instances (instance_id, workload_id, operator, quote_hash, status, tcb_status, registered_at, expires_at,
			label, pubkey, ipv4, ipv6, port, invalidation_reason, block_number)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, '{10.0.0.1}', '{}', 443, $11, $12)`,
		in.id[:], wl[:], op[:], make([]byte, 32), int16(o.status), int16(o.tcb), f.now.Add(-time.Minute).Unix(), f.now.Add(o.expiresIn).Unix(),
		label, in.pub, o.reason, int64(o.block))
	return in
}

func newInstanceKeys(t testing.TB, label string) *instance {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pub, err := key.PublicKey.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	tlsKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	csr, err := x509.CreateCertificateRequest(rand.Reader, &x509.CertificateRequest{
		Subject: pkix.Name{CommonName: "ignored.example"}, DNSNames: []string{"evil.example"},
	}, tlsKey)
	if err != nil {
		t.Fatal(err)
	}
	return &instance{key: key, pub: pub, id: InstanceID(pub), label: label, tlsKey: tlsKey, csr: csr}
}

// provision runs the client against the fixture.
func (f *fixture) provision(in *instance) (*Provisioned, error) {
	f.sync()
	c := &Client{BaseURL: f.http.URL, HTTP: f.http.Client()}
	return c.Provision(context.Background(), in.key, in.csr)
}

// rawProvision sends a hand-made request and returns the status and body.
func (f *fixture) rawProvision(req any) (int, []byte) {
	f.t.Helper()
	f.sync()
	var body io.Reader
	switch v := req.(type) {
	case []byte:
		body = bytes.NewReader(v)
	default:
		b, err := json.Marshal(v)
		if err != nil {
			f.t.Fatal(err)
		}
		body = bytes.NewReader(b)
	}
	resp, err := f.http.Client().Post(f.http.URL+"/v1/provision", "application/json", body)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatal(err)
	}
	return resp.StatusCode, data
}

func (f *fixture) challenge() []byte {
	f.t.Helper()
	resp, err := f.http.Client().Post(f.http.URL+"/v1/challenge", "application/json", nil)
	if err != nil {
		f.t.Fatal(err)
	}
	defer resp.Body.Close()
	var ch ChallengeResponse
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		f.t.Fatalf("challenge: %d %s", resp.StatusCode, b)
	}
	if err := json.NewDecoder(resp.Body).Decode(&ch); err != nil {
		f.t.Fatal(err)
	}
	return ch.Nonce
}

// signedRequest makes a valid request for in with a fresh challenge.
func (f *fixture) signedRequest(in *instance) *ProvisionRequest {
	f.t.Helper()
	nonce := f.challenge()
	sig, err := SignProvision(in.key, nonce, in.csr)
	if err != nil {
		f.t.Fatal(err)
	}
	return &ProvisionRequest{PublicKey: in.pub, Nonce: nonce, CSR: in.csr, Signature: sig}
}

// assertNoLeak fails when body holds any byte sequence of the secret or the
// configuration: raw, base64 (any alignment, standard or URL alphabet) or
// hex.
func (f *fixture) assertNoLeak(body []byte) {
	f.t.Helper()
	assertNoLeak(f.t, body, [][]byte{[]byte(secretPlain), []byte(configMark), f.template, f.rendered})
}

func assertNoLeak(t testing.TB, body []byte, secrets [][]byte) {
	t.Helper()
	if probe, s := leak(body, secrets); probe != nil {
		t.Fatalf("answer leaks %q (as %q):\n%s", truncate(string(s), 40), probe, body)
	}
}

// leak returns the first probe of a secret found in body.
func leak(body []byte, secrets [][]byte) (probe, secret []byte) {
	lower := bytes.ToLower(body)
	for _, s := range secrets {
		for _, p := range leakProbes(s) {
			if bytes.Contains(body, p) || isHex(p) && bytes.Contains(lower, bytes.ToLower(p)) {
				return p, s
			}
		}
	}
	return nil, nil
}

// leakProbes returns encodings of the first 18 bytes of s that any encoding
// of s (or of a longer text holding s) contains.
func leakProbes(s []byte) [][]byte {
	if len(s) > 18 {
		s = s[:18]
	}
	probes := [][]byte{s, []byte(hex.EncodeToString(s))}
	for off := range 3 {
		for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.URLEncoding} {
			// Prefix with off bytes, encode, drop the characters that
			// depend on the prefix or on what follows.
			e := enc.EncodeToString(append(make([]byte, off), s...))
			skip := (off*8 + 5) / 6
			probes = append(probes, []byte(e[skip+1:len(e)-4]))
		}
	}
	return probes
}

func isHex(b []byte) bool {
	_, err := hex.DecodeString(string(b))
	return err == nil
}

// errorOf decodes an error answer.
func errorOf(t testing.TB, body []byte) ErrorResponse {
	t.Helper()
	var e ErrorResponse
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		t.Fatalf("error answer %q: %v", body, err)
	}
	return e
}

// counter reads a counter of the fixture's registry.
func (f *fixture) counter(name string, labels ...string) float64 {
	f.t.Helper()
	mfs, err := f.reg.Gather()
	if err != nil {
		f.t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	metric:
		for _, m := range mf.GetMetric() {
			for i := 0; i+1 < len(labels); i += 2 {
				found := false
				for _, lp := range m.GetLabel() {
					if lp.GetName() == labels[i] && lp.GetValue() == labels[i+1] {
						found = true
					}
				}
				if !found {
					continue metric
				}
			}
			if c := m.GetCounter(); c != nil {
				return c.GetValue()
			}
			return m.GetGauge().GetValue()
		}
	}
	return 0
}

// fakeChain is a ChainReader that answers with a fixed record.
type fakeChain struct {
	mu    sync.Mutex
	rec   func(id common.Hash) *Record
	err   error
	calls int
}

func (c *fakeChain) FinalRecord(ctx context.Context, id common.Hash, pki kms.PKI) (*Record, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls++
	if c.err != nil {
		return nil, c.err
	}
	if c.rec == nil {
		return nil, fmt.Errorf("fake chain: no record configured")
	}
	r := c.rec(id)
	if r == nil {
		return &Record{Source: SourceChain, Block: 90, Finalized: 90, BlockTime: 1}, nil
	}
	return r, nil
}

func (c *fakeChain) Calls() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.calls
}

// chainRecordFor builds the chain's view of in that agrees with the
// fixture's database.
func (f *fixture) chainRecordFor(in *instance) *Record {
	return &Record{
		Source: SourceChain, Block: 90, BlockTime: uint64(f.now.Add(-time.Minute).Unix()), Finalized: 90, Found: true,
		Instance: InstanceRecord{ID: in.id, WorkloadID: f.workload, Operator: f.operator, Pubkey: in.pub, Label: in.label,
			Status: statusActive, ExpiresAt: uint64(f.now.Add(time.Hour).Unix())},
		ConfigHash: f.config, OperatorRole: true, TCBPolicy: 3, PolicyKnown: true,
		Backends: f.backendURIs(), PKIVersion: 1, PKIMatches: true,
	}
}

func (f *fixture) backendURIs() []string {
	var out []string
	for _, d := range f.dirs {
		out = append(out, "file://"+d)
	}
	return out
}
