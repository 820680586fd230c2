package dnsd

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/sha256"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/netip"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/miekg/dns"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Run(m)) }

const testZone = "peers.example."

// chain plays the indexer: it writes the tables dnsd reads and notifies.
type chain struct {
	t        testing.TB
	pool     *pgxpool.Pool
	url      string
	operator []byte
	workload []byte
	block    int64
	time     int64
}

func newChain(t testing.TB) *chain {
	t.Helper()
	db := pgtest.New(t)
	return newChainOn(t, db.Pool, db.URL)
}

// newChainOn is newChain on an empty database of the caller's (pool,
// reachable at url).
func newChainOn(t testing.TB, pool *pgxpool.Pool, url string) *chain {
	t.Helper()
	if _, err := schema.Migrate(t.Context(), pool); err != nil {
		t.Fatalf("migrate: %v", err)
	}
	c := &chain{t: t, pool: pool, url: url, operator: bytesOf(0x0a, 20), workload: bytesOf(0x1c, 32), time: 1_700_000_000}
	c.exec(`INSERT INTO roles (account, roles, block_number) VALUES ($1, 1, 1)`, c.operator)
	c.exec(`INSERT INTO workloads (workload_id, config_hash, block_number) VALUES ($1, $2, 1)`, c.workload, bytesOf(0xcc, 32))
	return c
}

func bytesOf(b byte, n int) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = b
	}
	return out
}

func (c *chain) exec(sql string, args ...any) {
	c.t.Helper()
	if _, err := c.pool.Exec(context.Background(), sql, args...); err != nil {
		c.t.Fatalf("%s: %v", sql, err)
	}
}

// commit moves the cursor to the next block (12 s later) and notifies, as
// the indexer does after each commit.
func (c *chain) commit() int64 {
	c.t.Helper()
	c.block++
	c.time += 12
	c.exec(`INSERT INTO cursor (block_number, block_hash, block_time, finalized_number) VALUES ($1, $2, $3, 0)
		ON CONFLICT (singleton) DO UPDATE SET block_number = excluded.block_number, block_hash = excluded.block_hash, block_time = excluded.block_time`,
		c.block, bytesOf(byte(c.block), 32), c.time)
	c.exec(`SELECT pg_notify($1, $2)`, schema.Channel, fmt.Sprint(c.block))
	return c.block
}

// instance is a row of the instances table.
type instance struct {
	label      string
	v4, v6     []string
	port       int
	status     int
	expiresIn  int64 // seconds after the current block time
	workload   []byte
	operator   []byte
	pubkey     []byte
	registered int64
}

func (in instance) id() []byte { s := sha256.Sum256(in.pubkey); return s[:] }

func (c *chain) addInstance(in instance) instance {
	c.t.Helper()
	if in.pubkey == nil {
		in.pubkey = append([]byte{4}, []byte(fmt.Sprintf("%-64s", "key of "+in.label))...)
	}
	if in.port == 0 {
		in.port = 8443
	}
	if in.status == 0 {
		in.status = 1
	}
	if in.expiresIn == 0 {
		in.expiresIn = 3600
	}
	if in.workload == nil {
		in.workload = c.workload
	}
	if in.operator == nil {
		in.operator = c.operator
	}
	if in.v4 == nil {
		in.v4 = []string{}
	}
	if in.v6 == nil {
		in.v6 = []string{}
	}
	c.exec(`INSERT INTO instances (instance_id, workload_id, operator, quote_hash, status, tcb_status, registered_at,
			expires_at, label, pubkey, ipv4, ipv6, port, block_number)
		VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10::inet[], $11::inet[], $12, $13)
		ON CONFLICT (instance_id) DO UPDATE SET status = excluded.status, expires_at = excluded.expires_at,
			label = excluded.label, ipv4 = excluded.ipv4, ipv6 = excluded.ipv6, port = excluded.port`,
		in.id(), in.workload, in.operator, bytesOf(0xdd, 32), in.status, c.time+in.registered, c.time+in.expiresIn,
		in.label, in.pubkey, in.v4, in.v6, in.port, c.block+1)
	return in
}

func (c *chain) setStatus(in instance, status int) {
	c.exec(`UPDATE instances SET status = $2 WHERE instance_id = $1`, in.id(), status)
}

