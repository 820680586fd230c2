package dnsd

import (
	"hash/maphash"
	"net/netip"
	"sync"
	"time"
)

// Response rate limiting: a token bucket per client prefix (IPv4 /24, IPv6
// /56, the BIND defaults), refilled at rate responses per second up to one
// second's worth. Only UDP is limited: a TCP client has proven its address.
//
// The buckets live in a fixed table indexed by a keyed hash of the prefix, so
// memory is bounded whatever the number of sources (spoofed floods included).
// Two prefixes that hash to the same slot while both are active share a
// bucket, which only ever limits more, never less.

const (
	rrlV4Prefix = 24
	rrlV6Prefix = 56
	rrlSlots    = 1 << 14
	rrlStripes  = 64
)

type rrlAction int

const (
	rrlAllow rrlAction = iota
	rrlDrop
	rrlSlip // send a truncated response so a real client retries over TCP
)

type rrlBucket struct {
	prefix netip.Prefix
	tokens float64
	last   int64 // nanoseconds since the limiter's epoch
	limits uint32
}

type rateLimiter struct {
	rate  float64
	burst float64
	slip  uint32
	seed  maphash.Seed
	epoch time.Time
	now   func() time.Time

	mu    [rrlStripes]sync.Mutex
	slots [rrlSlots]rrlBucket
}

func newRateLimiter(rate float64, slip int) *rateLimiter {
	return &rateLimiter{rate: rate, burst: max(rate, 1), slip: uint32(slip), seed: maphash.MakeSeed(), epoch: time.Now(), now: time.Now}
}

func rrlPrefix(a netip.Addr) netip.Prefix {
	a = a.Unmap()
	bits := rrlV6Prefix
	if a.Is4() {
		bits = rrlV4Prefix
	}
	p, _ := a.Prefix(bits) // cannot fail for a valid address and these lengths
	return p
}

// check takes a token for a response to a.
func (r *rateLimiter) check(a netip.Addr) rrlAction {
	p := rrlPrefix(a)
	i := maphash.Comparable(r.seed, p) % rrlSlots
	now := int64(r.now().Sub(r.epoch))
	mu := &r.mu[i%rrlStripes]
	mu.Lock()
	defer mu.Unlock()
	b := &r.slots[i]
	elapsed := float64(now-b.last) / float64(time.Second)
	if b.prefix != p && (!b.prefix.IsValid() || b.tokens+elapsed*r.rate >= r.burst) {
		// The slot is free, or its prefix has been quiet long enough that
		// its bucket would be full: it is ours now.
		*b = rrlBucket{prefix: p, tokens: r.burst, last: now}
		elapsed = 0
	}
	b.tokens = min(r.burst, b.tokens+elapsed*r.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return rrlAllow
	}
	b.limits++
	if r.slip > 0 && b.limits%r.slip == 0 {
		return rrlSlip
	}
	return rrlDrop
}
