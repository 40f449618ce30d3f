package doctor

import (
	"bytes"
	"fmt"
	"text/tabwriter"
)

// Status is the outcome of one check.
type Status string

// The check outcomes.
const (
	Pass Status = "pass"
	Warn Status = "warn"
	Fail Status = "fail"
)

// Check is one finding of Run or Health.
type Check struct {
	// ID names the check, e.g. "owner.JobRegistry".
	ID     string `json:"id"`
	Status Status `json:"status"`
	// Details says what was found.
	Details string `json:"details"`
	// Fix says what to do, for warnings and failures.
	Fix string `json:"fix,omitempty"`
}

// Summary counts checks by status.
type Summary struct {
	Pass int `json:"pass"`
	Warn int `json:"warn"`
	Fail int `json:"fail"`
}

// Report is the result of Run or Health; it marshals to
// {"summary":{"pass","warn","fail"},"checks":[{"id","status","details","fix"}]}.
type Report struct {
	Summary Summary `json:"summary"`
	Checks  []Check `json:"checks"`
}

func (r *Report) add(id string, s Status, details, fix string) {
	if s == Pass {
		fix = ""
	}
	r.Checks = append(r.Checks, Check{ID: id, Status: s, Details: details, Fix: fix})
	switch s {
	case Pass:
		r.Summary.Pass++
	case Warn:
		r.Summary.Warn++
	case Fail:
		r.Summary.Fail++
	}
}

// ExitCode returns 1 when a check failed (or, with strict, warned), or
// when r is nil, else 0.
func (r *Report) ExitCode(strict bool) int {
	if r == nil {
		return 1 // no report is no evidence of health
	}
	if r.Summary.Fail > 0 || strict && r.Summary.Warn > 0 {
		return 1
	}
	return 0
}

// Text renders the report for people: one line per check, the fix under
// each warning or failure, and the summary.
func (r *Report) Text() string {
	if r == nil {
		return ""
	}
	var b bytes.Buffer
	w := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	for _, c := range r.Checks {
		mark := map[Status]string{Pass: "ok  ", Warn: "WARN", Fail: "FAIL"}[c.Status]
		fmt.Fprintf(w, "%s\t%s\t%s\n", mark, c.ID, c.Details)
		if c.Fix != "" {
			fmt.Fprintf(w, "\t\tfix: %s\n", c.Fix)
		}
	}
	w.Flush()
	fmt.Fprintf(&b, "%d passed, %d warnings, %d failed\n", r.Summary.Pass, r.Summary.Warn, r.Summary.Fail)
	return b.String()
}