// publishPKI stores a new PKI version with a fresh CA and returns the
// expected TLSA data: hex sha256 of the CA's SubjectPublicKeyInfo.
func (c *chain) publishPKI(version int64) string {
	c.t.Helper()
	der := newCA(c.t)
	c.exec(`INSERT INTO pki (version, ca_certificate, secrets_public_key, kms_attestation, block_number) VALUES ($1, $2, $3, $4, $5)`,
		version, der, bytesOf(1, 65), []byte("att"), c.block+1)
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		c.t.Fatal(err)
	}
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return hex.EncodeToString(sum[:])
}

func newCA(t testing.TB) []byte {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "teereg test CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true,
		KeyUsage: x509.KeyUsageCertSign}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// testConfig is a valid configuration on a random port.
func testConfig(url string) Config {
	return Config{
		DatabaseURL: url,
		Listen:      "127.0.0.1:0",
		Zone:        testZone,
		NameServers: []NameServer{
			{Name: "ns1." + testZone, Addrs: []netip.Addr{netip.MustParseAddr("192.0.2.53")}},
			{Name: "ns2.other.example."},
		},
		SOAMbox:      "hostmaster@example.org",
		TTL:          45 * time.Second,
		NegativeTTL:  15 * time.Second,
		Services:     []string{"app"},
		AXFRAllow:    []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")},
		PollInterval: time.Minute,
	}
}

func testLogger(t testing.TB) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// startServer runs a server until the test ends.
func startServer(t testing.TB, cfg Config) (*Server, *prometheus.Registry) {
	t.Helper()
	return startServerLog(t, cfg, testLogger(t))
}

// startServerLog is startServer logging to log.
func startServerLog(t testing.TB, cfg Config, log *slog.Logger) (*Server, *prometheus.Registry) {
	t.Helper()
	reg := prometheus.NewRegistry()
	s, err := New(cfg, log, reg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("Run: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("Run did not return 10s after cancel")
		}
	})
	return s, reg
}

// waitSerial waits until the server serves serial.
func waitSerial(t testing.TB, s *Server, serial int64) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if snap := s.Snapshot(); snap != nil && int64(snap.Serial) == serial {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	got := "none"
	if snap := s.Snapshot(); snap != nil {
		got = fmt.Sprint(snap.Serial)
	}
	t.Fatalf("server did not reach serial %d within 10s (serving %s)", serial, got)
}

// ask sends one query over net ("udp" or "tcp") and returns the response.
func ask(t testing.TB, s *Server, network, name string, qtype uint16, opts ...func(*dns.Msg)) *dns.Msg {
	t.Helper()
	m := new(dns.Msg)
	m.SetQuestion(name, qtype)
	m.RecursionDesired = false
	for _, o := range opts {
		o(m)
	}
	return exchange(t, s, network, m)
}

func exchange(t testing.TB, s *Server, network string, m *dns.Msg) *dns.Msg {
	t.Helper()
	c := &dns.Client{Net: network, Timeout: 3 * time.Second, UDPSize: 65535}
	r, _, err := c.Exchange(m, s.Addr().String())
	if err != nil {
		t.Fatalf("%s query %s %s: %v", network, m.Question[0].Name, dns.TypeToString[m.Question[0].Qtype], err)
	}
	if r.Id != m.Id {
		t.Fatalf("response id %d, query id %d", r.Id, m.Id)
	}
	return r
}

func withEDNS(size uint16, do bool) func(*dns.Msg) {
	return func(m *dns.Msg) { m.SetEdns0(size, do) }
}

// rrStrings returns the records' text (sorted by the caller if needed).
func rrStrings(rrs []dns.RR) []string {
	var out []string
	for _, rr := range rrs {
		out = append(out, rr.String())
	}
	return out
}

// metricValue returns the sum of the samples of the metric name whose labels
// (rendered as k="v",...) contain filter.
func metricValue(t testing.TB, reg *prometheus.Registry, name, filter string) float64 {
	t.Helper()
	fams, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, f := range fams {
		if f.GetName() != name {
			continue
		}
		for _, m := range f.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
			}
			if !strings.Contains(strings.Join(labels, ","), filter) {
				continue
			}
			switch {
			case m.Counter != nil:
				sum += m.Counter.GetValue()
			case m.Gauge != nil:
				sum += m.Gauge.GetValue()
			case m.Untyped != nil:
				sum += m.Untyped.GetValue()
			}
		}
	}
	return sum
}

// otherDatabase returns connString changed to connect to database name.
func otherDatabase(t testing.TB, connString, name string) string {
	t.Helper()
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			t.Fatal(err)
		}
		u.Path = "/" + name
		return u.String()
	}
	return connString + " dbname=" + name
}
