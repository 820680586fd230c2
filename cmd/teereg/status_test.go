package main

import (
	"encoding/hex"
	"encoding/json"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/teereg/teereg/indexer"
)

// fakeIndexer serves canned answers of the indexer API, built from the
// indexer's own view types; instances come in pages of one.
type fakeIndexer struct {
	status    indexer.StatusView
	instances []indexer.InstanceView
	workloads []statusWorkload
	roles     []statusRole
	backends  []statusBackend
	pki       *statusPki
	requests  atomic.Int64
}

func (f *fakeIndexer) handler(t *testing.T) http.Handler {
	mux := http.NewServeMux()
	write := func(w http.ResponseWriter, v any) {
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(v); err != nil {
			t.Error(err)
		}
	}
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) { write(w, f.status) })
	mux.HandleFunc("GET /v1/instances", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("limit") == "" {
			t.Error("instances without a limit")
		}
		i := 0
		if after := r.URL.Query().Get("after"); after != "" {
			for i < len(f.instances) && f.instances[i].ID != after {
				i++
			}
			i++
		}
		page := map[string]any{"items": f.instances[min(i, len(f.instances)):min(i+1, len(f.instances))]}
		if i+1 < len(f.instances) {
			page["next"] = f.instances[i].ID
		}
		write(w, page)
	})
	mux.HandleFunc("GET /v1/workloads", func(w http.ResponseWriter, r *http.Request) { write(w, map[string]any{"items": f.workloads}) })
	mux.HandleFunc("GET /v1/roles", func(w http.ResponseWriter, r *http.Request) { write(w, map[string]any{"items": f.roles}) })
	mux.HandleFunc("GET /v1/backends", func(w http.ResponseWriter, r *http.Request) { write(w, map[string]any{"items": f.backends}) })
	mux.HandleFunc("GET /v1/pki", func(w http.ResponseWriter, r *http.Request) {
		if f.pki == nil {
			w.WriteHeader(http.StatusNotFound)
			write(w, map[string]string{"error": "not found"})
			return
		}
		write(w, f.pki)
	})
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.requests.Add(1)
		mux.ServeHTTP(w, r)
	})
}

func ptr[T any](v T) *T { return &v }

