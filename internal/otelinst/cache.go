package otelinst

import "sync"

// cacheLimit bounds each cache: attribute values are few by design (an
// operation, a method), and past the limit values are built without being
// kept, so a caller whose values are not few after all costs time, not
// memory.
const cacheLimit = 256

// cache keeps what is built from each value of an attribute (attribute
// sets, span options), so that recording a measurement does not rebuild
// and allocate them.
type cache[V any] struct {
	build func(string) V

	mu sync.RWMutex
	m  map[string]V
}

func newCache[V any](build func(string) V) *cache[V] {
	return &cache[V]{build: build, m: map[string]V{}}
}

func (c *cache[V]) get(k string) V {
	c.mu.RLock()
	v, ok := c.m[k]
	c.mu.RUnlock()
	if ok {
		return v
	}
	v = c.build(k)
	c.mu.Lock()
	if len(c.m) < cacheLimit {
		c.m[k] = v
	}
	c.mu.Unlock()
	return v
}
