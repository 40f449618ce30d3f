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
// Every step is applied once: contracts already deployed (Options.Resume) are
// not deployed again, and before each configuration phase Deploy reads the
// settings in place (one JSON-RPC batch when the backend exposes its RPC
// client) and sends only the setters whose value differs. A repeated or
// resumed run therefore sends nothing that is already on chain.
//
// Resuming after a crash: Options.Checkpoint is called after every phase
// with the deployment so far; a caller that persists it and passes it back as
// Options.Resume continues where the crashed run stopped, and nothing
// recorded is created or set again. A crash in the middle of a phase loses
// the addresses of the contracts the phase created since the last
// checkpoint (at most one phase's creations): with a Manager that keeps a
// journal (chain.ManagerConfig.JournalDir) a resumed Deploy waits for the
// creations the Manager recovered, still in flight, and takes their
// addresses; the others are created again and the earlier copies stay
// unused. The deployment is complete and consistent either way.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"

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
}

// Address returns the proxy address of module m (zero if unknown).
func (d *Deployment) Address(m Module) common.Address { return d.Proxies[m] }

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
	// Resume continues an earlier, interrupted (or finished) Deploy:
	// contracts whose address it holds (and that have code) are not deployed
	// again, and creations the Manager recovered from its journal are waited
	// for instead of sent again. Settings are never sent twice either way:
	// Deploy reads what is in place and sends only what differs.
	Resume *Deployment
	// Checkpoint, if set, is called after every phase, in order, also for
	// phases that had nothing to send. An error stops Deploy.
	Checkpoint func(Checkpoint) error
}

// ErrNotOwner is wrapped by the error Deploy returns when settings differ
// from Params on modules the deployer no longer owns (governance accepted
// them): such changes go through a governance plan.
var ErrNotOwner = errors.New("deploy: the deployer no longer owns the module")

// Deploy installs the protocol from the account of m, the caller's
// transaction manager (the one Manager of that account), and returns the
// addresses. An error comes with the Deployment of the contracts known so
// far (those of Options.Resume and those created since), for the next
// Options.Resume, except for bad arguments (nil m, Params out of range),
// which come with nil.
func Deploy(ctx context.Context, m *chain.Manager, opts Options) (*Deployment, error) {
	if m == nil {
		return nil, input.New("deploy.Deploy: m", "is nil", "pass the chain.Manager of the deployer's account (chain.NewManager)")
	}
	params := DefaultParams()
	if opts.Params != nil {
		params = *opts.Params
	}
	if err := params.Check(); err != nil {
		return nil, err
	}
	d := &deployer{m: m, backend: m.Backend(), from: m.Address(), opts: opts, params: params}
	out := start(m, opts)
	if err := d.adopt(ctx, out); err != nil {
		return out, err
	}
	// The stake token and every allowed token must report decimals (the
	// JobRegistry records them), and the limits are checked, before anything
	// is sent.
	if out.Token != (common.Address{}) {
		if _, err := TokenDecimals(ctx, d.backend, out.Token); err != nil {
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
	}
	if r := opts.Resume; r != nil {
		out.Token, out.TokenDeployed = r.Token, r.TokenDeployed
		for mod, a := range r.Proxies {
			out.Proxies[mod] = a
		}
		for mod, a := range r.Implementations {
			out.Implementations[mod] = a
		}
	}
	if out.Token == (common.Address{}) {
		out.Token = opts.Token
	}
	return out
}
