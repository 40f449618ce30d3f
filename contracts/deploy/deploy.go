// Package deploy installs the whole AGI Jobs protocol on a chain: every module
// implementation behind an ERC-1967 proxy, initialised, wired to its peers,
// the token allowlist and the economic parameters applied, the SystemPause
// made every module's pauser, and ownership offered to governance.
//
// Deploy is a planner and an executor over the caller's chain.Manager, the
// SDK's one way of sending: it plans each phase as a list of
// chain.TxCandidate (To nil for a contract creation), sends the phase with
// Manager.SendBatch without waiting for one receipt before the next, and
// waits for all of them with chain.WaitAll. The Manager prices, signs, bumps
// stuck transactions, journals them when configured and turns reverts into
// typed errors; the addresses of new contracts come from the receipts. A
// deployment therefore takes one round trip of block time per phase that has
// something to send, not one per transaction.
//
// Every step is applied once, also across crashes, kills and lost
// responses. A contract creation is recorded before it is broadcast: the
// Manager tells its nonce (chain.TxCandidate.OnNonce), which fixes the
// address the contract will have, crypto.CreateAddress(deployer, nonce),
// and Options.Sending persists it. A resumed run (Options.Resume) first
// waits until none of the deployer's transactions is in flight, then looks
// for every recorded creation on chain: code at its address means it was
// mined and is kept; no code means it never took effect and it is created
// again. A read that fails, once the connection's transport has retried
// it under its retry policy (chain.DialOptions.Retry), ends the run with
// an error, never taken for "no code". Before each configuration phase Deploy reads the settings in
// place (one JSON-RPC batch when the backend exposes its RPC client) and
// sends only the setters whose value differs, so a resumed or repeated
// run sends nothing that is already on chain.
//
// Resuming after a crash: Options.Sending is called before every creation
// and Options.Checkpoint after every phase, each with what to persist; a
// caller that persists both and passes the result back as Options.Resume
// continues where the crashed run stopped, and nothing is created or set
// twice. With a Manager that keeps a journal (chain.ManagerConfig.JournalDir)
// a resumed Deploy also waits for the creations the Manager recovered, and
// takes their addresses even if the crashed run could not persist them. A
// Deployment whose contracts have no code on the chain (a record
// from another chain, or from a node that was reset) is refused with a
// *NoCodeError.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/input"
)

// Module names a protocol module; it is also the contract name of its
// implementation and the key of the deployment manifest.
type Module string

// The protocol modules, in deployment order.
const (
	StakeManager     Module = "StakeManager"
	JobRegistry      Module = "JobRegistry"
	ValidationModule Module = "ValidationModule"
	IdentityRegistry Module = "IdentityRegistry"
	ReputationEngine Module = "ReputationEngine"
	DisputeModule    Module = "DisputeModule"
	FeePool          Module = "FeePool"
	CertificateNFT   Module = "CertificateNFT"
	SystemPause      Module = "SystemPause"
)

// Modules lists every module in deployment order.
var Modules = []Module{
	StakeManager, JobRegistry, ValidationModule, IdentityRegistry, ReputationEngine,
	DisputeModule, FeePool, CertificateNFT, SystemPause,
}

// Deployment is the result of Deploy: the token and, for every module, its
// proxy (the address everybody uses) and its current implementation.
type Deployment struct {
	ChainID *big.Int
	// Token is the stake and default escrow token (AGIALPHA).
	Token common.Address
	// TokenDeployed reports whether Deploy deployed Token as the dev token.
	TokenDeployed bool
	// Proxies maps each module to its proxy address.
	Proxies map[Module]common.Address
	// Implementations maps each module to its implementation address.
	Implementations map[Module]common.Address
	// Owner is the account that owns every module when Deploy returns. When
	// Options.Governance differs from the deployer, ownership has been offered
	// to it (Ownable2Step) and it must call acceptOwnership on every module.
	Owner common.Address
	// PendingOwner is the governance address that still has to accept
	// ownership, or zero.
	PendingOwner common.Address
	// Block is the number of the block holding the last deployment transaction.
	Block uint64
	// Sent are the creations handed to the Manager whose contracts have not
	// been seen on chain yet, by contract name (see Creation). A resumed
	// Deploy looks for each at its address before creating anything.
	Sent map[string]Creation
}

// Creation is a contract creation Deploy is sending: the address its
// contract gets once mined, fixed by the deployer's nonce.
type Creation struct {
	// Contract names the contract: TokenContract, or what
	// ImplementationContract or ProxyContract return.
	Contract string
	// Address is crypto.CreateAddress(deployer, Nonce).
	Address common.Address
	// Nonce is the deployer's nonce that the creation takes.
	Nonce uint64
}

// TokenContract names the dev token among the contracts of a deployment.
const TokenContract = "Token"

// ImplementationContract names the implementation of module m among the
// contracts of a deployment ("JobRegistry.implementation").
func ImplementationContract(m Module) string { return string(m) + ".implementation" }

