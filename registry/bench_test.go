package registry

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"text/tabwriter"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/teereg/teereg/internal/benchsummary"
)

// TestBenchRegistry measures provisioning (challenge + provision, state from
// the indexer's database, 1,000 registered instances) over loopback HTTP,
// next to the bare cryptography one provisioning needs — request signature
// verify, CSR signature verify, certificate signing, HPKE seal — run on
// every core in the same process: the physical limit. Five rounds alternate
// the two so both see the same machine. The load generator is a child
// process, so the server's CPU time per provisioning is measured apart from
// it; the target — at least 50% — is judged on the provisionings/s the
// server's CPU time allows against the limit's, both from CPU time.
//
//	TEEREG_BENCH=1 go test -count=1 -run '^TestBenchRegistry$' -v ./registry/
//
// TEEREG_BENCH_DURATION (default 10s, all rounds) and
// TEEREG_BENCH_CONCURRENCY (default 8) tune the load;
// TEEREG_BENCH_RENDERED_CACHE=0 turns the rendered-configuration cache off.
func TestBenchRegistry(t *testing.T) {
	if os.Getenv("TEEREG_BENCH") != "1" {
		t.Skip("set TEEREG_BENCH=1 (make bench-registry)")
	}
	const instances = 1000
	duration := envDuration(t, "TEEREG_BENCH_DURATION", 10*time.Second)
	concurrency := envInt(t, "TEEREG_BENCH_CONCURRENCY", 8)

	f := newFixture(t, fixtureOpts{backends: 1, snapshot: true, cacheBytes: 64 << 20, rendered: renderedCache(t)})
	f.srv.log = testLog(t) // quiet unless -v
	// The audit log goes to a file, as in production (the fixture's buffer
	// would grow to megabytes).
	auditFile, err := os.Create(filepath.Join(t.TempDir(), "audit.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer auditFile.Close()
	f.srv.audit = NewAuditor(auditFile)
	setup := time.Now()
	ins := make([]*instance, instances)
	rows := make([][]any, instances)
	for i := range ins {
		in := newInstanceKeys(t, fmt.Sprintf("node-%d", i))
		ins[i] = in
		rows[i] = []any{in.id[:], f.workload[:], f.operator[:], make([]byte, 32), int16(statusActive), int16(0),
			f.now.Unix(), f.now.Add(24 * time.Hour).Unix(), in.label, in.pub, []string{"10.0.0.1"}, []string{}, int32(443), int64(50)}
	}
	if _, err := f.db.Pool.CopyFrom(t.Context(), pgx.Identifier{"instances"},
		[]string{"instance_id", "workload_id", "operator", "quote_hash", "status", "tcb_status", "registered_at", "expires_at", "label", "pubkey", "ipv4", "ipv6", "port", "block_number"},
		pgx.CopyFromRows(rows)); err != nil {
		t.Fatal(err)
	}
	// The fixture's clock is fixed; the bench runs on the wall clock.
	f.srv.now, f.srv.nonces.now = time.Now, time.Now
	f.setCursor(100, time.Now(), 100) // fresh (MaxChainLag 2 min) for the whole run
	f.reload()
	t.Logf("setup: %d instances in %s", instances, time.Since(setup).Round(time.Millisecond))

	// The service, over loopback HTTP.
	srv := httptest.NewServer(f.srv.Handler())
	defer srv.Close()
	load := make([]loadInstance, len(ins))
	for i, in := range ins {
		load[i] = loadInstance{key: in.key, pub: in.pub, csr: in.csr, csrKey: &in.tlsKey.PublicKey}
	}
	// Warm up in process: connections, the caches.
	tr := &http.Transport{MaxIdleConnsPerHost: concurrency}
	if _, _, err := runLoad(&http.Client{Transport: tr}, srv.URL, load, concurrency, time.Second); err != nil {
		t.Fatal(err)
	}
	tr.CloseIdleConnections()
	spec := writeBenchSpec(t, srv.URL, ins, concurrency, duration/benchRounds)

	// Rounds of (bare cryptography on every core, then the service under
	// load from a child process), so that both see the same machine: the
	// cores are shared with the load generator and whatever else runs.
	// The child being another process, the server's CPU time (this
	// process's, PostgreSQL idle thanks to the snapshot) and the load
	// generator's are measured apart.
	type round struct {
		limit, rate          float64
		serverCPU, clientCPU time.Duration
	}
	var rounds []round
	var lat []time.Duration
	var checked int
	var perOp, cryptoCPU, elapsed time.Duration
	for range benchRounds {
		limit, op, cpu := cryptoLimit(t, f, ins, time.Second)
		perOp += op / benchRounds
		cryptoCPU += cpu / benchRounds
		res, serverCPU, clientCPU := runBenchChild(t, spec)
		elapsed += res.Elapsed
		rounds = append(rounds, round{limit, float64(len(res.Latencies)) / res.Elapsed.Seconds(), serverCPU, clientCPU})
		for _, l := range res.Latencies {
			lat = append(lat, time.Duration(l))
		}
		checked += res.Checked
	}
	slices.Sort(lat)
	pct := func(p float64) time.Duration { return lat[min(len(lat)-1, int(p*float64(len(lat))))] }
	ratios := make([]float64, len(rounds))
	var limitSum float64
	var serverCPU, clientCPU time.Duration
	for i, r := range rounds {
		ratios[i] = r.rate / r.limit
		limitSum += r.limit
		serverCPU += r.serverCPU
		clientCPU += r.clientCPU
	}
	slices.Sort(ratios)
	median := ratios[len(ratios)/2]
	rate := float64(len(lat)) / elapsed.Seconds()
	serverPerOp := serverCPU / time.Duration(len(lat))
	clientPerOp := clientCPU / time.Duration(len(lat))
	// What the server would sustain with the cores to itself, against the
	// same limit, both from CPU time: the target judges this, since on one
	// machine the load generator necessarily takes its share of the cores.
	cores := float64(runtime.GOMAXPROCS(0))
	serverBound, cpuLimit := cores/serverPerOp.Seconds(), cores/cryptoCPU.Seconds()
	limitAvg := limitSum / float64(len(rounds))

	var b bytes.Buffer
	w := tabwriter.NewWriter(&b, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(w, "registered instances\t%d\t\n", instances)
	fmt.Fprintf(w, "cores (GOMAXPROCS)\t%d\t\n", runtime.GOMAXPROCS(0))
	fmt.Fprintf(w, "concurrent clients (child process)\t%d\t\n", concurrency)
	fmt.Fprintf(w, "provisionings (challenge + provision)\t%d in %s\t\n", len(lat), elapsed.Round(time.Millisecond))
	fmt.Fprintf(w, "answers opened and checked by the client\t%d\t\n", checked)
	fmt.Fprintf(w, "provisionings/s\t%.0f\t\n", rate)
	fmt.Fprintf(w, "latency p50\t%s\t\n", pct(0.50).Round(10*time.Microsecond))
	fmt.Fprintf(w, "latency p99\t%s\t\n", pct(0.99).Round(10*time.Microsecond))
	fmt.Fprintf(w, "bare crypto per provisioning, one core\t%s\t\n", perOp.Round(time.Microsecond))
	fmt.Fprintf(w, "bare crypto limit, all cores (ops/s)\t%.0f\t\n", limitAvg)
	for i, r := range rounds {
		fmt.Fprintf(w, "round %d: provisionings/s ÷ limit\t%.0f ÷ %.0f = %.0f%%\t\n", i+1, r.rate, r.limit, 100*r.rate/r.limit)
	}
	fmt.Fprintf(w, "measured provisionings/s ÷ limit (median)\t%.0f%%\t\n", 100*median)
	fmt.Fprintf(w, "bare crypto CPU per provisioning (all cores)\t%s\t\n", cryptoCPU.Round(time.Microsecond))
	fmt.Fprintf(w, "server CPU per provisioning (registry process)\t%s\t\n", serverPerOp.Round(time.Microsecond))
	fmt.Fprintf(w, "load generator CPU per provisioning (child)\t%s\t\n", clientPerOp.Round(time.Microsecond))
	fmt.Fprintf(w, "server-bound provisionings/s ÷ crypto limit, by CPU\t%.0f ÷ %.0f = %.0f%%\t\n", serverBound, cpuLimit, 100*serverBound/cpuLimit)
	w.Flush()
	t.Logf("\n%s", b.String())
	fmt.Print(b.String())
	for _, r := range [][4]string{
		{"registry", fmt.Sprintf("provisionings/s, p99 (%d instances, %d clients, load generator on the same cores)", instances, concurrency),
			fmt.Sprintf("%.0f, %s", rate, pct(0.99).Round(100*time.Microsecond)), ""},
		{"registry", "measured provisionings/s ÷ bare-crypto ops/s (median of rounds)", fmt.Sprintf("%.0f%%", 100*median), ""},
		{"registry", "bare-crypto CPU ÷ server CPU per provisioning (server-bound rate ÷ limit)", fmt.Sprintf("%s ÷ %s = %.0f%%",
			cryptoCPU.Round(time.Microsecond), serverPerOp.Round(time.Microsecond), 100*serverBound/cpuLimit), ">= 50%"},
	} {
		if err := benchsummary.Record(r[0], r[1], r[2], r[3]); err != nil {
			t.Fatal(err)
		}
	}
	if serverBound < 0.5*cpuLimit {
		t.Errorf("the server needs %s of CPU per provisioning, the bare cryptography %s: %.0f%% of the limit, below the 50%% target",
			serverPerOp, cryptoCPU, 100*serverBound/cpuLimit)
	}
}

// benchRounds alternate the crypto limit and the load.
const benchRounds = 5

// cryptoLimit runs the cryptography of one provisioning on every core for
// d: verify the request signature, parse and verify the CSR, sign the
// certificate (x509.CreateCertificate, which checks its own signature),
// HPKE-seal an answer of the real size. It returns operations per second,
// the single-core time per operation and the CPU time per operation on all
// cores (process CPU time, less disturbed by other jobs than wall time).
func cryptoLimit(t *testing.T, f *fixture, ins []*instance, d time.Duration) (float64, time.Duration, time.Duration) {
	t.Helper()
	type job struct {
		in    *instance
		nonce []byte
		sig   []byte
	}
	jobs := make([]job, 64)
	for i := range jobs {
		in := ins[i]
		nonce := make([]byte, NonceSize)
		rand.Read(nonce)
		sig, err := SignProvision(in.key, nonce, in.csr)
		if err != nil {
			t.Fatal(err)
		}
		jobs[i] = job{in, nonce, sig}
	}
	ca, err := x509.ParseCertificate(f.kms.CACertificate())
	if err != nil {
		t.Fatal(err)
	}
	signer := f.kms.CASigner()
	plain := make([]byte, 2600) // the size of a real answer's plaintext with this configuration
	op := func(j job) {
		pub, err := ParsePublicKey(j.in.pub)
		if err != nil || !VerifyProvision(pub, j.nonce, j.in.csr, j.sig) {
			t.Error("signature does not verify")
		}
		csr, err := x509.ParseCertificateRequest(j.in.csr)
		if err != nil || csr.CheckSignature() != nil {
			t.Error("CSR does not verify")
		}
		tmpl := &x509.Certificate{SerialNumber: bigOne(), DNSNames: []string{j.in.label + "." + zone},
			NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour), KeyUsage: x509.KeyUsageDigitalSignature,
			ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth}}
		if _, err := x509.CreateCertificate(rand.Reader, tmpl, ca, csr.PublicKey, signer); err != nil {
			t.Error(err)
		}
		if _, err := sealProvisioning(j.in.pub, j.nonce, plain); err != nil {
			t.Error(err)
		}
	}
	// One core.
	n, start := 0, time.Now()
	for time.Since(start) < d/3 {
		op(jobs[n%len(jobs)])
		n++
	}
	perOp := time.Since(start) / time.Duration(n)
	// All cores.
	var total atomic.Int64
	var wg sync.WaitGroup
	cpu0 := selfCPU(t)
	start = time.Now()
	for w := range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := w; time.Since(start) < d; i++ {
				op(jobs[i%len(jobs)])
				total.Add(1)
			}
		})
	}
	wg.Wait()
	rate := float64(total.Load()) / time.Since(start).Seconds()
	return rate, perOp, (selfCPU(t) - cpu0) / time.Duration(total.Load())
}

