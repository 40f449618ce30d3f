package storage

import (
	"context"
	"errors"
	"io"

	"github.com/agijobs/agijobs-go/internal/otelinst"
)

// measureGet counts the verified bytes read from the reader a Get
// returned, and every integrity failure of the Get or of the reader. With
// telemetry off it returns rc and err unchanged.
func measureGet(ctx context.Context, tel *otelinst.Storage, rc io.ReadCloser, err error) (io.ReadCloser, error) {
	if err != nil {
		countIntegrity(ctx, tel, err)
		return nil, err
	}
	if tel == nil {
		return rc, nil
	}
	return &measuredReader{rc: rc, ctx: ctx, tel: tel}, nil
}

// countIntegrity counts err when it is an integrity failure.
func countIntegrity(ctx context.Context, tel *otelinst.Storage, err error) {
	if tel != nil && errors.Is(err, ErrIntegrity) {
		tel.VerifyFailed(ctx)
	}
}

// measuredReader counts what a verifying reader returns. The reader repeats
// its error on every later Read; it is counted once.
type measuredReader struct {
	rc     io.ReadCloser
	ctx    context.Context
	tel    *otelinst.Storage
	failed bool
}

func (r *measuredReader) Read(p []byte) (int, error) {
	n, err := r.rc.Read(p)
	r.tel.Fetched(r.ctx, int64(n))
	if err != nil && !r.failed && errors.Is(err, ErrIntegrity) {
		r.failed = true
		r.tel.VerifyFailed(r.ctx)
	}
	return n, err
}

func (r *measuredReader) Close() error { return r.rc.Close() }

// countingReader counts the bytes read through it, for Put.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
