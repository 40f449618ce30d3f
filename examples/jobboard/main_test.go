package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/examples/internal/clitest"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestAPI runs the board on the embedded default with a demo employer
// that posts one round of its catalogue, and drives the JSON API: the
// jobs appear and reach their states, every filter and order selects
// what it should, pages chain, bad parameters get 400 naming them, and
// a job's timeline is its lifecycle.
func TestAPI(t *testing.T) {
	start := time.Now()
	base := startBoard(t, "-demo-interval", "50ms", "-demo-jobs", fmt.Sprint(demoJobs))
	all := waitSettled(t, base)
	t.Logf("the demo's %d jobs settled %v after the start", demoJobs, time.Since(start).Round(time.Millisecond))

	var st index.Status
	getJSON(t, base+"/api/status", &st)
	require.Equal(t, int64(demoJobs), st.Jobs)
	require.Positive(t, st.Block)
	require.Greater(t, st.Events, st.Jobs)

	byID := map[int64]index.Job{}
	for _, j := range all {
		byID[j.ID.Int64()] = j
	}
	require.Equal(t, "Label 2,000 street photos", byID[1].Title, "titles come from the specs")
	require.Equal(t, "data-labelling", byID[1].Category)
	require.Zero(t, deploy.Ether(120).Cmp(byID[1].Reward))

	ids := func(query string) []int64 {
		t.Helper()
		var page index.JobPage
		getJSON(t, base+"/api/jobs?"+query, &page)
		var out []int64
		for _, j := range page.Jobs {
			out = append(out, j.ID.Int64())
		}
		return out
	}
	// The ids whose job satisfies keep, newest first.
	want := func(keep func(index.Job) bool) []int64 {
		var out []int64
		for _, j := range slices.Backward(all) {
			if keep(j) {
				out = append(out, j.ID.Int64())
			}
		}
		return out
	}
	employer, agent, token := byID[1].Employer, byID[1].Agent, byID[1].Token
	require.NotEqual(t, employer, byID[2].Employer, "the demo posts from two employers")
	for _, c := range []struct {
		query string
		want  []int64
	}{
		{"", []int64{8, 7, 6, 5, 4, 3, 2, 1}},
		{"state=Finalized", []int64{7, 5, 4, 1}},
		{"state=cancelled,CREATED", []int64{8, 6, 3, 2}},
		{"state=Cancelled&state=Created", []int64{8, 6, 3, 2}},
		{"state=Applied", nil},
		{"category=translation", []int64{7, 2}},
		{"category=SOFTWARE&state=Finalized", []int64{4}},
		{"employer=" + employer.Hex(), want(func(j index.Job) bool { return j.Employer == employer })},
		{"agent=" + strings.ToLower(agent.Hex()), want(func(j index.Job) bool { return j.Agent == agent })},
		{"token=" + token.Hex(), []int64{8, 7, 6, 5, 4, 3, 2, 1}},
		{"token=0x0000000000000000000000000000000000000001", nil},
		{"min_reward=" + deploy.Ether(100).String(), []int64{8, 7, 4, 3, 1}},
		{"max_reward=" + deploy.Ether(100).String(), []int64{6, 5, 2}},
		{"min_reward=" + deploy.Ether(80).String() + "&max_reward=" + deploy.Ether(150).String(), []int64{7, 2, 1}},
		{"order=oldest", []int64{1, 2, 3, 4, 5, 6, 7, 8}},
		{"order=reward", []int64{8, 4, 3, 7, 1, 2, 6, 5}},
		{"order=newest&limit=2", []int64{8, 7}},
	} {
		require.Equal(t, c.want, ids(c.query), "GET /api/jobs?%s", c.query)
	}
	agentJobs := ids("agent=" + agent.Hex())
	require.NotEmpty(t, agentJobs)
	require.Less(t, len(agentJobs), 4, "the demo's finished jobs are shared by two agents")

	// Pages chain through every job once, in order.
	for _, order := range []string{"newest", "reward"} {
		var paged []int64
		q := url.Values{"order": {order}, "limit": {"3"}}
		for range demoJobs {
			var page index.JobPage
			getJSON(t, base+"/api/jobs?"+q.Encode(), &page)
			for _, j := range page.Jobs {
				paged = append(paged, j.ID.Int64())
			}
			if page.NextPageToken == "" {
				break
			}
			q.Set("page", page.NextPageToken)
		}
		require.Equal(t, ids("order="+order), paged, "pages of 3 in order %s", order)
	}

	// Bad parameters: 400, each named with its fix.
	for _, c := range []struct {
		query  string
		params []string
	}{
		{"state=Bogus", []string{"state"}},
		{"state=None", []string{"state"}},
		{"state=Created,nope&min_reward=12abc&employer=0x12&colour=red", []string{"colour", "state", "employer", "min_reward"}},
		{"max_reward=-5", []string{"max_reward"}},
		{"order=cheapest", []string{"order"}},
		{"limit=5000", []string{"limit"}},
		{"limit=ten", []string{"limit"}},
		{"page=not-a-token", []string{"page"}},
		{"page=" + pageToken(t, base, "newest") + "&order=reward", []string{"page"}},
	} {
		code, body := get(t, base+"/api/jobs?"+c.query)
		require.Equal(t, http.StatusBadRequest, code, "GET /api/jobs?%s: %s", c.query, body)
		var e apiError
		require.NoError(t, json.Unmarshal(body, &e), "%s", body)
		var named []string
		for _, p := range e.Invalid {
			named = append(named, p.Param)
			require.NotEmpty(t, p.Problem, "%s", body)
			require.NotEmpty(t, p.Fix, "%s", body)
		}
		require.Equal(t, c.params, named, "GET /api/jobs?%s: %s", c.query, body)
	}

	// One job, and its timeline: the lifecycle in chain order.
	var job index.Job
	getJSON(t, base+"/api/jobs/1", &job)
	require.Equal(t, byID[1].Title, job.Title)
	require.Equal(t, escrow.StateFinalized, job.State)
	require.NotNil(t, job.Success)
	require.True(t, *job.Success)
	require.NotEmpty(t, job.ResultURI)

	var tl []index.Event
	getJSON(t, base+"/api/jobs/1/timeline", &tl)
	var names []string
	for i, ev := range tl {
		names = append(names, ev.Name)
		require.NotEqual(t, common.Hash{}, ev.TxHash)
		require.Equal(t, int64(1), ev.JobID.Int64())
		if i > 0 {
			require.GreaterOrEqual(t, ev.Block, tl[i-1].Block, "chain order")
		}
	}
	require.Equal(t, "JobCreated", names[0])
	require.Equal(t, employer.Hex(), tl[0].Fields["employer"])
	lifecycle := []string{"JobCreated", "AgentAssigned", "ResultSubmitted", "ValidatorsSelected", "ValidationCommitted", "ValidationRevealed", "JobCompleted", "JobFinalized"}
	at := 0
	for _, n := range names {
		if at < len(lifecycle) && n == lifecycle[at] {
			at++
		}
	}
	require.Equal(t, len(lifecycle), at, "the timeline %v holds the lifecycle %v in order", names, lifecycle)
	require.Contains(t, names, "Transfer", "the payouts of the finalizing transaction")

	getJSON(t, base+"/api/jobs/2/timeline", &tl)
	names = names[:0]
	for _, ev := range tl {
		names = append(names, ev.Name)
	}
	require.Equal(t, []string{"JobCreated", "Transfer", "JobCancelled"}, names, "the refund is a transfer out of the StakeManager")

	for path, code := range map[string]int{
		"/api/jobs/999": http.StatusNotFound, "/api/jobs/999/timeline": http.StatusNotFound,
		"/api/jobs/abc": http.StatusBadRequest, "/api/jobs/0/timeline": http.StatusBadRequest,
		"/api/nothing": http.StatusNotFound, "/jobs/999": http.StatusNotFound,
	} {
		got, body := get(t, base+path)
		require.Equal(t, code, got, "GET %s: %s", path, body)
	}

	// The page reloads itself every 5 s by default, and reports bad
	// filters.
	code, body := get(t, base+"/")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, string(body), `<meta http-equiv="refresh" content="5">`)
	code, body = get(t, base+"/?min_tokens=lots")
	require.Equal(t, http.StatusBadRequest, code)
	require.Contains(t, string(body), "min_tokens")
	require.Contains(t, string(body), "with at most 18 decimals")
}

