package main

import (
	"context"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/testenv"
)

// TestBrowser drives the board in a real headless Chromium: the demo's
// jobs appear in the table, the filter form narrows the rows, the next
// page link pages, and a job's id opens its timeline.
func TestBrowser(t *testing.T) {
	chromium := testenv.Chromium(t)
	start := time.Now()
	// No self-reload: the test reloads when it wants, so that no reload
	// lands in the middle of filling the form.
	base := startBoard(t, "-demo-interval", "50ms", "-demo-jobs", fmt.Sprint(demoJobs), "-refresh", "0")

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromium), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	// Every wait below is bounded by this, so a failure cannot hang.
	ctx, cancel := context.WithTimeout(bctx, 90*time.Second)
	defer cancel()
	do := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		require.NoError(t, chromedp.Do(ctx, actions...), what)
	}
	// navigate runs actions that lead to another page (a click, a form
	// submission) and requires that page to load with status 200.
	navigate := func(what string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		res, err := chromedp.RunResponse(ctx, actions...)
		require.NoError(t, err, what)
		require.NotNil(t, res, "%s: no navigation", what)
		require.Equal(t, int64(http.StatusOK), res.Status, what)
	}
	// rows returns the table's rows as the text of their cells.
	rows := func() [][]string {
		t.Helper()
		out, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`Array.from(document.querySelectorAll("#jobs tbody tr"))
			.filter(r => r.querySelector("a"))
			.map(r => Array.from(r.cells).map(c => c.textContent.trim()))`))
		require.NoError(t, err, "read the table")
		return out
	}
	column := func(rs [][]string, i int) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r[i])
		}
		return out
	}

	// The jobs appear as the demo posts them and the index follows the
	// chain: reload until the table shows every job in its final state.
	do("open the board", chromedp.Navigate(base+"/"))
	want := []string{"8", "7", "6", "5", "4", "3", "2", "1"}
	var table [][]string
	for {
		table = rows()
		settled := len(table) == demoJobs
		for _, r := range table {
			var id int64
			fmt.Sscan(r[0], &id)
			settled = settled && r[3] == finalStates[id].String()
		}
		if settled {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("the table did not show the demo's jobs in their final states: %v", table)
		case <-time.After(200 * time.Millisecond):
		}
		do("reload", chromedp.Reload())
	}
	t.Logf("the table showed every job settled %v after the start", time.Since(start).Round(time.Millisecond))
	require.Equal(t, want, column(table, 0), "newest first")
	require.Equal(t, []string{"1", "Label 2,000 street photos", "data-labelling", "Finalized", "120"}, table[7][:5])
	require.Regexp(t, `^0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}$`, table[7][5], "employer")
	require.Regexp(t, `^0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}$`, table[7][6], "agent")
	require.Equal(t, "-", table[5][6], "job 3 has no agent")
	require.Regexp(t, `^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC$`, table[7][7], "created")

	// The form's state filter narrows the rows to the cancelled jobs,
	// and the form keeps the filter; a category narrows them further.
	do("choose Cancelled", chromedp.SetValue(chromedp.CSS(`select[name="state"]`), "Cancelled"))
	navigate("filter by state", chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	table = rows()
	require.Equal(t, []string{"8", "2"}, column(table, 0))
	require.Equal(t, []string{"Cancelled", "Cancelled"}, column(table, 3))
	selected, err := chromedp.Run(ctx, chromedp.Value(chromedp.CSS(`select[name="state"]`)))
	require.NoError(t, err)
	require.Equal(t, "Cancelled", selected)
	location, err := chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	require.Contains(t, location, "state=Cancelled")
	do("type a category", chromedp.SendKeys(chromedp.CSS(`input[name="category"]`), "Software"))
	navigate("filter by category", chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	require.Equal(t, [][]string{{"8", "Review a smart contract for reentrancy", "software", "Cancelled"}}, firstCells(rows(), 4))

	// A minimum reward in tokens, in reward order.
	do("clear the filters", chromedp.Navigate(base+"/"))
	do("fill the form", chromedp.SendKeys(chromedp.CSS(`input[name="min_tokens"]`), "150"),
		chromedp.SetValue(chromedp.CSS(`select[name="order"]`), "reward"))
	navigate("filter by reward", chromedp.Click(chromedp.CSS(`button[type="submit"]`)))
	table = rows()
	require.Equal(t, []string{"8", "4", "3", "7"}, column(table, 0))
	require.Equal(t, []string{"500", "350", "200", "150"}, column(table, 4))

	// The next page link continues the listing.
	do("open a page of 3", chromedp.Navigate(base+"/?limit=3"))
	require.Equal(t, []string{"8", "7", "6"}, column(rows(), 0))
	navigate("next page", chromedp.Click(chromedp.ID("next")))
	require.Equal(t, []string{"5", "4", "3"}, column(rows(), 0))
	navigate("next page", chromedp.Click(chromedp.ID("next")))
	require.Equal(t, []string{"2", "1"}, column(rows(), 0))
	links, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelectorAll("#next").length`))
	require.NoError(t, err)
	require.Zero(t, links, "the last page has no next page")

	// A job's id opens its page and timeline.
	do("back to the board", chromedp.Navigate(base+"/"))
	navigate("open job 1", chromedp.Click(chromedp.CSS(`#jobs a[href="/jobs/1"]`)))
	location, err = chromedp.Run(ctx, chromedp.Location())
	require.NoError(t, err)
	require.Equal(t, base+"/jobs/1", location)
	heading, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS("h1")))
	require.NoError(t, err)
	events, err := chromedp.Run(ctx, chromedp.Evaluate[[][]string](`Array.from(document.querySelectorAll("#timeline tbody tr"))
		.map(r => Array.from(r.cells).map(c => c.textContent.trim()))`))
	require.NoError(t, err)
	require.Equal(t, "Job 1: Label 2,000 street photos", heading)
	require.NotEmpty(t, events)
	require.Equal(t, "JobRegistry.JobCreated", events[0][2])
	require.Regexp(t, `^\d+$`, events[0][0], "block")
	require.Regexp(t, `^0x[0-9a-f]{64}$`, events[0][1], "tx hash")
	require.Contains(t, events[0][3], "employer", "the event's fields")
	var names []string
	for _, e := range events {
		names = append(names, e[2])
	}
	require.Contains(t, names, "JobRegistry.JobFinalized", "timeline %v", names)
	t.Logf("browser test done %v after the start", time.Since(start).Round(time.Millisecond))
}

// firstCells cuts every row to its first n cells.
func firstCells(rows [][]string, n int) [][]string {
	out := make([][]string, len(rows))
	for i, r := range rows {
		out[i] = r[:min(n, len(r))]
	}
	return out
}
