package storage

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
)

// VaultField is the key, in a KV v2 secret's data, whose value is the blob in
// standard base64 (with padding).
const VaultField = "blob"

// vaultBackend reads the KV v2 secret <mount>/<prefix>/<hex sha256>:
// GET /v1/<mount>/data/<prefix>/<hex> with X-Vault-Token, blob in data.data.blob.
type vaultBackend struct {
	base      *url.URL // scheme://host:port
	mount     []string
	prefix    []string
	token     string
	namespace string
	client    *http.Client
	maxSize   int64
}

// openVault parses vault://host[:port]/<mount>[/<prefix>...][?mount=a/b&namespace=ns&tls=false].
// Without mount=, the first path segment is the mount; with it, the whole
// path is the prefix (for mounts whose path has several segments).
func openVault(rest string, o Options) (backend, error) {
	l, err := parseLocation(rest, true, "mount", "namespace", "tls")
	if err != nil {
		return nil, err
	}
	plain, err := plaintext(l)
	if err != nil {
		return nil, err
	}
	b := &vaultBackend{
		base:      baseURL(plain, l, nil),
		token:     o.Credentials.VaultToken,
		namespace: l.query["namespace"],
		client:    clientFor(o.HTTPClient, false),
		maxSize:   o.MaxSize,
	}
	if m, ok := l.query["mount"]; ok {
		for _, s := range strings.Split(m, "/") {
			if err := checkSegment(s); err != nil {
				return nil, fmt.Errorf("mount: %w", err)
			}
			b.mount = append(b.mount, s)
		}
		b.prefix = l.segments
	} else {
		if len(l.segments) == 0 {
			return nil, errors.New("missing the KV v2 mount: want vault://host[:port]/<mount>[/<prefix>]")
		}
		b.mount, b.prefix = l.segments[:1], l.segments[1:]
	}
	if ns, ok := l.query["namespace"]; ok {
		for _, s := range strings.Split(ns, "/") {
			if err := checkSegment(s); err != nil {
				return nil, fmt.Errorf("namespace: %w", err)
			}
		}
	}
	if b.token == "" {
		return nil, errors.New("no Vault token (Options.Credentials.VaultToken, TEEREG_VAULT_TOKEN or VAULT_TOKEN)")
	}
	return b, nil
}

func (b *vaultBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	segs := append(append(append([]string{"v1"}, b.mount...), "data"), b.prefix...)
	u := b.base.JoinPath(append(segs, hexHash(hash))...)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("X-Vault-Token", b.token)
	req.Header.Set("X-Vault-Request", "true")
	if b.namespace != "" {
		req.Header.Set("X-Vault-Namespace", b.namespace)
	}
	where := "vault GET " + u.Redacted()
	// The JSON carries the blob in base64 (4/3 of its size) plus metadata.
	resp, err := doBounded(b.client, req, vaultResponseLimit(b.maxSize))
	if err != nil {
		return nil, err
	}
	if resp.status != http.StatusOK {
		return nil, vaultStatusError(where, resp)
	}
	data, err := decodeVaultKV2(resp.body, b.maxSize)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", where, err)
	}
	return data, nil
}

func vaultResponseLimit(maxSize int64) int64 {
	return int64(base64.StdEncoding.EncodedLen(int(min(maxSize, 1<<40)))) + 64<<10
}

// vaultKV2Response is the part of a KV v2 read response used here.
type vaultKV2Response struct {
	Data *struct {
		Data     map[string]json.RawMessage `json:"data"`
		Metadata *struct {
			DeletionTime string `json:"deletion_time"`
			Destroyed    bool   `json:"destroyed"`
		} `json:"metadata"`
	} `json:"data"`
	Errors []string `json:"errors"`
}

// decodeVaultKV2 extracts data.data.blob from a KV v2 read response body.
func decodeVaultKV2(body []byte, maxSize int64) ([]byte, error) {
	var r vaultKV2Response
	if err := json.Unmarshal(body, &r); err != nil {
		return nil, fmt.Errorf("decode KV v2 response: %w", err)
	}
	if r.Data == nil || r.Data.Data == nil {
		return nil, errors.New("KV v2 response has no data.data object (is the mount KV version 2?)")
	}
	raw, ok := r.Data.Data[VaultField]
	if !ok {
		return nil, fmt.Errorf("KV v2 secret has no %q field", VaultField)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("KV v2 field %q is not a string: %w", VaultField, err)
	}
	if int64(base64.StdEncoding.DecodedLen(len(s))) > maxSize+2 {
		return nil, fmt.Errorf("KV v2 field %q holds %d base64 characters: %w (%d bytes)", VaultField, len(s), ErrTooLarge, maxSize)
	}
	data, err := base64.StdEncoding.Strict().DecodeString(s)
	if err != nil {
		return nil, fmt.Errorf("KV v2 field %q is not standard base64: %w", VaultField, err)
	}
	return data, nil
}

// vaultStatusError: 404 is not found (also a deleted or destroyed version),
// otherwise Vault's errors array is quoted.
func vaultStatusError(where string, resp *response) error {
	var r vaultKV2Response
	detail := ""
	if json.Unmarshal(resp.body, &r) == nil {
		if len(r.Errors) > 0 {
			detail = ": " + snippet([]byte(strings.Join(r.Errors, "; ")))
		}
		if r.Data != nil && r.Data.Metadata != nil {
			switch {
			case r.Data.Metadata.Destroyed:
				detail += " (the current version is destroyed)"
			case r.Data.Metadata.DeletionTime != "":
				detail += " (the current version was deleted at " + snippet([]byte(r.Data.Metadata.DeletionTime)) + ")"
			}
		}
	} else if s := snippet(resp.body); s != "" {
		detail = ": " + s
	}
	switch resp.status {
	case http.StatusNotFound:
		return fmt.Errorf("%s: status 404: %w%s", where, ErrNotFound, detail)
	case http.StatusForbidden:
		return fmt.Errorf("%s: status 403: permission denied (token lacks read on this path)%s", where, detail)
	}
	if resp.status >= 300 && resp.status < 400 {
		return fmt.Errorf("%s: status %d redirect to %q not followed (point the URI at the active node or a load balancer)", where, resp.status, snippet([]byte(resp.header.Get("Location"))))
	}
	return fmt.Errorf("%s: unexpected status %d %s%s", where, resp.status, http.StatusText(resp.status), detail)
}
