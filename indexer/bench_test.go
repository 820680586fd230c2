package indexer

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/teereg/teereg/indexer/schema"
	"github.com/teereg/teereg/internal/benchsummary"
	"github.com/teereg/teereg/internal/pgtest"
)

// TestBenchIndexer is `make bench-indexer`: it generates at least 200,000
// registry events on anvil, backfills them into a fresh database and prints
// events/s, then measures live head-to-database lag (a block's arrival over
// a WebSocket subscription to the NOTIFY of its commit) over 200 blocks.
func TestBenchIndexer(t *testing.T) {
	if os.Getenv("TEEREG_BENCH") == "" {
		t.Skip("benchmark: run with TEEREG_BENCH=1 (make bench-indexer)")
	}
	ctx := t.Context()
	a := newAnvilWorld(t, "--gas-limit", "1000000000", "--code-size-limit", "100000")
	flood, err := a.w.StartFlood(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gen := time.Now()
	txs, rounds := 22, 2000
	if s := os.Getenv("TEEREG_BENCH_TXS"); s != "" {
		txs, _ = strconv.Atoi(s)
	}
	if err := flood.Run(ctx, txs, rounds, 10, 900_000_000); err != nil {
		t.Fatal(err)
	}
	head := a.head(t)
	t.Logf("generated the events in %v", time.Since(gen).Round(time.Millisecond))

	db := pgtest.New(t)
	began := time.Now()
	r := start(t, db.Pool, a.rpc, Config{Contracts: a.contracts(), Confirmations: 0, InitialRange: 1, PollInterval: 5 * time.Millisecond})
	waitCursor(t, db.Pool, r, head.Hash)
	backfill := time.Since(began)
	var events int
	if err := db.Pool.QueryRow(ctx, `SELECT count(*) FROM events`).Scan(&events); err != nil {
		t.Fatal(err)
	}
	if events < 200_000 && os.Getenv("TEEREG_BENCH_TXS") == "" {
		t.Fatalf("only %d events generated", events)
	}

	// Live: the bench's own subscription sees each block arrive; a LISTEN
	// connection sees the indexer's NOTIFY for it.
	conn, err := pgx.Connect(ctx, db.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(ctx, "LISTEN "+schema.Channel); err != nil {
		t.Fatal(err)
	}
	seen := make(map[uint64]time.Time)
	arrivals := make(chan arrival, 1024)
	sub2heads := make(chan *rpcHeader, 1024)
	sub2, err := a.rpc.EthSubscribe(ctx, sub2heads, "newHeads")
	if err != nil {
		t.Fatal(err)
	}
	defer sub2.Unsubscribe()
	go func() {
		for h := range sub2heads {
			arrivals <- arrival{uint64(h.Number), time.Now()}
		}
	}()
	blocks := 200
	if os.Getenv("TEEREG_BENCH_TXS") != "" {
		blocks = 5
	}
	var lags []time.Duration
	sendDone := make(chan error, 1)
	go func() {
		for range blocks {
			if err := flood.Run(ctx, 1, 1, 0, 2_000_000); err != nil {
				sendDone <- err
				return
			}
			time.Sleep(20 * time.Millisecond)
		}
		sendDone <- nil
	}()
	last := head.Number + uint64(blocks)
	for len(lags) < blocks {
		nctx, cancel := context.WithTimeout(ctx, 30*time.Second)
		n, err := conn.WaitForNotification(nctx)
		cancel()
		if err != nil {
			t.Fatalf("waiting for NOTIFY: %v (lags so far %d)", err, len(lags))
		}
		at := time.Now()
	drain:
		for {
			select {
			case a := <-arrivals:
				seen[a.block] = a.at
			default:
				break drain
			}
		}
		block, _ := strconv.ParseUint(n.Payload, 10, 64)
		if s, ok := seen[block]; ok {
			lags = append(lags, at.Sub(s))
		}
		if block >= last {
			break
		}
	}
	if err := <-sendDone; err != nil {
		t.Fatal(err)
	}
	slices.Sort(lags)
	pct := func(p float64) time.Duration { return lags[min(len(lags)-1, int(p*float64(len(lags))))] }
	commits := readHistogramCount(t, r.ix.metrics.commitSeconds)
	fmt.Printf("\nindexer benchmark (anvil, 2 cores, PostgreSQL 15)\n")
	fmt.Printf("  backfill   %d events over %d blocks in %v: %.0f events/s (%d commits)\n", events, head.Number, backfill.Round(time.Millisecond), float64(events)/backfill.Seconds(), commits)
	fmt.Printf("  live lag   block arrival -> NOTIFY of its commit over %d blocks: p50 %v, p99 %v, max %v\n", len(lags),
		pct(0.50).Round(10*time.Microsecond), pct(0.99).Round(10*time.Microsecond), lags[len(lags)-1].Round(10*time.Microsecond))
	fmt.Printf("  targets    >= 20,000 events/s backfill; live p99 < 100 ms\n\n")
	for _, r := range [][4]string{
		{"indexer", fmt.Sprintf("backfill (%d events)", events), fmt.Sprintf("%.0f events/s", float64(events)/backfill.Seconds()), ">= 20,000 events/s"},
		{"indexer", "live lag p50 / p99", fmt.Sprintf("%v / %v", pct(0.50).Round(100*time.Microsecond), pct(0.99).Round(100*time.Microsecond)), "p99 < 100 ms"},
	} {
		if err := benchsummary.Record(r[0], r[1], r[2], r[3]); err != nil {
			t.Fatal(err)
		}
	}
}

type arrival struct {
	block uint64
	at    time.Time
}

func readHistogramCount(t *testing.T, h prometheus.Histogram) uint64 {
	t.Helper()
	m := &dtoMetric{}
	if err := h.Write(&m.Metric); err != nil {
		t.Fatal(err)
	}
	return m.GetHistogram().GetSampleCount()
}
