package escrow_test

import (
	"context"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"math/big"
	"testing"
	"time"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/wait"
)

func TestWaitAndFinalize(t *testing.T) {
	en := newEnv(t)
	ctx := context.Background()

	t.Run("approved", func(t *testing.T) {
		id := en.submitted()
		go func() { _ = en.Validate(ctx, id, true) }()
		res, err := en.employer.WaitAndFinalize(ctx, id, time.Minute)
		if err != nil || res.Receipt == nil || res.Job.State != escrow.StateFinalized || !res.Job.Success {
			t.Fatalf("%+v %v", res, err)
		}
		// Once finalized, it returns at once with nothing sent.
		again, err := en.employer.WaitAndFinalize(ctx, id, time.Second)
		if err != nil || again.Receipt != nil || again.Job.State != escrow.StateFinalized {
			t.Fatalf("again: %+v %v", again, err)
		}
	})
	t.Run("rejected", func(t *testing.T) {
		id := en.submitted()
		if err := en.Validate(ctx, id, false); err != nil {
			t.Fatal(err)
		}
		res, err := en.employer.WaitAndFinalize(ctx, id, time.Minute)
		if !errors.Is(err, escrow.ErrJobDisputed) || res == nil || res.Job.State != escrow.StateDisputed || res.Receipt != nil {
			t.Fatalf("want ErrJobDisputed with the Disputed job, got %+v %v", res, err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		id := en.post(deploy.Ether(12)).JobID
		if _, err := en.employer.Cancel(ctx, id); err != nil {
			t.Fatal(err)
		}
		res, err := en.employer.WaitAndFinalize(ctx, id, time.Minute)
		var ended *escrow.JobEndedError
		if !errors.Is(err, escrow.ErrJobEnded) || !errors.As(err, &ended) || res.Job.State != escrow.StateCancelled {
			t.Fatalf("want ErrJobEnded, got %+v %v", res, err)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		id := en.post(deploy.Ether(13)).JobID
		res, err := en.employer.WaitAndFinalize(ctx, id, 150*time.Millisecond)
		var te *wait.TimeoutError
		if !errors.As(err, &te) || res.Job.State != escrow.StateCreated {
			t.Fatalf("want a *wait.TimeoutError with the Created job, got %+v %v", res, err)
		}
	})
	t.Run("bad input", func(t *testing.T) {
		id := en.post(deploy.Ether(14)).JobID
		for _, tc := range []struct {
			field string
			err   error
		}{
			{"id", errOnly(en.employer.WaitAndFinalize(ctx, nil, time.Second))},
			{"id", errOnly(en.employer.WaitAndFinalize(ctx, big.NewInt(0), time.Second))},
			{"maxWait", errOnly(en.employer.WaitAndFinalize(ctx, id, 0))},
			{"Sender", errOnly(en.c.Employer(en.mgrOf(en.agent.Address())).WaitAndFinalize(ctx, id, time.Second))},
		} {
			var ie *input.Error
			if !errors.As(tc.err, &ie) || ie.Field != tc.field {
				t.Errorf("want an input error on %s, got %v", tc.field, tc.err)
			}
		}
	})
}

// TestWaitAndFinalizeExampleIsShort keeps the example of posting a job and
// seeing it through on the fixture within 15 statements, not counting
// the error checks (`if err != nil { ... }`).
func TestWaitAndFinalizeExampleIsShort(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "example_test.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range f.Decls {
		fn, ok := d.(*ast.FuncDecl)
		if !ok || fn.Name.Name != "ExampleEmployer_WaitAndFinalize" {
			continue
		}
		n := countStatements(fn.Body.List)
		t.Logf("%s: %d statements, error checks not counted", fn.Name.Name, n)
		if n > 15 {
			t.Fatalf("%s has %d statements; the target is at most 15", fn.Name.Name, n)
		}
		return
	}
	t.Fatal("ExampleEmployer_WaitAndFinalize not found")
}

// countStatements counts the statements of a function body, descending
// into blocks, but not the error checks.
func countStatements(list []ast.Stmt) int {
	n := 0
	for _, s := range list {
		if is, ok := s.(*ast.IfStmt); ok && isErrCheck(is) {
			continue
		}
		n++
		switch s := s.(type) {
		case *ast.IfStmt:
			n += countStatements(s.Body.List)
		case *ast.ForStmt:
			n += countStatements(s.Body.List)
		case *ast.RangeStmt:
			n += countStatements(s.Body.List)
		case *ast.BlockStmt:
			n += countStatements(s.List)
		}
	}
	return n
}

func isErrCheck(s *ast.IfStmt) bool {
	b, ok := s.Cond.(*ast.BinaryExpr)
	if !ok || s.Init != nil || s.Else != nil || b.Op != token.NEQ {
		return false
	}
	x, ok1 := b.X.(*ast.Ident)
	y, ok2 := b.Y.(*ast.Ident)
	return ok1 && ok2 && x.Name == "err" && y.Name == "nil"
}
