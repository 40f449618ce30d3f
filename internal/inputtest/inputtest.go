// Package inputtest checks, in tests, which fields an input error names.
package inputtest

import (
	"errors"
	"strings"
	"testing"

	"github.com/agijobs/agijobs-go/input"
)

// Problems returns each field err names with its problems and fixes,
// joined, for assertions on the wording.
func Problems(err error) map[string]string {
	got := map[string]string{}
	for _, f := range input.All(err) {
		got[f.Field] += f.Problem + "; " + f.Fix + " | "
	}
	return got
}

// Require fails t unless err is bad input (errors.Is input.ErrInvalid)
// that names every field of want with a problem or fix containing
// want[field].
func Require(t testing.TB, err error, want map[string]string) {
	t.Helper()
	if !errors.Is(err, input.ErrInvalid) {
		t.Fatalf("err = %v, want input errors", err)
	}
	got := Problems(err)
	for field, frag := range want {
		if !strings.Contains(got[field], frag) {
			t.Errorf("%s: got %q, want a problem containing %q", field, got[field], frag)
		}
	}
	if t.Failed() {
		t.Log(err)
	}
}
