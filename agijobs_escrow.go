package agijobs

import (
	"context"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
)

// EscrowAddresses returns the contracts the escrow package talks to.
func (a Addresses) EscrowAddresses() escrow.Addresses {
	return escrow.Addresses{
		Token: a.Token, JobRegistry: a.JobRegistry, StakeManager: a.StakeManager,
		ValidationModule: a.ValidationModule, IdentityRegistry: a.IdentityRegistry,
	}
}

// errNoProtocol is the error of the role clients of a client built
// without addresses.
func errNoProtocol() error {
	return input.New("agijobs.Options.Addresses", "not set: the client knows no protocol", "pass the protocol's addresses (or agijobs.Config.ManifestPath to Dial)")
}

// Escrow returns the job lifecycle client of the protocol: the reads
// (jobs, rounds, stakes, parameters), the events and waiters, and the
// builders of every role's transactions, with the client's store for job
// documents. It fails only for a client built without addresses.
func (c *Client) Escrow() (*escrow.Client, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	if c.escrow == nil {
		return nil, errNoProtocol()
	}
	return c.escrow, nil
}

// Employer returns the employer client of s, sending through the
// transaction manager of s (Manager): it posts, cancels, finalizes and
// disputes jobs.
func (c *Client) Employer(ctx context.Context, s chain.Signer) (*escrow.Employer, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	ec, m, err := c.role(ctx, s)
	if err != nil {
		return nil, err
	}
	return ec.Employer(m), nil
}

// Agent returns the agent client of s with its identity (label and
// proof), sending through the transaction manager of s: it stakes,
// applies, submits and disputes.
func (c *Client) Agent(ctx context.Context, s chain.Signer, id escrow.Identity) (*escrow.Agent, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	ec, m, err := c.role(ctx, s)
	if err != nil {
		return nil, err
	}
	return ec.Agent(m, id), nil
}

// Validator returns the validator client of s, sending through the
// transaction manager of s: it stakes, draws committees, commits, reveals
// and tallies. opts.Votes is required (escrow.NewFileVoteStore in
// production).
func (c *Client) Validator(ctx context.Context, s chain.Signer, opts escrow.ValidatorOptions) (*escrow.Validator, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("agijobs.Client", "agijobs.New or agijobs.Dial")
	}
	ec, m, err := c.role(ctx, s)
	if err != nil {
		return nil, err
	}
	return ec.Validator(m, opts)
}

func (c *Client) role(ctx context.Context, s chain.Signer) (*escrow.Client, *chain.Manager, error) {
	ec, err := c.Escrow()
	if err != nil {
		return nil, nil, err
	}
	m, err := c.Manager(ctx, s)
	if err != nil {
		return nil, nil, err
	}
	return ec, m, nil
}
