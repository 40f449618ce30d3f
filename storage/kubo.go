package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"

	"github.com/hashicorp/go-retryablehttp"
	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/otelinst"
	"github.com/agijobs/agijobs-go/internal/redact"
)

// KuboOptions configures [NewKubo].
type KuboOptions struct {
	HTTPOptions
	// Authorization is sent as the Authorization header of every call, for
	// a Kubo API protected by API.Authorizations (e.g. "Bearer <secret>"
	// or "Basic <base64>"). Empty means none.
	Authorization string
}

// Kubo talks to the RPC API of a Kubo node (/api/v0). It replicates DAGs to
// the node as CARs with pinning, and reads files from it as CARs verified
// block by block, so a node that is compromised or corrupt cannot make it
// return wrong data. It is safe for concurrent use.
type Kubo struct {
	base *url.URL
	http *httpDoer
	tel  *otelinst.Storage // nil when telemetry is off
}

var (
	_ Fetcher = (*Kubo)(nil)
	_ Replica = (*Kubo)(nil)
)

// NewKubo returns a client of the Kubo RPC API at apiURL, e.g.
// "http://127.0.0.1:5001".
func NewKubo(apiURL string, opts KuboOptions) (*Kubo, error) {
	u, err := parseBaseURL(apiURL)
	if err != nil {
		return nil, fmt.Errorf("storage: Kubo API URL: %w", err)
	}
	var h http.Header
	if opts.Authorization != "" {
		h = http.Header{"Authorization": {opts.Authorization}}
	}
	hd, err := newHTTPDoer("storage.KuboOptions.Retry", opts.HTTPOptions, kuboRetryPolicy, h)
	if err != nil {
		return nil, err
	}
	return &Kubo{base: u, http: hd, tel: otelinst.NewStorage(opts.Telemetry, "kubo")}, nil
}

// kuboRetryPolicy is the default policy, except that HTTP 500 with a JSON
// body is Kubo reporting a command error (not found, not pinned, bad
// argument): retrying would not change the answer.
func kuboRetryPolicy(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if err == nil && resp != nil && resp.StatusCode == http.StatusInternalServerError &&
		strings.HasPrefix(resp.Header.Get("Content-Type"), "application/json") {
		return false, nil
	}
	return retryablehttp.DefaultRetryPolicy(ctx, resp, err)
}

// Name implements [Replica].
func (k *Kubo) Name() string {
	if k == nil || k.base == nil {
		return ""
	}
	return "kubo " + redact.URL(k.base.String())
}

// call POSTs an RPC command with query arguments.
func (k *Kubo) call(ctx context.Context, cmd string, args url.Values, body any, header http.Header, idempotent bool) (*http.Response, error) {
	u := *k.base
	u.Path += "/api/v0/" + cmd
	u.RawQuery = args.Encode()
	return k.http.do(ctx, request{op: "kubo " + cmd, method: http.MethodPost, url: u.String(),
		body: body, header: header, idempotent: idempotent})
}

// kuboError is the JSON body of a failed Kubo command.
type kuboError struct {
	Message string
}

// commandError extracts Kubo's message from a failed command.
func commandError(err error) (string, bool) {
	var he *HTTPError
	if !errors.As(err, &he) || he.StatusCode != http.StatusInternalServerError {
		return "", false
	}
	var ke kuboError
	if json.Unmarshal([]byte(he.Body), &ke) != nil || ke.Message == "" {
		return "", false
	}
	return ke.Message, true
}

// ImportCAR sends a CAR to the node with `dag import`. When pin is set the
// node pins the CAR's roots and ImportCAR returns them; without pin Kubo
// reports no roots and the result is empty. open must return a fresh
// reader of the same CAR each time it is called (it is called again for a
// retry); the CAR is streamed, never held in memory.
func (k *Kubo) ImportCAR(ctx context.Context, open func() (io.Reader, error), pin bool) ([]cid.Cid, error) {
	if k == nil || k.base == nil {
		return nil, input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	var ctype string
	boundary := multipart.NewWriter(io.Discard).Boundary()
	ctype = "multipart/form-data; boundary=" + boundary
	body := pipeBody(func(w io.Writer) error {
		mw := multipart.NewWriter(w)
		if err := mw.SetBoundary(boundary); err != nil {
			return err
		}
		part, err := mw.CreateFormFile("file", "dag.car")
		if err != nil {
			return err
		}
		r, err := open()
		if err != nil {
			return err
		}
		if c, ok := r.(io.Closer); ok {
			defer c.Close()
		}
		if _, err := io.Copy(part, r); err != nil {
			return err
		}
		return mw.Close()
	})
	args := url.Values{"pin-roots": {fmt.Sprint(pin)}, "stats": {"false"}}
	resp, err := k.call(ctx, "dag/import", args, body, http.Header{"Content-Type": {ctype}}, true)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var roots []cid.Cid
	dec := json.NewDecoder(resp.Body)
	for {
		var ev struct {
			Root *struct {
				Cid         map[string]string
				PinErrorMsg string
			}
		}
		if err := dec.Decode(&ev); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return roots, fmt.Errorf("storage: read kubo dag/import response: %w", err)
		}
		if ev.Root == nil {
			continue
		}
		c, err := cid.Decode(ev.Root.Cid["/"])
		if err != nil {
			return roots, fmt.Errorf("storage: kubo dag/import returned a bad root: %w", err)
		}
		if ev.Root.PinErrorMsg != "" {
			return roots, fmt.Errorf("storage: kubo imported %s but could not pin it: %s", c, ev.Root.PinErrorMsg)
		}
		roots = append(roots, c)
	}
	if trailer := resp.Trailer.Get("X-Stream-Error"); trailer != "" {
		return roots, fmt.Errorf("storage: kubo dag/import failed: %s", trailer)
	}
	return roots, nil
}