// ProxyContract names the proxy of module m among the contracts of a
// deployment ("JobRegistry.proxy").
func ProxyContract(m Module) string { return string(m) + ".proxy" }

// Address returns the proxy address of module m (zero if unknown).
func (d *Deployment) Address(m Module) common.Address {
	if d == nil {
		return common.Address{}
	}
	return d.Proxies[m]
}

// Contracts returns every contract the deployment created and saw on
// chain, by name (TokenContract, ImplementationContract, ProxyContract);
// the stake token is included only when the deployment created it.
func (d *Deployment) Contracts() map[string]common.Address {
	if d == nil {
		return nil
	}
	out := map[string]common.Address{}
	if d.TokenDeployed && d.Token != (common.Address{}) {
		out[TokenContract] = d.Token
	}
	for _, m := range Modules {
		if a := d.Implementations[m]; a != (common.Address{}) {
			out[ImplementationContract(m)] = a
		}
		if a := d.Proxies[m]; a != (common.Address{}) {
			out[ProxyContract(m)] = a
		}
	}
	return out
}

// SetContract records that the contract named name (see Contracts) lives
// at a, and reports whether name is one a deployment creates.
func (d *Deployment) SetContract(name string, a common.Address) bool {
	if d == nil {
		return false
	}
	if d.Proxies == nil {
		d.Proxies = map[Module]common.Address{}
	}
	if d.Implementations == nil {
		d.Implementations = map[Module]common.Address{}
	}
	if name == TokenContract {
		d.Token, d.TokenDeployed = a, true
		return true
	}
	for _, m := range Modules {
		switch name {
		case ImplementationContract(m):
			d.Implementations[m] = a
			return true
		case ProxyContract(m):
			d.Proxies[m] = a
			return true
		}
	}
	return false
}

// clone returns a copy the caller may keep while Deploy goes on.
func (d *Deployment) clone() *Deployment {
	c := *d
	if d.ChainID != nil {
		c.ChainID = new(big.Int).Set(d.ChainID)
	}
	c.Proxies = make(map[Module]common.Address, len(d.Proxies))
	for m, a := range d.Proxies {
		c.Proxies[m] = a
	}
	c.Implementations = make(map[Module]common.Address, len(d.Implementations))
	for m, a := range d.Implementations {
		c.Implementations[m] = a
	}
	c.Sent = make(map[string]Creation, len(d.Sent))
	for n, cr := range d.Sent {
		c.Sent[n] = cr
	}
	return &c
}

// Phase is one step of Deploy: transactions sent together and waited for
// together. Phases are ordered so that no transaction depends on another of
// the same phase, since every gas estimate sees only the mined state.
type Phase string

// The phases of a deployment, in order.
const (
	// PhaseImplementations creates the dev token (unless Options.Token is
	// given) and every module implementation.
	PhaseImplementations Phase = "implementations"
	// PhaseProxies creates one ERC-1967 proxy per module, initialised by its
	// constructor with the deployer as owner.
	PhaseProxies Phase = "proxies"
	// PhaseConfigure points every module at its peers, lets SystemPause
	// pause them, gives SystemPause its module list, applies Params and the
	// default token's limits.
	PhaseConfigure Phase = "configure"
	// PhaseTokens allowlists the extra escrow tokens, each of which records
	// its decimals and default limits and takes a FeePool slot (so the
	// FeePool must be wired first).
	PhaseTokens Phase = "tokens"
	// PhaseTokenLimits sets the reward limits and stake fraction of the
	// extra escrow tokens (which must be allowlisted first).
	PhaseTokenLimits Phase = "token limits"
	// PhaseOwnership offers every module and the dev token to
	// Options.Governance.
	PhaseOwnership Phase = "ownership"
)

// Phases lists the phases in the order Deploy runs them.
var Phases = []Phase{PhaseImplementations, PhaseProxies, PhaseConfigure, PhaseTokens, PhaseTokenLimits, PhaseOwnership}

// Checkpoint reports a finished phase: every transaction it sent is mined.
type Checkpoint struct {
	Phase Phase
	// Steps name the transactions the phase sent, in order ("JobRegistry
	// proxy", "JobRegistry.setFeePct"); none when everything was in place.
	Steps []string
	// Deployment is the deployment so far, a copy the callee may keep:
	// persist it and pass it as Options.Resume to continue after a crash.
	Deployment *Deployment
}

