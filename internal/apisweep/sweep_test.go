package apisweep_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/internal/apisweep"
)

// entry is one row of the generated table.
type entry struct {
	name string
	fn   any
	// skip is the reason from apisweep.Exclusions, or empty.
	skip string
}

const (
	// callContext is how long the context given to a call lives. A live
	// context (rather than one already cancelled) lets code that checks
	// the context first go on to the code after it; its expiry ends
	// functions that wait.
	callContext = 250 * time.Millisecond
	// callLimit is how long a call may run before it is reported as
	// blocked: it outlived its context by far.
	callLimit = 20 * time.Second
	// workers run calls in parallel, so that calls waiting for their
	// context to expire overlap.
	workers = 8
)

var contextType = reflect.TypeFor[context.Context]()

// outcome is what one call did.
type outcome struct {
	name    string
	variant string
	// panicked is the recovered value, and where the SDK frame closest to
	// the panic is.
	panicked any
	where    string
	blocked  bool
	// err is true when the last result is a non-nil error.
	err bool
}

// TestSweep calls every entry of the generated table with zero arguments
// and fails, listing them all, if any call panics or blocks.
func TestSweep(t *testing.T) {
	// Zero paths ("") resolve against the working directory: keep whatever
	// a call might write out of the source tree.
	t.Chdir(t.TempDir())

	type job struct {
		e        entry
		zeroPtrs bool
	}
	var jobs []job
	skipped := 0
	for _, e := range sweep {
		if e.skip != "" {
			skipped++
			continue
		}
		jobs = append(jobs, job{e: e})
		if hasPointer(reflect.TypeOf(e.fn)) {
			jobs = append(jobs, job{e: e, zeroPtrs: true})
		}
	}

	start := time.Now()
	results := make([]outcome, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				results[i] = run(jobs[i].e, jobs[i].zeroPtrs)
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	var failed []string
	errs := 0
	for _, r := range results {
		switch {
		case r.blocked:
			failed = append(failed, fmt.Sprintf("%s (%s): still running after %s", r.name, r.variant, callLimit))
		case r.panicked != nil:
			failed = append(failed, fmt.Sprintf("%s (%s): panic: %v\n\tat %s", r.name, r.variant, r.panicked, r.where))
		case r.err:
			errs++
		}
	}
	t.Logf("swept %d functions and methods in %d calls (%d returned an error), %d excluded, %d panicked or blocked, in %s",
		len(sweep)-skipped, len(jobs), errs, skipped, len(failed), time.Since(start).Round(time.Millisecond))
	if len(failed) > 0 {
		slices.Sort(failed)
		t.Errorf("%d calls with zero arguments panicked or blocked:\n%s", len(failed), strings.Join(failed, "\n"))
	}
}

// TestTableComplete regenerates the table in memory and compares it with
// the committed file: an exported function added, removed or renamed
// without regenerating fails here.
func TestTableComplete(t *testing.T) {
	got, err := apisweep.Generate("../..")
	require.NoError(t, err)
	want, err := os.ReadFile("sweep_gen_test.go")
	require.NoError(t, err)
	if string(got) != string(want) {
		t.Fatalf("the sweep table is stale: run go generate ./internal/apisweep/...\nlines to add:\n%s\nlines to remove:\n%s",
			strings.Join(missing(got, want), "\n"), strings.Join(missing(want, got), "\n"))
	}
}

// missing returns the lines of a that b lacks.
func missing(a, b []byte) []string {
	have := map[string]bool{}
	for _, l := range strings.Split(string(b), "\n") {
		have[l] = true
	}
	var out []string
	for _, l := range strings.Split(string(a), "\n") {
		if !have[l] {
			out = append(out, l)
		}
	}
	return out
}

// TestTableCoversKnownCases guards the generator itself: it must find
// functions, methods with pointer and value receivers, generic functions
// and methods of generic types, and must leave out the bindings.
func TestTableCoversKnownCases(t *testing.T) {
	names := map[string]bool{}
	for _, e := range sweep {
		names[e.name] = true
	}
	for _, want := range []string{
		"escrow.(*Validator).Reveal",                // pointer receiver
		"escrow.State.String",                       // value receiver
		"chain.Events",                              // generic function
		"contracts/deploy.Deploy",                   // a nested package
		"governance.NewAction",                      // from the issue
		"agijobs.(*Client).Employer",                // the root package
		"contracts/reverts.(*EmptyHashError).Error", // this module's generated code
	} {
		require.True(t, names[want], "the table lacks %s", want)
	}
	for name := range names {
		require.False(t, strings.HasPrefix(name, "contracts/bindings"), name)
		require.NotContains(t, name, "internal", name)
	}
}

// hasPointer reports whether a parameter of the function type t is a
// pointer, so that a second call with pointers to zero values differs from
// the all-nil call.
func hasPointer(t reflect.Type) bool {
	for i := range t.NumIn() {
		if t.In(i).Kind() == reflect.Pointer {
			return true
		}
	}
	return false
}

// run calls e.fn on its own goroutine and waits at most callLimit.
func run(e entry, zeroPtrs bool) outcome {
	variant := "nil pointers"
	if zeroPtrs {
		variant = "pointers to zero values"
	}
	done := make(chan outcome, 1)
	go func() { done <- call(e, variant, zeroPtrs) }()
	select {
	case o := <-done:
		return o
	case <-time.After(callLimit):
		return outcome{name: e.name, variant: variant, blocked: true}
	}
}

// call makes one call with zero arguments, then starts any iterator the
// call returned and closes any io.Closer, recovering a panic from either.
func call(e entry, variant string, zeroPtrs bool) (o outcome) {
	o = outcome{name: e.name, variant: variant}
	ctx, cancel := context.WithTimeout(context.Background(), callContext)
	defer cancel()
	defer func() {
		if p := recover(); p != nil {
			o.panicked = p
			o.where = panicSite()
		}
	}()
	fn := reflect.ValueOf(e.fn)
	t := fn.Type()
	n := t.NumIn()
	if t.IsVariadic() {
		n-- // no variadic arguments: the slice is nil
	}
	args := make([]reflect.Value, n)
	for i := range n {
		switch in := t.In(i); {
		case in == contextType:
			args[i] = reflect.ValueOf(&ctx).Elem()
		case zeroPtrs && in.Kind() == reflect.Pointer:
			args[i] = reflect.New(in.Elem())
		default:
			args[i] = reflect.Zero(in)
		}
	}
	out := fn.Call(args)
	for _, r := range out {
		settle(r)
	}
	if len(out) > 0 {
		last := out[len(out)-1]
		o.err = last.Type() == reflect.TypeFor[error]() && !last.IsNil()
	}
	return o
}

// settle runs what a result holds that would otherwise never run: an
// iterator is ranged over (up to 100 elements), a stop function is called,
// an io.Closer is closed.
func settle(r reflect.Value) {
	switch r.Kind() {
	case reflect.Func:
		if r.IsNil() {
			return
		}
		t := r.Type()
		if isIterator(t) {
			n := 0
			yield := reflect.MakeFunc(t.In(0), func([]reflect.Value) []reflect.Value {
				n++
				return []reflect.Value{reflect.ValueOf(n < 100)}
			})
			r.Call([]reflect.Value{yield})
			return
		}
		if t.NumIn() == 0 && t.NumOut() == 1 && t.Out(0) == reflect.TypeFor[error]() {
			r.Call(nil)
		}
		return
	case reflect.Pointer, reflect.Interface:
		if r.IsNil() {
			return
		}
	}
	if r.CanInterface() {
		if c, ok := r.Interface().(io.Closer); ok {
			_ = c.Close()
		}
	}
}

// isIterator reports whether t is an iter.Seq or iter.Seq2 shape.
func isIterator(t reflect.Type) bool {
	if t.NumIn() != 1 || t.NumOut() != 0 {
		return false
	}
	y := t.In(0)
	return y.Kind() == reflect.Func && y.NumOut() == 1 && y.Out(0).Kind() == reflect.Bool
}

// panicSite returns the innermost frame of the module's code (outside this
// test) on the panicking goroutine's stack, or the innermost frame at all.
func panicSite() string {
	pcs := make([]uintptr, 64)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	first := ""
	for {
		f, more := frames.Next()
		loc := fmt.Sprintf("%s (%s:%d)", f.Function, shortFile(f.File), f.Line)
		if first == "" && !strings.HasPrefix(f.Function, "runtime.") {
			first = loc
		}
		if strings.HasPrefix(f.Function, "github.com/agijobs/agijobs-go") &&
			!strings.Contains(f.Function, "/internal/apisweep") {
			return loc
		}
		if !more {
			return first
		}
	}
}

// moduleDir is the module's root, taken before TestSweep changes the
// working directory.
var moduleDir = func() string {
	d, _ := filepath.Abs("../..")
	return d + string(filepath.Separator)
}()

func shortFile(f string) string {
	if rel, ok := strings.CutPrefix(f, moduleDir); ok {
		return rel
	}
	if i := strings.LastIndex(f, "/pkg/mod/"); i >= 0 {
		return f[i+len("/pkg/mod/"):]
	}
	return f
}