// loadInstance is what a load generator needs of an instance.
type loadInstance struct {
	key    *ecdsa.PrivateKey
	pub    []byte
	csr    []byte
	csrKey any
}

// runLoad provisions instances from concurrency workers for d and returns
// each provisioning's latency (challenge + provision) and how many answers
// were opened and checked (one in 100).
func runLoad(hc *http.Client, base string, ins []loadInstance, concurrency int, d time.Duration) ([]time.Duration, int, error) {
	var mu sync.Mutex
	var all []time.Duration
	var firstErr error
	var checked atomic.Int64
	var wg sync.WaitGroup
	deadline := time.Now().Add(d)
	for w := range concurrency {
		wg.Go(func() {
			var lat []time.Duration
			err := func() error {
				for i := 0; time.Now().Before(deadline); i++ {
					in := &ins[(w*7919+i*104729)%len(ins)]
					start := time.Now()
					nonce, resp, err := provisionOnce(hc, base, in)
					if err != nil {
						return err
					}
					lat = append(lat, time.Since(start))
					if i%100 == 0 {
						plain, err := OpenProvisioning(in.key, nonce, resp)
						if err != nil {
							return err
						}
						if _, err := checkProvisioning(plain, in.pub, in.csrKey, time.Now()); err != nil {
							return err
						}
						checked.Add(1)
					}
				}
				return nil
			}()
			mu.Lock()
			all = append(all, lat...)
			if err != nil && firstErr == nil {
				firstErr = err
			}
			mu.Unlock()
		})
	}
	wg.Wait()
	if firstErr == nil && len(all) == 0 {
		firstErr = errors.New("no provisioning succeeded")
	}
	return all, int(checked.Load()), firstErr
}

