package agijobs_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/agijobstest"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
)

// TestReadOnlyClientRoles builds the read-only front door (a backend and
// addresses: no signer, no store) and asks it for roles without a signer,
// as the issue did: each is an *input.Error, never a panic, and the roles
// an escrow client hands out for a nil sender fail the same way.
func TestReadOnlyClientRoles(t *testing.T) {
	ctx := context.Background()
	env := agijobstest.New(t, agijobstest.WithAgents(0), agijobstest.WithValidators(0))
	addrs := env.Addresses()
	c, err := agijobs.New(ctx, agijobs.Options{Backend: env.Backend(), Addresses: &addrs})
	require.NoError(t, err)
	t.Cleanup(func() { _ = c.Close() })

	wantInput := func(name string, call func() error) {
		t.Helper()
		var err error
		require.NotPanics(t, func() { err = call() }, name)
		require.ErrorIs(t, err, input.ErrInvalid, name)
	}
	wantInput("Employer(nil)", func() error { _, err := c.Employer(ctx, nil); return err })
	wantInput("Agent(nil)", func() error { _, err := c.Agent(ctx, nil, escrow.Identity{}); return err })
	wantInput("Validator(nil)", func() error { _, err := c.Validator(ctx, nil, escrow.ValidatorOptions{}); return err })
	wantInput("Manager(nil)", func() error { _, err := c.Manager(ctx, nil); return err })

	ec, err := c.Escrow()
	require.NoError(t, err)
	wantInput("escrow Employer(nil).PostJob", func() error {
		_, err := ec.Employer(nil).PostJob(ctx, escrow.PostJobParams{Spec: agijobstest.SampleSpec(), Reward: big.NewInt(1), Deadline: time.Now().Add(time.Hour)})
		return err
	})
	wantInput("escrow Employer(nil).Cancel", func() error { _, err := ec.Employer(nil).Cancel(ctx, big.NewInt(1)); return err })
	wantInput("escrow Agent(nil).Apply", func() error { _, err := ec.Agent(nil, escrow.Identity{}).Apply(ctx, big.NewInt(1)); return err })
	wantInput("Job(nil)", func() error { _, err := ec.Job(ctx, nil); return err })
}

// TestNilClient: every method of a nil *Client returns an *input.Error or
// a zero value, and Close is a no-op.
func TestNilClient(t *testing.T) {
	ctx := context.Background()
	var c *agijobs.Client
	require.NotPanics(t, func() {
		_, err := c.Employer(ctx, nil)
		require.ErrorIs(t, err, input.ErrInvalid)
		_, err = c.Escrow()
		require.ErrorIs(t, err, input.ErrInvalid)
		require.Nil(t, c.ChainID())
		require.Nil(t, c.Backend())
		require.NoError(t, c.Close())
	})
}