// pageToken returns the token of the second page of order.
func pageToken(t *testing.T, base, order string) string {
	t.Helper()
	var page index.JobPage
	getJSON(t, base+"/api/jobs?limit=1&order="+order, &page)
	require.NotEmpty(t, page.NextPageToken)
	return page.NextPageToken
}

// TestBadFlags: flags that do not go together are refused, naming them.
func TestBadFlags(t *testing.T) {
	for _, c := range []struct {
		args []string
		say  string
	}{
		{[]string{"-rpc", "http://127.0.0.1:1"}, "-manifest"},
		{[]string{"-manifest", "m.json"}, "need -rpc"},
		{[]string{"-demo-interval", "0s"}, "-demo-interval"},
		{[]string{"-rpc", "http://127.0.0.1:1", "-manifest", "m.json", "-demo-jobs", "3"}, "-demo-jobs drive the embedded chain's demo"},
		{[]string{"-no-such-flag"}, "no-such-flag"},
	} {
		code, _, errs := clitest.Run(t, run, c.args...)
		require.Equal(t, 2, code, "%v: %s", c.args, errs)
		require.Contains(t, errs, c.say, "%v", c.args)
	}
}

// TestUnits converts between wei and whole tokens.
func TestUnits(t *testing.T) {
	for _, c := range []struct {
		wei      string
		decimals uint8
		tokens   string
	}{
		{"120000000000000000000", 18, "120"},
		{"12500000000000000000", 18, "12.5"},
		{"1", 18, "0.000000000000000001"},
		{"0", 18, "0"},
		{"123", 0, "123"},
		{"1234567", 6, "1.234567"},
	} {
		n, _ := new(big.Int).SetString(c.wei, 10)
		require.Equal(t, c.tokens, formatUnits(n, c.decimals))
		back, err := parseUnits(c.tokens, c.decimals)
		require.NoError(t, err)
		require.Zero(t, n.Cmp(back), "%s", c.tokens)
	}
	for _, bad := range []string{"1.0000001", "-1", "1e5", "1,5", "0x10"} {
		_, err := parseUnits(bad, 6)
		require.Error(t, err, "%q", bad)
	}
}

