package storage

import (
	"context"
	"strings"
	"testing"
)

type mapArtifacts map[[32]byte][]byte

func (m mapArtifacts) Artifact(_ context.Context, hash [32]byte) ([]byte, error) {
	if b, ok := m[hash]; ok {
		return b, nil
	}
	return nil, ErrNotFound
}

func TestOpenValid(t *testing.T) {
	opts := Options{Credentials: Credentials{VaultToken: "t"}, Artifacts: mapArtifacts{}}
	for _, uri := range []string{
		"file:///var/lib/teereg",
		"file:///var/lib/teereg/",
		"file:///",
		"https://configs.example.com",
		"https://configs.example.com/teereg/v1",
		"https://127.0.0.1:8443/x",
		"https://[::1]:8443/x",
		"ipfs://ipfs.io",
		"ipfs://127.0.0.1:8080?tls=false",
		"ipfs://localhost:8080/?tls=false",
		"ipfs://gw.example.org/some/prefix",
		"s3://my-bucket",
		"s3://my-bucket/configs/teereg",
		"s3://my.bucket/p?endpoint=minio.internal:9000&region=eu-west-1",
		"s3://bucket?endpoint=127.0.0.1:9000&tls=false",
		"vault://vault.internal:8200/secret",
		"vault://vault.internal:8200/secret/teereg/configs",
		"vault://vault.internal:8200/teereg?mount=team/kv&namespace=ns1/ns2",
		"vault://127.0.0.1:8200/secret?tls=false",
		"github://teereg/configs",
		"github://teereg/configs/workloads/prod?ref=main",
		"github://teereg/configs.git-mirror/a?ref=refs/heads/release-1.0",
		"onchain://artifacts",
	} {
		f, err := Open(uri, opts)
		if err != nil {
			t.Errorf("Open(%q): %v", uri, err)
			continue
		}
		if got := f.(interface{ String() string }).String(); got != uri {
			t.Errorf("Open(%q).String() = %q", uri, got)
		}
	}
}

