package storage

import (
	"errors"
	"io"
	"sync"

	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
)

// parallelSplitter is a chunker.Splitter that cuts fixed ChunkSize chunks
// like boxo's size splitter (same boundaries, no empty chunk, io.EOF at the
// end) and hashes each chunk as a raw leaf on a pool of goroutines while the
// layout works on earlier chunks. Chunks come out in input order. Memory is
// bounded by the queue: about 2*workers+2 chunks.
type parallelSplitter struct {
	r    io.Reader
	jobs chan *chunkJob
	quit chan struct{}
	// free holds chunk buffers for reuse when recycle is set: only when the
	// layout keeps no chunk after the next one was requested (hash only).
	free    chan []byte
	recycle bool
	prev    [2][]byte
	once    sync.Once
	wg      sync.WaitGroup

	// The last chunk handed out and its CID, read by leafBuilder. Only the
	// layout goroutine touches them.
	lastPtr *byte
	lastLen int
	lastCID cid.Cid
}

var _ chunker.Splitter = (*parallelSplitter)(nil)

type chunkJob struct {
	data []byte
	c    cid.Cid
	err  error
	done chan struct{}
}

// rawLeafPrefix is the CID prefix of a raw leaf with --cid-version=1.
var rawLeafPrefix = cid.Prefix{Version: 1, Codec: cid.Raw, MhType: multihash.SHA2_256, MhLength: -1}

func newParallelSplitter(r io.Reader, workers int, recycle bool) *parallelSplitter {
	workers = max(workers, 1)
	s := &parallelSplitter{
		r:       r,
		jobs:    make(chan *chunkJob, 2*workers+2),
		quit:    make(chan struct{}),
		recycle: recycle,
		free:    make(chan []byte, 4*workers+8),
	}
	work := make(chan *chunkJob, 2*workers)
	for range workers {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			for j := range work {
				j.c, j.err = rawLeafPrefix.Sum(j.data)
				close(j.done)
			}
		}()
	}
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		defer close(s.jobs)
		defer close(work)
		for {
			var buf []byte
			select {
			case buf = <-s.free:
			default:
				buf = make([]byte, ChunkSize)
			}
			n, err := io.ReadFull(r, buf)
			if n > 0 {
				j := &chunkJob{data: buf[:n], done: make(chan struct{})}
				select {
				case work <- j:
				case <-s.quit:
					return
				}
				select {
				case s.jobs <- j:
				case <-s.quit:
					return
				}
			}
			if err != nil {
				if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
					return
				}
				j := &chunkJob{err: err, done: make(chan struct{})}
				close(j.done)
				select {
				case s.jobs <- j:
				case <-s.quit:
				}
				return
			}
		}
	}()
	return s
}

// NextBytes implements chunker.Splitter.
func (s *parallelSplitter) NextBytes() ([]byte, error) {
	j, ok := <-s.jobs
	if !ok {
		return nil, io.EOF
	}
	<-j.done
	if j.err != nil {
		return nil, j.err
	}
	s.lastPtr, s.lastLen, s.lastCID = &j.data[0], len(j.data), j.c
	if s.recycle {
		// The chunk before the previous one is no longer referenced.
		if old := s.prev[0]; old != nil {
			select {
			case s.free <- old[:cap(old)]:
			default:
			}
		}
		s.prev[0], s.prev[1] = s.prev[1], j.data
	}
	return j.data, nil
}

// Reader implements chunker.Splitter.
func (s *parallelSplitter) Reader() io.Reader { return s.r }

// stop ends the pipeline and waits until no goroutine reads the input any
// more (a Read in progress is waited for).
func (s *parallelSplitter) stop() {
	s.once.Do(func() { close(s.quit) })
	s.wg.Wait()
}

// leafBuilder is the cid.Builder of the import: CIDv1 with sha2-256, exactly
// like merkledag.V1CidPrefix, except that the raw leaf just handed out by the
// splitter gets the CID the splitter already computed.
type leafBuilder struct {
	spl   *parallelSplitter
	codec uint64
}

// Sum implements cid.Builder.
func (b leafBuilder) Sum(data []byte) (cid.Cid, error) {
	if b.codec == cid.Raw && len(data) > 0 && len(data) == b.spl.lastLen && &data[0] == b.spl.lastPtr {
		return b.spl.lastCID, nil
	}
	return cid.Prefix{Version: 1, Codec: b.codec, MhType: multihash.SHA2_256, MhLength: -1}.Sum(data)
}

// GetCodec implements cid.Builder.
func (b leafBuilder) GetCodec() uint64 { return b.codec }

// WithCodec implements cid.Builder.
func (b leafBuilder) WithCodec(c uint64) cid.Builder {
	b.codec = c
	return b
}
