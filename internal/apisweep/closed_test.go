package apisweep_test

import (
	"context"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/index"
	"github.com/agijobs/agijobs-go/storage"
)

// TestSweepClosed calls every exported method of the SDK's clients after
// they were closed, with zero arguments: the whole fixture (chain, store,
// transaction managers, front door, role clients) once its Env is
// closed, and a closed index database. Each call may fail, never panic.
func TestSweepClosed(t *testing.T) {
	t.Chdir(t.TempDir())
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	env, err := agijobstest.Start(ctx, agijobstest.WithAgents(1), agijobstest.WithValidators(1))
	require.NoError(t, err)
	db, err := index.Open(ctx, "closed.db")
	require.NoError(t, err)
	mem := storage.NewMemory()
	// Keep what the Env hands out before closing it.
	owner, _ := env.Manager(ctx, env.Roles().Owner)
	receivers := []any{env, env.Client(), env.Escrow(), env.Employer(0), env.Agent(0), env.Validator(0),
		owner, env.Chain(), env.Store(), db, mem}
	require.NoError(t, env.Close())
	require.NoError(t, db.Close())
	require.NoError(t, mem.Close())

	var failed []string
	calls := 0
	for _, r := range receivers {
		v := reflect.ValueOf(r)
		for i := range v.NumMethod() {
			m := v.Type().Method(i)
			calls++
			o := call(entry{name: fmt.Sprintf("%T.%s", r, m.Name), fn: v.Method(i).Interface()}, "closed receiver", false)
			if o.panicked != nil {
				failed = append(failed, fmt.Sprintf("%s: panic: %v\n\tat %s", o.name, o.panicked, o.where))
			}
		}
	}
	t.Logf("called %d methods of %d closed clients", calls, len(receivers))
	if len(failed) > 0 {
		slices.Sort(failed)
		t.Errorf("%d methods of closed clients panicked:\n%s", len(failed), strings.Join(failed, "\n"))
	}
}
