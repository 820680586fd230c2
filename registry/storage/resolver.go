package storage

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync/atomic"
)

// Resolver fetches blobs by hash from a list of backend URIs, in order, until
// one returns bytes with that sha256. It is safe for concurrent use.
type Resolver struct {
	opts   Options
	open   func(string, Options) (Fetcher, error) // Open; replaced in tests
	log    *slog.Logger
	cache  *blobCache // nil when Options.CacheBytes is 0
	counts struct {
		fetched, cacheHits, mismatches, notFound, failures atomic.Uint64
	}
}

// Stats counts backend outcomes since the Resolver was made.
type Stats struct {
	Fetched    uint64 // blobs returned by a backend
	CacheHits  uint64 // blobs returned from the cache
	Mismatches uint64 // backend answers with the wrong sha256 (or a bad CID)
	NotFound   uint64 // backends that answered they do not hold the blob
	Failures   uint64 // other backend errors: invalid URI, transport, status, size, timeout
}

// NewResolver returns a Resolver whose backends are built with opts (see
// [Open]); the HTTP client and credentials are shared by all of them.
func NewResolver(opts Options) *Resolver {
	o := opts.withDefaults()
	r := &Resolver{opts: o, open: Open, log: o.Logger}
	if o.CacheBytes > 0 {
		r.cache = newBlobCache(o.CacheBytes)
	}
	return r
}

// Stats returns the counters.
func (r *Resolver) Stats() Stats {
	return Stats{
		Fetched:    r.counts.fetched.Load(),
		CacheHits:  r.counts.cacheHits.Load(),
		Mismatches: r.counts.mismatches.Load(),
		NotFound:   r.counts.notFound.Load(),
		Failures:   r.counts.failures.Load(),
	}
}

// Attempt is one backend's failure in a [ResolveError].
type Attempt struct {
	URI string
	Err error
}

// ResolveError is returned when no backend produced the blob. It unwraps to
// every attempt's error, so errors.Is(err, ErrHashMismatch) tells whether
// some backend served wrong content.
type ResolveError struct {
	Hash     [32]byte
	Attempts []Attempt
	// Canceled is the context's error when the caller gave up before every
	// backend was tried.
	Canceled error
}

func (e *ResolveError) Error() string {
	var b strings.Builder
	switch {
	case len(e.Attempts) == 0 && e.Canceled == nil:
		fmt.Fprintf(&b, "storage: blob %x: no storage backends configured", e.Hash)
	default:
		fmt.Fprintf(&b, "storage: blob %x not available from any of %d backends", e.Hash, len(e.Attempts))
		for i, a := range e.Attempts {
			fmt.Fprintf(&b, "\n  [%d] %v", i+1, a.Err)
		}
	}
	if e.Canceled != nil {
		fmt.Fprintf(&b, "\n  stopped early: %v", e.Canceled)
	}
	return b.String()
}

func (e *ResolveError) Unwrap() []error {
	errs := make([]error, 0, len(e.Attempts)+1)
	for _, a := range e.Attempts {
		errs = append(errs, a.Err)
	}
	if e.Canceled != nil {
		errs = append(errs, e.Canceled)
	}
	return errs
}

// Resolve returns the blob whose sha256 is hash and the URI of the backend
// that served it ("" for a cache hit). It tries uris in order: an invalid
// URI, an error, a not-found answer or bytes with the wrong hash move on to
// the next one. When all fail the error is a *ResolveError naming every
// backend and its reason. The bytes returned always hash to hash, and belong
// to the caller.
func (r *Resolver) Resolve(ctx context.Context, uris []string, hash [32]byte) ([]byte, string, error) {
	if r.cache != nil {
		if data, ok := r.cache.get(hash); ok {
			r.counts.cacheHits.Add(1)
			return data, "", nil
		}
	}
	rerr := &ResolveError{Hash: hash}
	for _, uri := range uris {
		if err := ctx.Err(); err != nil {
			rerr.Canceled = err
			break
		}
		data, err := r.fetchOne(ctx, uri, hash)
		if err == nil {
			r.counts.fetched.Add(1)
			if r.cache != nil {
				r.cache.put(hash, data)
			}
			return data, uri, nil
		}
		rerr.Attempts = append(rerr.Attempts, Attempt{URI: uri, Err: err})
		switch {
		case errors.Is(err, ErrHashMismatch):
			r.counts.mismatches.Add(1)
			r.log.Warn("storage backend served content that does not match its hash", "backend", uri, "hash", fmt.Sprintf("%x", hash), "err", err)
		case errors.Is(err, ErrNotFound):
			r.counts.notFound.Add(1)
			r.log.Debug("storage backend does not hold blob", "backend", uri, "hash", fmt.Sprintf("%x", hash))
		default:
			r.counts.failures.Add(1)
			r.log.Warn("storage backend failed", "backend", uri, "hash", fmt.Sprintf("%x", hash), "err", err)
		}
	}
	return nil, "", rerr
}

func (r *Resolver) fetchOne(ctx context.Context, uri string, hash [32]byte) ([]byte, error) {
	f, err := r.open(uri, r.opts)
	if err != nil {
		return nil, err
	}
	data, err := f.Fetch(ctx, hash)
	if err != nil {
		return nil, err
	}
	// Open's Fetcher verifies already; checked again here so that the
	// guarantee of Resolve does not rest on another file.
	if sha256.Sum256(data) != hash {
		return nil, fmt.Errorf("backend %s: blob %x: %w", uri, hash, ErrHashMismatch)
	}
	return data, nil
}
