package registry

import (
	"crypto/rand"
	"errors"
	"fmt"
	"sync"
	"time"
)

// errTooManyChallenges is returned by issue when maxOutstanding nonces are
// waiting to be used.
var errTooManyChallenges = errors.New("too many outstanding challenges")

// nonceStore holds the challenge nonces: random, single use, valid for ttl.
// Memory is bounded: at most max unused nonces are outstanding, and the
// issue-order queue is compacted so it never holds more than about twice
// that.
type nonceStore struct {
	ttl time.Duration
	max int
	now func() time.Time

	mu    sync.Mutex
	live  map[[NonceSize]byte]int64 // unused nonce → expiry (Unix nanoseconds)
	queue []queued                  // issue order = expiry order (one ttl for all)
	head  int                       // queue[head:] is pending
}

type queued struct {
	nonce  [NonceSize]byte
	expiry int64
}

func newNonceStore(ttl time.Duration, max int, now func() time.Time) *nonceStore {
	return &nonceStore{ttl: ttl, max: max, now: now, live: make(map[[NonceSize]byte]int64)}
}

// issue returns a fresh nonce and its expiry.
func (s *nonceStore) issue() ([NonceSize]byte, time.Time, error) {
	var n [NonceSize]byte
	if _, err := rand.Read(n[:]); err != nil {
		return n, time.Time{}, fmt.Errorf("drawing a nonce: %w", err)
	}
	now := s.now()
	exp := now.Add(s.ttl)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.expireLocked(now.UnixNano())
	if len(s.live) >= s.max {
		return n, time.Time{}, fmt.Errorf("%w (%d, each valid for %s)", errTooManyChallenges, s.max, s.ttl)
	}
	s.live[n] = exp.UnixNano()
	s.queue = append(s.queue, queued{n, exp.UnixNano()})
	return n, exp, nil
}

// consume reports whether n was issued, is unexpired and unused, and marks
// it used. Whatever the answer, n can never be consumed again.
func (s *nonceStore) consume(n [NonceSize]byte) bool {
	now := s.now().UnixNano()
	s.mu.Lock()
	defer s.mu.Unlock()
	exp, ok := s.live[n]
	if !ok {
		return false
	}
	delete(s.live, n)
	return now < exp
}

// outstanding is the number of unused, possibly expired, nonces held.
func (s *nonceStore) outstanding() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.live)
}

// expireLocked drops expired nonces from the front of the queue, and
// compacts the queue once used nonces dominate it.
func (s *nonceStore) expireLocked(now int64) {
	for s.head < len(s.queue) && s.queue[s.head].expiry <= now {
		q := s.queue[s.head]
		if exp, ok := s.live[q.nonce]; ok && exp == q.expiry {
			delete(s.live, q.nonce)
		}
		s.head++
	}
	pending := len(s.queue) - s.head
	if pending == 0 {
		s.queue, s.head = s.queue[:0], 0
		return
	}
	if s.head > 1024 && s.head > pending || pending > 2*len(s.live)+1024 {
		kept := make([]queued, 0, len(s.live)+1024)
		for _, q := range s.queue[s.head:] {
			if exp, ok := s.live[q.nonce]; ok && exp == q.expiry {
				kept = append(kept, q)
			}
		}
		s.queue, s.head = kept, 0
	}
}
