package storage

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"
)

// kv2Emulator implements the part of Vault's HTTP API that the vault backend
// uses, with Vault's status codes and response shapes (taken from
// vault-plugin-secrets-kv's pathDataRead and Vault's HTTP layer): a KV v2
// mount "secret" (as in `vault server -dev`), token auth, writes, soft
// deletes. It is an emulation, not Vault: no real Vault server could be
// built here in reasonable time (see docs/storage-backends.md).
type kv2Emulator struct {
	token string
	mount string

	mu       sync.Mutex
	secrets  map[string]*kv2Secret // path under the mount
	requests []*http.Request
}

type kv2Secret struct {
	data      map[string]any
	version   int
	created   time.Time
	deletedAt time.Time
}

func startKV2Emulator(t testing.TB, tls bool) (*kv2Emulator, *httptest.Server) {
	t.Helper()
	e := &kv2Emulator{token: "hvs.teereg-test-root", mount: "secret", secrets: map[string]*kv2Secret{}}
	if tls {
		return e, startTLS(t, e)
	}
	return e, startPlain(t, e)
}

func (e *kv2Emulator) put(path string, data map[string]any) {
	e.mu.Lock()
	defer e.mu.Unlock()
	s := e.secrets[path]
	if s == nil {
		s = &kv2Secret{}
		e.secrets[path] = s
	}
	s.data, s.version, s.created, s.deletedAt = data, s.version+1, time.Now().UTC(), time.Time{}
}

func (e *kv2Emulator) softDelete(path string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.secrets[path].deletedAt = time.Now().UTC().Add(-time.Second)
}

func (e *kv2Emulator) setMount(m string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.mount = m
}

func (e *kv2Emulator) last() *http.Request {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.requests[len(e.requests)-1]
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

func (e *kv2Emulator) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.requests = append(e.requests, r.Clone(r.Context()))
	if r.Header.Get("X-Vault-Token") != e.token {
		writeJSON(w, http.StatusForbidden, map[string]any{"errors": []string{"permission denied"}})
		return
	}
	prefix := "/v1/" + e.mount + "/data/"
	if !strings.HasPrefix(r.URL.Path, prefix) {
		writeJSON(w, http.StatusNotFound, map[string]any{"errors": []string{
			fmt.Sprintf("no handler for route %q. route entry not found.", strings.TrimPrefix(r.URL.Path, "/v1/"))}})
		return
	}
	if r.Method != http.MethodGet {
		writeJSON(w, http.StatusMethodNotAllowed, map[string]any{"errors": []string{"1 error occurred:\n\t* unsupported operation\n\n"}})
		return
	}
	s := e.secrets[strings.TrimPrefix(r.URL.Path, prefix)]
	if s == nil {
		writeJSON(w, http.StatusNotFound, map[string]any{"errors": []string{}})
		return
	}
	deletion := ""
	if !s.deletedAt.IsZero() {
		deletion = s.deletedAt.Format(time.RFC3339Nano)
	}
	inner := map[string]any{
		"data": s.data,
		"metadata": map[string]any{
			"created_time": s.created.Format(time.RFC3339Nano), "custom_metadata": nil,
			"deletion_time": deletion, "destroyed": false, "version": s.version,
		},
	}
	status := http.StatusOK
	if deletion != "" {
		inner["data"], status = nil, http.StatusNotFound
	}
	writeJSON(w, status, map[string]any{
		"request_id": "8a5c2f4e-0000-4000-8000-000000000000", "lease_id": "", "renewable": false,
		"lease_duration": 0, "data": inner, "wrap_info": nil, "warnings": nil, "auth": nil, "mount_type": "kv",
	})
}

