package agijobstest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// Roles are the accounts of a fixture. Every one holds ETH and AGIALPHA;
// the agents and validators are allowlisted and staked, and the
// validators form the committee pool.
type Roles struct {
	// Owner deployed the protocol and owns every module and the token.
	Owner chain.Signer
	// Employers post jobs.
	Employers []chain.Signer
	// Agents take jobs.
	Agents []chain.Signer
	// Validators vote on results.
	Validators []chain.Signer
}

// Env is the deployed protocol on a chain with ready role clients. Make
// one with New (tests) or Start (programs). Its methods other than Close
// are safe for concurrent use.
type Env struct {
	backend    chain.Backend
	chainID    *big.Int
	embedded   *chain.Embedded // nil on a node
	node       *chain.Conn     // nil on the embedded chain
	clock      Clock
	poll       time.Duration
	roles      Roles
	deployment *deploy.Deployment
	client     *agijobs.Client
	escrow     *escrow.Client
	store      storage.Store
	owner      *chain.Manager
	employers  []*escrow.Employer
	agents     []*escrow.Agent
	validators []*escrow.Validator
	closers    []func() error
}

// New starts the fixture for a test and closes it when the test ends
// (t.Cleanup). A setup failure fails the test at once (t.Fatal).
func New(t testing.TB, opts ...Option) *Env {
	t.Helper()
	e, err := Start(context.Background(), opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := e.Close(); err != nil {
			t.Errorf("agijobstest: close: %v", err)
		}
	})
	return e
}

// Start is New for programs without a testing.TB, such as examples: it
// returns setup failures, and the caller must Close the Env.
func Start(ctx context.Context, opts ...Option) (*Env, error) {
	s, err := newSettings(opts)
	if err != nil {
		return nil, fmt.Errorf("agijobstest: %w", err)
	}
	e := &Env{}
	if err := e.start(ctx, s); err != nil {
		return nil, errors.Join(fmt.Errorf("agijobstest: %w", err), e.Close())
	}
	return e, nil
}

// Close stops the transaction managers, closes the store the fixture made
// and the chain (or the connection to the node). It is safe to call twice.
func (e *Env) Close() error {
	if e == nil {
		return nil
	}
	var errs []error
	for i := len(e.closers) - 1; i >= 0; i-- {
		errs = append(errs, e.closers[i]())
	}
	e.closers = nil
	return errors.Join(errs...)
}

// Client returns the front door of the deployment: the backend, the
// addresses, the store and one transaction manager per signer.
func (e *Env) Client() *agijobs.Client {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.client
}

// Escrow returns the job lifecycle client (reads, events, waiters).
func (e *Env) Escrow() *escrow.Client {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.escrow
}

// Store returns the store of job documents.
func (e *Env) Store() storage.Store {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.store
}

// Backend returns the chain backend.
func (e *Env) Backend() chain.Backend {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.backend
}

// ChainID returns the chain id: 1337 on the embedded chain.
func (e *Env) ChainID() *big.Int {
	if e == nil || e.backend == nil {
		return nil
	}
	return new(big.Int).Set(e.chainID)
}

// Chain returns the embedded chain, for what Mine and AdvanceTime do not
// cover (forks for reorg tests, Rollback); nil on a node.
func (e *Env) Chain() *chain.Embedded {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.embedded
}

// Addresses returns the protocol's addresses.
func (e *Env) Addresses() agijobs.Addresses {
	if e == nil || e.backend == nil {
		return agijobs.Addresses{}
	}
	return e.client.Addresses()
}

// Deployment returns what the deployer installed: proxies,
// implementations, the token, the owner and the deployment block.
func (e *Env) Deployment() *deploy.Deployment {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.deployment
}

// Roles returns the accounts of every role.
func (e *Env) Roles() Roles {
	if e == nil || e.backend == nil {
		return Roles{}
	}
	return e.roles
}

// Owner returns the transaction manager of the protocol's owner, which
// sends governance calls.
func (e *Env) Owner() *chain.Manager {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.owner
}

// Manager returns the transaction manager of s: the same one the role
// clients of s send through (one per account).
func (e *Env) Manager(ctx context.Context, s chain.Signer) (*chain.Manager, error) {
	if e == nil || e.backend == nil {
		return nil, input.Unbuilt("agijobstest.Env", "agijobstest.Start or agijobstest.New")
	}
	return e.client.Manager(ctx, s)
}

// Employer returns the client of employer i. It panics if i is out of
// range, like a slice index.
func (e *Env) Employer(i int) *escrow.Employer {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.employers[i]
}

// Agent returns the client of agent i, staked and allowlisted, with the
// identity label "agent<i>". It panics if i is out of range.
func (e *Env) Agent(i int) *escrow.Agent {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.agents[i]
}

// Validator returns the client of validator i, staked, allowlisted and in
// the committee pool, with the label "validator<i>" and its votes kept in
// memory. It panics if i is out of range.
func (e *Env) Validator(i int) *escrow.Validator {
	if e == nil || e.backend == nil {
		return nil
	}
	return e.validators[i]
}

// Employers returns the clients of every employer.
func (e *Env) Employers() []*escrow.Employer {
	if e == nil || e.backend == nil {
		return nil
	}
	return append([]*escrow.Employer(nil), e.employers...)
}

// Agents returns the clients of every agent.
func (e *Env) Agents() []*escrow.Agent {
	if e == nil || e.backend == nil {
		return nil
	}
	return append([]*escrow.Agent(nil), e.agents...)
}

// Validators returns the clients of every validator.
func (e *Env) Validators() []*escrow.Validator {
	if e == nil || e.backend == nil {
		return nil
	}
	return append([]*escrow.Validator(nil), e.validators...)
}
