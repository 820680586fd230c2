package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
)

// githubEmulator emulates GitHub's "get repository content" REST endpoint
// (GET /repos/{owner}/{repo}/contents/{path}?ref=) under /api/v3, as GitHub
// Enterprise Server serves it: the raw media type returns the bytes, any
// other Accept returns the JSON object with base64 content; private
// repositories answer 404 without a valid token; a request without
// User-Agent is refused; a directory answers a JSON listing.
type githubEmulator struct {
	token string

	mu       sync.Mutex
	files    map[string][]byte // "owner/repo@ref:path"
	private  map[string]bool   // "owner/repo"
	limited  bool
	requests []*http.Request
}

func startGitHubEmulator(t testing.TB) (*githubEmulator, *httptest.Server) {
	t.Helper()
	g := &githubEmulator{token: "ghp_teeregTest", files: map[string][]byte{}, private: map[string]bool{}}
	return g, startTLS(t, g)
}

func (g *githubEmulator) put(ownerRepo, ref, path string, data []byte) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.files[ownerRepo+"@"+ref+":"+path] = data
}

func (g *githubEmulator) last() *http.Request {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.requests[len(g.requests)-1]
}

func (g *githubEmulator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.requests = append(g.requests, r.Clone(r.Context()))
	notFound := func() {
		writeJSON(w, http.StatusNotFound, map[string]string{"message": "Not Found",
			"documentation_url": "https://docs.github.com/rest/repos/contents#get-repository-content", "status": "404"})
	}
	if r.Header.Get("User-Agent") == "" {
		w.WriteHeader(http.StatusForbidden)
		w.Write([]byte("Request forbidden by administrative rules. Please make sure your request has a User-Agent header"))
		return
	}
	if g.limited {
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset", "1767225600")
		writeJSON(w, http.StatusForbidden, map[string]string{"message": "API rate limit exceeded"})
		return
	}
	parts := strings.SplitN(strings.TrimPrefix(r.URL.Path, "/api/v3/repos/"), "/", 4)
	if !strings.HasPrefix(r.URL.Path, "/api/v3/repos/") || len(parts) != 4 || parts[2] != "contents" {
		notFound()
		return
	}
	ownerRepo := parts[0] + "/" + parts[1]
	if g.private[ownerRepo] && r.Header.Get("Authorization") != "Bearer "+g.token {
		notFound()
		return
	}
	ref := r.URL.Query().Get("ref")
	if ref == "" {
		ref = "main"
	}
	key := ownerRepo + "@" + ref + ":" + parts[3]
	data, ok := g.files[key]
	if !ok {
		for k := range g.files {
			if strings.HasPrefix(k, key+"/") {
				writeJSON(w, http.StatusOK, []map[string]string{{"type": "file", "name": "x"}})
				return
			}
		}
		notFound()
		return
	}
	switch r.Header.Get("Accept") {
	case "application/vnd.github.raw", "application/vnd.github.raw+json", "application/vnd.github.v3.raw":
		w.Header().Set("Content-Type", "application/vnd.github.raw")
		w.Write(data)
	default:
		writeJSON(w, http.StatusOK, map[string]any{"type": "file", "encoding": "base64", "size": len(data),
			"content": base64.StdEncoding.EncodeToString(data)})
	}
}

func TestGitHubBackend(t *testing.T) {
	gh, ts := startGitHubEmulator(t)
	blob := testBlob(9000, "github")
	hash := sha256.Sum256(blob)
	gh.put("teereg/configs", "main", "workloads/prod/"+hexHash(hash), blob)
	opts := testOptions(t, ts)
	opts.GitHubAPIURL = ts.URL + "/api/v3"
	uri := "github://teereg/configs/workloads/prod"

	got, err := fetch(t, uri, opts, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}
	r := gh.last()
	if r.URL.Path != "/api/v3/repos/teereg/configs/contents/workloads/prod/"+hexHash(hash) || r.URL.RawQuery != "" ||
		r.Header.Get("X-GitHub-Api-Version") == "" || r.Header.Get("Authorization") != "" {
		t.Fatalf("request %s, headers %v", r.URL, r.Header)
	}

	t.Run("ref", func(t *testing.T) {
		old := []byte("config on a release branch")
		h := sha256.Sum256(old)
		gh.put("teereg/configs", "release/1.0", "workloads/prod/"+hexHash(h), old)
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrNotFound)
		got, err := fetch(t, uri+"?ref=release/1.0", opts, h)
		if err != nil || !bytes.Equal(got, old) {
			t.Fatalf("Fetch at ref = %q, %v", got, err)
		}
		if q := gh.last().URL.Query().Get("ref"); q != "release/1.0" {
			t.Fatalf("ref sent as %q", q)
		}
	})
	t.Run("private repository needs the token", func(t *testing.T) {
		gh.mu.Lock()
		gh.private["teereg/secret-configs"] = true
		gh.mu.Unlock()
		gh.put("teereg/secret-configs", "main", hexHash(hash), blob)
		_, err := fetch(t, "github://teereg/secret-configs", opts, hash)
		mustErrIs(t, err, ErrNotFound)
		o := opts
		o.Credentials.GitHubToken = gh.token
		got, err := fetch(t, "github://teereg/secret-configs", o, hash)
		if err != nil || !bytes.Equal(got, blob) {
			t.Fatalf("Fetch with token = %d bytes, %v", len(got), err)
		}
		if a := gh.last().Header.Get("Authorization"); a != "Bearer "+gh.token {
			t.Fatalf("Authorization %q", a)
		}
	})
	t.Run("not found", func(t *testing.T) {
		_, err := fetch(t, uri, opts, sha256.Sum256([]byte("absent")))
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, "status 404", "Not Found", "/repos/teereg/configs/contents/workloads/prod/")
	})
	t.Run("tampered", func(t *testing.T) {
		h := sha256.Sum256([]byte("wanted"))
		gh.put("teereg/configs", "main", "workloads/prod/"+hexHash(h), []byte("pushed by someone else"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
	})
	t.Run("directory under the hash's name", func(t *testing.T) {
		h := sha256.Sum256([]byte("a directory"))
		gh.put("teereg/configs", "main", "workloads/prod/"+hexHash(h)+"/inner", []byte("x"))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
	})
	t.Run("too large", func(t *testing.T) {
		o := opts
		o.MaxSize = int64(len(blob) - 1)
		_, err := fetch(t, uri, o, hash)
		mustErrIs(t, err, ErrTooLarge)
	})
	t.Run("rate limited", func(t *testing.T) {
		gh.mu.Lock()
		gh.limited = true
		gh.mu.Unlock()
		defer func() { gh.mu.Lock(); gh.limited = false; gh.mu.Unlock() }()
		_, err := fetch(t, uri, opts, hash)
		mustContain(t, err, "rate limit exhausted", "1767225600")
	})
}