func TestVaultBackend(t *testing.T) {
	vault, ts := startKV2Emulator(t, true)
	blob := testBlob(20_000, "vault")
	hash := sha256.Sum256(blob)
	vault.put("teereg/configs/"+hexHash(hash), map[string]any{VaultField: base64.StdEncoding.EncodeToString(blob), "note": "x"})
	opts := testOptions(t, ts)
	opts.Credentials.VaultToken = vault.token
	uri := "vault://" + hostOf(ts) + "/secret/teereg/configs"

	got, err := fetch(t, uri, opts, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}
	r := vault.last()
	if r.URL.Path != "/v1/secret/data/teereg/configs/"+hexHash(hash) || r.Header.Get("X-Vault-Request") != "true" {
		t.Fatalf("request %s %s", r.Method, r.URL)
	}

	t.Run("mount and namespace parameters", func(t *testing.T) {
		vault.setMount("team/kv")
		defer vault.setMount("secret")
		got, err := fetch(t, "vault://"+hostOf(ts)+"/teereg/configs?mount=team/kv&namespace=eng", opts, hash)
		if err != nil || !bytes.Equal(got, blob) {
			t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
		}
		if r := vault.last(); r.Header.Get("X-Vault-Namespace") != "eng" || r.URL.Path != "/v1/team/kv/data/teereg/configs/"+hexHash(hash) {
			t.Fatalf("request %s with namespace %q", r.URL, r.Header.Get("X-Vault-Namespace"))
		}
	})
	t.Run("plain http to loopback", func(t *testing.T) {
		v2, ts2 := startKV2Emulator(t, false)
		v2.put(hexHash(hash), map[string]any{VaultField: base64.StdEncoding.EncodeToString(blob)})
		o := opts
		o.Credentials.VaultToken = v2.token
		got, err := fetch(t, "vault://"+hostOf(ts2)+"/secret?tls=false", o, hash)
		if err != nil || !bytes.Equal(got, blob) {
			t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
		}
	})
	t.Run("not found", func(t *testing.T) {
		_, err := fetch(t, uri, opts, sha256.Sum256([]byte("absent")))
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, "status 404", "/v1/secret/data/teereg/configs/")
	})
	t.Run("deleted version", func(t *testing.T) {
		b := []byte("deleted later")
		h := sha256.Sum256(b)
		vault.put("teereg/configs/"+hexHash(h), map[string]any{VaultField: base64.StdEncoding.EncodeToString(b)})
		if _, err := fetch(t, uri, opts, h); err != nil {
			t.Fatal(err)
		}
		vault.softDelete("teereg/configs/" + hexHash(h))
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrNotFound)
		mustContain(t, err, "was deleted at")
	})
	t.Run("wrong token", func(t *testing.T) {
		o := opts
		o.Credentials.VaultToken = "hvs.wrong"
		_, err := fetch(t, uri, o, hash)
		mustContain(t, err, "status 403", "permission denied")
	})
	t.Run("unknown mount", func(t *testing.T) {
		_, err := fetch(t, "vault://"+hostOf(ts)+"/kv", opts, hash)
		mustContain(t, err, "no handler for route")
	})
	t.Run("tampered", func(t *testing.T) {
		h := sha256.Sum256([]byte("wanted"))
		vault.put("teereg/configs/"+hexHash(h), map[string]any{VaultField: base64.StdEncoding.EncodeToString([]byte("other"))})
		_, err := fetch(t, uri, opts, h)
		mustErrIs(t, err, ErrHashMismatch)
	})
	t.Run("garbage secrets", func(t *testing.T) {
		for i, c := range []struct {
			data map[string]any
			want string
		}{
			{map[string]any{"other": "x"}, `no "blob" field`},
			{map[string]any{VaultField: 42}, "is not a string"},
			{map[string]any{VaultField: "not base64!"}, "not standard base64"},
			{map[string]any{VaultField: base64.RawStdEncoding.EncodeToString([]byte("ab"))}, "not standard base64"},
		} {
			h := sha256.Sum256(fmt.Appendf(nil, "garbage %d", i))
			vault.put("teereg/configs/"+hexHash(h), c.data)
			_, err := fetch(t, uri, opts, h)
			mustContain(t, err, c.want)
		}
	})
	t.Run("too large", func(t *testing.T) {
		o := opts
		o.MaxSize = int64(len(blob) - 3)
		_, err := fetch(t, uri, o, hash)
		mustErrIs(t, err, ErrTooLarge)
		// A response body past the JSON allowance is cut off before decoding.
		huge := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Write([]byte(`{"data":{"data":{"blob":"`))
			for i := 0; i < 100; i++ {
				w.Write(bytes.Repeat([]byte("A"), 64<<10))
			}
		}))
		o.MaxSize = 1 << 10
		_, err = fetch(t, "vault://"+hostOf(huge)+"/secret", o, hash)
		mustErrIs(t, err, ErrTooLarge)
	})
	t.Run("garbage responses", func(t *testing.T) {
		for _, c := range []struct {
			status int
			body   string
			want   string
		}{
			{200, "not json", "decode KV v2 response"},
			{200, `{"data":{"blob":"AA=="}}`, "no data.data object"},
			{200, `[]`, "decode KV v2 response"},
			{500, `{"errors":["internal error \u001b[31m"]}`, "unexpected status 500"},
			{502, "<html>bad gateway</html>", "bad gateway"},
			{307, "", "redirect"},
		} {
			srv := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if c.status == 307 {
					w.Header().Set("Location", "https://elsewhere.example/")
				}
				w.WriteHeader(c.status)
				w.Write([]byte(c.body))
			}))
			_, err := fetch(t, "vault://"+hostOf(srv)+"/secret", opts, hash)
			mustContain(t, err, c.want)
			if strings.Contains(err.Error(), "\x1b") {
				t.Fatalf("control character in error %q", err)
			}
		}
	})
}

