package storage

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// failingArtifacts answers every lookup with err.
type failingArtifacts struct{ err error }

func (f failingArtifacts) Artifact(context.Context, [32]byte) ([]byte, error) { return nil, f.err }

func TestOnchainBackend(t *testing.T) {
	blob := []byte(`{"workload":"on chain"}`)
	hash := sha256.Sum256(blob)
	opts := Options{Artifacts: mapArtifacts{hash: blob, sha256.Sum256([]byte("k")): []byte("tampered")}}

	got, err := fetch(t, OnchainURI, opts, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Fetch = %q, %v", got, err)
	}
	_, err = fetch(t, OnchainURI, opts, sha256.Sum256([]byte("absent")))
	mustErrIs(t, err, ErrNotFound)
	mustContain(t, err, "artifact store")
	_, err = fetch(t, OnchainURI, opts, sha256.Sum256([]byte("k")))
	mustErrIs(t, err, ErrHashMismatch)

	rpcErr := errors.New("eth_call: connection refused")
	_, err = fetch(t, OnchainURI, Options{Artifacts: failingArtifacts{rpcErr}}, hash)
	mustErrIs(t, err, rpcErr)
	if errors.Is(err, ErrNotFound) {
		t.Fatal("an RPC failure reads as not found")
	}
}

// A Resolver over every kind of backend, each served by a real server on
// 127.0.0.1: the blob is found past backends that lack it or lie about it.
func TestResolverOrderAcrossBackends(t *testing.T) {
	blob := testBlob(40_000, "resolver")
	hash := sha256.Sum256(blob)
	liar := []byte("not the configuration")

	dir := t.TempDir() // lacks it
	gw, gwTS := startBoxoGateway(t, true)
	gw.corrupt(t, CID(hash), liar) // lies
	vault, vaultTS := startKV2Emulator(t, true)
	vault.put("cfg/"+hexHash(hash), map[string]any{VaultField: base64.StdEncoding.EncodeToString(liar)}) // lies
	_, ghTS := startGitHubEmulator(t)                                                                    // lacks it
	s3 := startFakeS3(t, true)
	s3.put(t, "configs", hexHash(hash), blob) // has it
	https := newBlobServer()
	httpsTS := startTLS(t, https)
	https.set("/"+hexHash(hash), blob) // has it too, but comes after

	opts := testOptions(t, gwTS)
	opts.Credentials = Credentials{VaultToken: vault.token, S3AccessKeyID: testS3Key, S3SecretAccessKey: testS3Secret}
	opts.GitHubAPIURL = ghTS.URL + "/api/v3"
	opts.Artifacts = mapArtifacts{}
	uris := []string{
		"nonsense",
		OnchainURI,
		"file://" + dir,
		"ipfs://" + hostOf(gwTS),
		"vault://" + hostOf(vaultTS) + "/secret/cfg",
		"github://teereg/configs",
		s3.uri("configs", false),
		"https://" + hostOf(httpsTS),
	}
	r := NewResolver(opts)
	got, from, err := r.Resolve(t.Context(), uris, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Resolve = %d bytes from %q, %v", len(got), from, err)
	}
	if from != uris[6] {
		t.Fatalf("served by %q, want the s3 backend", from)
	}
	if https.count() != 0 {
		t.Fatal("a backend after the one that served the blob was contacted")
	}
	want := Stats{Fetched: 1, Mismatches: 2, NotFound: 3, Failures: 1}
	if s := r.Stats(); s != want {
		t.Fatalf("Stats = %+v, want %+v", s, want)
	}
}

func TestResolverAllFail(t *testing.T) {
	want := testBlob(100, "all fail")
	hash := sha256.Sum256(want)
	a, b := newBlobServer(), newBlobServer()
	tsA, tsB := startTLS(t, a), startTLS(t, b)
	a.set("/"+hexHash(hash), []byte("tampered A"))
	b.set("/p/"+hexHash(hash), []byte("tampered B"))
	uris := []string{"https://" + hostOf(tsA), "https://" + hostOf(tsB) + "/p", "https://" + hostOf(tsB) + "/missing", "gopher://x"}

	data, from, err := NewResolver(testOptions(t, tsA)).Resolve(t.Context(), uris, hash)
	if data != nil || from != "" {
		t.Fatalf("Resolve returned %q from %q with error %v", data, from, err)
	}
	var rerr *ResolveError
	if !errors.As(err, &rerr) || len(rerr.Attempts) != 4 || rerr.Hash != hash {
		t.Fatalf("error %v is not a ResolveError with 4 attempts", err)
	}
	mustErrIs(t, err, ErrHashMismatch)
	mustErrIs(t, err, ErrNotFound)
	mustErrIs(t, err, ErrInvalidURI)
	mustContain(t, err, "not available from any of 4 backends", hexHash(hash))
	lines := strings.Split(err.Error(), "\n")
	for i, u := range uris {
		if !strings.Contains(lines[i+1], fmt.Sprintf("[%d]", i+1)) || !strings.Contains(lines[i+1], u) {
			t.Fatalf("line %d of the error %q does not name %s", i+1, lines[i+1], u)
		}
	}
	for i, part := range []string{"content does not match", "content does not match", "blob not found", `unsupported scheme "gopher"`} {
		if !strings.Contains(lines[i+1], part) {
			t.Fatalf("line %q does not say %q", lines[i+1], part)
		}
	}

	_, _, err = NewResolver(Options{}).Resolve(t.Context(), nil, hash)
	mustContain(t, err, "no storage backends configured")
}

