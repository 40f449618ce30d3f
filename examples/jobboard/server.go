package main

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/input"
)

//go:embed templates/*.html
var templateFiles embed.FS

// board serves the API and the pages from the index.
type board struct {
	db      *index.DB
	units   *units
	refresh time.Duration
	log     *slog.Logger
	pages   *template.Template
}

func newBoard(db *index.DB, ec *escrow.Client, refresh time.Duration, log *slog.Logger) *board {
	pages := template.Must(template.New("").Funcs(template.FuncMap{"short": short}).ParseFS(templateFiles, "templates/*.html"))
	return &board{db: db, units: &units{ec: ec, of: map[common.Address]uint8{}}, refresh: refresh, log: log, pages: pages}
}

func (b *board) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/jobs", b.apiJobs)
	mux.HandleFunc("GET /api/jobs/{id}", b.apiJob)
	mux.HandleFunc("GET /api/jobs/{id}/timeline", b.apiTimeline)
	mux.HandleFunc("GET /api/status", b.apiStatus)
	mux.HandleFunc("GET /{$}", b.boardPage)
	mux.HandleFunc("GET /jobs/{id}", b.jobPage)
	return mux
}

func (b *board) apiJobs(w http.ResponseWriter, r *http.Request) {
	q, err := parseJobQuery(r.URL.Query())
	if err != nil {
		b.fail(w, err)
		return
	}
	page, err := b.db.Jobs(r.Context(), q)
	if err != nil {
		b.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

func (b *board) apiJob(w http.ResponseWriter, r *http.Request) {
	id, err := jobID(r)
	if err == nil {
		var j *index.Job
		if j, err = b.db.Job(r.Context(), id); err == nil {
			writeJSON(w, http.StatusOK, j)
			return
		}
	}
	b.fail(w, err)
}

func (b *board) apiTimeline(w http.ResponseWriter, r *http.Request) {
	id, err := jobID(r)
	if err == nil {
		// An unknown job has no events: 404 rather than an empty list.
		if _, err = b.db.Job(r.Context(), id); err == nil {
			var evs []index.Event
			if evs, err = b.db.Timeline(r.Context(), id); err == nil {
				writeJSON(w, http.StatusOK, evs)
				return
			}
		}
	}
	b.fail(w, err)
}

func (b *board) apiStatus(w http.ResponseWriter, r *http.Request) {
	st, err := b.db.Status(r.Context())
	if err != nil {
		b.fail(w, err)
		return
	}
	writeJSON(w, http.StatusOK, st)
}

// apiError is the body of a failed API call.
type apiError struct {
	Error string `json:"error"`
	// Invalid names each bad parameter and its fix (status 400).
	Invalid []badParam `json:"invalid,omitempty"`
}

type badParam struct {
	Param   string `json:"param"`
	Problem string `json:"problem"`
	Fix     string `json:"fix,omitempty"`
}

// fail answers err: 400 naming the bad parameters, 404 for an unknown
// job, 500 (logged, not shown) otherwise.
func (b *board) fail(w http.ResponseWriter, err error) {
	status, body := b.classify(err)
	writeJSON(w, status, body)
}

func (b *board) classify(err error) (int, apiError) {
	if bad := input.All(err); len(bad) > 0 {
		body := apiError{Error: "invalid parameters"}
		for _, e := range bad {
			body.Invalid = append(body.Invalid, badParam{Param: paramOf(e.Field), Problem: e.Problem, Fix: e.Fix})
		}
		return http.StatusBadRequest, body
	}
	if errors.Is(err, index.ErrNotFound) {
		return http.StatusNotFound, apiError{Error: err.Error()}
	}
	b.log.Error("jobboard: request failed", "err", err)
	return http.StatusInternalServerError, apiError{Error: "internal error; see the server's log"}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// The query parameters of GET /api/jobs, and the index.JobQuery fields
// they set, so that the index's errors name the parameter.
var params = map[string]string{
	"state": "States", "category": "Category", "employer": "Employer", "agent": "Agent", "token": "Token",
	"min_reward": "MinReward", "max_reward": "MaxReward", "order": "Order", "limit": "Limit", "page": "PageToken",
}

// paramOf names the query parameter of an index.JobQuery field.
func paramOf(field string) string {
	f := strings.TrimPrefix(field, "index.JobQuery.")
	for p, qf := range params {
		if qf == f {
			return p
		}
	}
	return field
}

// stateNames are the states a filter may name.
var stateNames = func() []string {
	var out []string
	for s := escrow.StateCreated; s <= escrow.StateCancelled; s++ {
		out = append(out, s.String())
	}
	return out
}()

// parseJobQuery reads the filters of v; parameters in extra are left to
// the caller. It reports every bad parameter at once; the index checks
// the rest (order, limit, page, reward range).
func parseJobQuery(v url.Values, extra ...string) (index.JobQuery, error) {
	var q index.JobQuery
	var errs input.Errors
	for _, name := range slices.Sorted(maps.Keys(v)) {
		if _, ok := params[name]; !ok && !slices.Contains(extra, name) {
			errs.Add(name, "is not a parameter", "use state, category, employer, agent, token, min_reward, max_reward, order, limit or page")
		}
	}
	for _, raw := range v["state"] {
		for name := range strings.SplitSeq(raw, ",") {
			if name = strings.TrimSpace(name); name == "" {
				continue
			}
			s, err := escrow.ParseState(name)
			if err != nil || s == escrow.StateNone {
				errs.Add("state", fmt.Sprintf("%q is no job state", name), "use one of "+strings.Join(stateNames, ", ")+" (repeat state or separate names with commas)")
				continue
			}
			if !slices.Contains(q.States, s) {
				q.States = append(q.States, s)
			}
		}
	}
	q.Category = v.Get("category")
	for _, a := range []struct {
		name string
		to   *common.Address
	}{{"employer", &q.Employer}, {"agent", &q.Agent}, {"token", &q.Token}} {
		if s := strings.TrimSpace(v.Get(a.name)); s != "" {
			if !common.IsHexAddress(s) {
				errs.Add(a.name, fmt.Sprintf("%q is not an address", s), "use a 0x-prefixed address of 40 hex digits")
				continue
			}
			*a.to = common.HexToAddress(s)
		}
	}
	for _, a := range []struct {
		name string
		to   **big.Int
	}{{"min_reward", &q.MinReward}, {"max_reward", &q.MaxReward}} {
		if s := strings.TrimSpace(v.Get(a.name)); s != "" {
			n, ok := new(big.Int).SetString(s, 10)
			if !ok {
				errs.Add(a.name, fmt.Sprintf("%q is not a whole number", s), "give the amount in wei (the token's smallest unit), in decimal digits")
				continue
			}
			*a.to = n
		}
	}
	q.Order = index.Order(v.Get("order"))
	if s := strings.TrimSpace(v.Get("limit")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			errs.Add("limit", fmt.Sprintf("%q is not a number", s), fmt.Sprintf("use a page size from 1 to %d", index.MaxLimit))
		}
		q.Limit = n
	}
	q.PageToken = v.Get("page")
	return q, errs.Err()
}

// jobID reads the {id} of the path.
func jobID(r *http.Request) (*big.Int, error) {
	s := r.PathValue("id")
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 || !id.IsInt64() {
		return nil, input.New("id", fmt.Sprintf("%q is not a job id", s), "use the number of a job, as listed by /api/jobs")
	}
	return id, nil
}

// row is a job as the pages show it.
type row struct {
	index.Job
	Reward string // in whole tokens
}

func (b *board) row(ctx context.Context, j index.Job) row {
	return row{Job: j, Reward: b.units.format(ctx, j.Token, j.Reward)}
}

// boardView is what templates/board.html shows.
type boardView struct {
	Refresh  int // seconds; 0 does not reload
	States   []string
	Filter   url.Values
	Problems []badParam
	Jobs     []row
	Next     string
	Status   index.Status
}

// boardPage is the board: the filter form, a page of jobs and a link to
// the next. It takes the API's parameters, and min_tokens: a minimum
// reward in whole tokens of the default token, which the form asks for.
func (b *board) boardPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	v := r.URL.Query()
	view := boardView{Refresh: int(b.refresh / time.Second), States: stateNames, Filter: v}
	if b.refresh > 0 && view.Refresh == 0 {
		view.Refresh = 1
	}
	q, err := parseJobQuery(v, "min_tokens")
	if s := strings.TrimSpace(v.Get("min_tokens")); s != "" && err == nil {
		q.MinReward, err = b.units.parse(ctx, s)
	}
	var page *index.JobPage
	if err == nil {
		page, err = b.db.Jobs(ctx, q)
	}
	status := http.StatusOK
	if err != nil {
		var body apiError
		status, body = b.classify(err)
		view.Problems = body.Invalid
		if len(view.Problems) == 0 {
			view.Problems = []badParam{{Problem: body.Error}}
		}
	} else {
		for _, j := range page.Jobs {
			view.Jobs = append(view.Jobs, b.row(ctx, j))
		}
		if page.NextPageToken != "" {
			next := url.Values{}
			for k, vs := range v {
				next[k] = vs
			}
			next.Set("page", page.NextPageToken)
			view.Next = "/?" + next.Encode()
		}
	}
	if view.Status, err = b.db.Status(ctx); err != nil {
		b.log.Warn("jobboard: read status", "err", err)
	}
	b.render(w, status, "board.html", view)
}

// jobView is what templates/job.html shows.
type jobView struct {
	Job    row
	Events []index.Event
}

func (b *board) jobPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := jobID(r)
	var j *index.Job
	if err == nil {
		j, err = b.db.Job(ctx, id)
	}
	var evs []index.Event
	if err == nil {
		evs, err = b.db.Timeline(ctx, id)
	}
	if err != nil {
		status, body := b.classify(err)
		msg := body.Error
		for _, p := range body.Invalid {
			msg = p.Param + ": " + p.Problem + "; " + p.Fix
		}
		http.Error(w, msg, status)
		return
	}
	b.render(w, http.StatusOK, "job.html", jobView{Job: b.row(ctx, *j), Events: evs})
}

