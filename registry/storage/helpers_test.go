package storage

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// testBlob returns n deterministic bytes that differ per seed.
func testBlob(n int, seed string) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		h := sha256.Sum256(fmt.Appendf(nil, "%s/%d", seed, i))
		b.Write(h[:])
	}
	return b.Bytes()[:n]
}

// startTLS starts an HTTPS server on 127.0.0.1, closed when the test ends.
// Every httptest TLS server uses the same certificate, so the client of one
// trusts them all.
func startTLS(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	ts := httptest.NewTLSServer(h)
	t.Cleanup(ts.Close)
	return ts
}

// startPlain starts a plain HTTP server on 127.0.0.1, closed when the test ends.
func startPlain(t testing.TB, h http.Handler) *httptest.Server {
	t.Helper()
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	return ts
}

// hostOf returns "127.0.0.1:port" of a test server.
func hostOf(ts *httptest.Server) string {
	return strings.TrimPrefix(strings.TrimPrefix(ts.URL, "https://"), "http://")
}

// testOptions trusts the httptest certificate and logs to the test.
func testOptions(t testing.TB, ts *httptest.Server) Options {
	t.Helper()
	return Options{
		HTTPClient:     ts.Client(),
		RequestTimeout: 10 * time.Second,
		Logger:         slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
}

type testWriter struct{ t testing.TB }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// blobServer serves fixed bodies by URL path and records the requests.
type blobServer struct {
	mu       sync.Mutex
	bodies   map[string][]byte
	requests []*http.Request
}

func newBlobServer() *blobServer { return &blobServer{bodies: map[string][]byte{}} }

func (s *blobServer) set(path string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
}

func (s *blobServer) count() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.requests)
}

func (s *blobServer) last() *http.Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.requests) == 0 {
		return nil
	}
	return s.requests[len(s.requests)-1]
}

func (s *blobServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.requests = append(s.requests, r.Clone(r.Context()))
	body, ok := s.bodies[r.URL.Path]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/octet-stream")
	w.Write(body)
}

// mustErrIs fails unless err wraps target.
func mustErrIs(t testing.TB, err, target error) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one wrapping %v", target)
	}
	if !errors.Is(err, target) {
		t.Fatalf("error %q does not wrap %v", err, target)
	}
}

// mustContain fails unless err's message contains every part.
func mustContain(t testing.TB, err error, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one containing %q", parts)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Fatalf("error %q does not contain %q", err, p)
		}
	}
}

// fetch opens uri and fetches hash with it.
func fetch(t testing.TB, uri string, opts Options, hash [32]byte) ([]byte, error) {
	t.Helper()
	f, err := Open(uri, opts)
	if err != nil {
		t.Fatalf("Open(%q): %v", uri, err)
	}
	return f.Fetch(t.Context(), hash)
}
