// Package storage fetches configuration blobs by their sha256 from the storage
// backends listed on chain (file, https, ipfs, s3, vault, github, onchain).
//
// Every backend is untrusted: a [Fetcher] built by [Open] only returns bytes whose
// sha256 equals the requested hash, reads at most [Options.MaxSize] bytes and
// gives each request at most [Options.RequestTimeout]. The [Resolver] tries the
// backends of a list in order until one of them returns the blob.
//
// The URI grammar of every scheme and how a hash maps to a location is described
// in docs/storage-backends.md.
package storage

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"time"
)

// Fetcher fetches a blob from one storage backend.
type Fetcher interface {
	// Fetch returns the blob whose sha256 is hash. An error wrapping
	// [ErrNotFound] means the backend answered that it does not hold the blob.
	Fetch(ctx context.Context, hash [32]byte) ([]byte, error)
}

// ArtifactSource serves the blobs of the on-chain ArtifactStore (the
// onchain:// backend). The registry implements it from the indexer's artifacts
// table or an eth_call to the ArtifactStore contract. Artifact returns an error
// wrapping [ErrNotFound] when no artifact with that hash is stored.
type ArtifactSource interface {
	Artifact(ctx context.Context, hash [32]byte) ([]byte, error)
}

var (
	// ErrNotFound: the backend answered that it does not hold the blob.
	ErrNotFound = errors.New("blob not found")
	// ErrHashMismatch: the backend returned bytes whose sha256 is not the requested hash.
	ErrHashMismatch = errors.New("content does not match its hash")
	// ErrTooLarge: the backend returned (or announced) more than Options.MaxSize bytes.
	ErrTooLarge = errors.New("blob exceeds the size limit")
	// ErrInvalidURI: a backend URI is malformed or not supported.
	ErrInvalidURI = errors.New("invalid storage backend URI")
)

// Defaults used when the corresponding Options field is zero.
const (
	DefaultMaxSize        = 16 << 20 // 16 MiB
	DefaultRequestTimeout = 30 * time.Second
	DefaultGitHubAPIURL   = "https://api.github.com"
	DefaultS3Endpoint     = "s3.amazonaws.com"
)

// MaxURILength is the longest backend URI the Registry contract accepts.
const MaxURILength = 512

// Options configure the backends built by [Open] and the [Resolver].
type Options struct {
	// HTTPClient sends the requests of the https, ipfs, vault and github
	// backends; its Transport also carries the s3 backend's requests. Its
	// CheckRedirect is replaced per backend (see docs/storage-backends.md).
	// Nil means a client with a clone of http.DefaultTransport. Tests pass a
	// client whose transport trusts their TLS server.
	HTTPClient *http.Client
	// RequestTimeout bounds one Fetch, reading the body included (default 30s).
	RequestTimeout time.Duration
	// MaxSize is the largest blob accepted, in bytes (default 16 MiB).
	MaxSize int64
	// Credentials for the s3, vault and github backends.
	Credentials Credentials
	// GitHubAPIURL is the GitHub REST API base URL: https://api.github.com
	// (the default) or https://HOST/api/v3 for GitHub Enterprise Server.
	GitHubAPIURL string
	// Artifacts serves onchain:// (required by that scheme only).
	Artifacts ArtifactSource
	// CacheBytes is the capacity of the Resolver's in-memory cache of verified
	// blobs, in bytes; 0 disables it. Blobs are content-addressed, so a cached
	// blob never goes stale.
	CacheBytes int64
	// Logger receives hash mismatches and backend failures (default: discard).
	Logger *slog.Logger
}

// Credentials are secrets given to the backends. Empty values mean anonymous
// access (s3, github) or, for vault, that the backend cannot be opened.
type Credentials struct {
	S3AccessKeyID     string
	S3SecretAccessKey string
	S3SessionToken    string
	VaultToken        string
	GitHubToken       string
}

// CredentialsFromEnv reads credentials with getenv (os.Getenv when nil):
// TEEREG_S3_ACCESS_KEY_ID / AWS_ACCESS_KEY_ID, TEEREG_S3_SECRET_ACCESS_KEY /
// AWS_SECRET_ACCESS_KEY, TEEREG_S3_SESSION_TOKEN / AWS_SESSION_TOKEN,
// TEEREG_VAULT_TOKEN / VAULT_TOKEN and TEEREG_GITHUB_TOKEN / GITHUB_TOKEN; the
// TEEREG_ name wins when both are set.
func CredentialsFromEnv(getenv func(string) string) Credentials {
	if getenv == nil {
		getenv = os.Getenv
	}
	first := func(names []string) string {
		for _, n := range names {
			if v := getenv(n); v != "" {
				return v
			}
		}
		return ""
	}
	return Credentials{
		S3AccessKeyID:     first([]string{"TEEREG_S3_ACCESS_KEY_ID", "AWS_ACCESS_KEY_ID"}),
		S3SecretAccessKey: first([]string{"TEEREG_S3_SECRET_ACCESS_KEY", "AWS_SECRET_ACCESS_KEY"}),
		S3SessionToken:    first([]string{"TEEREG_S3_SESSION_TOKEN", "AWS_SESSION_TOKEN"}),
		VaultToken:        first([]string{"TEEREG_VAULT_TOKEN", "VAULT_TOKEN"}),
		GitHubToken:       first([]string{"TEEREG_GITHUB_TOKEN", "GITHUB_TOKEN"}),
	}
}

