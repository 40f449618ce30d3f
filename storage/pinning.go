package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

// Pin statuses of the IPFS Pinning Service API.
const (
	PinQueued  = "queued"
	PinPinning = "pinning"
	PinPinned  = "pinned"
	PinFailed  = "failed"
)

// PinFailedError reports a pin request that the service marked failed.
type PinFailedError struct {
	// Status is the failed request.
	Status PinStatus
}

// Error implements error.
func (e *PinFailedError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("storage: pinning service failed to pin %s (request %s, info %v); "+
		"check that an origin node serves the content and pin again",
		e.Status.Pin.CID, e.Status.RequestID, e.Status.Info)
}

// PinningOptions configures [NewPinningService].
type PinningOptions struct {
	HTTPOptions
	// Origins are multiaddrs of nodes that hold the content (e.g. your Kubo
	// node's public addresses); the service may connect to them to fetch
	// it. Empty means the service finds providers on its own.
	Origins []string
	// Name is the name of this replica in logs and errors; empty means the
	// endpoint's host.
	Name string
}

// PinRequest is the "pin" object of the Pinning Service API.
type PinRequest struct {
	// CID is the content to pin.
	CID string `json:"cid"`
	// Name is an optional label shown by the service.
	Name string `json:"name,omitempty"`
	// Origins are multiaddrs of nodes that serve the content.
	Origins []string `json:"origins,omitempty"`
	// Meta is optional service-specific metadata.
	Meta map[string]string `json:"meta,omitempty"`
}

// PinStatus is the "PinStatus" object of the Pinning Service API.
type PinStatus struct {
	// RequestID identifies the request for Status and Remove.
	RequestID string `json:"requestid"`
	// Status is PinQueued, PinPinning, PinPinned or PinFailed.
	Status string `json:"status"`
	// Created is when the service received the request.
	Created time.Time `json:"created"`
	// Pin is the request as the service recorded it.
	Pin PinRequest `json:"pin"`
	// Delegates are multiaddrs of the service's nodes that will fetch the
	// content; an origin node may connect to them to speed things up.
	Delegates []string `json:"delegates"`
	// Info holds optional service-specific details, e.g. a failure reason.
	Info map[string]string `json:"info,omitempty"`
}

// PinningService is a client of a remote pinning service that implements
// the IPFS Pinning Service API (https://ipfs.github.io/pinning-services-api-spec/),
// authenticated with a bearer token. The service fetches the content itself
// over IPFS, so something reachable (see PinningOptions.Origins) must serve
// it. It is safe for concurrent use.
type PinningService struct {
	base    *url.URL
	http    *httpDoer
	origins []string
	name    string
}

var _ Replica = (*PinningService)(nil)

// NewPinningService returns a client for the service at endpoint (the base
// URL before "/pins") using token as the bearer token.
func NewPinningService(endpoint, token string, opts PinningOptions) (*PinningService, error) {
	u, err := parseBaseURL(endpoint)
	if err != nil {
		return nil, fmt.Errorf("storage: pinning service endpoint: %w", err)
	}
	if token == "" {
		return nil, errors.New("storage: pinning service token is empty; pass the access token the service issued")
	}
	name := opts.Name
	if name == "" {
		name = "pinning service " + u.Host
	}
	h := http.Header{"Authorization": {"Bearer " + token}}
	hd, err := newHTTPDoer("storage.PinningOptions.Retry", opts.HTTPOptions, nil, h)
	if err != nil {
		return nil, err
	}
	return &PinningService{base: u, http: hd, origins: append([]string(nil), opts.Origins...), name: name}, nil
}

// Name implements [Replica].
func (p *PinningService) Name() string {
	if p == nil || p.base == nil {
		return ""
	}
	return p.name
}

func (p *PinningService) url(path string, q url.Values) string {
	u := *p.base
	u.Path += path
	u.RawQuery = q.Encode()
	return u.String()
}

func (p *PinningService) doJSON(ctx context.Context, r request, out any) error {
	resp, err := p.http.do(ctx, r)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if out == nil {
		return nil
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		return fmt.Errorf("storage: %s: malformed response: %w", r.op, err)
	}
	return nil
}

// Find returns the most recent request for c that is queued, pinning or
// pinned, or nil when there is none.
func (p *PinningService) Find(ctx context.Context, c cid.Cid) (*PinStatus, error) {
	if p == nil || p.base == nil {
		return nil, input.Unbuilt("storage.PinningService", "storage.NewPinningService")
	}
	q := url.Values{"cid": {c.String()}, "status": {strings.Join([]string{PinQueued, PinPinning, PinPinned}, ",")}, "limit": {"10"}}
	var out struct {
		Count   int         `json:"count"`
		Results []PinStatus `json:"results"`
	}
	err := p.doJSON(ctx, request{op: "pinning service GET /pins", method: http.MethodGet,
		url: p.url("/pins", q), idempotent: true}, &out)
	if err != nil {
		return nil, err
	}
	var best *PinStatus
	for i := range out.Results {
		s := &out.Results[i]
		if s.Pin.CID != c.String() && !sameCID(s.Pin.CID, c) {
			continue
		}
		if best == nil || rank(s.Status) > rank(best.Status) || (rank(s.Status) == rank(best.Status) && s.Created.After(best.Created)) {
			best = s
		}
	}
	return best, nil
}

