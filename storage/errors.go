package storage

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ipfs/go-cid"
)

// ErrNotFound is returned (wrapped) when a CID is not held by the store or
// remote that was asked for it.
var ErrNotFound = errors.New("storage: content not found")

// ErrIntegrity matches every [*IntegrityError] with errors.Is.
var ErrIntegrity = errors.New("storage: integrity check failed")

// ErrNotFile is returned (wrapped) when a CID names a DAG that is not a UnixFS
// file, such as a directory or a dag-cbor document.
var ErrNotFile = errors.New("storage: not a UnixFS file")

// ErrClosed is returned by every method of an [Embedded] store after Close.
var ErrClosed = errors.New("storage: store is closed")

// IntegrityError reports that a source returned data that does not match the
// CID it was asked for: a block whose hash differs from its CID, a block that
// was not the one expected at that place of the DAG, or a response that ended
// before the DAG was complete. The data was discarded; none of it was
// returned as content.
type IntegrityError struct {
	// CID is the block that failed verification.
	CID cid.Cid
	// Source names where the block came from (a URL or "car").
	Source string
	// Reason says what was wrong, e.g. "hash mismatch" or "truncated".
	Reason string
}

// Error implements error.
func (e *IntegrityError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("storage: integrity check failed for %s from %s: %s; "+
		"the source served wrong or incomplete data, retry later or read from another node or gateway",
		e.CID, e.Source, e.Reason)
}

// Is makes errors.Is(err, ErrIntegrity) true.
func (e *IntegrityError) Is(target error) bool { return target == ErrIntegrity }

// HTTPError reports a remote call that failed with an HTTP status or a
// transport error after all retries.
type HTTPError struct {
	// Op names the operation, e.g. "kubo dag/import" or "gateway GET".
	Op string
	// URL is the request URL with its user information, query values and
	// key-like path segments masked ("REDACTED"). Body and Err are masked
	// the same way.
	URL string
	// StatusCode is the last HTTP status, or 0 when no response came back.
	StatusCode int
	// Attempts is the number of requests started. When the retry
	// policy's Budget ends a call, the last one may have been cut before
	// it reached the server.
	Attempts int
	// Body holds the start of the last error response body, if any.
	Body string
	// Err is the transport error, if any.
	Err error
}

// Error implements error.
func (e *HTTPError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "storage: %s %s failed", e.Op, e.URL)
	if e.StatusCode != 0 {
		fmt.Fprintf(&b, " with HTTP %d", e.StatusCode)
	}
	if e.Attempts > 0 {
		fmt.Fprintf(&b, " after %d attempt(s)", e.Attempts)
	}
	if e.Body != "" {
		fmt.Fprintf(&b, ": %s", e.Body)
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	switch {
	case e.StatusCode == 401 || e.StatusCode == 403:
		b.WriteString("; check the access token or API credentials")
	case e.StatusCode == 404:
		b.WriteString("; the remote does not have this content or endpoint")
	case e.StatusCode >= 500 || e.StatusCode == 429 || e.StatusCode == 0:
		b.WriteString("; the remote is unavailable or overloaded, retry later or use another endpoint")
	}
	return b.String()
}

// Unwrap returns the transport error, and ErrNotFound for HTTP 404.
func (e *HTTPError) Unwrap() []error {
	if e == nil {
		return nil
	}
	var errs []error
	if e.Err != nil {
		errs = append(errs, e.Err)
	}
	if e.StatusCode == 404 {
		errs = append(errs, ErrNotFound)
	}
	return errs
}

// ReplicationError reports that content was stored locally but could not be
// copied to some remote replicas. The content is safe locally; calling Pin or
// Put again retries the failed replicas (replicas skip work already done).
type ReplicationError struct {
	// CID is the content that was stored locally.
	CID cid.Cid
	// Failed maps a replica's name to its error.
	Failed map[string]error
}

// Error implements error.
func (e *ReplicationError) Error() string {
	if e == nil {
		return "<nil>"
	}
	names := make([]string, 0, len(e.Failed))
	for n, err := range e.Failed {
		names = append(names, fmt.Sprintf("%s: %v", n, err))
	}
	slices.Sort(names)
	return fmt.Sprintf("storage: %s is stored locally but %d replica(s) failed (%s); call Pin again to retry them",
		e.CID, len(e.Failed), strings.Join(names, "; "))
}

// Unwrap returns the replicas' errors.
func (e *ReplicationError) Unwrap() []error {
	if e == nil {
		return nil
	}
	errs := make([]error, 0, len(e.Failed))
	for _, err := range e.Failed {
		errs = append(errs, err)
	}
	return errs
}