// withDefaults fills the zero fields of o.
func (o Options) withDefaults() Options {
	if o.HTTPClient == nil {
		o.HTTPClient = newHTTPClient()
	}
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = DefaultRequestTimeout
	}
	if o.MaxSize <= 0 {
		o.MaxSize = DefaultMaxSize
	}
	if o.GitHubAPIURL == "" {
		o.GitHubAPIURL = DefaultGitHubAPIURL
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

func newHTTPClient() *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.TLSHandshakeTimeout = 10 * time.Second
	t.ResponseHeaderTimeout = DefaultRequestTimeout
	t.MaxIdleConnsPerHost = 4
	t.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	return &http.Client{Transport: t}
}

// backend is what each scheme implements; [verified] wraps it.
type backend interface {
	fetch(ctx context.Context, hash [32]byte) ([]byte, error)
}

// verified is the Fetcher returned by Open: it bounds time and size and
// checks the hash of whatever the backend returned.
type verified struct {
	uri     string
	inner   backend
	timeout time.Duration
	maxSize int64
}

// String returns the backend's URI.
func (v *verified) String() string { return v.uri }

// Fetch implements Fetcher. The error names the backend URI and the hash.
func (v *verified) Fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	reqCtx, cancel := context.WithTimeout(ctx, v.timeout)
	defer cancel()
	data, err := v.inner.fetch(reqCtx, hash)
	if err == nil && reqCtx.Err() != nil && sha256.Sum256(data) != hash {
		// A body cut off by the deadline can read as a short, clean one: that
		// is a slow backend, not one serving wrong content.
		err = fmt.Errorf("response cut short: %w", reqCtx.Err())
	}
	if err != nil {
		if ctx.Err() == nil && errors.Is(reqCtx.Err(), context.DeadlineExceeded) {
			err = fmt.Errorf("%w (request timeout %s exceeded)", err, v.timeout)
		}
		return nil, fmt.Errorf("backend %s: blob %x: %w", v.uri, hash, err)
	}
	if int64(len(data)) > v.maxSize {
		return nil, fmt.Errorf("backend %s: blob %x: %d bytes: %w (%d bytes)", v.uri, hash, len(data), ErrTooLarge, v.maxSize)
	}
	if got := sha256.Sum256(data); got != hash {
		return nil, fmt.Errorf("backend %s: blob %x: %w: got %d bytes with sha256 %x", v.uri, hash, ErrHashMismatch, len(data), got)
	}
	return data, nil
}

// Open parses a storage backend URI and builds its Fetcher. The URI must be
// one the Registry contract accepts (at most 512 bytes of visible ASCII,
// "<scheme>://<rest>") and follow its scheme's grammar; otherwise the error
// wraps [ErrInvalidURI]. Open does no I/O.
func Open(uri string, opts Options) (Fetcher, error) {
	o := opts.withDefaults()
	b, err := open(uri, o)
	if err != nil {
		return nil, fmt.Errorf("%w %s: %w", ErrInvalidURI, quoteURI(uri), err)
	}
	return &verified{uri: uri, inner: b, timeout: o.RequestTimeout, maxSize: o.MaxSize}, nil
}

func open(uri string, o Options) (backend, error) {
	scheme, rest, err := splitChecked(uri)
	if err != nil {
		return nil, err
	}
	switch scheme {
	case "file":
		return openFile(rest, o)
	case "https":
		return openHTTPS(rest, o)
	case "ipfs":
		return openIPFS(rest, o)
	case "s3":
		return openS3(rest, o)
	case "vault":
		return openVault(rest, o)
	case "github":
		return openGitHub(rest, o)
	case "onchain":
		return openOnchain(rest, o)
	}
	return nil, fmt.Errorf("unsupported scheme %q", scheme)
}

// hexHash is the location name of a blob in every path-based backend.
func hexHash(hash [32]byte) string { return hex.EncodeToString(hash[:]) }

// quoteURI quotes a URI for an error message, shortening absurdly long ones.
func quoteURI(uri string) string {
	const max = 120
	if len(uri) > max {
		return fmt.Sprintf("%q… (%d bytes)", uri[:max], len(uri))
	}
	return fmt.Sprintf("%q", uri)
}
