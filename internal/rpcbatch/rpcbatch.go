// Package rpcbatch sends many JSON-RPC reads efficiently: it finds the
// *rpc.Client behind a backend, sends requests as batches of a bounded
// size, and runs work on a bounded number of goroutines for backends that
// cannot batch.
package rpcbatch

import (
	"context"
	"sync"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
)

// Caller sends JSON-RPC batches; *rpc.Client implements it.
type Caller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// ClientOf finds the JSON-RPC client behind a backend: *chain.Conn
// (whose embedded *ethclient.Client field hides the Client method), or any
// value with a Client() or RPC() *rpc.Client method such as
// *ethclient.Client. It returns nil when there is none.
func ClientOf(backend any) *rpc.Client {
	switch b := backend.(type) {
	case *chain.Conn:
		if b.Client != nil {
			return b.Client.Client()
		}
	case interface{ Client() *rpc.Client }:
		return b.Client()
	case interface{ RPC() *rpc.Client }:
		return b.RPC()
	}
	return nil
}

// CallerOf finds what sends JSON-RPC batches behind a backend: the client
// ClientOf finds, or the backend itself when it has a BatchCallContext
// method (the embedded chain's backend). It returns nil when there is
// none, and the caller then makes its calls one by one.
func CallerOf(backend any) Caller {
	if rc := ClientOf(backend); rc != nil {
		return rc
	}
	if c, ok := backend.(Caller); ok {
		return c
	}
	return nil
}

// Send sends elems as batches of at most size requests (size <= 0 sends
// one batch), up to concurrency batches at a time (<= 0 means 1). The
// error of a batch that failed as a whole is passed through wrap with the
// batch's length; per-request errors are left in elems[i].Error.
func Send(ctx context.Context, c Caller, elems []rpc.BatchElem, size, concurrency int, wrap func(n int, err error) error) error {
	if size <= 0 {
		size = max(len(elems), 1)
	}
	n := (len(elems) + size - 1) / size
	return Parallel(ctx, n, max(concurrency, 1), func(ctx context.Context, b int) error {
		chunk := elems[b*size : min((b+1)*size, len(elems))]
		if err := c.BatchCallContext(ctx, chunk); err != nil {
			return wrap(len(chunk), err)
		}
		return nil
	})
}

// Parallel runs f(ctx, 0..n-1) on up to limit goroutines (0 or less
// means 8) and returns the first error; after an error it starts no more
// work and cancels the ctx passed to f.
func Parallel(ctx context.Context, n, limit int, f func(context.Context, int) error) error {
	if limit <= 0 {
		limit = 8
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	next := make(chan int)
	for range min(limit, n) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if err := f(ctx, i); err != nil {
					mu.Lock()
					if firstErr == nil {
						firstErr = err
						cancel()
					}
					mu.Unlock()
				}
			}
		}()
	}
feed:
	for i := range n {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if firstErr == nil && ctx.Err() != nil {
		return ctx.Err()
	}
	return firstErr
}
