// Package input is the one error type the SDK returns for bad input: a
// config field, a call parameter or a document field that was rejected
// before anything was sent or written. Every package of the SDK reports
// its invalid fields as *Error values, several at once as Errors, so a
// caller branches the same way everywhere:
//
//	var fe *input.Error
//	if errors.As(err, &fe) {
//		fmt.Println(fe.Field, fe.Problem, fe.Fix)
//	}
//	if errors.Is(err, input.ErrInvalid) { ... }
package input

import (
	"errors"
	"fmt"
	"strings"
)

// ErrInvalid is matched by every *Error and every non-empty Errors.
var ErrInvalid = errors.New("invalid input")

// Error is one rejected field.
type Error struct {
	// Field names the input by its path as the caller wrote it, e.g.
	// "escrow.Config.Backend", "Reward" or "spec.title".
	Field string
	// Problem says what is wrong, in a few words.
	Problem string
	// Fix says what to do instead; it may be empty when the problem says
	// it all.
	Fix string
	// Err is an underlying cause, if any.
	Err error
}

// New returns an *Error for field.
func New(field, problem, fix string) *Error {
	return &Error{Field: field, Problem: problem, Fix: fix}
}

// Error reads "field: problem; fix".
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	b.WriteString(e.Field)
	b.WriteString(": ")
	b.WriteString(e.Problem)
	if e.Fix != "" {
		b.WriteString("; ")
		b.WriteString(e.Fix)
	}
	return b.String()
}

// Unwrap returns ErrInvalid and the underlying cause.
func (e *Error) Unwrap() []error {
	if e == nil {
		return nil
	}
	if e.Err == nil {
		return []error{ErrInvalid}
	}
	return []error{ErrInvalid, e.Err}
}

// Unbuilt returns the *Error for a method called on a nil or zero value of
// a type that only its constructor makes usable: what names the type
// ("escrow.Client"), build the call that makes one ("escrow.New").
func Unbuilt(what, build string) *Error {
	return &Error{Field: what, Problem: "is nil or a zero value", Fix: "build it with " + build}
}

// Errors is several rejected fields, reported at once.
type Errors []*Error

// Add appends a rejected field.
//
// Add on a nil *Errors does nothing: there is no list to add to.
func (es *Errors) Add(field, problem, fix string) {
	if es == nil {
		return
	}
	*es = append(*es, New(field, problem, fix))
}

// Err returns es as an error, or nil when it is empty, so a check can end
// with "return errs.Err()".
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// Error lists the fields, one per line after the first.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no invalid input"
	case 1:
		return es[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d invalid inputs:", len(es))
	for _, e := range es {
		b.WriteString("\n  ")
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the individual errors, so errors.As finds the first
// *Error and errors.Is finds ErrInvalid.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// All returns every *Error in err's tree, in order: the fields of Errors,
// of errors joined with errors.Join and of wrapped errors. A caller that
// reports bad input field by field (a form, an API response) ranges over
// it; nil when err names no field.
func All(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case nil:
		case *Error:
			out = append(out, e)
		case interface{ Unwrap() []error }:
			for _, inner := range e.Unwrap() {
				walk(inner)
			}
		case interface{ Unwrap() error }:
			walk(e.Unwrap())
		}
	}
	walk(err)
	return out
}
