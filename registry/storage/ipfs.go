package storage

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// ipfsBackend fetches the blob as a raw IPFS block from a trustless gateway:
// GET <gateway>/ipfs/<CIDv1 raw sha2-256>?format=raw with
// Accept: application/vnd.ipld.raw.
type ipfsBackend struct {
	base    *url.URL
	client  *http.Client
	maxSize int64
}

// openIPFS parses ipfs://host[:port][/prefix][?tls=false].
func openIPFS(rest string, o Options) (backend, error) {
	l, err := parseLocation(rest, true, "tls")
	if err != nil {
		return nil, err
	}
	plain, err := plaintext(l)
	if err != nil {
		return nil, err
	}
	return &ipfsBackend{
		base:    baseURL(plain, l, l.segments),
		client:  clientFor(o.HTTPClient, true),
		maxSize: o.MaxSize,
	}, nil
}

// CID returns the CIDv1 (raw codec, sha2-256 multihash) under which IPFS
// stores a single-block blob whose sha256 is hash.
func CID(hash [32]byte) cid.Cid {
	mh, err := multihash.Encode(hash[:], multihash.SHA2_256)
	if err != nil {
		// Encode fails only for an unknown code or a digest of the wrong length.
		panic(fmt.Sprintf("storage: multihash of a sha256 digest: %v", err))
	}
	return cid.NewCidV1(cid.Raw, mh)
}

func (b *ipfsBackend) fetch(ctx context.Context, hash [32]byte) ([]byte, error) {
	c := CID(hash)
	u := b.base.JoinPath("ipfs", c.String())
	u.RawQuery = "format=raw"
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header.Set("Accept", "application/vnd.ipld.raw")
	resp, err := doBounded(b.client, req, b.maxSize)
	if err != nil {
		return nil, err
	}
	if resp.status != http.StatusOK {
		return nil, statusError("GET "+u.Redacted(), resp)
	}
	// Check the block against its CID as an IPFS client would; for a raw
	// sha2-256 CID this is the same check as the sha256 one done by Fetch.
	got, err := c.Prefix().Sum(resp.body)
	if err != nil {
		return nil, fmt.Errorf("GET %s: hashing block: %w", u.Redacted(), err)
	}
	if !got.Equals(c) {
		return nil, fmt.Errorf("GET %s: gateway returned a block of %d bytes with CID %s (content type %q): %w",
			u.Redacted(), len(resp.body), got, resp.header.Get("Content-Type"), ErrHashMismatch)
	}
	return resp.body, nil
}
