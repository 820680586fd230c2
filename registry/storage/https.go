package storage

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
)

// httpsBackend GETs https://host[:port]/<prefix>/<hex sha256>.
type httpsBackend struct {
	base    *url.URL
	client  *http.Client
	maxSize int64
}

// openHTTPS parses https://host[:port][/prefix]. Plain http is not a scheme
// the Registry accepts, so there is none here.
func openHTTPS(rest string, o Options) (backend, error) {
	l, err := parseLocation(rest, true)
	if err != nil {
		return nil, err
	}
	return &httpsBackend{
		base:    baseURL(false, l, l.segments),
		client:  clientFor(o.HTTPClient, true),
		maxSize: o.MaxSize,
	}, nil
}

func (b *httpsBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	u := b.base.JoinPath(hexHash(hash))
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Accept", "application/octet-stream, */*;q=0.1")
	resp, err := doBounded(b.client, req, b.maxSize)
	if err != nil {
		return nil, err
	}
	if resp.status != http.StatusOK {
		return nil, statusError("GET "+u.Redacted(), resp)
	}
	return resp.body, nil
}
