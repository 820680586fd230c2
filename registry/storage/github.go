package storage

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// githubBackend reads <path>/<hex sha256> of a repository through the GitHub
// REST API "get repository content" endpoint with the raw media type:
// GET <api>/repos/<owner>/<repo>/contents/<path>/<hex>[?ref=REF].
type githubBackend struct {
	api     *url.URL
	owner   string
	repo    string
	path    []string
	ref     string
	token   string
	client  *http.Client
	maxSize int64
}

// openGitHub parses github://owner/repo[/path...][?ref=REF].
func openGitHub(rest string, o Options) (backend, error) {
	l, err := parseLocation(rest, true, "ref")
	if err != nil {
		return nil, err
	}
	if l.port != "" {
		return nil, errors.New("want github://<owner>/<repo>[/<path>]: the owner has no port")
	}
	if err := checkGitHubOwner(l.host); err != nil {
		return nil, err
	}
	if len(l.segments) == 0 {
		return nil, errors.New("missing the repository: want github://<owner>/<repo>[/<path>]")
	}
	repo := l.segments[0]
	if len(repo) > 100 {
		return nil, fmt.Errorf("repository name %q longer than 100 characters", repo)
	}
	ref, hasRef := l.query["ref"]
	if hasRef {
		if err := checkGitRef(ref); err != nil {
			return nil, err
		}
	}
	api, err := url.Parse(o.GitHubAPIURL)
	if err != nil || api.Host == "" || (api.Scheme != "https" && !(api.Scheme == "http" && isLoopback(api.Hostname()))) {
		return nil, fmt.Errorf("Options.GitHubAPIURL %q: want an https URL", o.GitHubAPIURL)
	}
	api.RawQuery, api.Fragment = "", ""
	return &githubBackend{
		api:     api,
		owner:   l.host,
		repo:    repo,
		path:    l.segments[1:],
		ref:     ref,
		token:   o.Credentials.GitHubToken,
		client:  clientFor(o.HTTPClient, true),
		maxSize: o.MaxSize,
	}, nil
}

// checkGitHubOwner: 1-39 letters, digits or single hyphens, not at either end.
func checkGitHubOwner(owner string) error {
	if len(owner) > 39 || strings.HasPrefix(owner, "-") || strings.HasSuffix(owner, "-") || strings.Contains(owner, "--") {
		return fmt.Errorf("GitHub owner %q: want 1-39 letters, digits or single inner hyphens", owner)
	}
	for i := 0; i < len(owner); i++ {
		c := owner[i]
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-') {
			return fmt.Errorf("GitHub owner %q: character %q is not allowed", owner, c)
		}
	}
	return nil
}

// checkGitRef applies the part of git check-ref-format that the URI
// characters leave possible.
func checkGitRef(ref string) error {
	switch {
	case len(ref) > 255:
		return fmt.Errorf("ref of %d characters, longer than 255", len(ref))
	case strings.HasPrefix(ref, "/"), strings.HasSuffix(ref, "/"), strings.Contains(ref, "//"),
		strings.Contains(ref, ".."), strings.HasSuffix(ref, "."), strings.HasSuffix(ref, ".lock"),
		strings.HasPrefix(ref, "-"), strings.ContainsAny(ref, ":[]"), strings.Contains(ref, "@{"):
		return fmt.Errorf("ref %q is not a valid git ref name", ref)
	}
	return nil
}

func (b *githubBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	segs := append([]string{"repos", b.owner, b.repo, "contents"}, b.path...)
	u := b.api.JoinPath(append(segs, hexHash(hash))...)
	if b.ref != "" {
		u.RawQuery = url.Values{"ref": {b.ref}}.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Accept", "application/vnd.github.raw+json")
	req.Header.Set("X-GitHub-Api-Version", "2022-11-28")
	req.Header.Set("User-Agent", "teereg-registry")
	if b.token != "" {
		req.Header.Set("Authorization", "Bearer "+b.token)
	}
	where := "github GET " + u.Redacted()
	resp, err := doBounded(b.client, req, b.maxSize)
	if err != nil {
		return nil, err
	}
	switch {
	case resp.status == http.StatusOK:
		return resp.body, nil
	case (resp.status == http.StatusForbidden || resp.status == http.StatusTooManyRequests) && resp.header.Get("X-RateLimit-Remaining") == "0":
		return nil, fmt.Errorf("%s: status %d: rate limit exhausted (resets at unix time %s)", where, resp.status, snippet([]byte(resp.header.Get("X-RateLimit-Reset"))))
	}
	return nil, statusError(where, resp)
}