// TestNode runs the board for real: on an anvil node with a deployment
// manifest and a PostgreSQL database. It indexes the job posted before
// it started from the manifest's block, follows the chain to the next
// job and its cancellation, and posts nothing itself.
func TestNode(t *testing.T) {
	node := testenv.StartAnvil(t)
	pg := testenv.StartPostgres(t)
	env := agijobstest.New(t, agijobstest.WithRPC(node.URL))
	ctx := context.Background()
	manifest := filepath.Join(t.TempDir(), "latest-deployment.json")
	require.NoError(t, deployment.WriteManifest(manifest, deployment.ManifestOf(env.Deployment(), env.Roles().Owner.Address(), deployment.KindEOA, nil)))
	post := func(title string, reward int64) *big.Int {
		t.Helper()
		now, err := env.Now(ctx)
		require.NoError(t, err)
		spec := agijobstest.SampleSpec()
		spec.Title = title
		res, err := env.Employer(0).PostJob(ctx, escrow.PostJobParams{Spec: spec, Reward: deploy.Ether(reward), Deadline: now.Add(48 * time.Hour)})
		require.NoError(t, err)
		return res.JobID
	}
	before := post("Posted before the board", 100)

	base := startBoard(t, "-rpc", node.URL, "-manifest", manifest, "-db", pg.NewDatabase(t))
	waitJobs := func(want map[int64]escrow.State) []index.Job {
		t.Helper()
		deadline := time.Now().Add(30 * time.Second)
		for {
			var page index.JobPage
			getJSON(t, base+"/api/jobs?order=oldest", &page)
			have := map[int64]escrow.State{}
			for _, j := range page.Jobs {
				have[j.ID.Int64()] = j.State
			}
			if maps.Equal(have, want) {
				return page.Jobs
			}
			if time.Now().After(deadline) {
				t.Fatalf("the index holds %v, not %v, after 30s", have, want)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	jobs := waitJobs(map[int64]escrow.State{before.Int64(): escrow.StateCreated})
	require.Equal(t, env.Employer(0).Address(), jobs[0].Employer)
	require.Empty(t, jobs[0].Category, "without -gateway the specs are not read")

	after := post("Posted while the board runs", 250)
	_, err := env.Employer(0).Cancel(ctx, after)
	require.NoError(t, err)
	waitJobs(map[int64]escrow.State{before.Int64(): escrow.StateCreated, after.Int64(): escrow.StateCancelled})

	code, body := get(t, base+"/")
	require.Equal(t, http.StatusOK, code)
	require.Contains(t, string(body), `<td class="num">250</td>`, "the reward in whole tokens")
}

// TestPagesEscape: what spec documents say (titles, categories) and the
// events' fields reach the pages as text, never as markup.
func TestPagesEscape(t *testing.T) {
	b := newBoard(nil, nil, 0, slog.New(slog.DiscardHandler))
	evil := `<script>alert("x")</script>`
	job := row{Job: index.Job{ID: big.NewInt(7), Title: evil, Category: evil, Employer: common.HexToAddress("0x1")}, Reward: "1"}
	for name, data := range map[string]any{
		"board.html": boardView{States: stateNames, Filter: url.Values{"category": {evil}}, Jobs: []row{job}, Problems: []badParam{{Param: "state", Problem: evil}}},
		"job.html":   jobView{Job: job, Events: []index.Event{{Name: "JobCreated", Contract: "JobRegistry", Fields: map[string]string{"uri": evil}}}},
	} {
		var out strings.Builder
		require.NoError(t, b.pages.ExecuteTemplate(&out, name, data))
		require.NotContains(t, out.String(), "<script>", name)
		require.Contains(t, out.String(), "&lt;script&gt;", name)
	}
}