// Replicate implements [Replica]: when the node does not already pin root
// recursively, it streams the DAG from src as a CAR into `dag import` with
// pinning.
func (k *Kubo) Replicate(ctx context.Context, root cid.Cid, src BlockGetter) error {
	if k == nil || k.base == nil {
		return input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	pinned, err := k.IsPinned(ctx, root)
	if err != nil {
		return err
	}
	if pinned {
		return nil
	}
	roots, err := k.ImportCAR(ctx, func() (io.Reader, error) {
		pr, pw := io.Pipe()
		go func() { pw.CloseWithError(WriteCAR(ctx, pw, root, src)) }()
		return pr, nil
	}, true)
	if err != nil {
		return err
	}
	for _, r := range roots {
		if r.Equals(root) {
			return nil
		}
	}
	return fmt.Errorf("storage: kubo dag/import did not report root %s (got %v)", root, roots)
}

// Get reads the UnixFS file c from the node's local store as a CAR (`dag
// export`, which the node produces without duplicates: repeated blocks are
// fetched with `block get`) and returns a reader that verifies each block
// against its CID. The node may fetch missing blocks from the network first
// unless it runs offline. Close the reader when done.
func (k *Kubo) Get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	if k == nil || k.base == nil {
		return nil, input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	rc, err := k.get(ctx, c)
	return measureGet(ctx, k.tel, rc, err)
}

func (k *Kubo) get(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	resp, err := k.call(ctx, "dag/export", url.Values{"arg": {c.String()}, "progress": {"false"}}, nil, nil, true)
	if err != nil {
		if msg, ok := commandError(err); ok && strings.Contains(msg, "not found") {
			return nil, fmt.Errorf("storage: kubo does not have %s: %s: %w", c, msg, ErrNotFound)
		}
		return nil, err
	}
	source := "kubo dag/export " + redact.URL(k.base.String())
	br, err := carv2.NewBlockReader(resp.Body, carReadOptions()...)
	if err != nil {
		resp.Body.Close()
		return nil, &IntegrityError{CID: c, Source: source, Reason: "malformed CAR: " + err.Error()}
	}
	return newFileReader(ctx, c, fileReaderConfig{
		source: source,
		stream: br,
		body:   resp.Body,
		fetch: func(ctx context.Context, c cid.Cid) ([]byte, error) {
			b, err := k.getBlock(ctx, c)
			if err != nil {
				return nil, err
			}
			return b.RawData(), nil
		},
	})
}

// GetBlock reads one block with `block get` and checks it against c.
func (k *Kubo) GetBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	if k == nil || k.base == nil {
		return nil, input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	b, err := k.getBlock(ctx, c)
	countIntegrity(ctx, k.tel, err)
	return b, err
}

func (k *Kubo) getBlock(ctx context.Context, c cid.Cid) (blocks.Block, error) {
	resp, err := k.call(ctx, "block/get", url.Values{"arg": {c.String()}}, nil, nil, true)
	if err != nil {
		if msg, ok := commandError(err); ok && strings.Contains(msg, "not found") {
			return nil, fmt.Errorf("storage: kubo does not have block %s: %w", c, ErrNotFound)
		}
		return nil, err
	}
	defer resp.Body.Close()
	return readVerifiedBlock(ctx, c, resp.Body, "kubo block/get "+redact.URL(k.base.String()))
}

// Has reports whether the node holds the whole DAG under c locally (`dag
// stat` offline: nothing is fetched from the network).
func (k *Kubo) Has(ctx context.Context, c cid.Cid) (bool, error) {
	if k == nil || k.base == nil {
		return false, input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	resp, err := k.call(ctx, "dag/stat", url.Values{"arg": {c.String()}, "offline": {"true"}, "progress": {"false"}}, nil, nil, true)
	if err != nil {
		if msg, ok := commandError(err); ok && strings.Contains(msg, "not found") {
			return false, nil
		}
		return false, err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	if err != nil {
		return false, &HTTPError{Op: "kubo dag/stat", URL: redact.URL(k.base.String()), Err: redact.Error(err)}
	}
	return true, nil
}

// Pin pins c recursively on the node (`pin add`). The node fetches missing
// blocks from the network, which can take long: bound ctx.
func (k *Kubo) Pin(ctx context.Context, c cid.Cid) error {
	if k == nil || k.base == nil {
		return input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	resp, err := k.call(ctx, "pin/add", url.Values{"arg": {c.String()}, "progress": {"false"}}, nil, nil, true)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	return nil
}

// IsPinned reports whether c is pinned recursively on the node.
func (k *Kubo) IsPinned(ctx context.Context, c cid.Cid) (bool, error) {
	if k == nil || k.base == nil {
		return false, input.Unbuilt("storage.Kubo", "storage.NewKubo")
	}
	resp, err := k.call(ctx, "pin/ls", url.Values{"arg": {c.String()}, "type": {"recursive"}}, nil, nil, true)
	if err != nil {
		if msg, ok := commandError(err); ok && strings.Contains(msg, "not pinned") {
			return false, nil
		}
		return false, err
	}
	defer resp.Body.Close()
	var out struct {
		Keys map[string]struct{ Type string }
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return false, fmt.Errorf("storage: read kubo pin/ls response: %w", err)
	}
	_, ok := out.Keys[c.String()]
	return ok, nil
}