// The token must not follow a redirect: a Vault URI is never redirected.
func TestVaultDoesNotFollowRedirects(t *testing.T) {
	vault, ts := startKV2Emulator(t, true)
	redirector := startTLS(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, ts.URL+r.URL.Path, http.StatusTemporaryRedirect)
	}))
	opts := testOptions(t, ts)
	opts.Credentials.VaultToken = vault.token
	_, err := fetch(t, "vault://"+hostOf(redirector)+"/secret", opts, sha256.Sum256(nil))
	mustContain(t, err, "status 307 redirect", "not followed")
	vault.mu.Lock()
	n := len(vault.requests)
	vault.mu.Unlock()
	if n != 0 {
		t.Fatalf("the redirect target received %d requests", n)
	}
}

// TestVaultReal runs against a real Vault or OpenBao server when one is
// given (TEEREG_TEST_VAULT_ADDR=http://127.0.0.1:8200 and
// TEEREG_TEST_VAULT_TOKEN, a KV v2 engine mounted at secret/, as `vault
// server -dev` has); none can be built on the project's machines, so it is
// skipped there.
func TestVaultReal(t *testing.T) {
	addr, token := os.Getenv("TEEREG_TEST_VAULT_ADDR"), os.Getenv("TEEREG_TEST_VAULT_TOKEN")
	if addr == "" || token == "" {
		t.Skip("no real Vault: set TEEREG_TEST_VAULT_ADDR and TEEREG_TEST_VAULT_TOKEN")
	}
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatal(err)
	}
	blob := testBlob(3000, fmt.Sprint("real vault ", time.Now().UnixNano()))
	hash := sha256.Sum256(blob)
	body, _ := json.Marshal(map[string]any{"data": map[string]string{VaultField: base64.StdEncoding.EncodeToString(blob)}})
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodPost, addr+"/v1/secret/data/teereg-test/"+hexHash(hash), bytes.NewReader(body))
	req.Header.Set("X-Vault-Token", token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("writing the secret: status %d", resp.StatusCode)
	}
	uri := "vault://" + u.Host + "/secret/teereg-test"
	if u.Scheme == "http" {
		uri += "?tls=false"
	}
	opts := Options{Credentials: Credentials{VaultToken: token}}
	got, err := fetch(t, uri, opts, hash)
	if err != nil || !bytes.Equal(got, blob) {
		t.Fatalf("Fetch = %d bytes, %v; want the blob", len(got), err)
	}
	_, err = fetch(t, uri, opts, sha256.Sum256(blob[1:]))
	mustErrIs(t, err, ErrNotFound)
	opts.Credentials.VaultToken = "hvs.wrong"
	_, err = fetch(t, uri, opts, hash)
	mustContain(t, err, "status 403")
}