// Every rejected URI yields an error wrapping ErrInvalidURI that quotes the
// URI and says what is wrong with it.
func TestOpenGarbage(t *testing.T) {
	opts := Options{Credentials: Credentials{VaultToken: "t"}, Artifacts: mapArtifacts{}}
	long := "https://example.com/" + strings.Repeat("a", MaxURILength)
	for _, c := range []struct{ uri, want string }{
		{"", "empty"},
		{"x", "not of the form"},
		{"https:/example.com", "not of the form"},
		{"://example.com", "not of the form"},
		{"https://", "nothing after the scheme"},
		{"onchain://", "nothing after the scheme"},
		{"http://example.com/x", `unsupported scheme "http"`},
		{"HTTPS://example.com/x", `unsupported scheme "HTTPS"`},
		{"ftp://example.com/x", `unsupported scheme "ftp"`},
		{"averylongscheme://x", "not of the form"},
		{long, "longer than 512"},
		{"https://exa mple.com", "only visible ASCII"},
		{"https://example.com/\x00", "only visible ASCII"},
		{"https://example.com/caf\xc3\xa9", "only visible ASCII"},
		{"https://example.com/%2e%2e/x", "not allowed"},
		{"https://example.com/x#frag", "not allowed"},
		{"https://example.com/a\\b", "not allowed"},
		{"https://user:pw@example.com/x", "user information"},
		{"https://example.com:0/x", "port"},
		{"https://example.com:99999/x", "port"},
		{"https://example.com:/x", "port"},
		{"https://example.com:08/x", "port"},
		{"https://-bad.example.com/x", "starts or ends with '-'"},
		{"https://ex_ample.com/x", "not allowed"},
		{"https://[::1/x", "missing ']'"},
		{"https://[127.0.0.1]/x", "not an IPv6 address"},
		{"https://example.com/../etc", `segment ".." is not allowed`},
		{"https://example.com/a/./b", `segment "." is not allowed`},
		{"https://example.com/a//b", "empty segment"},
		{"https://example.com//", "empty segment"},
		{"https://example.com/x?y=1", "takes no query"},
		{"https://example.com/x?", "empty query"},
		{"file://host/dir", "want file:///"},
		{"file://dir", "want file:///"},
		{"file:///a/../../etc", `segment ".." is not allowed`},
		{"file:///a/b?x=1", "takes no query"},
		{"ipfs://gw.example.com?tls=false", "only allowed for a loopback host"},
		{"ipfs://127.0.0.1?tls=maybe", "want true or false"},
		{"ipfs://127.0.0.1?tls=false&tls=false", "given twice"},
		{"ipfs://127.0.0.1?format=car", `unknown query parameter "format"`},
		{"ipfs://127.0.0.1?a?b", "more than one '?'"},
		{"ipfs://127.0.0.1?flag", "not key=value"},
		{"s3://Bad_Bucket", "not allowed"},
		{"s3://UPPER", "bucket"},
		{"s3://ab", "bucket"},
		{"s3://bucket:9000/x", "no port"},
		{"s3://bucket?endpoint=", "is empty"},
		{"s3://bucket?endpoint=minio:abc", "port"},
		{"s3://bucket?endpoint=minio.internal:9000&tls=false", "only allowed for a loopback host"},
		{"s3://bucket?acl=public", `unknown query parameter "acl"`},
		{"vault://vault.internal:8200", "missing the KV v2 mount"},
		{"vault://vault.internal:8200/secret?mount=a//b", "empty segment"},
		{"vault://vault.internal:8200/secret?namespace=../x", "not allowed"},
		{"vault://vault.example.com/secret?tls=false", "only allowed for a loopback host"},
		{"github://owner", "missing the repository"},
		{"github://-owner/repo", "starts or ends with"},
		{"github://own--er/repo", "GitHub owner"},
		{"github://owner:1/repo", "no port"},
		{"github://owner/repo/../x", `segment ".." is not allowed`},
		{"github://owner/repo?ref=a..b", "not a valid git ref"},
		{"github://owner/repo?ref=-x", "not a valid git ref"},
		{"github://owner/repo?branch=main", `unknown query parameter "branch"`},
		{"onchain://0x1234", "the only onchain URI is onchain://artifacts"},
		{"onchain://artifacts/x", "the only onchain URI"},
	} {
		_, err := Open(c.uri, opts)
		if err == nil {
			t.Errorf("Open(%q) succeeded", c.uri)
			continue
		}
		if !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), ErrInvalidURI.Error()) {
			t.Errorf("Open(%q) = %q, want it to say %q", c.uri, err, c.want)
		}
		mustErrIs(t, err, ErrInvalidURI)
		if len(c.uri) <= 120 && !strings.Contains(err.Error(), quoteURI(c.uri)) {
			t.Errorf("Open(%q) = %q does not quote the URI", c.uri, err)
		}
	}
}

func TestOpenNeedsConfiguration(t *testing.T) {
	_, err := Open("vault://vault.internal:8200/secret", Options{})
	mustErrIs(t, err, ErrInvalidURI)
	mustContain(t, err, "no Vault token", "TEEREG_VAULT_TOKEN")

	_, err = Open("onchain://artifacts", Options{})
	mustContain(t, err, "needs Options.Artifacts")

	_, err = Open("github://o/r", Options{GitHubAPIURL: "http://api.example.com"})
	mustContain(t, err, "GitHubAPIURL", "want an https URL")
}

func TestCredentialsFromEnv(t *testing.T) {
	env := map[string]string{
		"AWS_ACCESS_KEY_ID":           "aws-key",
		"TEEREG_S3_ACCESS_KEY_ID":     "teereg-key",
		"AWS_SECRET_ACCESS_KEY":       "aws-secret",
		"VAULT_TOKEN":                 "vault-token",
		"TEEREG_GITHUB_TOKEN":         "gh-teereg",
		"GITHUB_TOKEN":                "gh-plain",
		"TEEREG_S3_SESSION_TOKEN":     "",
		"AWS_SESSION_TOKEN":           "aws-session",
		"TEEREG_S3_SECRET_ACCESS_KEY": "",
	}
	got := CredentialsFromEnv(func(k string) string { return env[k] })
	want := Credentials{
		S3AccessKeyID:     "teereg-key",
		S3SecretAccessKey: "aws-secret",
		S3SessionToken:    "aws-session",
		VaultToken:        "vault-token",
		GitHubToken:       "gh-teereg",
	}
	if got != want {
		t.Fatalf("CredentialsFromEnv = %+v, want %+v", got, want)
	}
	t.Setenv("TEEREG_VAULT_TOKEN", "from-os")
	if got := CredentialsFromEnv(nil).VaultToken; got != "from-os" {
		t.Fatalf("CredentialsFromEnv(nil).VaultToken = %q, want the process environment's", got)
	}
}