// Options configure Deploy.
type Options struct {
	// Token is the existing stake token. Zero deploys the dev AGIALPHAToken,
	// owned by the deployer, which may then mint.
	Token common.Address
	// AllowedTokens are extra escrow tokens. Nil applies the entries of the
	// committed contracts/tokens/allowlist.json for the chain being deployed
	// to, with their reward limits; an empty non-nil slice applies none.
	// Each is allowlisted (JobRegistry.setTokenAllowed, which reads its
	// decimals and reserves its FeePool slot) and then configured
	// (JobRegistry.setTokenConfig) with Params.TokenLimits.
	AllowedTokens []common.Address
	// Params are applied with the wiring; nil means DefaultParams.
	Params *Params
	// Governance, when non-zero and different from the deployer, is offered
	// ownership of every module (and of the dev token) at the end.
	Governance common.Address
	// Resume continues an earlier, interrupted (or finished) Deploy. Deploy
	// first waits until no transaction of the deployer is in flight (those
	// the Manager recovered from its journal included), then keeps every
	// recorded creation whose address holds code and creates again those
	// that never took effect. Every contract Resume names as created must
	// have code: one that has none means the record is from another chain,
	// and Deploy fails with a *NoCodeError. Settings are never sent twice
	// either way: Deploy reads what is in place and sends only what
	// differs.
	Resume *Deployment
	// Sending, if set, is called before every contract creation is handed
	// to the node, with the address its contract will have. Persist it
	// (Deployment.Sent holds the same) so that a run killed at any point
	// after it finds the contract instead of creating it again. An error
	// stops Deploy before the creation is sent.
	Sending func(Creation) error
	// Checkpoint, if set, is called after every phase, in order, also for
	// phases that had nothing to send. An error stops Deploy.
	Checkpoint func(Checkpoint) error
	// SettleTimeout bounds how long a resumed Deploy waits for the
	// deployer's transactions in flight to be mined before it reads what is
	// in place; 0 means 5 minutes.
	SettleTimeout time.Duration
	// Logger receives progress messages; nil is silent.
	Logger *slog.Logger
}

// ErrNotOwner is wrapped by the error Deploy returns when settings differ
// from Params on modules the deployer no longer owns (governance accepted
// them): such changes go through a governance plan.
var ErrNotOwner = errors.New("deploy: the deployer no longer owns the module")

// Deploy installs the protocol from the account of m, the caller's
// transaction manager (the one Manager of that account), and returns the
// addresses. An error comes with the Deployment of the contracts known so
// far (those of Options.Resume and those created since, and in
// Deployment.Sent the creations sent and not seen yet), for the next
// Options.Resume, except for bad arguments (nil m, Params out of range),
// which come with nil.
func Deploy(ctx context.Context, m *chain.Manager, opts Options) (*Deployment, error) {
	if m == nil || m.Backend() == nil {
		return nil, input.New("deploy.Deploy: m", "is nil or a zero Manager", "pass the chain.Manager of the deployer's account (chain.NewManager)")
	}
	params := DefaultParams()
	if opts.Params != nil {
		params = *opts.Params
	}
	if err := params.Check(); err != nil {
		return nil, err
	}
	d := &deployer{m: m, backend: m.Backend(), from: m.Address(), opts: opts, params: params, log: opts.Logger}
	if d.log == nil {
		d.log = slog.New(slog.DiscardHandler)
	}
	out := start(m, opts)
	if opts.Resume != nil {
		if err := d.resume(ctx, out); err != nil {
			return out, err
		}
	}
	// The stake token and every allowed token must report decimals (the
	// JobRegistry records them), and the limits are checked, before anything
	// is sent.
	if out.Token != (common.Address{}) {
		if _, err := d.decimals(ctx, out.Token); err != nil {
			return out, fmt.Errorf("deploy: the stake token %s: %w; JobRegistry.initialize would revert (TokenDecimalsUnavailable): give an ERC-20 with decimals", out.Token.Hex(), err)
		}
	}
	tokens, err := tokenPlans(ctx, d.backend, opts, params, out.ChainID, out.Token)
	if err != nil {
		return out, err
	}
	d.tokens = tokens
	for _, ph := range Phases {
		steps, err := d.plan(ctx, ph, out)
		if err != nil {
			return out, err
		}
		if err := d.run(ctx, ph, steps, out); err != nil {
			return out, err
		}
	}
	if gov := opts.Governance; gov != (common.Address{}) && gov != d.from {
		if d.accepted {
			out.Owner = gov
		} else {
			out.PendingOwner = gov
		}
	}
	return out, nil
}

// start returns the deployment Deploy builds on: the chain and owner of m,
// the addresses of Options.Resume and the stake token of Options.Token.
func start(m *chain.Manager, opts Options) *Deployment {
	out := &Deployment{
		ChainID:         m.ChainID(),
		Proxies:         map[Module]common.Address{},
		Implementations: map[Module]common.Address{},
		Owner:           m.Address(),
		Sent:            map[string]Creation{},
	}
	if r := opts.Resume; r != nil {
		out.Token, out.TokenDeployed, out.Block = r.Token, r.TokenDeployed, r.Block
		for mod, a := range r.Proxies {
			if a != (common.Address{}) {
				out.Proxies[mod] = a
			}
		}
		for mod, a := range r.Implementations {
			if a != (common.Address{}) {
				out.Implementations[mod] = a
			}
		}
		for n, c := range r.Sent {
			out.Sent[n] = c
		}
	}
	if out.Token == (common.Address{}) {
		out.Token = opts.Token
	}
	return out
}
