package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"net/http"
	"path"
	"strings"
	"sync"
	"testing"
	"time"
)

// FuzzOpen: Open never panics; whatever it accepts is a URI the Registry
// contract accepts, with no percent-encoding, fragment, user information or
// dot segments, and the location it builds stays on the URI's host and under
// its path.
func FuzzOpen(f *testing.F) {
	for _, s := range []string{
		"file:///var/lib/teereg", "https://configs.example.com/teereg", "https://[::1]:8443/a",
		"ipfs://127.0.0.1:8080?tls=false", "s3://bucket/p?endpoint=127.0.0.1:9000&region=us-east-1&tls=false",
		"vault://vault:8200/secret/teereg?namespace=a/b", "vault://v/x?mount=a/b", "github://o/r/p?ref=main",
		"onchain://artifacts", "https://a/../b", "file:///a/./b", "https://u@h/", "ipfs://h?tls=false",
		"s3://B", "https://h:65536", "https://h/%2e%2e", "https://h#f", "file://h/x", "https://h?x",
	} {
		f.Add(s)
	}
	opts := Options{Credentials: Credentials{VaultToken: "t"}, Artifacts: mapArtifacts{}}
	hash := sha256.Sum256([]byte("fuzz"))
	f.Fuzz(func(t *testing.T, uri string) {
		fe, err := Open(uri, opts)
		if err != nil {
			if !errors.Is(err, ErrInvalidURI) {
				t.Fatalf("Open(%q) error %v does not wrap ErrInvalidURI", uri, err)
			}
			return
		}
		if len(uri) > MaxURILength || strings.ContainsAny(uri, "%#\\ \x7f") {
			t.Fatalf("Open accepted %q", uri)
		}
		for i := 0; i < len(uri); i++ {
			if uri[i] < 0x21 || uri[i] > 0x7e {
				t.Fatalf("Open accepted %q with byte 0x%02x", uri, uri[i])
			}
		}
		scheme, rest, _ := strings.Cut(uri, "://")
		beforeQuery, _, _ := strings.Cut(rest, "?")
		authority, p, _ := strings.Cut(beforeQuery, "/")
		if strings.Contains(authority, "@") {
			t.Fatalf("Open accepted user information in %q", uri)
		}
		for _, seg := range strings.Split(p, "/") {
			if seg == "." || seg == ".." {
				t.Fatalf("Open accepted a dot segment in %q", uri)
			}
		}
		inner := fe.(*verified).inner
		switch b := inner.(type) {
		case *fileBackend:
			if scheme != "file" || !path.IsAbs(b.dir) || path.Clean(b.dir) != b.dir {
				t.Fatalf("file directory %q from %q", b.dir, uri)
			}
		case *httpsBackend:
			u := b.base.JoinPath(hexHash(hash))
			if !strings.EqualFold(u.Host, authority) || u.Scheme != "https" || path.Clean(u.Path) != u.Path ||
				u.Path != "/"+strings.TrimSuffix(p, "/")+"/"+hexHash(hash) && u.Path != "/"+hexHash(hash) {
				t.Fatalf("https location %s from %q", u, uri)
			}
		case *ipfsBackend:
			if !strings.EqualFold(b.base.Host, authority) {
				t.Fatalf("ipfs gateway %s from %q", b.base, uri)
			}
		case *vaultBackend:
			if !strings.EqualFold(b.base.Host, authority) || b.base.Path != "/" {
				t.Fatalf("vault address %s from %q", b.base, uri)
			}
		case *githubBackend:
			if b.api.String() != DefaultGitHubAPIURL || b.owner != authority {
				t.Fatalf("github %s owner %q from %q", b.api, b.owner, uri)
			}
		case *s3Backend, *onchainBackend:
		default:
			t.Fatalf("Open(%q) built a %T", uri, inner)
		}
	})
}

