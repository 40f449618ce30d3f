package storage

import (
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
)

// Gateway reads content from a trustless HTTP gateway
// (https://specs.ipfs.tech/http-gateways/trustless-gateway/), such as a Kubo
// gateway, https://trustless-gateway.link or a CDN in front of one. It asks
// for verifiable responses only (CAR and raw blocks) and checks every block
// against its CID, so a gateway cannot make it return wrong data. It is safe
// for concurrent use.
type Gateway struct {
	base *url.URL
	http *httpDoer
	tel  *otelinst.Storage // nil when telemetry is off
}

var _ Fetcher = (*Gateway)(nil)

// NewGateway returns a reader for the gateway at baseURL (scheme and host,
// and an optional path prefix before "/ipfs/").
func NewGateway(baseURL string, opts HTTPOptions) (*Gateway, error) {
	u, err := parseBaseURL(baseURL)
	if err != nil {
		return nil, fmt.Errorf("storage: gateway URL: %w", err)
	}
	h, err := newHTTPDoer("storage.HTTPOptions.Retry", opts, nil, nil)
	if err != nil {
		return nil, err
	}
	return &Gateway{base: u, http: h, tel: otelinst.NewStorage(opts.Telemetry, "gateway")}, nil
}

// parseBaseURL accepts an http(s) URL without query or fragment.
func parseBaseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, redact.Error(err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%q is not an http(s) URL with a host, e.g. http://127.0.0.1:8080", redact.URL(raw))
	}
	u.RawQuery, u.Fragment = "", ""
	u.Path = strings.TrimSuffix(u.Path, "/")
	return u, nil
}

// String returns the gateway's base URL.
func (g *Gateway) String() string {
	if g == nil || g.base == nil {
		return "<nil>"
	}
	return redact.URL(g.base.String())
}

func (g *Gateway) ipfsURL(c cid.Cid, format string) string {
	u := *g.base
	u.Path += "/ipfs/" + c.String()
	u.RawQuery = "format=" + format
	if format == "car" {
		u.RawQuery += "&dag-scope=all&car-dups=y&car-order=dfs"
	}
	return u.String()
}

// Get fetches the UnixFS file c as one CAR response (blocks in depth-first
// order with duplicates) and returns a reader that verifies each block as
// it goes. A block the gateway leaves out because it was sent before is
// fetched on its own. Any block that does not match, arrives out of order or
// is missing because the response ended early makes Get or Read fail with an
// [*IntegrityError]. The request is retried on transport errors and 5xx;
// a failure in the middle of the body is not retried (call Get again). Close
// the reader when done.
func (g *Gateway) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if g == nil || g.base == nil {
		return nil, input.Unbuilt("storage.Gateway", "storage.NewGateway")
	}
	rc, err := g.get(ctx, c)
	return measureGet(ctx, g.tel, rc, err)
}

func (g *Gateway) get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	u := g.ipfsURL(c, "car")
	resp, err := g.http.do(ctx, request{
		op: "gateway GET", method: http.MethodGet, url: u, idempotent: true,
		header: http.Header{"Accept": {"application/vnd.ipld.car; version=1; order=dfs; dups=y"}},
	})
	if err != nil {
		return nil, err
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "application/vnd.ipld.car" {
		resp.Body.Close()
		return nil, &IntegrityError{CID: c, Source: redact.URL(u),
			Reason: fmt.Sprintf("response is %q, not a CAR: the URL is not a trustless gateway", resp.Header.Get("Content-Type"))}
	}
	br, err := carv2.NewBlockReader(resp.Body, carReadOptions()...)
	if err != nil {
		resp.Body.Close()
		return nil, &IntegrityError{CID: c, Source: redact.URL(u), Reason: "malformed CAR: " + err.Error()}
	}
	return newFileReader(ctx, c, fileReaderConfig{
		source: redact.URL(u),
		stream: br,
		body:   resp.Body,
		fetch: func(ctx context.Context, c cid.Cid) ([]byte, error) {
			b, err := g.getBlock(ctx, c)
			if err != nil {
				return nil, err
			}
			return b.RawData(), nil
		},
	})
}

// GetBlock fetches one block (application/vnd.ipld.raw) and checks it
// against c; a mismatch is an [*IntegrityError].
func (g *Gateway) GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	if g == nil || g.base == nil {
		return nil, input.Unbuilt("storage.Gateway", "storage.NewGateway")
	}
	b, err := g.getBlock(ctx, c)
	countIntegrity(ctx, g.tel, err)
	return b, err
}

func (g *Gateway) getBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	u := g.ipfsURL(c, "raw")
	resp, err := g.http.do(ctx, request{
		op: "gateway GET", method: http.MethodGet, url: u, idempotent: true,
		header: http.Header{"Accept": {"application/vnd.ipld.raw"}},
	})
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return readVerifiedBlock(ctx, c, resp.Body, redact.URL(u))
}

// readVerifiedBlock reads at most one maximal block from r and checks it.
func readVerifiedBlock(ctx context.Context, c cid.Cid, r io.Reader, source string) (blocks.Block, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxBlockSize+1))
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &IntegrityError{CID: c, Source: source, Reason: "truncated block: " + err.Error()}
	}
	if len(data) > maxBlockSize {
		return nil, &IntegrityError{CID: c, Source: source, Reason: fmt.Sprintf("block exceeds %d bytes", maxBlockSize)}
	}
	if err := verifyBlock(c, data, source); err != nil {
		return nil, err
	}
	return blocks.NewBlockWithCid(data, c)
}