func provisionOnce(hc *http.Client, base string, in *loadInstance) ([]byte, *ProvisionResponse, error) {
	var ch ChallengeResponse
	if err := postJSON(hc, base+"/v1/challenge", nil, &ch); err != nil {
		return nil, nil, err
	}
	sig, err := SignProvision(in.key, ch.Nonce, in.csr)
	if err != nil {
		return nil, nil, err
	}
	var resp ProvisionResponse
	err = postJSON(hc, base+"/v1/provision", &ProvisionRequest{PublicKey: in.pub, Nonce: ch.Nonce, CSR: in.csr, Signature: sig}, &resp)
	return ch.Nonce, &resp, err
}

// The load generator runs as a child process: the test binary re-executed
// with benchClientEnv naming a spec file. TestMain sends it to
// runBenchClient.
const benchClientEnv = "TEEREG_BENCH_CLIENT_SPEC"

type benchSpec struct {
	URL         string        `json:"url"`
	Concurrency int           `json:"concurrency"`
	Duration    time.Duration `json:"duration"`
	Keys        [][]byte      `json:"keys"` // P-256 scalars
	CSRs        [][]byte      `json:"csrs"`
}

type benchResult struct {
	Latencies []int64       `json:"latencies"` // nanoseconds
	Checked   int           `json:"checked"`
	Elapsed   time.Duration `json:"elapsed"`
	Error     string        `json:"error,omitempty"`
}