func TestResolverTimeoutMovesOn(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	hang := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	blob := []byte("served after a timeout")
	hash := sha256.Sum256(blob)
	good := newBlobServer()
	goodTS := startTLS(t, good)
	good.set("/"+hexHash(hash), blob)

	opts := testOptions(t, hang)
	opts.RequestTimeout = 250 * time.Millisecond
	start := time.Now()
	got, from, err := NewResolver(opts).Resolve(t.Context(), []string{"https://" + hostOf(hang), "https://" + hostOf(goodTS)}, hash)
	if err != nil || !bytes.Equal(got, blob) || from != "https://"+hostOf(goodTS) {
		t.Fatalf("Resolve = %q from %q, %v", got, from, err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("Resolve took %s", d)
	}
}

func TestResolverCanceled(t *testing.T) {
	srv := newBlobServer()
	ts := startTLS(t, srv)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	_, _, err := NewResolver(testOptions(t, ts)).Resolve(ctx, []string{"https://" + hostOf(ts)}, sha256.Sum256(nil))
	mustErrIs(t, err, context.Canceled)
	mustContain(t, err, "stopped early")
	if srv.count() != 0 {
		t.Fatal("a canceled Resolve contacted a backend")
	}
}

func TestResolverCache(t *testing.T) {
	blobs := [][]byte{testBlob(400, "c1"), testBlob(400, "c2"), testBlob(400, "c3")}
	var fetched atomic.Int64
	counting := &countingArtifacts{n: &fetched, blobs: map[[32]byte][]byte{}}
	for _, b := range blobs {
		counting.blobs[sha256.Sum256(b)] = b
	}
	r := NewResolver(Options{CacheBytes: 1000, Artifacts: counting})
	uris := []string{OnchainURI}
	resolve := func(b []byte) ([]byte, string) {
		t.Helper()
		got, from, err := r.Resolve(t.Context(), uris, sha256.Sum256(b))
		if err != nil || !bytes.Equal(got, b) {
			t.Fatalf("Resolve = %d bytes, %v", len(got), err)
		}
		return got, from
	}
	got, from := resolve(blobs[0])
	if from != OnchainURI || fetched.Load() != 1 {
		t.Fatalf("first Resolve: from %q, %d fetches", from, fetched.Load())
	}
	got[0] ^= 0xff // the caller owns the bytes; the cache must not change
	if _, from := resolve(blobs[0]); from != "" || fetched.Load() != 1 {
		t.Fatalf("second Resolve: from %q, %d fetches; want a cache hit", from, fetched.Load())
	}
	resolve(blobs[1])
	resolve(blobs[0]) // blobs[0] most recent: blobs[1] goes when blobs[2] comes
	resolve(blobs[2])
	if n, size := r.cache.len(); n != 2 || size != 800 {
		t.Fatalf("cache holds %d blobs, %d bytes; want 2, 800", n, size)
	}
	before := fetched.Load()
	resolve(blobs[0])
	if fetched.Load() != before {
		t.Fatal("blobs[0] was evicted, want the least recently used one evicted")
	}
	resolve(blobs[1])
	if fetched.Load() != before+1 {
		t.Fatal("blobs[1] was still cached")
	}
	if s := r.Stats(); s.CacheHits != 3 || s.Fetched != 4 {
		t.Fatalf("Stats = %+v", s)
	}
	// A blob larger than the whole cache is served, not cached.
	big := testBlob(1001, "big")
	counting.blobs[sha256.Sum256(big)] = big
	resolve(big)
	resolve(big)
	if n, _ := r.cache.len(); n != 2 || fetched.Load() != before+3 {
		t.Fatalf("oversized blob: cache %d entries, %d fetches", n, fetched.Load())
	}
}

type countingArtifacts struct {
	n     *atomic.Int64
	blobs map[[32]byte][]byte
}

func (c *countingArtifacts) Artifact(_ context.Context, h [32]byte) ([]byte, error) {
	c.n.Add(1)
	if b, ok := c.blobs[h]; ok {
		return append([]byte(nil), b...), nil
	}
	return nil, fmt.Errorf("artifact %x: %w", h, ErrNotFound)
}

type lyingFetcher struct{ data []byte }

func (l lyingFetcher) Fetch(context.Context, [32]byte) ([]byte, error) { return l.data, nil }

// Were a Fetcher to return wrong bytes without an error, Resolve would still
// not pass them on: it checks the hash itself.
func TestResolverChecksHashItself(t *testing.T) {
	blob := []byte("the blob")
	hash := sha256.Sum256(blob)
	r := NewResolver(Options{})
	r.open = func(uri string, _ Options) (Fetcher, error) {
		if uri == "https://liar" {
			return lyingFetcher{[]byte("not the blob")}, nil
		}
		return lyingFetcher{blob}, nil
	}
	got, from, err := r.Resolve(t.Context(), []string{"https://liar", "https://honest"}, hash)
	if err != nil || from != "https://honest" || !bytes.Equal(got, blob) {
		t.Fatalf("Resolve = %q from %q, %v", got, from, err)
	}
	if s := r.Stats(); s.Mismatches != 1 {
		t.Fatalf("Stats = %+v, want the liar counted", s)
	}
	_, _, err = r.Resolve(t.Context(), []string{"https://liar"}, hash)
	mustErrIs(t, err, ErrHashMismatch)
	mustContain(t, err, "https://liar")
}
