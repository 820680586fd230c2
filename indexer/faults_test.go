package indexer

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/teereg/teereg/internal/pgtest"
)

// faultyProxy forwards JSON-RPC to a node and injects the faults real
// providers have: 429 and 5xx answers, calls that hang past the client's
// timeout, dropped connections, and eth_getLogs ranges refused as too large.
type faultyProxy struct {
	target   string
	maxRange uint64 // eth_getLogs over more blocks than this is refused
	mu       sync.Mutex
	rng      *mrand.Rand
	injected atomic.Int64
	refused  atomic.Int64
}

func (p *faultyProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	p.mu.Lock()
	roll := p.rng.IntN(100)
	p.mu.Unlock()
	switch {
	case roll < 5:
		p.injected.Add(1)
		http.Error(w, "rate limited", http.StatusTooManyRequests)
		return
	case roll < 10:
		p.injected.Add(1)
		http.Error(w, "upstream unavailable", []int{500, 502, 503}[roll%3])
		return
	case roll < 13:
		p.injected.Add(1)
		time.Sleep(400 * time.Millisecond) // past the client's timeout
	case roll < 16:
		p.injected.Add(1)
		if hj, ok := w.(http.Hijacker); ok {
			conn, _, err := hj.Hijack()
			if err == nil {
				conn.Close() // dropped connection
				return
			}
		}
	}
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
		Params []json.RawMessage
	}
	if json.Unmarshal(body, &req) == nil && req.Method == "eth_getLogs" && len(req.Params) == 1 {
		var f struct{ FromBlock, ToBlock *hexutil.Uint64 }
		if json.Unmarshal(req.Params[0], &f) == nil && f.FromBlock != nil && f.ToBlock != nil && uint64(*f.ToBlock-*f.FromBlock)+1 > p.maxRange {
			p.refused.Add(1)
			w.Header().Set("Content-Type", "application/json")
			_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(req.ID) + `,"error":{"code":-32005,"message":"query returned more than 10000 results"}}`))
			return
		}
	}
	resp, err := http.Post(p.target, "application/json", bytes.NewReader(body))
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(resp.StatusCode)
	_, _ = io.Copy(w, resp.Body)
}

// TestRPCFaults indexes through a proxy that fails about one call in six
// and refuses large log ranges: every fault is retried or split, no range
// is skipped, and the result equals the canonical state.
func TestRPCFaults(t *testing.T) {
	a := newAnvilWorld(t)
	rng := mrand.New(mrand.NewPCG(7, 8))
	a.ops(t, rng, 60)
	proxy := &faultyProxy{target: a.anvil.URL, maxRange: 7, rng: mrand.New(mrand.NewPCG(9, 10))}
	srv := httptest.NewServer(proxy)
	t.Cleanup(srv.Close)
	client, err := rpc.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)

	db := pgtest.New(t)
	r := start(t, db.Pool, client, Config{Contracts: a.contracts(), Confirmations: 3, RPCTimeout: 200 * time.Millisecond, InitialRange: 64})
	head := a.head(t)
	waitCursor(t, db.Pool, r, head.Hash)
	a.ops(t, rng, 20) // live mode through the faults too
	head = a.head(t)
	waitCursor(t, db.Pool, r, head.Hash)
	compare(t, dump(t, db.Pool), oracle(t, a.rpc, a.contracts(), 0, head), "through faults")
	if proxy.injected.Load() == 0 || proxy.refused.Load() == 0 {
		t.Fatalf("the proxy injected %d faults and refused %d ranges; the test exercised nothing", proxy.injected.Load(), proxy.refused.Load())
	}
	errs := 0.0
	for _, m := range []string{"eth_getLogs", "eth_getBlockByNumber", "eth_chainId"} {
		errs += readCounter(t, r.ix.metrics.rpcErrors.WithLabelValues(m))
	}
	if errs == 0 {
		t.Fatal("no RPC error was counted")
	}
	t.Logf("injected %d faults, refused %d ranges, %v RPC errors retried", proxy.injected.Load(), proxy.refused.Load(), errs)
}

// TestWrongChainIsFatal: an endpoint on another chain stops the indexer at
// once with a clear error, and so does a database that mirrors another deployment.
func TestWrongChainIsFatal(t *testing.T) {
	s := newSimWorld(t)
	db := pgtest.New(t)
	ix, err := New(Config{Contracts: s.contracts(), ChainID: 1}, db.Pool, s.rpc, testLogger(t), nopRegisterer{})
	if err != nil {
		t.Fatal(err)
	}
	err = ix.Run(t.Context())
	var fe *FatalError
	if !errors.As(err, &fe) || !strings.Contains(err.Error(), "wrong RPC endpoint") {
		t.Fatalf("Run on the wrong chain = %v, want a fatal wrong-chain error", err)
	}
	// First run records the deployment; a run for another registry is refused.
	r := start(t, db.Pool, s.rpc, Config{Contracts: s.contracts(), Confirmations: 0})
	waitCursor(t, db.Pool, r, s.head(t).Hash)
	r.stop(t)
	other := s.contracts()
	other.Registry[0] ^= 1
	ix, err = New(Config{Contracts: other}, db.Pool, s.rpc, testLogger(t), nopRegisterer{})
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Run(t.Context()); !errors.As(err, &fe) || !strings.Contains(err.Error(), "refusing to index") {
		t.Fatalf("Run against another deployment's database = %v, want a fatal refusal", err)
	}
}
