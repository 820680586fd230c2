package storage

import (
	"crypto/sha256"
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestHTTPSBackend(t *testing.T) {
	srv := newBlobServer()
	ts := startTLS(t, srv)
	blob := testBlob(5000, "https")
	hash := sha256.Sum256(blob)
	srv.set("/teereg/configs/"+hexHash(hash), blob)
	opts := testOptions(t, ts)
	uri := "https://" + hostOf(ts) + "/teereg/configs"

	got, err := fetch(t, uri, opts, hash)
	if err != nil || string(got) != string(blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}
	if r := srv.last(); r.Method != http.MethodGet || r.URL.Path != "/teereg/configs/"+hexHash(hash) {
		t.Fatalf("request %s %s", r.Method, r.URL)
	}

	t.Run("not found", func(t *testing.T) {
		_, err := fetch(t, uri, opts, sha256.Sum256([]byte("absent")))
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, "status 404", uri)
	})
	t.Run("tampered", func(t *testing.T) {
		h := sha256.Sum256([]byte("wanted"))
		srv.set("/teereg/configs/"+hexHash(h), []byte("served instead"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
		mustContain(t, err, fmt.Sprintf("%x", sha256.Sum256([]byte("served instead"))))
	})
	t.Run("untrusted certificate", func(t *testing.T) {
		// Without the test's cert pool the TLS handshake must fail.
		_, err := fetch(t, uri, Options{}, hash)
		mustContain(t, err, "certificate")
	})
	t.Run("server error quoted safely", func(t *testing.T) {
		h := sha256.Sum256([]byte("500"))
		ts500 := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(http.StatusInternalServerError)
			fmt.Fprint(w, "boom\x1b[31m\x00"+strings.Repeat("x", 10000))
		}))
		_, err := fetch(t, "https://"+hostOf(ts500), opts, h)
		mustContain(t, err, "unexpected status 500", "boom")
		if strings.ContainsAny(err.Error(), "\x1b\x00") || len(err.Error()) > 1000 {
			t.Fatalf("error not sanitized or not bounded: %q", err)
		}
	})
}

func TestHTTPSRedirects(t *testing.T) {
	blob := []byte("redirected blob")
	hash := sha256.Sum256(blob)
	target := newBlobServer()
	tsTarget := startTLS(t, target)
	target.set("/"+hexHash(hash), blob)
	plain := newBlobServer()
	tsPlain := startPlain(t, plain)
	plain.set("/"+hexHash(hash), blob)

	redirectTo := func(base string) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, base+r.URL.Path, http.StatusFound)
		})
	}
	tsToTLS := startTLS(t, redirectTo(tsTarget.URL))
	got, err := fetch(t, "https://"+hostOf(tsToTLS), testOptions(t, tsToTLS), hash)
	if err != nil || string(got) != string(blob) {
		t.Fatalf("https→https redirect: %q, %v", got, err)
	}

	tsToPlain := startTLS(t, redirectTo(tsPlain.URL))
	_, err = fetch(t, "https://"+hostOf(tsToPlain), testOptions(t, tsToPlain), hash)
	mustContain(t, err, "refusing redirect", "only https")
	if plain.count() != 0 {
		t.Fatal("the plain http server was contacted")
	}
}

func TestHTTPSSizeLimit(t *testing.T) {
	const max = 1 << 10
	blob := testBlob(max+1, "big")
	hash := sha256.Sum256(blob)
	var sentChunked atomic.Bool
	ts := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Query().Get("chunked") == "" && !strings.Contains(r.URL.Path, "chunked") {
			w.Header().Set("Content-Length", fmt.Sprint(len(blob)))
			w.Write(blob)
			return
		}
		// No Content-Length: stream more than allowed, then keep going.
		sentChunked.Store(true)
		for i := 0; i < 100; i++ {
			if _, err := w.Write(blob); err != nil {
				return
			}
			w.(http.Flusher).Flush()
		}
	}))
	opts := testOptions(t, ts)
	opts.MaxSize = max

	_, err := fetch(t, "https://"+hostOf(ts), opts, hash)
	mustErrIs(t, err, ErrTooLarge)
	mustContain(t, err, "Content-Length 1025")

	_, err = fetch(t, "https://"+hostOf(ts)+"/chunked", opts, hash)
	mustErrIs(t, err, ErrTooLarge)
	mustContain(t, err, "more than 1024 bytes")
	if !sentChunked.Load() {
		t.Fatal("the streaming case was not exercised")
	}

	opts.MaxSize = max + 1
	got, err := fetch(t, "https://"+hostOf(ts), opts, hash)
	if err != nil || len(got) != max+1 {
		t.Fatalf("at exactly MaxSize: %d bytes, %v", len(got), err)
	}
}

func TestHTTPSTimeout(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	// One server never answers; the other sends headers, then trickles.
	hang := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	trickle := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		for {
			w.Write([]byte("x"))
			w.(http.Flusher).Flush()
			select {
			case <-release:
				return
			case <-r.Context().Done():
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}))
	for _, ts := range []string{hostOf(hang), hostOf(trickle)} {
		opts := testOptions(t, hang)
		opts.RequestTimeout = 300 * time.Millisecond
		start := time.Now()
		_, err := fetch(t, "https://"+ts, opts, sha256.Sum256([]byte("x")))
		mustContain(t, err, "request timeout 300ms exceeded")
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("Fetch took %s with a 300ms timeout", d)
		}
	}
}

// Every HTTP-based backend gives up after RequestTimeout on a server that
// accepts the request and never answers.
func TestTimeoutEveryHTTPBackend(t *testing.T) {
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	hang := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	opts := testOptions(t, hang)
	opts.RequestTimeout = 200 * time.Millisecond
	opts.GitHubAPIURL = hang.URL
	opts.Credentials = Credentials{VaultToken: "t"}
	h := hostOf(hang)
	for _, uri := range []string{
		"https://" + h, "ipfs://" + h, "vault://" + h + "/secret", "github://o/r",
		"s3://bucket?endpoint=" + h + "&region=us-east-1",
	} {
		start := time.Now()
		_, err := fetch(t, uri, opts, sha256.Sum256([]byte(uri)))
		mustContain(t, err, uri, "request timeout 200ms exceeded")
		if d := time.Since(start); d > 5*time.Second {
			t.Fatalf("%s: Fetch took %s with a 200ms timeout", uri, d)
		}
	}
}