func sameCID(s string, c cid.Cid) bool {
	d, err := cid.Decode(s)
	return err == nil && d.Hash().HexString() == c.Hash().HexString()
}

func rank(status string) int {
	switch status {
	case PinPinned:
		return 3
	case PinPinning:
		return 2
	case PinQueued:
		return 1
	}
	return 0
}

// Add asks the service to pin c unless a queued, pinning or pinned request
// for c already exists, in which case that request is returned. A failed
// create is retried (up to the retry policy's MaxAttempts) only after checking again
// that no request was created meanwhile, so Add never creates duplicates.
func (p *PinningService) Add(ctx context.Context, c cid.Cid, name string) (*PinStatus, error) {
	if p == nil || p.base == nil {
		return nil, input.Unbuilt("storage.PinningService", "storage.NewPinningService")
	}
	body, err := json.Marshal(PinRequest{CID: c.String(), Name: name, Origins: p.origins})
	if err != nil {
		return nil, err
	}
	attempts := p.http.policy.MaxAttempts
	var lastErr error
	for i := range attempts {
		existing, err := p.Find(ctx, c)
		if err != nil {
			return nil, err
		}
		if existing != nil {
			return existing, nil
		}
		if i > 0 {
			wait := p.http.policy.Backoff(i)
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(wait):
			}
		}
		var st PinStatus
		lastErr = p.doJSON(ctx, request{op: "pinning service POST /pins", method: http.MethodPost,
			url: p.url("/pins", nil), body: body,
			header: http.Header{"Content-Type": {"application/json"}}}, &st)
		if lastErr == nil {
			return &st, nil
		}
		var he *HTTPError
		if ctx.Err() != nil || !errors.As(lastErr, &he) || (he.StatusCode != 0 && he.StatusCode < 500 && he.StatusCode != 429) {
			return nil, lastErr
		}
	}
	return nil, lastErr
}

// Status returns the request requestID.
func (p *PinningService) Status(ctx context.Context, requestID string) (*PinStatus, error) {
	if p == nil || p.base == nil {
		return nil, input.Unbuilt("storage.PinningService", "storage.NewPinningService")
	}
	var st PinStatus
	err := p.doJSON(ctx, request{op: "pinning service GET /pins/{id}", method: http.MethodGet,
		url: p.url("/pins/"+url.PathEscape(requestID), nil), idempotent: true}, &st)
	if err != nil {
		return nil, err
	}
	return &st, nil
}

// Remove deletes the request requestID (the service unpins the content).
func (p *PinningService) Remove(ctx context.Context, requestID string) error {
	if p == nil || p.base == nil {
		return input.Unbuilt("storage.PinningService", "storage.NewPinningService")
	}
	return p.doJSON(ctx, request{op: "pinning service DELETE /pins/{id}", method: http.MethodDelete,
		url: p.url("/pins/"+url.PathEscape(requestID), nil), idempotent: true}, nil)
}

// WaitForPinned polls the request for c (creating it with [PinningService.Add]
// if there is none) until it is pinned, backing off from 1 s to 30 s, and
// returns the last status it read. When maxWait passes first the error is
// a [*wait.TimeoutError] (errors.Is(err, wait.ErrTimeout)); when the service
// gives up it is a [*PinFailedError]; an error reading the status ends the
// wait (the HTTP client has retried it already). maxWait must be positive
// (an [*input.Error] otherwise).
func (p *PinningService) WaitForPinned(ctx context.Context, c cid.Cid, maxWait time.Duration) (*PinStatus, error) {
	return p.waitForPinned(ctx, c, maxWait, wait.Backoff{MinDelay: time.Second, MaxDelay: 30 * time.Second})
}

func (p *PinningService) waitForPinned(ctx context.Context, c cid.Cid, maxWait time.Duration, b wait.Backoff) (*PinStatus, error) {
	var last *PinStatus
	return wait.Until(ctx, maxWait, b, c.String()+" to be pinned", func(ctx context.Context) (*PinStatus, bool, error) {
		var st *PinStatus
		var err error
		if last == nil {
			st, err = p.Add(ctx, c, "")
		} else {
			st, err = p.Status(ctx, last.RequestID)
		}
		if err != nil {
			return last, false, err
		}
		last = st
		switch st.Status {
		case PinPinned:
			return st, true, nil
		case PinFailed:
			return st, false, &PinFailedError{Status: *st}
		}
		return st, false, nil
	})
}

// Replicate implements [Replica]: it makes sure a pin request for root
// exists. src is not used: the service fetches the blocks itself from the
// configured origins or the IPFS network.
func (p *PinningService) Replicate(ctx context.Context, root cid.Cid, _ BlockGetter) error {
	if p == nil || p.base == nil {
		return input.Unbuilt("storage.PinningService", "storage.NewPinningService")
	}
	_, err := p.Add(ctx, root, "")
	return err
}
