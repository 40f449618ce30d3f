package agijobstest

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	agijobs "github.com/agijobs/agijobs-go"
	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/escrow"
	"github.com/agijobs/agijobs-go/storage"
)

// start runs the setup steps in order; Start closes what they opened when
// one fails.
func (e *Env) start(ctx context.Context, s *settings) error {
	if err := e.openChain(ctx, s); err != nil {
		return err
	}
	owner, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: e.backend, Signer: e.roles.Owner, ChainID: e.chainID, PollInterval: e.poll, Logger: s.logger})
	if err != nil {
		return fmt.Errorf("start the owner's transaction manager: %w", err)
	}
	e.closers = append(e.closers, owner.Close)
	e.owner = owner
	d, err := deployProtocol(ctx, owner, s.params)
	if err != nil {
		return fmt.Errorf("deploy the protocol: %w", err)
	}
	e.deployment = d
	if err := e.connect(ctx, s); err != nil {
		return err
	}
	if err := e.fund(ctx, s); err != nil {
		return fmt.Errorf("fund the role accounts: %w", err)
	}
	return e.makeRoles(ctx, s)
}

// deployProtocol deploys the protocol through the owner's Manager: the
// fixture's one call of contracts/deploy. The same Manager then serves the
// Client, so the owner's nonces have one keeper.
func deployProtocol(ctx context.Context, owner *chain.Manager, p deploy.Params) (*deploy.Deployment, error) {
	return deploy.Deploy(ctx, owner, deploy.Options{Params: &p})
}

// openChain starts the embedded chain, or dials the node of WithRPC, and
// assigns the role accounts.
func (e *Env) openChain(ctx context.Context, s *settings) error {
	n := s.accounts()
	signers := make([]chain.Signer, n)
	if s.rpcURL == "" {
		ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Accounts: n, BlockInterval: s.blockInterval})
		if err != nil {
			return err
		}
		e.closers = append(e.closers, ch.Close)
		e.embedded, e.backend, e.chainID, e.clock, e.poll = ch, ch.Backend(), ch.ChainID(), embeddedClock{ch}, 5*time.Millisecond
		for i, a := range ch.Accounts() {
			signers[i] = a
		}
	} else {
		conn, err := chain.Dial(ctx, s.rpcURL, chain.DialOptions{Logger: s.logger})
		if err != nil {
			return err
		}
		e.closers = append(e.closers, func() error { conn.Close(); return nil })
		id, err := conn.ChainID(ctx)
		if err != nil {
			return err
		}
		e.node, e.backend, e.chainID, e.clock, e.poll = conn, conn, id, NodeClock(conn.RPC()), 20*time.Millisecond
		for i := range signers {
			if i < len(s.rpcSigners) {
				signers[i] = s.rpcSigners[i]
			} else {
				signers[i] = chain.DevSigner(i)
			}
		}
	}
	nE, nA := s.employers, s.agents
	e.roles = Roles{Owner: signers[0], Employers: signers[1 : 1+nE], Agents: signers[1+nE : 1+nE+nA], Validators: signers[1+nE+nA:]}
	return nil
}

// connect builds the Client of the deployment, with a Manager for every
// role account and the store.
func (e *Env) connect(ctx context.Context, s *settings) error {
	e.store = s.store
	if e.store == nil {
		mem := storage.NewMemory()
		e.store = mem
		e.closers = append(e.closers, mem.Close)
	}
	addrs := agijobs.AddressesOf(e.deployment)
	signers := append([]chain.Signer{}, e.roles.Employers...)
	signers = append(append(signers, e.roles.Agents...), e.roles.Validators...)
	c, err := agijobs.New(ctx, agijobs.Options{
		Backend: e.backend, Addresses: &addrs, Signers: signers, Managers: []*chain.Manager{e.owner}, Store: e.store, Logger: s.logger,
		ManagerConfig: chain.ManagerConfig{PollInterval: e.poll},
	})
	if err != nil {
		return err
	}
	e.closers = append(e.closers, c.Close)
	e.client = c
	e.escrow, err = c.Escrow()
	return err
}

