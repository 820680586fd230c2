// Package bench compares dnsd with CoreDNS (file plugin) serving the same
// zone under dnsperf, and measures block-to-answer propagation. It runs only
// with TEEREG_BENCH=1 (make bench-dns, tools/bench-dns.sh).
package bench

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	crand "crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/miekg/dns"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/dnsd"
	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/pgtest"

	"github.com/teereg/teereg/internal/benchsummary"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Run(m)) }

const (
	zone      = "peers.bench."
	instances = 1000
)

func env(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func TestBenchDNS(t *testing.T) {
	if os.Getenv("TEEREG_BENCH") != "1" {
		t.Skip("benchmark: run with TEEREG_BENCH=1 (make bench-dns)")
	}
	dnsperf, err := exec.LookPath("dnsperf")
	if err != nil {
		t.Fatal("dnsperf not found: apt-get install dnsperf (tools/bench-dns.sh does)")
	}
	coredns := env("COREDNS", "coredns")
	if coredns, err = exec.LookPath(coredns); err != nil {
		t.Fatal("coredns not found: go install github.com/coredns/coredns@v1.12.4 (tools/bench-dns.sh does), or set COREDNS")
	}
	duration := env("BENCH_SECONDS", "10")
	ctx := t.Context()

	db := pgtest.New(t)
	if _, err := schema.Migrate(ctx, db.Pool); err != nil {
		t.Fatal(err)
	}
	populate(t, db.Pool)

	// dnsd, in this process.
	cfg := dnsd.Config{
		DatabaseURL: db.URL, Listen: "127.0.0.1:0", Zone: zone,
		NameServers: []dnsd.NameServer{{Name: "ns1.example.net."}}, Services: []string{"app"},
	}
	srv, err := dnsd.New(cfg, slog.New(slog.NewTextHandler(io.Discard, nil)), prometheus.NewRegistry())
	if err != nil {
		t.Fatal(err)
	}
	sctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { srv.Run(sctx); close(done) }()
	defer func() { cancel(); <-done }()
	for srv.Snapshot() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	snap := srv.Snapshot()

	// CoreDNS, serving dnsd's snapshot as a zone file.
	dir := t.TempDir()
	zonePath := filepath.Join(dir, "db.peers.bench")
	f, err := os.Create(zonePath)
	if err != nil {
		t.Fatal(err)
	}
	if err := snap.WriteZone(f); err != nil {
		t.Fatal(err)
	}
	f.Close()
	corePort := freePort(t)
	corefile := filepath.Join(dir, "Corefile")
	os.WriteFile(corefile, fmt.Appendf(nil, "%s:%d {\n  bind 127.0.0.1\n  file %s\n}\n", zone, corePort, zonePath), 0o644)
	cd := exec.Command(coredns, "-conf", corefile)
	cd.Stdout, cd.Stderr = io.Discard, io.Discard
	if err := cd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cd.Process.Kill(); cd.Wait() }()
	coreAddr := fmt.Sprintf("127.0.0.1:%d", corePort)
	waitUp(t, coreAddr)

	// The same query file for both, checked to get the same answers.
	queries := filepath.Join(dir, "queries.txt")
	writeQueries(t, queries)
	checkSameAnswers(t, srv.Addr().String(), coreAddr)

	dnsdAddr := srv.Addr()
	type result struct{ qps, lost, p99, lostAtRate float64 }
	run := func(port string, extra ...string) string {
		args := append([]string{"-s", "127.0.0.1", "-p", port, "-d", queries, "-e", "-b", "4096"}, extra...)
		out, err := exec.Command(dnsperf, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("dnsperf %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	measure := func(port string) result {
		var r result
		out := run(port, "-l", duration, "-q", "200")
		r.qps = stat(t, out, `Queries per second:\s+([0-9.]+)`)
		r.lost = stat(t, out, `Queries lost:\s+([0-9]+)`)
		return r
	}
	corePortStr := strconv.Itoa(corePort)
	d := measure(strconv.Itoa(int(dnsdAddr.Port())))
	c := measure(corePortStr)
	// Latency at a common rate both sustain: 80% of the slower one's peak.
	rate := strconv.Itoa(int(0.8 * min(d.qps, c.qps)))
	latency := func(port string) (p99, lost float64) {
		out := run(port, "-l", "5", "-q", "200", "-Q", rate, "-v")
		var lat []float64
		for _, line := range strings.Split(out, "\n") {
			if strings.HasPrefix(line, "> ") {
				fs := strings.Fields(line)
				if v, err := strconv.ParseFloat(fs[len(fs)-1], 64); err == nil {
					lat = append(lat, v)
				}
			}
		}
		if len(lat) == 0 {
			t.Fatalf("no latencies in dnsperf -v output:\n%s", out)
		}
		slices.Sort(lat)
		return lat[len(lat)*99/100], stat(t, out, `Queries lost:\s+([0-9]+)`)
	}
	d.p99, d.lostAtRate = latency(strconv.Itoa(int(dnsdAddr.Port())))
	c.p99, c.lostAtRate = latency(corePortStr)

	prop := propagation(t, db.Pool, srv.Addr().String())

	fmt.Printf("\nbench-dns: %d active instances, zone %s (%d records), same query file, dnsperf -e -b 4096 -q 200 -l %s, one run on this machine\n",
		instances, zone, len(snap.Records()), duration)
	fmt.Printf("  %-8s %12s %8s %22s %10s\n", "server", "queries/s", "lost", "p99 latency @"+rate+"/s", "lost @rate")
	fmt.Printf("  %-8s %12.0f %8.0f %19.3f ms %10.0f\n", "dnsd", d.qps, d.lost, 1000*d.p99, d.lostAtRate)
	fmt.Printf("  %-8s %12.0f %8.0f %19.3f ms %10.0f\n", "coredns", c.qps, c.lost, 1000*c.p99, c.lostAtRate)
	fmt.Printf("  ratio dnsd/coredns queries/s: %.2f (target >= 1.0)\n", d.qps/c.qps)
	fmt.Printf("  block-to-answer propagation (pg_notify of the commit adding an instance -> first answer with it), %d runs: median %v, max %v (target < 1s)\n",
		len(prop), prop[len(prop)/2].Round(10*time.Microsecond), prop[len(prop)-1].Round(10*time.Microsecond))
	for _, r := range [][4]string{
		{"dns", "dnsd queries/s (lost)", fmt.Sprintf("%.0f (%.0f)", d.qps, d.lost), "0 lost"},
		{"dns", "CoreDNS queries/s (lost)", fmt.Sprintf("%.0f (%.0f)", c.qps, c.lost), ""},
		{"dns", "dnsd/CoreDNS ratio", fmt.Sprintf("%.2f", d.qps/c.qps), ">= 1.0"},
		{"dns", "p99 latency dnsd / CoreDNS @" + rate + "/s", fmt.Sprintf("%.2f / %.2f ms", 1000*d.p99, 1000*c.p99), ""},
		{"dns", "block-to-answer propagation median / max", fmt.Sprintf("%v / %v", prop[len(prop)/2].Round(time.Millisecond), prop[len(prop)-1].Round(time.Millisecond)), "< 1 s"},
	} {
		if err := benchsummary.Record(r[0], r[1], r[2], r[3]); err != nil {
			t.Fatal(err)
		}
	}
	if d.lost != 0 || d.lostAtRate != 0 {
		t.Errorf("dnsd lost queries")
	}
	if d.qps < c.qps {
		t.Errorf("dnsd slower than CoreDNS (ratio %.2f)", d.qps/c.qps)
	}
	if prop[len(prop)-1] >= time.Second {
		t.Errorf("propagation over 1s")
	}
}

// freePort finds a port free for both TCP and UDP on 127.0.0.1.
func freePort(t *testing.T) int {
	for range 50 {
		p := 20000 + rand.IntN(30000)
		tl, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			continue
		}
		ul, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", p))
		tl.Close()
		if err != nil {
			continue
		}
		ul.Close()
		return p
	}
	t.Fatal("no free port")
	return 0
}

func benchCA(t *testing.T) []byte {
	key, err := ecdsa.GenerateKey(elliptic.P256(), crand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "bench CA"},
		NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour), IsCA: true, BasicConstraintsValid: true}
	der, err := x509.CreateCertificate(crand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func waitUp(t *testing.T, addr string) {
	deadline := time.Now().Add(30 * time.Second)
	m := new(dns.Msg)
	m.SetQuestion(zone, dns.TypeSOA)
	for time.Now().Before(deadline) {
		if r, err := dns.Exchange(m, addr); err == nil && r.Rcode == dns.RcodeSuccess {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("CoreDNS at %s did not answer within 30s", addr)
}

// populate writes the state of a chain with `instances` active instances,
// the app PKI and a cursor.
func populate(t *testing.T, pool *pgxpool.Pool) {
	ctx := t.Context()
	op, wl := make([]byte, 20), make([]byte, 32)
	op[0], wl[0] = 1, 2
	b := &pgx.Batch{}
	b.Queue(`INSERT INTO roles VALUES ($1, 1, 1)`, op)
	b.Queue(`INSERT INTO workloads VALUES ($1, $2, 1)`, wl, wl)
	b.Queue(`INSERT INTO cursor (block_number, block_hash, block_time, finalized_number) VALUES (100, '\x00', 1700000000, 0)`)
	b.Queue(`INSERT INTO pki VALUES (1, $1, '\x01', '\x02', 1)`, benchCA(t))
	for i := range instances {
		b.Queue(instanceSQL, idOf(i), wl, op, fmt.Sprintf("node-%04d", i),
			[]string{fmt.Sprintf("10.%d.%d.1", i/256, i%256)}, []string{fmt.Sprintf("fd00::%x", i+1)}, 8000+i%100)
	}
	if err := pool.SendBatch(ctx, b).Close(); err != nil {
		t.Fatal(err)
	}
}

const instanceSQL = `INSERT INTO instances (instance_id, workload_id, operator, quote_hash, status, tcb_status,
	registered_at, expires_at, label, pubkey, ipv4, ipv6, port, block_number)
	VALUES ($1, $2, $3, '\x00', 1, 0, 1700000000, 1800000000, $4, $1, $5::inet[], $6::inet[], $7, 1)`

func idOf(i int) []byte { return []byte(fmt.Sprintf("instance-%08d", i)) }

// writeQueries writes the query mix: A 40%, AAAA 20%, TXT 15%, TLSA 10%,
// NXDOMAIN 10%, SOA 5%, over random instances.
func writeQueries(t *testing.T, path string) {
	rng := rand.New(rand.NewPCG(7, 7))
	var b strings.Builder
	for range 20000 {
		i := rng.IntN(instances)
		name := fmt.Sprintf("node-%04d.%s", i, zone)
		switch x := rng.IntN(100); {
		case x < 40:
			fmt.Fprintf(&b, "%s A\n", name)
		case x < 60:
			fmt.Fprintf(&b, "%s AAAA\n", name)
		case x < 75:
			fmt.Fprintf(&b, "%s TXT\n", name)
		case x < 85:
			fmt.Fprintf(&b, "_%d._tcp.%s TLSA\n", 8000+i%100, name)
		case x < 95:
			fmt.Fprintf(&b, "absent-%d.%s A\n", i, zone)
		default:
			fmt.Fprintf(&b, "%s SOA\n", zone)
		}
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func checkSameAnswers(t *testing.T, a, b string) {
	for _, q := range []struct {
		name  string
		qtype uint16
	}{{"node-0001." + zone, dns.TypeA}, {"node-0002." + zone, dns.TypeTXT}, {"_8003._tcp.node-0003." + zone, dns.TypeTLSA}, {"absent." + zone, dns.TypeA}} {
		m := new(dns.Msg)
		m.SetQuestion(q.name, q.qtype)
		ra, err1 := dns.Exchange(m, a)
		rb, err2 := dns.Exchange(m, b)
		if err1 != nil || err2 != nil || ra.Rcode != rb.Rcode || len(ra.Answer) != len(rb.Answer) {
			t.Fatalf("dnsd and CoreDNS disagree on %s: %v / %v", q.name, ra, rb)
		}
	}
}

// propagation measures, 20 times, the time from the pg_notify of a commit
// that adds an instance to the first UDP answer that contains it.
func propagation(t *testing.T, pool *pgxpool.Pool, addr string) []time.Duration {
	ctx := t.Context()
	var wl, op []byte
	if err := pool.QueryRow(ctx, `SELECT workload_id, operator FROM instances LIMIT 1`).Scan(&wl, &op); err != nil {
		t.Fatal(err)
	}
	c := &dns.Client{Net: "udp", Timeout: 100 * time.Millisecond}
	var out []time.Duration
	for k := range 20 {
		label := fmt.Sprintf("new-%d", k)
		err := pgx.BeginFunc(ctx, pool, func(tx pgx.Tx) error {
			if _, err := tx.Exec(ctx, instanceSQL, idOf(instances+k), wl, op, label, []string{"192.0.2.1"}, []string{}, 443); err != nil {
				return err
			}
			_, err := tx.Exec(ctx, `UPDATE cursor SET block_number = block_number + 1`)
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		var block int64
		pool.QueryRow(ctx, `SELECT block_number FROM cursor`).Scan(&block)
		if _, err := pool.Exec(ctx, `SELECT pg_notify($1, $2)`, schema.Channel, strconv.FormatInt(block, 10)); err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		m := new(dns.Msg)
		m.SetQuestion(label+"."+zone, dns.TypeA)
		for {
			r, _, err := c.Exchange(m, addr)
			if err == nil && len(r.Answer) == 1 {
				break
			}
			if time.Since(start) > 5*time.Second {
				t.Fatalf("%s not served 5s after the notify", label)
			}
		}
		out = append(out, time.Since(start))
	}
	slices.Sort(out)
	return out
}

var statRe = map[string]*regexp.Regexp{}

func stat(t *testing.T, out, re string) float64 {
	r, ok := statRe[re]
	if !ok {
		r = regexp.MustCompile(re)
		statRe[re] = r
	}
	m := r.FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("no %q in dnsperf output:\n%s", re, out)
	}
	v, _ := strconv.ParseFloat(m[1], 64)
	return v
}
