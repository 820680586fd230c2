package indexer

import (
	"encoding/json"
	"fmt"
	"io"
	mrand "math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/teereg/teereg/bindings"
	"github.com/teereg/teereg/internal/pgtest"
)

func getJSON(t *testing.T, url string, wantCode int, v any) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != wantCode {
		t.Fatalf("GET %s: %d %s, want %d", url, resp.StatusCode, body, wantCode)
	}
	if v != nil {
		if err := json.Unmarshal(body, v); err != nil {
			t.Fatalf("GET %s: %v in %s", url, err, body)
		}
	}
}

// TestAPI pages through every list and checks each item appears exactly
// once, that filters and lookups agree with the tables, and that bad
// parameters are 400s with a reason.
func TestAPI(t *testing.T) {
	s := newSimWorld(t)
	rng := mrand.New(mrand.NewPCG(11, 12))
	for i := range 5 {
		id, _, err := s.w.AllowNewWorkload(rng)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, _, err := s.w.Register(id, fmt.Sprintf("api-%d", i), bindings.IRegistryEndpoints{Ipv4: [][4]byte{{10, 0, 0, byte(i + 1)}}, Port: 443}); err != nil {
			t.Fatal(err)
		}
	}
	for range 60 {
		if _, err := s.w.RandomOp(rng); err != nil {
			t.Fatal(err)
		}
	}
	db := pgtest.New(t)
	r := start(t, db.Pool, s.rpc, Config{Contracts: s.contracts(), Confirmations: 2})
	waitCursor(t, db.Pool, r, s.head(t).Hash)
	srv := httptest.NewServer(NewAPI(db.Pool, r.ix.Status, 10, testLogger(t)).Handler())
	t.Cleanup(srv.Close)

	var total, active int
	if err := db.Pool.QueryRow(t.Context(), `SELECT (SELECT count(*) FROM instances), (SELECT count(*) FROM active_instances)`).Scan(&total, &active); err != nil {
		t.Fatal(err)
	}
	if total < 3 {
		t.Fatalf("only %d instances; the test needs more", total)
	}
	pageAll := func(query string) []InstanceView {
		var all []InstanceView
		next := ""
		for {
			var p struct {
				Items []InstanceView
				Next  string
			}
			getJSON(t, srv.URL+"/v1/instances?limit=2"+query+"&after="+next, 200, &p)
			all = append(all, p.Items...)
			if p.Next == "" {
				return all
			}
			next = p.Next
		}
	}
	all := pageAll("")
	seen := map[string]bool{}
	for _, it := range all {
		if seen[it.ID] {
			t.Fatalf("instance %s listed twice", it.ID)
		}
		seen[it.ID] = true
	}
	if len(all) != total {
		t.Fatalf("paged %d instances, table has %d", len(all), total)
	}
	if got := pageAll("&status=active"); len(got) != active {
		t.Fatalf("status=active paged %d, active_instances has %d", len(got), active)
	}
	var one InstanceView
	getJSON(t, srv.URL+"/v1/instances/"+all[0].ID, 200, &one)
	if one.ID != all[0].ID || one.Label != all[0].Label {
		t.Fatalf("lookup %+v, list %+v", one, all[0])
	}
	getJSON(t, srv.URL+"/v1/instances/0x"+strings.Repeat("00", 32), 404, nil)

	var st StatusView
	getJSON(t, srv.URL+"/healthz", 200, &st)
	if !st.OK || st.Indexed == nil || *st.Indexed != s.head(t).Number {
		t.Fatalf("healthz %+v", st)
	}
	var events struct {
		Items []struct {
			Block uint64
			Name  string
		}
		Next string
	}
	getJSON(t, srv.URL+"/v1/events?limit=1000", 200, &events)
	var count int
	_ = db.Pool.QueryRow(t.Context(), `SELECT count(*) FROM events`).Scan(&count)
	if len(events.Items) != count || events.Next != "" {
		t.Fatalf("events: %d listed (next %q), table has %d", len(events.Items), events.Next, count)
	}
	for _, path := range []string{"/v1/workloads", "/v1/roles", "/v1/backends", "/v1/status"} {
		getJSON(t, srv.URL+path, 200, nil)
	}
	for _, bad := range []string{"/v1/instances?limit=0", "/v1/instances?limit=x", "/v1/instances?after=0x12", "/v1/instances?status=zombie",
		"/v1/instances/nothex", "/v1/workloads?after=0xzz", "/v1/events?after=1", "/v1/pki/-1", "/v1/artifacts/0x01"} {
		var e struct{ Error string }
		getJSON(t, srv.URL+bad, 400, &e)
		if e.Error == "" {
			t.Fatalf("%s: no reason given", bad)
		}
	}
	// Healthz fails when the indexer is far behind.
	lagging := NewAPI(db.Pool, func() Status { st := r.ix.Status(); st.Head += 100; return st }, 10, testLogger(t))
	rec := httptest.NewRecorder()
	lagging.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != 503 || !strings.Contains(rec.Body.String(), "blocks behind") {
		t.Fatalf("lagging healthz: %d %s", rec.Code, rec.Body)
	}
}
