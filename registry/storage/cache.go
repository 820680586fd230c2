package storage

import (
	"container/list"
	"sync"
)

// blobCache is an LRU of verified blobs keyed by their sha256, bounded by the
// sum of their sizes. Blobs are copied in and out, so callers cannot change
// what it holds.
type blobCache struct {
	mu       sync.Mutex
	capacity int64
	size     int64
	order    *list.List // front: most recently used; values are *cacheEntry
	entries  map[[32]byte]*list.Element
}

type cacheEntry struct {
	hash [32]byte
	data []byte
}

func newBlobCache(capacity int64) *blobCache {
	return &blobCache{capacity: capacity, order: list.New(), entries: map[[32]byte]*list.Element{}}
}

func (c *blobCache) get(hash [32]byte) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[hash]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return append([]byte(nil), el.Value.(*cacheEntry).data...), true
}

// put stores data unless it alone exceeds the capacity, evicting the least
// recently used blobs to make room.
func (c *blobCache) put(hash [32]byte, data []byte) {
	n := int64(len(data))
	if n > c.capacity {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[hash]; ok {
		c.order.MoveToFront(el)
		return
	}
	for c.size+n > c.capacity {
		last := c.order.Back()
		e := last.Value.(*cacheEntry)
		c.order.Remove(last)
		delete(c.entries, e.hash)
		c.size -= int64(len(e.data))
	}
	c.entries[hash] = c.order.PushFront(&cacheEntry{hash: hash, data: append([]byte(nil), data...)})
	c.size += n
}

// len returns the number of cached blobs and their total size.
func (c *blobCache) len() (int, int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.entries), c.size
}