// FuzzDecodeVaultKV2: a KV v2 response body never panics the decoder, and
// decoded blobs respect the size limit.
func FuzzDecodeVaultKV2(f *testing.F) {
	f.Add([]byte(`{"data":{"data":{"blob":"aGVsbG8="},"metadata":{"version":1}}}`))
	f.Add([]byte(`{"data":{"data":{"blob":null}}}`))
	f.Add([]byte(`{"data":{"data":{"blob":"` + strings.Repeat("QUFB", 100) + `"}}}`))
	f.Add([]byte(`{"errors":["permission denied"]}`))
	f.Add([]byte(`{"data":null}`))
	f.Add([]byte(`nul`))
	const max = 64
	f.Fuzz(func(t *testing.T, body []byte) {
		data, err := decodeVaultKV2(body, max)
		if err == nil && len(data) > max+2 {
			t.Fatalf("decoded %d bytes with a limit of %d", len(data), max)
		}
		vaultStatusError("fuzz", &response{status: 404, body: body})
	})
}

// FuzzResolveBody serves the fuzzer's status and body to every HTTP-based
// backend (https, ipfs, vault, github, s3) from one server on 127.0.0.1, and
// checks the Resolver's promise: it returns bytes only when they hash to the
// requested hash, and otherwise an error naming the backend; and when the
// body is the blob itself (base64 in a KV v2 response for vault) it is found.
func FuzzResolveBody(f *testing.F) {
	blob := []byte(`{"image":"teereg-workload","version":3}`)
	hash := sha256.Sum256(blob)
	vaultJSON := []byte(`{"data":{"data":{"blob":"` + base64.StdEncoding.EncodeToString(blob) + `"},"metadata":{"version":1}}}`)
	f.Add(uint8(0), blob)
	f.Add(uint8(0), vaultJSON)
	f.Add(uint8(0), []byte("garbage"))
	f.Add(uint8(0), []byte{})
	f.Add(uint8(0), bytes.Repeat(blob, 100))
	f.Add(uint8(1), []byte(`{"errors":[]}`))
	f.Add(uint8(2), []byte(`<?xml version="1.0"?><Error><Code>NoSuchKey</Code></Error>`))
	f.Add(uint8(3), []byte("\x00\xff"))
	f.Add(uint8(4), []byte(""))

	statuses := []int{200, 404, 500, 403, 302, 204, 206, 410}
	var (
		mu     sync.Mutex // one input at a time
		status int
		body   []byte
	)
	ts := startTLS(f, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// What every S3 GET response carries (minio-go requires them).
		w.Header().Set("Last-Modified", "Mon, 02 Jan 2006 15:04:05 GMT")
		w.Header().Set("ETag", `"0123456789abcdef0123456789abcdef"`)
		if status == 302 {
			w.Header().Set("Location", "/elsewhere")
		}
		w.WriteHeader(status)
		w.Write(body)
	}))
	opts := testOptions(f, ts)
	opts.Logger = nil
	opts.MaxSize = 1 << 10
	opts.RequestTimeout = 5 * time.Second
	opts.GitHubAPIURL = ts.URL
	opts.Credentials = Credentials{VaultToken: "t", S3AccessKeyID: "k", S3SecretAccessKey: "s"}
	r := NewResolver(opts)
	host := hostOf(ts)
	uris := map[string]string{
		"https":  "https://" + host + "/p",
		"ipfs":   "ipfs://" + host,
		"vault":  "vault://" + host + "/secret/p",
		"github": "github://o/r/p",
		"s3":     "s3://bucket/p?endpoint=" + host + "&region=us-east-1",
	}
	f.Fuzz(func(t *testing.T, sel uint8, b []byte) {
		mu.Lock()
		defer mu.Unlock()
		status, body = statuses[int(sel)%len(statuses)], b
		for kind, uri := range uris {
			data, from, err := r.Resolve(t.Context(), []string{uri}, hash)
			if err == nil {
				if sha256.Sum256(data) != hash || from != uri {
					t.Fatalf("%s: Resolve returned %d unverified bytes from %q", kind, len(data), from)
				}
				continue
			}
			var rerr *ResolveError
			if !errors.As(err, &rerr) || len(rerr.Attempts) != 1 || !strings.Contains(err.Error(), uri) {
				t.Fatalf("%s: error %v does not name the backend", kind, err)
			}
			want := bytes.Equal(b, blob)
			if kind == "vault" {
				want = bytes.Equal(b, vaultJSON)
			}
			if want && status == 200 {
				t.Fatalf("%s: the blob itself was refused: %v", kind, err)
			}
		}
	})
}