// fund sends the owner's setup calls in one batch: ETH to the node
// accounts that hold none, AGIALPHA to every role account, the agents and
// validators onto the allowlists, and the validators as the committee
// pool.
func (e *Env) fund(ctx context.Context, s *settings) error {
	addrs := e.client.Addresses()
	tok, idr := agialphatoken.NewAGIALPHAToken(), identityregistry.NewIdentityRegistry()
	var cs []chain.TxCandidate
	add := func(to common.Address, data []byte, gas uint64, label string) {
		cs = append(cs, chain.TxCandidate{To: &to, Data: data, GasLimit: gas, Label: label})
	}
	for _, g := range [][]chain.Signer{e.roles.Employers, e.roles.Agents, e.roles.Validators} {
		for _, a := range g {
			if err := e.fundETH(ctx, a.Address(), &cs); err != nil {
				return err
			}
			add(addrs.Token, tok.PackMint(a.Address(), s.tokens), 100_000, "mint AGIALPHA")
		}
	}
	for _, a := range e.roles.Agents {
		add(addrs.IdentityRegistry, idr.PackAddAdditionalAgent(a.Address()), 150_000, "allowlist agent")
	}
	pool := make([]common.Address, 0, len(e.roles.Validators))
	for _, v := range e.roles.Validators {
		add(addrs.IdentityRegistry, idr.PackAddAdditionalValidator(v.Address()), 150_000, "allowlist validator")
		pool = append(pool, v.Address())
	}
	vm := validationmodule.NewValidationModule()
	add(addrs.ValidationModule, vm.PackSetValidatorPool(pool), 100_000+30_000*uint64(len(pool)), "set validator pool")
	ps, err := e.owner.SendBatch(ctx, cs)
	if err == nil {
		_, err = chain.WaitAll(ctx, ps)
	}
	return err
}

// fundETH adds a transfer of 10 ETH to a when it holds none (node
// accounts beyond the node's own dev accounts).
func (e *Env) fundETH(ctx context.Context, a common.Address, cs *[]chain.TxCandidate) error {
	if e.node == nil {
		return nil
	}
	bal, err := e.node.BalanceAt(ctx, a, nil)
	if err != nil || bal.Sign() > 0 {
		return err
	}
	*cs = append(*cs, chain.TxCandidate{To: &a, Value: deploy.Ether(10), GasLimit: 21_000, Label: "fund ETH"})
	return nil
}

// makeRoles builds the role clients and stakes the agents and validators.
func (e *Env) makeRoles(ctx context.Context, s *settings) error {
	for _, a := range e.roles.Employers {
		emp, err := e.client.Employer(ctx, a)
		if err != nil {
			return err
		}
		e.employers = append(e.employers, emp)
	}
	for i, a := range e.roles.Agents {
		ag, err := e.client.Agent(ctx, a, escrow.Identity{Subdomain: fmt.Sprintf("agent%d", i)})
		if err != nil {
			return err
		}
		if s.agentStake.Sign() > 0 {
			if _, err := ag.Stake(ctx, s.agentStake); err != nil {
				return fmt.Errorf("stake agent %d: %w", i, err)
			}
		}
		e.agents = append(e.agents, ag)
	}
	for i, a := range e.roles.Validators {
		v, err := e.client.Validator(ctx, a, escrow.ValidatorOptions{
			Identity: escrow.Identity{Subdomain: fmt.Sprintf("validator%d", i)}, Votes: &escrow.MemoryVoteStore{},
		})
		if err != nil {
			return err
		}
		if s.validatorStake.Sign() > 0 {
			if _, err := v.Stake(ctx, s.validatorStake); err != nil {
				return fmt.Errorf("stake validator %d: %w", i, err)
			}
		}
		e.validators = append(e.validators, v)
	}
	return nil
}
