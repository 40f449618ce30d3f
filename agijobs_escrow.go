package agijobs

import (
	"context"

	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// EscrowAddresses returns the contracts the escrow package talks to.
func (a Addresses) EscrowAddresses() escrow.Addresses {
	return escrow.Addresses{
		Token: a.Token, JobRegistry: a.JobRegistry, StakeManager: a.StakeManager,
		ValidationModule: a.ValidationModule, IdentityRegistry: a.IdentityRegistry,
	}
}

// Escrow returns the job lifecycle client of the protocol, keeping job
// specs and results in store (nil allows reads and the calls that need no
// documents). Role clients come from it: Employer, Agent and Validator,
// each sending through a transaction manager such as Sender() or
// Embedded.Manager.
func (c *Client) Escrow(ctx context.Context, store storage.Store) (*escrow.Client, error) {
	return escrow.New(ctx, escrow.Config{
		Backend: c.backend, Addresses: c.addrs.EscrowAddresses(), Store: store, ChainID: c.ChainID(), Logger: c.log,
	})
}
