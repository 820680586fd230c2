package dnsd

import (
	"bytes"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/miekg/dns"

	"github.com/teereg/teereg/internal/pgtest"
)

// TestStandby runs dnsd against a read replica, as the deployment guide
// allows: the indexer's tables live on a real PostgreSQL primary, dnsd
// reads a real streaming-replication hot standby of it, which cannot LISTEN.
// dnsd must notice that (SQLSTATE 25006), answer from the standby, and pick
// up a commit made on the primary by polling, within about a poll interval
// plus the replication lag, although the primary's NOTIFY never reaches it.
func TestStandby(t *testing.T) {
	primary := pgtest.Primary(t) // skips when no cluster can be started
	standby := pgtest.Standby(t, primary)
	pool, err := pgxpool.New(t.Context(), primary.URL("postgres"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	c := newChainOn(t, pool, primary.URL("postgres"))
	c.addInstance(instance{label: "alpha", v4: []string{"198.51.100.1"}})
	block := c.commit()
	pgtest.WaitReplayed(t, primary, standby) // so that the first load finds it all

	const poll = 200 * time.Millisecond
	logs := &syncBuffer{}
	var w io.Writer = logs
	if testing.Verbose() {
		w = io.MultiWriter(logs, os.Stderr)
	}
	cfg := testConfig(standby.URL("postgres"))
	cfg.PollInterval = poll
	s, reg := startServerLog(t, cfg, slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug})))
	waitSerial(t, s, block)
	for _, network := range []string{"udp", "tcp"} {
		wantAnswer(t, ask(t, s, network, "alpha."+testZone, dns.TypeA), dns.RcodeSuccess,
			[]string{"alpha.peers.example.\t45\tIN\tA\t198.51.100.1"})
	}
	// It took the standby branch, not the "database unreachable" one.
	if !logs.has(`msg="dnsd: the database is a hot standby, which cannot LISTEN; reloading every poll interval"`) {
		t.Fatalf("no hot-standby message in the log:\n%s", logs)
	}

	// A commit on the primary (with its NOTIFY, which only the primary's
	// listeners get) reaches the answers by the poll.
	c.addInstance(instance{label: "beta", v4: []string{"198.51.100.2"}})
	block = c.commit()
	committed := time.Now()
	const limit = 5 * time.Second
	for {
		r := ask(t, s, "udp", "beta."+testZone, dns.TypeA)
		if r.Rcode == dns.RcodeSuccess && len(r.Answer) > 0 {
			break
		}
		if time.Since(committed) > limit {
			t.Fatalf("beta, committed on the primary, not answered from the standby within %v (answer %s; serving serial %d)",
				limit, dns.RcodeToString[r.Rcode], s.Snapshot().Serial)
		}
		time.Sleep(10 * time.Millisecond)
	}
	took := time.Since(committed)
	t.Logf("a commit on the primary was answered from the standby %v after it (poll interval %v)", took.Round(time.Millisecond), poll)
	for _, network := range []string{"udp", "tcp"} {
		wantAnswer(t, ask(t, s, network, "beta."+testZone, dns.TypeA), dns.RcodeSuccess,
			[]string{"beta.peers.example.\t45\tIN\tA\t198.51.100.2"})
	}
	if got := int64(s.Snapshot().Serial); got != block {
		t.Errorf("serving serial %d, want %d", got, block)
	}
	// The snapshot with beta was loaded by the poll.
	if !logs.has(`msg="dnsd: snapshot loaded" reason=poll block=2 `) {
		t.Errorf("no \"snapshot loaded\" with reason=poll for block 2 in the log:\n%s", logs)
	}

	// It keeps polling: about one good reload per interval, with no change
	// to load and no notification to wake it.
	before := metricValue(t, reg, "dnsd_snapshot_reloads_total", `result="ok"`)
	time.Sleep(5 * poll)
	if n := metricValue(t, reg, "dnsd_snapshot_reloads_total", `result="ok"`) - before; n < 3 || n > 6 {
		t.Errorf("%v good reloads in %v with a poll interval of %v, want 3 to 6", n, 5*poll, poll)
	}
	for _, m := range []string{`result="error"`, `result="not_indexed"`} {
		if n := metricValue(t, reg, "dnsd_snapshot_reloads_total", m); n != 0 {
			t.Errorf("dnsd_snapshot_reloads_total{%s} = %v, want 0", m, n)
		}
	}
	if up, stale := metricValue(t, reg, "dnsd_database_up", ""), metricValue(t, reg, "dnsd_snapshot_stale", ""); up != 1 || stale != 0 {
		t.Errorf("dnsd_database_up %v, dnsd_snapshot_stale %v: want 1 and 0", up, stale)
	}
	if logs.has("database unreachable") {
		t.Errorf("dnsd found the standby unreachable:\n%s", logs)
	}
}

// syncBuffer collects a log that the test reads while the server writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func (b *syncBuffer) has(s string) bool { return strings.Contains(b.String(), s) }
