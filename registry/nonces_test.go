package registry

import (
	"errors"
	"sync"
	"testing"
	"time"
)

func TestNonceStore(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := newNonceStore(time.Minute, 3, func() time.Time { return now })

	a, exp, err := s.issue()
	if err != nil {
		t.Fatal(err)
	}
	if !exp.Equal(now.Add(time.Minute)) {
		t.Errorf("expiry %s", exp)
	}
	if !s.consume(a) {
		t.Fatal("fresh nonce refused")
	}
	if s.consume(a) {
		t.Fatal("nonce accepted twice")
	}
	if s.consume([NonceSize]byte{9}) {
		t.Fatal("never-issued nonce accepted")
	}

	// Expiry: valid until just before exp.
	b, _, _ := s.issue()
	c, _, _ := s.issue()
	now = now.Add(time.Minute - time.Nanosecond)
	if !s.consume(b) {
		t.Fatal("nonce refused just before its expiry")
	}
	now = now.Add(time.Nanosecond)
	if s.consume(c) {
		t.Fatal("nonce accepted at its expiry")
	}

	// Capacity: at most 3 unused; expired ones free their place.
	for range 3 {
		if _, _, err := s.issue(); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := s.issue(); !errors.Is(err, errTooManyChallenges) {
		t.Fatalf("fourth outstanding nonce: %v", err)
	}
	now = now.Add(time.Minute)
	if _, _, err := s.issue(); err != nil {
		t.Fatalf("after the others expired: %v", err)
	}
	if n := s.outstanding(); n != 1 {
		t.Errorf("%d outstanding, want 1", n)
	}
}

// TestNonceStoreBounded: issuing and using many nonces keeps the queue
// bounded (it is compacted), and nothing is lost.
func TestNonceStoreBounded(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	s := newNonceStore(time.Hour, 100, func() time.Time { return now })
	var keep [][NonceSize]byte
	for i := range 50_000 {
		n, _, err := s.issue()
		if err != nil {
			t.Fatal(err)
		}
		if i%1000 == 0 && len(keep) < 50 {
			keep = append(keep, n)
			continue
		}
		if !s.consume(n) {
			t.Fatal("fresh nonce refused")
		}
	}
	if q := len(s.queue) - s.head; q > 2*len(s.live)+1024 {
		t.Errorf("queue holds %d entries for %d live nonces", q, len(s.live))
	}
	for _, n := range keep {
		if !s.consume(n) {
			t.Fatal("a kept nonce was lost by compaction")
		}
	}
}

func TestNonceStoreConcurrent(t *testing.T) {
	s := newNonceStore(time.Minute, 1<<20, time.Now)
	var wg sync.WaitGroup
	var mu sync.Mutex
	used := 0
	ch := make(chan [NonceSize]byte, 1000)
	for range 4 {
		wg.Go(func() {
			for range 250 {
				n, _, err := s.issue()
				if err != nil {
					t.Error(err)
					return
				}
				ch <- n
			}
		})
	}
	wg.Wait()
	close(ch)
	var all [][NonceSize]byte
	for n := range ch {
		all = append(all, n)
	}
	// Every nonce consumed by two racing goroutines: exactly one wins.
	for range 2 {
		wg.Go(func() {
			for _, n := range all {
				if s.consume(n) {
					mu.Lock()
					used++
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()
	if used != len(all) {
		t.Errorf("%d of %d nonces used (each must be used exactly once)", used, len(all))
	}
}