func cannedIndexer(t *testing.T, now time.Time) *fakeIndexer {
	der := caCertificate(t, true)
	return &fakeIndexer{
		status: indexer.StatusView{OK: true, ChainID: 31337, Registry: "0x5FbDB2315678afecb367f032d93F642f64180aa3",
			Indexed: ptr(uint64(120)), BlockHash: "0x" + strings.Repeat("ab", 32), BlockTime: uint64(now.Unix() - 4), Finalized: 100,
			Head: ptr(uint64(122)), LagBlocks: ptr(uint64(2)), CommittedAt: now.UTC().Format(time.RFC3339Nano), AgeSeconds: ptr(3.7)},
		instances: []indexer.InstanceView{
			{ID: "0x" + strings.Repeat("01", 32), WorkloadID: "0x1c8f" + strings.Repeat("00", 28) + "9a2b", Operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
				QuoteHash: "0x" + strings.Repeat("02", 32), Status: "active", Active: true, TcbStatus: "UpToDate", RegisteredAt: uint64(now.Unix() - 60),
				ExpiresAt: uint64(now.Add(90 * time.Minute).Unix()), Label: "web-1", Pubkey: "0x04", IPv4: []string{"10.0.0.1"}, IPv6: []string{"fd00::1"}, Port: 443, Block: 50},
			{ID: "0x" + strings.Repeat("03", 32), WorkloadID: "0x1c8f" + strings.Repeat("00", 28) + "9a2b", Operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
				QuoteHash: "0x" + strings.Repeat("04", 32), Status: "invalidated", Active: false, TcbStatus: "OutOfDate", RegisteredAt: uint64(now.Unix() - 7200),
				ExpiresAt: uint64(now.Add(-time.Hour).Unix()), Label: "web-2", Pubkey: "0x04", IPv4: []string{"10.0.0.2"}, IPv6: []string{}, Port: 8443,
				InvalidationReason: "TCB_NOT_ACCEPTED", Block: 60},
			{ID: "0x" + strings.Repeat("05", 32), WorkloadID: "0x" + strings.Repeat("77", 32), Operator: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8",
				QuoteHash: "0x" + strings.Repeat("06", 32), Status: "revoked", TcbStatus: "UpToDate", ExpiresAt: uint64(now.Add(time.Hour).Unix()),
				Label: "db-1", Pubkey: "0x04", IPv4: []string{}, IPv6: []string{"2001:db8::5"}, Port: 5432, Block: 70},
		},
		workloads: []statusWorkload{{WorkloadID: "0x1c8f" + strings.Repeat("00", 28) + "9a2b", ConfigHash: "0x" + strings.Repeat("cd", 32), Block: 20}},
		roles: []statusRole{{Account: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", Roles: "1", Names: []string{"operator"}, Block: 5},
			{Account: "0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC", Roles: "6", Names: []string{"metadata-writer", "kms-custodian"}, Block: 6}},
		backends: []statusBackend{{Position: 0, URI: "https://config.example.com/"}, {Position: 1, URI: "ipfs://"}},
		pki:      &statusPki{Version: 2, CaCertificate: "0x" + hex.EncodeToString(der), SecretsPublicKey: "0x04" + strings.Repeat("11", 64), KmsAttestation: "0x", Block: 30},
	}
}

func TestStatusTable(t *testing.T) {
	isolateEnv(t)
	now := time.Now()
	f := cannedIndexer(t, now)
	srv := httptest.NewServer(f.handler(t))
	defer srv.Close()

	t.Setenv("TEEREG_INDEXER_URL", srv.URL+"/")
	out, err := runAdmin(t, "status")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, re := range []string{
		`(?m)^indexer\s+` + regexp.QuoteMeta(srv.URL) + ` \(healthy\)$`,
		`(?m)^chain\s+31337, registry 0x5FbDB2315678afecb367f032d93F642f64180aa3$`,
		`(?m)^indexed\s+block 120 \(finalized 100, block time \S+\), committed 3s ago$`,
		`(?m)^head\s+block 122, lag 2 blocks$`,
		`(?m)^pki\s+version 2 \(block 30\), CA "CN=teereg test app CA" valid until \S+, sha256 [0-9a-f]{16}$`,
		`(?m)^INSTANCES \(3, 1 active\)$`,
		`(?m)^LABEL\s+STATUS\s+ACTIVE\s+ENDPOINTS\s+WORKLOAD\s+TCB\s+EXPIRES\s+ID$`,
		`(?m)^web-1\s+active\s+yes\s+10\.0\.0\.1:443,\[fd00::1\]:443\s+0x1c8f0000…9a2b\s+UpToDate\s+\S+ \(in 1h(29m5\d|30m0)s\)\s+0x01010101…0101$`,
		`(?m)^web-2\s+invalidated \(TCB_NOT_ACCEPTED\)\s+no\s+10\.0\.0\.2:8443\s+0x1c8f0000…9a2b\s+OutOfDate\s+\S+ \(1h0m0s ago\)\s+0x03030303…0303$`,
		`(?m)^db-1\s+revoked\s+no\s+\[2001:db8::5\]:5432\s+0x77777777…7777\s+UpToDate\s+`,
		`(?m)^WORKLOADS \(1\)$`,
		`(?m)^0x1c8f0{56}9a2b\s+0x(cd){32}\s+20$`,
		`(?m)^ROLES \(2\)$`,
		`(?m)^0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC\s+metadata-writer, kms-custodian\s+6$`,
		`(?m)^STORAGE BACKENDS \(2\)\n0  https://config\.example\.com/\n1  ipfs://$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output lacks %s:\n%s", re, out)
		}
	}

	// --json passes the API's data through, lists gathered over their pages.
	out, err = runAdmin(t, "status", "--indexer-url", srv.URL, "--json")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	var doc struct {
		IndexerURL string                 `json:"indexerUrl"`
		Status     indexer.StatusView     `json:"status"`
		Instances  []indexer.InstanceView `json:"instances"`
		Workloads  []statusWorkload       `json:"workloads"`
		Roles      []statusRole           `json:"roles"`
		Backends   []statusBackend        `json:"backends"`
		Pki        *statusPki             `json:"pki"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if doc.IndexerURL != srv.URL || !reflect.DeepEqual(doc.Status, f.status) || !reflect.DeepEqual(doc.Instances, f.instances) ||
		!reflect.DeepEqual(doc.Workloads, f.workloads) || !reflect.DeepEqual(doc.Roles, f.roles) ||
		!reflect.DeepEqual(doc.Backends, f.backends) || !reflect.DeepEqual(doc.Pki, f.pki) {
		t.Fatalf("JSON differs from the API's data:\n%s", out)
	}
}

func TestStatusUnhealthyAndEmpty(t *testing.T) {
	isolateEnv(t)
	f := &fakeIndexer{status: indexer.StatusView{OK: false, Reason: "nothing indexed yet"}}
	srv := httptest.NewServer(f.handler(t))
	defer srv.Close()
	out, err := runAdmin(t, "status", "--indexer-url", srv.URL)
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, re := range []string{
		`(?m)^indexer\s+\S+ \(UNHEALTHY: nothing indexed yet\)$`,
		`(?m)^indexed\s+nothing yet`,
		`(?m)^head\s+unknown`,
		`(?m)^pki\s+none published`,
		`(?m)^INSTANCES \(0, 0 active\)$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("output lacks %s:\n%s", re, out)
		}
	}
	out, err = runAdmin(t, "status", "--indexer-url", srv.URL, "--json")
	if err != nil || !strings.Contains(out, `"pki": null`) || !strings.Contains(out, `"instances": []`) {
		t.Fatalf("%v\n%s", err, out)
	}

	f.status = indexer.StatusView{OK: false, Reason: "15 blocks behind the head (more than 10)", Indexed: ptr(uint64(5)), Head: ptr(uint64(20)), LagBlocks: ptr(uint64(15))}
	out, err = runAdmin(t, "status", "--indexer-url", srv.URL)
	if err != nil || !regexp.MustCompile(`(?m)^indexer\s+\S+ \(UNHEALTHY: 15 blocks behind the head \(more than 10\)\)$`).MatchString(out) ||
		!regexp.MustCompile(`(?m)^head\s+block 20, lag 15 blocks$`).MatchString(out) {
		t.Fatalf("%v\n%s", err, out)
	}
}

func TestStatusErrors(t *testing.T) {
	isolateEnv(t)
	broken := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/v1/status" {
			w.Write([]byte(`{"ok":true}`))
			return
		}
		w.WriteHeader(http.StatusInternalServerError)
		w.Write([]byte(`{"error":"internal error"}`))
	}))
	defer broken.Close()
	notJSON := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("<html>hello</html>")) }))
	defer notJSON.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + l.Addr().String()
	l.Close()
	for _, tc := range []struct {
		url, want string
	}{
		{broken.URL, "GET " + broken.URL + "/v1/instances?limit=1000: 500 Internal Server Error: internal error"},
		{notJSON.URL, "the answer is not JSON (is " + notJSON.URL + " the indexer's API?)"},
		{closed, "query the indexer at " + closed + ": "},
		{closed, "is `teereg indexer` running there?"},
		{"ftp://x", `--indexer-url "ftp://x" is not an http(s) URL`},
		{"127.0.0.1:8380", "is not an http(s) URL"},
	} {
		_, err := runAdmin(t, "status", "--indexer-url", tc.url)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s:\n got %v\nwant …%s…", tc.url, err, tc.want)
		}
	}
}