func (b *board) render(w http.ResponseWriter, status int, name string, data any) {
	var buf strings.Builder
	if err := b.pages.ExecuteTemplate(&buf, name, data); err != nil {
		b.log.Error("jobboard: render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	_, _ = w.Write([]byte(buf.String()))
}

// short shows an address as 0x1234…abcd, and the zero address as "-".
func short(a common.Address) string {
	if a == (common.Address{}) {
		return "-"
	}
	h := a.Hex()
	return h[:6] + "…" + h[len(h)-4:]
}

// units converts amounts between wei and whole tokens with each token's
// decimals, read from the JobRegistry's token configuration once per
// token.
type units struct {
	ec *escrow.Client
	mu sync.Mutex
	of map[common.Address]uint8
}

// decimals returns the decimals of token (the zero address: the default
// token); ok is false when they cannot be read.
func (u *units) decimals(ctx context.Context, token common.Address) (uint8, bool) {
	u.mu.Lock()
	d, ok := u.of[token]
	u.mu.Unlock()
	if ok {
		return d, true
	}
	tc, err := u.ec.TokenConfig(ctx, token)
	if err != nil || tc.MinReward == nil || (tc.Decimals == 0 && tc.MinReward.Sign() == 0) {
		return 0, false // the node failed, or no escrow token: show wei
	}
	u.mu.Lock()
	u.of[token] = tc.Decimals
	u.mu.Unlock()
	return tc.Decimals, true
}

// format shows amount of token in whole tokens ("12.5"), or in wei when
// the token's decimals are unknown.
func (u *units) format(ctx context.Context, token common.Address, amount *big.Int) string {
	if amount == nil {
		return ""
	}
	d, ok := u.decimals(ctx, token)
	if !ok {
		return amount.String() + " wei"
	}
	return formatUnits(amount, d)
}

// parse reads an amount of the default token in whole tokens ("12.5")
// for the min_tokens parameter.
func (u *units) parse(ctx context.Context, s string) (*big.Int, error) {
	d, ok := u.decimals(ctx, common.Address{})
	if !ok {
		return nil, errors.New("cannot read the default token's decimals")
	}
	n, err := parseUnits(s, d)
	if err != nil {
		return nil, input.New("min_tokens", fmt.Sprintf("%q is not an amount", s), fmt.Sprintf("give whole tokens with at most %d decimals, such as 12.5", d))
	}
	return n, nil
}

// formatUnits shows amount/10^decimals without trailing zeros.
func formatUnits(amount *big.Int, decimals uint8) string {
	s := new(big.Int).Abs(amount).String()
	if len(s) <= int(decimals) {
		s = strings.Repeat("0", int(decimals)-len(s)+1) + s
	}
	whole, frac := s[:len(s)-int(decimals)], strings.TrimRight(s[len(s)-int(decimals):], "0")
	if amount.Sign() < 0 {
		whole = "-" + whole
	}
	if frac == "" {
		return whole
	}
	return whole + "." + frac
}

// parseUnits reads a non-negative decimal amount of whole tokens into
// units of 10^-decimals.
func parseUnits(s string, decimals uint8) (*big.Int, error) {
	whole, frac, _ := strings.Cut(strings.TrimSpace(s), ".")
	if whole == "" {
		whole = "0"
	}
	if len(frac) > int(decimals) || strings.Trim(whole+frac, "0123456789") != "" {
		return nil, fmt.Errorf("%q is not an amount with at most %d decimals", s, decimals)
	}
	n, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), 10)
	if !ok {
		return nil, fmt.Errorf("%q is not an amount", s)
	}
	return n, nil
}