func writeBenchSpec(t *testing.T, url string, ins []*instance, concurrency int, d time.Duration) string {
	t.Helper()
	spec := benchSpec{URL: url, Concurrency: concurrency, Duration: d}
	for _, in := range ins {
		k, err := in.key.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		spec.Keys, spec.CSRs = append(spec.Keys, k), append(spec.CSRs, in.csr)
	}
	b, err := json.Marshal(&spec)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "bench-spec.json")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// runBenchChild runs one load round in a child process and returns its
// result, this process's CPU time meanwhile (the server's) and the child's.
func runBenchChild(t *testing.T, spec string) (*benchResult, time.Duration, time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), benchClientEnv+"="+spec)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	before := selfCPU(t)
	out, err := cmd.Output()
	server := selfCPU(t) - before
	if err != nil {
		t.Fatalf("load generator: %v\n%s", err, stderr.Bytes())
	}
	var res benchResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("load generator output: %v\n%s", err, stderr.Bytes())
	}
	if res.Error != "" {
		t.Fatalf("load generator: %s", res.Error)
	}
	return &res, server, cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
}

func selfCPU(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// runBenchClient is the child's main: read the spec, run the load, print
// a benchResult.
func runBenchClient(specPath string) int {
	res := &benchResult{}
	err := func() error {
		b, err := os.ReadFile(specPath)
		if err != nil {
			return err
		}
		var spec benchSpec
		if err := json.Unmarshal(b, &spec); err != nil {
			return err
		}
		ins := make([]loadInstance, len(spec.Keys))
		for i := range ins {
			key, err := ecdsa.ParseRawPrivateKey(elliptic.P256(), spec.Keys[i])
			if err != nil {
				return err
			}
			pub, err := key.PublicKey.Bytes()
			if err != nil {
				return err
			}
			csr, err := x509.ParseCertificateRequest(spec.CSRs[i])
			if err != nil {
				return err
			}
			ins[i] = loadInstance{key: key, pub: pub, csr: spec.CSRs[i], csrKey: csr.PublicKey}
		}
		tr := &http.Transport{MaxIdleConnsPerHost: spec.Concurrency, MaxConnsPerHost: spec.Concurrency}
		defer tr.CloseIdleConnections()
		start := time.Now()
		lat, checked, err := runLoad(&http.Client{Transport: tr, Timeout: 30 * time.Second}, spec.URL, ins, spec.Concurrency, spec.Duration)
		res.Elapsed, res.Checked = time.Since(start), checked
		for _, l := range lat {
			res.Latencies = append(res.Latencies, int64(l))
		}
		return err
	}()
	if err != nil {
		res.Error = err.Error()
	}
	if err := json.NewEncoder(os.Stdout).Encode(res); err != nil {
		return 1
	}
	return 0
}

func postJSON(hc *http.Client, url string, in, out any) error {
	var body io.Reader = http.NoBody
	if in != nil {
		b, err := json.Marshal(in)
		if err != nil {
			return err
		}
		body = bytes.NewReader(b)
	}
	resp, err := hc.Post(url, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: %d %s", url, resp.StatusCode, data)
	}
	return json.Unmarshal(data, out)
}

func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	if v := os.Getenv(name); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return d
	}
	return def
}

func envInt(t *testing.T, name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n <= 0 {
			t.Fatalf("%s=%q: want a positive integer", name, v)
		}
		return n
	}
	return def
}

func bigOne() *big.Int { return big.NewInt(1) }

// renderedCache is the rendered-configuration cache of the bench: 16 MiB as
// `teereg registry` defaults to, or TEEREG_BENCH_RENDERED_CACHE bytes (0:
// every request opens its secret).
func renderedCache(t *testing.T) int64 {
	if v := os.Getenv("TEEREG_BENCH_RENDERED_CACHE"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 0 {
			t.Fatalf("TEEREG_BENCH_RENDERED_CACHE=%q: want a byte count", v)
		}
		return n
	}
	return 16 << 20
}
