// Package deploy installs the whole AGI Jobs protocol on a chain: every module
// implementation behind an ERC-1967 proxy, initialised, wired to its peers,
// the token allowlist and the economic parameters applied, the SystemPause
// made every module's pauser, and ownership offered to governance.
//
// Deploy works against any backend that mines the transactions it is sent
// (go-ethereum's simulated backend wrapped to commit, the chain package's
// embedded chain, anvil, or a real node). It sends the transactions of each
// phase without waiting for one receipt before the next, then waits for all of
// them, so a deployment takes four round trips of block time, not one per
// transaction.
//
// Every step is applied once: contracts already deployed (Options.Resume) are
// not deployed again, and before the configure and ownership phases Deploy
// reads the settings in place (one JSON-RPC batch when the backend exposes its
// RPC client) and sends only the setters whose value differs. A repeated or
// resumed run therefore sends nothing that is already on chain.
package deploy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/certificatenft"
	"github.com/agijobs/agijobs-go/contracts/bindings/disputemodule"
	"github.com/agijobs/agijobs-go/contracts/bindings/feepool"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/systempause"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
	"github.com/agijobs/agijobs-go/internal/units"
)

// Backend is what Deploy needs from a chain connection.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

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

// Params are the economic and safety parameters applied at deployment. The
// zero value is not meaningful: start from DefaultParams.
type Params struct {
	FeePct                uint64        // protocol fee, % of the reward, paid on top of it
	ValidatorRewardPct    uint64        // % of the reward shared by the validators who voted with the tally
	JobStake              *big.Int      // floor of the agent stake locked per job (wei of the stake token)
	MinAgentStake         *big.Int      // agent stake needed to apply (wei)
	MaxJobReward          *big.Int      // largest reward a job in the default token may escrow (wei)
	JobDurationLimit      time.Duration // longest time from creation to deadline
	ExpirationGracePeriod time.Duration // wait after a deadline (timeout) or completion (anyone finalizes)
	MaxActiveJobsPerAgent uint64        // 0 = unlimited
	UnbondingPeriod       time.Duration // wait between requestWithdraw and finalizeWithdraw
	CommitWindow          time.Duration
	RevealWindow          time.Duration
	ValidatorsPerJob      uint64 // committee size, 1..16 (production >= 3)
	ApprovalThreshold     uint64 // % of reveals that must approve
	ValidatorSlashingPct  uint64 // % of stake slashed from a non-revealing or minority validator
	RevealQuorumPct       uint64 // % of the committee that must reveal
	RevealQuorumMin       uint64 // minimum number of reveals
	MinValidatorStake     *big.Int
	BurnPct               uint64 // % of every fee set aside for burning (FeePool.burn)

	// MinJobReward is the smallest reward a job in the default token may
	// escrow (wei): the dust floor. It must pay every committee seat
	// (SeatPay above zero); the contract's default is one whole token.
	MinJobReward *big.Int
	// JobStakeBps is the agent job stake per reward in basis points (500 =
	// 5%) of the reward scaled to 18 decimals: a job locks
	// max(JobStake, reward * JobStakeBps / 10000) of the agent's stake. It
	// applies to the default token and to every allowed token whose
	// TokenLimits give no StakeBps; 0..10000 (DefaultStakeBps = 500).
	JobStakeBps uint64
	// TokenLimits are the reward limits and stake fraction of allowed
	// escrow tokens other than the default one, by token address. Each field
	// set overrides the token's contracts/tokens/allowlist.json entry (when
	// the committed allowlist is applied); what neither sets takes the
	// contract defaults (a floor of one whole token, no ceiling) and
	// JobStakeBps. Every key must be an allowed token.
	TokenLimits map[common.Address]TokenLimits
}

// TokenLimits are the limits of one escrow token, applied with
// JobRegistry.setTokenConfig right after JobRegistry.setTokenAllowed.
// Amounts are decimal strings of whole tokens ("1", "0.5"), converted with
// the decimals the token reports on chain.
type TokenLimits struct {
	// MinReward is the smallest reward a job in the token may escrow; ""
	// means one whole token (the contract default). It must pay every
	// committee seat.
	MinReward string
	// MaxReward is the largest reward; "" means no limit (MaxReward
	// smallest units).
	MaxReward string
	// StakeBps is the agent job stake per reward in basis points; nil
	// means Params.JobStakeBps.
	StakeBps *uint64
}

// DefaultParams returns the parameters of a development deployment.
func DefaultParams() Params {
	return Params{
		FeePct:                5,
		ValidatorRewardPct:    10,
		JobStake:              Ether(10),
		MinAgentStake:         Ether(10),
		MaxJobReward:          Ether(1_000_000),
		JobDurationLimit:      30 * 24 * time.Hour,
		ExpirationGracePeriod: 24 * time.Hour,
		MaxActiveJobsPerAgent: 10,
		UnbondingPeriod:       7 * 24 * time.Hour,
		CommitWindow:          time.Hour,
		RevealWindow:          time.Hour,
		ValidatorsPerJob:      3,
		ApprovalThreshold:     51,
		ValidatorSlashingPct:  10,
		RevealQuorumPct:       50,
		RevealQuorumMin:       1,
		MinValidatorStake:     Ether(100),
		BurnPct:               10,
		MinJobReward:          Ether(1),
		JobStakeBps:           DefaultStakeBps,
	}
}

// Ether returns n tokens of 18 decimals in wei.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
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
	// Params are applied after wiring; the zero value means DefaultParams.
	Params *Params
	// Governance, when non-zero and different from the deployer, is offered
	// ownership of every module (and of the dev token) at the end.
	Governance common.Address
	// Resume continues an earlier, interrupted (or finished) Deploy:
	// contracts whose address it holds (and that have code) are not deployed
	// again. Settings are never sent twice either way: Deploy reads what is
	// in place and sends only what differs.
	Resume *Deployment
	// Progress, if set, is called as each phase sends and completes.
	Progress func(Event)
	// PollInterval is how often receipts are polled; zero means 50ms.
	PollInterval time.Duration
}

// Event reports progress of Deploy.
type Event struct {
	Phase string // "implementations", "proxies", "configure", "ownership"
	Step  string // what was sent, e.g. "JobRegistry proxy"
	Done  bool   // true when the phase's transactions are all mined
	Sent  int    // transactions sent so far in the phase
}

// ErrReverted is wrapped by the error Deploy returns when a deployment
// transaction was mined but failed.
var ErrReverted = errors.New("deploy: transaction reverted")

// Deploy installs the protocol with the account of auth and returns the
// addresses. auth.Context is ignored in favour of ctx; auth.Nonce must be nil
// (Deploy assigns nonces itself so that it can pipeline).
func Deploy(ctx context.Context, backend Backend, auth *bind.TransactOpts, opts Options) (*Deployment, error) {
	if auth == nil || auth.Signer == nil {
		return nil, errors.New("deploy: auth with a Signer is required; build one with bind.NewKeyedTransactor")
	}
	if auth.Nonce != nil {
		return nil, errors.New("deploy: auth.Nonce must be nil; Deploy assigns nonces itself")
	}
	params := DefaultParams()
	if opts.Params != nil {
		params = *opts.Params
	}
	if err := params.Check(); err != nil {
		return nil, err
	}
	chainID, err := backend.(interface {
		ChainID(context.Context) (*big.Int, error)
	}).ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading chain id: %w", err)
	}
	nonce, err := backend.PendingNonceAt(ctx, auth.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading nonce of %s: %w", auth.From, err)
	}
	d := &deployer{ctx: ctx, backend: backend, auth: *auth, nonce: nonce, opts: opts, poll: opts.PollInterval}
	d.auth.Context = ctx
	if d.poll == 0 {
		d.poll = 50 * time.Millisecond
	}
	out := &Deployment{
		ChainID:         chainID,
		Proxies:         map[Module]common.Address{},
		Implementations: map[Module]common.Address{},
		Owner:           auth.From,
	}
	if r := opts.Resume; r != nil {
		out.Token, out.TokenDeployed = r.Token, r.TokenDeployed
		for m, a := range r.Proxies {
			out.Proxies[m] = a
		}
		for m, a := range r.Implementations {
			out.Implementations[m] = a
		}
	}
	stakeToken := out.Token
	if stakeToken == (common.Address{}) {
		stakeToken = opts.Token
	}
	// The stake token and every allowed token must report decimals (the
	// JobRegistry records them), and the limits are checked, before anything
	// is sent.
	if stakeToken != (common.Address{}) {
		if _, err := TokenDecimals(ctx, backend, stakeToken); err != nil {
			return nil, fmt.Errorf("deploy: the stake token %s: %w; JobRegistry.initialize would revert (TokenDecimalsUnavailable): give an ERC-20 with decimals", stakeToken.Hex(), err)
		}
	}
	tokens, err := d.tokenPlans(params, chainID, stakeToken)
	if err != nil {
		return nil, err
	}
	if err := d.implementations(out); err != nil {
		return out, err
	}
	if err := d.proxies(out); err != nil {
		return out, err
	}
	if err := d.configure(out, params, tokens); err != nil {
		return out, err
	}
	if err := d.ownership(out); err != nil {
		return out, err
	}
	out.Block = d.lastBlock
	return out, nil
}

// Check reports the first parameter outside the range the contracts accept,
// or a reward floor that would pay a committee seat nothing. Per-token
// limits are checked by Deploy, which reads each token's decimals.
func (p Params) Check() error {
	pct := map[string]uint64{
		"FeePct": p.FeePct, "ValidatorRewardPct": p.ValidatorRewardPct, "ValidatorSlashingPct": p.ValidatorSlashingPct,
		"RevealQuorumPct": p.RevealQuorumPct, "BurnPct": p.BurnPct,
	}
	for _, name := range []string{"FeePct", "ValidatorRewardPct", "ValidatorSlashingPct", "RevealQuorumPct", "BurnPct"} {
		if pct[name] > 100 {
			return fmt.Errorf("deploy: Params.%s = %d is above 100; give a percentage 0..100", name, pct[name])
		}
	}
	switch {
	case p.ApprovalThreshold < 1 || p.ApprovalThreshold > 100:
		return fmt.Errorf("deploy: Params.ApprovalThreshold = %d; give a percentage 1..100", p.ApprovalThreshold)
	case p.ValidatorsPerJob < 1 || p.ValidatorsPerJob > 16:
		return fmt.Errorf("deploy: Params.ValidatorsPerJob = %d; give 1..16 (3 or more in production)", p.ValidatorsPerJob)
	case p.RevealQuorumMin > 16:
		return fmt.Errorf("deploy: Params.RevealQuorumMin = %d; give 0..16", p.RevealQuorumMin)
	case p.CommitWindow < time.Minute || p.RevealWindow < time.Minute:
		return errors.New("deploy: Params.CommitWindow and RevealWindow must each be at least one minute")
	case p.CommitWindow > 30*24*time.Hour || p.RevealWindow > 30*24*time.Hour:
		return errors.New("deploy: Params.CommitWindow and RevealWindow must each be at most 30 days")
	case p.JobDurationLimit <= 0:
		return errors.New("deploy: Params.JobDurationLimit must be positive, e.g. 720h")
	case p.JobStakeBps > 10_000:
		return fmt.Errorf("deploy: Params.JobStakeBps = %d is above 10000 (100%%); give basis points 0..10000 (default %d)", p.JobStakeBps, DefaultStakeBps)
	}
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"JobStake", p.JobStake}, {"MinAgentStake", p.MinAgentStake}, {"MaxJobReward", p.MaxJobReward}, {"MinValidatorStake", p.MinValidatorStake}, {"MinJobReward", p.MinJobReward}} {
		if f.v == nil || f.v.Sign() < 0 {
			return fmt.Errorf("deploy: Params.%s must be set and not negative (wei)", f.name)
		}
	}
	if p.JobStake.BitLen() > 96 {
		return errors.New("deploy: Params.JobStake does not fit in uint96")
	}
	if p.MaxJobReward.Cmp(MaxReward) > 0 {
		return fmt.Errorf("deploy: Params.MaxJobReward is above 2^104-1 wei (about 2e13 tokens), the most JobRegistry stores; lower it")
	}
	return checkLimits("Params.MinJobReward", "Params.MaxJobReward", p.MinJobReward, p.MaxJobReward, 18, p)
}

// checkLimits checks one token's reward range against the contract's rules
// and the committee seat pay at the floor; names are the fields reported.
func checkLimits(minName, maxName string, minR, maxR *big.Int, decimals uint8, p Params) error {
	switch {
	case minR.Sign() == 0:
		return fmt.Errorf("deploy: %s is 0; JobRegistry refuses a zero reward floor (InvalidTokenConfig): give at least one smallest unit, e.g. one whole token", minName)
	case minR.Cmp(maxR) > 0:
		return fmt.Errorf("deploy: %s (%s) is above %s (%s); lower the floor or raise the ceiling",
			minName, units.Format(minR, decimals), maxName, units.Format(maxR, decimals))
	}
	if SeatPay(minR, p.ValidatorRewardPct, p.ValidatorsPerJob).Sign() == 0 {
		need := MinRewardForSeatPay(p.ValidatorRewardPct, p.ValidatorsPerJob)
		if need == nil {
			return fmt.Errorf("deploy: Params.ValidatorRewardPct is 0: no job pays its committee, yet a member who skips a vote is slashed; give 1..100")
		}
		return fmt.Errorf("deploy: %s = %s pays each of the %d committee seats 0 at %d%% validator reward; raise it to at least %s",
			minName, units.Format(minR, decimals), p.ValidatorsPerJob, p.ValidatorRewardPct, units.Format(need, decimals))
	}
	return nil
}

// tokenPlan is one allowed escrow token and the config Deploy gives it.
type tokenPlan struct {
	token              common.Address
	decimals           uint8
	min, max, stakeBps *big.Int
}

// tokenPlans resolves the allowed tokens and their limits: Params.TokenLimits
// first, then the committed allowlist entry, then the contract defaults. It
// reads every token's decimals before anything is sent.
func (d *deployer) tokenPlans(p Params, chainID *big.Int, stakeToken common.Address) ([]tokenPlan, error) {
	type source struct {
		token  common.Address
		limits TokenLimits
		from   string
	}
	var list []source
	if d.opts.AllowedTokens == nil {
		for _, e := range contracts.DefaultAllowlistEntries(chainID) {
			list = append(list, source{e.Address, TokenLimits{MinReward: e.MinReward, MaxReward: e.MaxReward, StakeBps: e.StakeBps},
				fmt.Sprintf("contracts/tokens/allowlist.json entry %s (chain %d)", e.Symbol, e.ChainID)})
		}
	} else {
		for _, t := range d.opts.AllowedTokens {
			list = append(list, source{token: t})
		}
	}
	listed := map[common.Address]bool{}
	uniq := list[:0]
	for _, s := range list {
		if !listed[s.token] {
			uniq = append(uniq, s)
		}
		listed[s.token] = true
	}
	list = uniq
	for t := range p.TokenLimits {
		switch {
		case t == stakeToken:
			return nil, fmt.Errorf("deploy: Params.TokenLimits[%s] is the default token; set its limits with MinJobReward, MaxJobReward and JobStakeBps", t.Hex())
		case !listed[t]:
			return nil, fmt.Errorf("deploy: Params.TokenLimits[%s] names a token that is not allowed; add it to Options.AllowedTokens or drop the entry", t.Hex())
		}
	}
	var out []tokenPlan
	for _, s := range list {
		if s.token == stakeToken || s.token == (common.Address{}) {
			continue // always allowed, configured by MinJobReward/MaxJobReward/JobStakeBps
		}
		name := fmt.Sprintf("Params.TokenLimits[%s]", s.token.Hex())
		// Params.TokenLimits fields override the allowlist entry's, one by one.
		lim := s.limits
		if over, ok := p.TokenLimits[s.token]; ok {
			if over.MinReward != "" {
				lim.MinReward = over.MinReward
			}
			if over.MaxReward != "" {
				lim.MaxReward = over.MaxReward
			}
			if over.StakeBps != nil {
				lim.StakeBps = over.StakeBps
			}
		} else if s.from != "" {
			name = s.from
		}
		dec, err := TokenDecimals(d.ctx, d.backend, s.token)
		if err != nil {
			return nil, fmt.Errorf("deploy: allowed token %s: %w; JobRegistry cannot allowlist it (TokenDecimalsUnavailable): remove it from the allowed tokens", s.token.Hex(), err)
		}
		tp := tokenPlan{token: s.token, decimals: dec, max: new(big.Int).Set(MaxReward), stakeBps: new(big.Int).SetUint64(p.JobStakeBps)}
		tp.min = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)
		if lim.MinReward != "" {
			if tp.min, err = units.Parse(lim.MinReward, dec); err != nil {
				return nil, fmt.Errorf("deploy: %s.MinReward: %w", name, err)
			}
		}
		if lim.MaxReward != "" {
			if tp.max, err = units.Parse(lim.MaxReward, dec); err != nil {
				return nil, fmt.Errorf("deploy: %s.MaxReward: %w", name, err)
			}
			if tp.max.Cmp(MaxReward) > 0 {
				return nil, fmt.Errorf("deploy: %s.MaxReward %s is above the %s tokens JobRegistry stores; lower it or leave it empty (no limit)", name, lim.MaxReward, units.Format(MaxReward, dec))
			}
		}
		if lim.StakeBps != nil {
			if *lim.StakeBps > 10_000 {
				return nil, fmt.Errorf("deploy: %s.StakeBps = %d is above 10000 (100%%); give basis points 0..10000", name, *lim.StakeBps)
			}
			tp.stakeBps.SetUint64(*lim.StakeBps)
		}
		if err := checkLimits(name+".MinReward", name+".MaxReward", tp.min, tp.max, dec, p); err != nil {
			return nil, err
		}
		out = append(out, tp)
	}
	return out, nil
}

type deployer struct {
	ctx       context.Context
	backend   Backend
	auth      bind.TransactOpts
	nonce     uint64
	opts      Options
	poll      time.Duration
	pending   []pendingTx
	phase     string
	lastBlock uint64
}

type pendingTx struct {
	step string
	tx   *types.Transaction
}

func (d *deployer) opts1() *bind.TransactOpts {
	o := d.auth
	o.Nonce = new(big.Int).SetUint64(d.nonce)
	d.nonce++
	return &o
}

func (d *deployer) progress(step string, done bool) {
	if d.opts.Progress != nil {
		d.opts.Progress(Event{Phase: d.phase, Step: step, Done: done, Sent: len(d.pending)})
	}
}

func (d *deployer) create(step string, bin string, input []byte) (common.Address, error) {
	addr, tx, err := bind.DeployContract(d.opts1(), common.FromHex(bin), d.backend, input)
	if err != nil {
		d.nonce-- // not sent
		return common.Address{}, fmt.Errorf("deploy: %s: %w", step, err)
	}
	d.pending = append(d.pending, pendingTx{step, tx})
	d.progress(step, false)
	return addr, nil
}

func (d *deployer) call(step string, to common.Address, data []byte) error {
	c := bind.NewBoundContract(to, emptyABI, d.backend, d.backend, d.backend)
	tx, err := c.RawTransact(d.opts1(), data)
	if err != nil {
		d.nonce--
		return fmt.Errorf("deploy: %s: %w", step, err)
	}
	d.pending = append(d.pending, pendingTx{step, tx})
	d.progress(step, false)
	return nil
}

// wait waits for every pending transaction and fails on the first revert.
func (d *deployer) wait() error {
	defer func() { d.pending = d.pending[:0] }()
	for _, p := range d.pending {
		r, err := WaitReceipt(d.ctx, d.backend, p.tx.Hash(), d.poll)
		if err != nil {
			return fmt.Errorf("deploy: waiting for %s (tx %s): %w", p.step, p.tx.Hash(), err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%w: %s (tx %s, block %d)", ErrReverted, p.step, p.tx.Hash(), r.BlockNumber)
		}
		if r.BlockNumber != nil && r.BlockNumber.Uint64() > d.lastBlock {
			d.lastBlock = r.BlockNumber.Uint64()
		}
	}
	d.progress("", true)
	return nil
}

// WaitReceipt polls for the receipt of hash every interval until it exists or
// ctx ends. Unlike bind.WaitMined it polls at the given pace (bind polls once
// a second) and returns reverted receipts as they are, for the caller to judge.
func WaitReceipt(ctx context.Context, b bind.DeployBackend, hash common.Hash, interval time.Duration) (*types.Receipt, error) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		r, err := b.TransactionReceipt(ctx, hash)
		if err == nil && r != nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func (d *deployer) hasCode(a common.Address) bool {
	if a == (common.Address{}) {
		return false
	}
	code, err := d.backend.CodeAt(d.ctx, a, nil)
	return err == nil && len(code) > 0
}

var implementationBin = map[Module]string{
	StakeManager:     stakemanager.StakeManagerMetaData.Bin,
	JobRegistry:      jobregistry.JobRegistryMetaData.Bin,
	ValidationModule: validationmodule.ValidationModuleMetaData.Bin,
	IdentityRegistry: identityregistry.IdentityRegistryMetaData.Bin,
	ReputationEngine: reputationengine.ReputationEngineMetaData.Bin,
	DisputeModule:    disputemodule.DisputeModuleMetaData.Bin,
	FeePool:          feepool.FeePoolMetaData.Bin,
	CertificateNFT:   certificatenft.CertificateNFTMetaData.Bin,
	SystemPause:      systempause.SystemPauseMetaData.Bin,
}

func (d *deployer) implementations(out *Deployment) error {
	d.phase = "implementations"
	if out.Token == (common.Address{}) {
		if d.opts.Token != (common.Address{}) {
			out.Token = d.opts.Token
		} else {
			a, err := d.create("AGIALPHAToken (dev token)", agialphatoken.AGIALPHATokenMetaData.Bin,
				agialphatoken.NewAGIALPHAToken().PackConstructor(d.auth.From))
			if err != nil {
				return err
			}
			out.Token, out.TokenDeployed = a, true
		}
	}
	for _, m := range Modules {
		if d.hasCode(out.Implementations[m]) {
			continue
		}
		a, err := d.create(string(m)+" implementation", implementationBin[m], nil)
		if err != nil {
			return err
		}
		out.Implementations[m] = a
	}
	return d.wait()
}

// NamehashAgent and NamehashClub are the ENS namehashes of agent.agi.eth and
// club.agi.eth, the attestation root nodes of agents and validators.
var (
	NamehashAgent = Namehash("agent.agi.eth")
	NamehashClub  = Namehash("club.agi.eth")
)

func (d *deployer) proxies(out *Deployment) error {
	d.phase = "proxies"
	owner := d.auth.From
	init := map[Module][]byte{
		StakeManager:     stakemanager.NewStakeManager().PackInitialize(owner, out.Token, big.NewInt(0)),
		JobRegistry:      jobregistry.NewJobRegistry().PackInitialize(owner, out.Token),
		ValidationModule: validationmodule.NewValidationModule().PackInitialize(owner),
		IdentityRegistry: identityregistry.NewIdentityRegistry().PackInitialize(owner, NamehashAgent, NamehashClub),
		ReputationEngine: reputationengine.NewReputationEngine().PackInitialize(owner),
		DisputeModule:    disputemodule.NewDisputeModule().PackInitialize(owner),
		FeePool:          feepool.NewFeePool().PackInitialize(owner),
		CertificateNFT:   certificatenft.NewCertificateNFT().PackInitialize(owner),
		SystemPause:      systempause.NewSystemPause().PackInitialize(owner),
	}
	proxy := moduleproxy.NewModuleProxy()
	for _, m := range Modules {
		if d.hasCode(out.Proxies[m]) {
			continue
		}
		a, err := d.create(string(m)+" proxy", moduleproxy.ModuleProxyMetaData.Bin,
			proxy.PackConstructor(out.Implementations[m], init[m]))
		if err != nil {
			return err
		}
		out.Proxies[m] = a
	}
	return d.wait()
}

// setting is one configuration transaction and how to tell it is already
// applied: every check's getter answers exactly want.
type setting struct {
	step   string
	to     common.Address
	data   []byte
	checks []check
}

// check is a getter call and the answer that means "already set".
type check struct {
	to   common.Address
	data []byte
	want []byte
}

// same is the check of a setter whose getter answers its arguments as they
// were encoded (setFeePct(5) and feePct() == 5; setModules(list) and
// modules() == list).
func same(to common.Address, setter, getter []byte) []check {
	return []check{{to, getter, setter[4:]}}
}

var abiTrue = common.LeftPadBytes([]byte{1}, 32)

func (d *deployer) configure(out *Deployment, p Params, tokens []tokenPlan) error {
	d.phase = "configure"
	a := out.Proxies
	jr := jobregistry.NewJobRegistry()
	sm := stakemanager.NewStakeManager()
	vm := validationmodule.NewValidationModule()
	ir := identityregistry.NewIdentityRegistry()
	re := reputationengine.NewReputationEngine()
	dm := disputemodule.NewDisputeModule()
	fp := feepool.NewFeePool()
	nft := certificatenft.NewCertificateNFT()
	sp := systempause.NewSystemPause()
	secs := func(t time.Duration) *big.Int { return big.NewInt(int64(t / time.Second)) }
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

	var calls []setting
	// set adds a setter checked by a getter answering its arguments.
	set := func(step string, to common.Address, setter, getter []byte) {
		calls = append(calls, setting{step, to, setter, same(to, setter, getter)})
	}
	// wiring
	set("JobRegistry.setStakeManager", a[JobRegistry], jr.PackSetStakeManager(a[StakeManager]), jr.PackStakeManager())
	set("JobRegistry.setValidationModule", a[JobRegistry], jr.PackSetValidationModule(a[ValidationModule]), jr.PackValidationModule())
	set("JobRegistry.setIdentityRegistry", a[JobRegistry], jr.PackSetIdentityRegistry(a[IdentityRegistry]), jr.PackIdentityRegistry())
	set("JobRegistry.setReputationEngine", a[JobRegistry], jr.PackSetReputationEngine(a[ReputationEngine]), jr.PackReputationEngine())
	set("JobRegistry.setDisputeModule", a[JobRegistry], jr.PackSetDisputeModule(a[DisputeModule]), jr.PackDisputeModule())
	set("JobRegistry.setCertificateNFT", a[JobRegistry], jr.PackSetCertificateNFT(a[CertificateNFT]), jr.PackCertificateNFT())
	set("JobRegistry.setFeePool", a[JobRegistry], jr.PackSetFeePool(a[FeePool]), jr.PackFeePool())
	set("StakeManager.setJobRegistry", a[StakeManager], sm.PackSetJobRegistry(a[JobRegistry]), sm.PackJobRegistry())
	set("StakeManager.setValidationModule", a[StakeManager], sm.PackSetValidationModule(a[ValidationModule]), sm.PackValidationModule())
	set("StakeManager.setFeePool", a[StakeManager], sm.PackSetFeePool(a[FeePool]), sm.PackFeePool())
	set("ValidationModule.setJobRegistry", a[ValidationModule], vm.PackSetJobRegistry(a[JobRegistry]), vm.PackJobRegistry())
	set("ValidationModule.setStakeManager", a[ValidationModule], vm.PackSetStakeManager(a[StakeManager]), vm.PackStakeManager())
	set("ValidationModule.setIdentityRegistry", a[ValidationModule], vm.PackSetIdentityRegistry(a[IdentityRegistry]), vm.PackIdentityRegistry())
	set("ValidationModule.setReputationEngine", a[ValidationModule], vm.PackSetReputationEngine(a[ReputationEngine]), vm.PackReputationEngine())
	set("IdentityRegistry.setReputationEngine", a[IdentityRegistry], ir.PackSetReputationEngine(a[ReputationEngine]), ir.PackReputationEngine())
	set("ReputationEngine.setIdentityRegistry", a[ReputationEngine], re.PackSetIdentityRegistry(a[IdentityRegistry]), re.PackIdentityRegistry())
	for _, m := range []Module{JobRegistry, ValidationModule} {
		calls = append(calls, setting{"ReputationEngine.setCaller(" + string(m) + ")", a[ReputationEngine], re.PackSetCaller(a[m], true),
			[]check{{a[ReputationEngine], re.PackIsCaller(a[m]), abiTrue}}})
	}
	set("DisputeModule.setJobRegistry", a[DisputeModule], dm.PackSetJobRegistry(a[JobRegistry]), dm.PackJobRegistry())
	// FeePool.setStakeManager also gives the stake token its fee-token slot.
	set("FeePool.setStakeManager", a[FeePool], fp.PackSetStakeManager(a[StakeManager]), fp.PackStakeManager())
	set("FeePool.setJobRegistry", a[FeePool], fp.PackSetJobRegistry(a[JobRegistry]), fp.PackJobRegistry())
	set("CertificateNFT.setJobRegistry", a[CertificateNFT], nft.PackSetJobRegistry(a[JobRegistry]), nft.PackJobRegistry())
	set("SystemPause.setModules", a[SystemPause], sp.PackSetModules(PausableModules(out)), sp.PackModules())
	// parameters
	set("JobRegistry.setFeePct", a[JobRegistry], jr.PackSetFeePct(u(p.FeePct)), jr.PackFeePct())
	set("JobRegistry.setValidatorRewardPct", a[JobRegistry], jr.PackSetValidatorRewardPct(u(p.ValidatorRewardPct)), jr.PackValidatorRewardPct())
	set("JobRegistry.setJobStake", a[JobRegistry], jr.PackSetJobStake(p.JobStake), jr.PackJobStake())
	set("JobRegistry.setMinAgentStake", a[JobRegistry], jr.PackSetMinAgentStake(p.MinAgentStake), jr.PackMinAgentStake())
	set("JobRegistry.setJobDurationLimit", a[JobRegistry], jr.PackSetJobDurationLimit(secs(p.JobDurationLimit)), jr.PackJobDurationLimit())
	set("JobRegistry.setExpirationGracePeriod", a[JobRegistry], jr.PackSetExpirationGracePeriod(secs(p.ExpirationGracePeriod)), jr.PackExpirationGracePeriod())
	set("JobRegistry.setMaxActiveJobsPerAgent", a[JobRegistry], jr.PackSetMaxActiveJobsPerAgent(u(p.MaxActiveJobsPerAgent)), jr.PackMaxActiveJobsPerAgent())
	set("StakeManager.setUnbondingPeriod", a[StakeManager], sm.PackSetUnbondingPeriod(secs(p.UnbondingPeriod)), sm.PackUnbondingPeriod())
	calls = append(calls, setting{"ValidationModule.setCommitRevealWindows", a[ValidationModule],
		vm.PackSetCommitRevealWindows(secs(p.CommitWindow), secs(p.RevealWindow)), []check{
			{a[ValidationModule], vm.PackCommitWindow(), common.BigToHash(secs(p.CommitWindow)).Bytes()},
			{a[ValidationModule], vm.PackRevealWindow(), common.BigToHash(secs(p.RevealWindow)).Bytes()},
		}})
	set("ValidationModule.setValidatorsPerJob", a[ValidationModule], vm.PackSetValidatorsPerJob(u(p.ValidatorsPerJob)), vm.PackValidatorsPerJob())
	set("ValidationModule.setApprovalThreshold", a[ValidationModule], vm.PackSetApprovalThreshold(u(p.ApprovalThreshold)), vm.PackApprovalThreshold())
	set("ValidationModule.setValidatorSlashingPct", a[ValidationModule], vm.PackSetValidatorSlashingPct(u(p.ValidatorSlashingPct)), vm.PackValidatorSlashingPct())
	set("ValidationModule.setRevealQuorum", a[ValidationModule], vm.PackSetRevealQuorum(u(p.RevealQuorumPct), u(p.RevealQuorumMin)), vm.PackRevealQuorum())
	set("ValidationModule.setMinValidatorStake", a[ValidationModule], vm.PackSetMinValidatorStake(p.MinValidatorStake), vm.PackMinValidatorStake())
	set("FeePool.setBurnPct", a[FeePool], fp.PackSetBurnPct(u(p.BurnPct)), fp.PackBurnPct())
	for _, m := range PausableModuleNames {
		set(string(m)+".setPauser", a[m], setPauserData(a[SystemPause]), jr.PackPauser())
	}
	// Reward limits and stake fraction: the default token (allowlisted and
	// given its decimals at initialize), then every other allowed token,
	// each allowlisted first (which records its decimals, gives it the
	// default limits and a FeePool slot) and then configured.
	stakeDec, err := TokenDecimals(d.ctx, d.backend, out.Token)
	if err != nil {
		return fmt.Errorf("deploy: default token %s: %w", out.Token.Hex(), err)
	}
	tokens = append([]tokenPlan{{out.Token, stakeDec, p.MinJobReward, p.MaxJobReward, u(p.JobStakeBps)}}, tokens...)
	for i, t := range tokens {
		if i > 0 {
			calls = append(calls, setting{"JobRegistry.setTokenAllowed(" + t.token.Hex() + ")", a[JobRegistry], jr.PackSetTokenAllowed(t.token, true),
				[]check{{a[JobRegistry], jr.PackIsTokenAllowed(t.token), abiTrue}}})
		}
		data := jr.PackSetTokenConfig(t.token, t.min, t.max, t.stakeBps)
		want := append(common.LeftPadBytes([]byte{t.decimals}, 32), data[4+32:]...) // tokenConfig: (decimals, min, max, bps)
		calls = append(calls, setting{"JobRegistry.setTokenConfig(" + t.token.Hex() + ")", a[JobRegistry], data,
			[]check{{a[JobRegistry], jr.PackTokenConfig(t.token), want}}})
	}

	applied, err := d.applied(calls)
	if err != nil {
		return err
	}
	var todo []setting
	for i, c := range calls {
		if !applied[i] {
			todo = append(todo, c)
		}
	}
	if err := d.ownsTargets(out, todo); err != nil {
		return err
	}
	for _, c := range todo {
		if err := d.call(c.step, c.to, c.data); err != nil {
			return err
		}
	}
	return d.wait()
}

// ErrNotOwner is wrapped by the error Deploy returns when settings differ
// from Params on modules the deployer no longer owns (governance accepted
// them): such changes go through a governance plan.
var ErrNotOwner = errors.New("deploy: the deployer no longer owns the module")

// ownsTargets checks that the deployer still owns every module a setting
// is to be sent to, so that a re-run after governance took over fails with
// a clear error instead of reverting.
func (d *deployer) ownsTargets(out *Deployment, todo []setting) error {
	if len(todo) == 0 {
		return nil
	}
	targets := map[common.Address]string{}
	for m, a := range out.Proxies {
		targets[a] = string(m)
	}
	var reqs []check
	var names []string
	seen := map[common.Address]bool{}
	for _, c := range todo {
		if !seen[c.to] {
			seen[c.to] = true
			reqs = append(reqs, check{to: c.to, data: jobregistry.NewJobRegistry().PackOwner()})
			names = append(names, targets[c.to])
		}
	}
	got, err := d.read(reqs)
	if err != nil {
		return err
	}
	me := common.LeftPadBytes(d.auth.From.Bytes(), 32)
	for i := range reqs {
		if got[i] != nil && !bytes.Equal(got[i], me) {
			return fmt.Errorf("%w: %d setting(s) differ from Params (first %s) but %s is owned by %s, not the deployer %s; apply them with a governance plan",
				ErrNotOwner, len(todo), todo[0].step, names[i], common.BytesToAddress(got[i]).Hex(), d.auth.From.Hex())
		}
	}
	return nil
}

// applied reads every call's checks (in one JSON-RPC batch when the backend
// exposes its RPC client) and reports, per call, whether all its getters
// already answer the wanted values, so that a resumed or repeated run sends
// only what is missing.
func (d *deployer) applied(calls []setting) ([]bool, error) {
	var reqs []check
	for _, c := range calls {
		reqs = append(reqs, c.checks...)
	}
	got, err := d.read(reqs)
	if err != nil {
		return nil, err
	}
	out := make([]bool, len(calls))
	i := 0
	for n, c := range calls {
		out[n] = len(c.checks) > 0
		for range c.checks {
			if got[i] == nil || !bytes.Equal(got[i], reqs[i].want) {
				out[n] = false
			}
			i++
		}
	}
	return out, nil
}

// read answers every request's eth_call at the latest block; a failed call
// leaves its answer nil. Only a failure of the transport as a whole is an
// error.
func (d *deployer) read(reqs []check) ([][]byte, error) {
	out := make([][]byte, len(reqs))
	if rc := rpcbatch.ClientOf(d.backend); rc != nil {
		raw := make([]hexutil.Bytes, len(reqs))
		elems := make([]rpc.BatchElem, len(reqs))
		for i, r := range reqs {
			elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": r.to, "data": hexutil.Bytes(r.data)}, "latest"}, Result: &raw[i]}
		}
		if err := rpcbatch.Send(d.ctx, rc, elems, 500, 1, func(n int, err error) error {
			return fmt.Errorf("deploy: reading the %s settings already applied (%d calls): %w", d.phase, n, err)
		}); err != nil {
			return nil, err
		}
		for i := range elems {
			if elems[i].Error == nil {
				out[i] = raw[i]
			}
		}
		return out, nil
	}
	for i, r := range reqs {
		to := r.to
		v, err := d.backend.CallContract(d.ctx, ethereum.CallMsg{To: &to, Data: r.data}, nil)
		if d.ctx.Err() != nil {
			return nil, fmt.Errorf("deploy: reading the %s settings already applied: %w", d.phase, d.ctx.Err())
		}
		if err == nil {
			out[i] = v
		}
	}
	return out, nil
}

// PausableModuleNames are the modules that SystemPause drives.
var PausableModuleNames = []Module{JobRegistry, StakeManager, ValidationModule, IdentityRegistry, DisputeModule, FeePool}

// PausableModules returns the proxy addresses of PausableModuleNames.
func PausableModules(d *Deployment) []common.Address {
	out := make([]common.Address, len(PausableModuleNames))
	for i, m := range PausableModuleNames {
		out[i] = d.Proxies[m]
	}
	return out
}

func setPauserData(pauser common.Address) []byte {
	// Every pausable module shares PausableModule.setPauser; pack it once.
	return jobregistry.NewJobRegistry().PackSetPauser(pauser)
}

// ownership offers every module (and the dev token) to governance, skipping
// those already offered to it or owned by it; Deployment.PendingOwner is set
// while any still waits for governance to accept.
func (d *deployer) ownership(out *Deployment) error {
	d.phase = "ownership"
	gov := d.opts.Governance
	if gov == (common.Address{}) || gov == d.auth.From {
		return nil
	}
	jr := jobregistry.NewJobRegistry()
	type owned struct {
		name string
		at   common.Address
	}
	var all []owned
	for _, m := range Modules {
		all = append(all, owned{string(m), out.Proxies[m]})
	}
	if out.TokenDeployed {
		all = append(all, owned{"AGIALPHAToken", out.Token})
	}
	var reqs []check
	for _, o := range all {
		reqs = append(reqs, check{to: o.at, data: jr.PackOwner()}, check{to: o.at, data: jr.PackPendingOwner()})
	}
	got, err := d.read(reqs)
	if err != nil {
		return err
	}
	want := common.LeftPadBytes(gov.Bytes(), 32)
	accepted := 0
	for i, o := range all {
		owner, pending := got[2*i], got[2*i+1]
		switch {
		case bytes.Equal(owner, want):
			accepted++
			continue
		case bytes.Equal(pending, want):
			continue
		}
		if err := d.call(o.name+".transferOwnership", o.at, jr.PackTransferOwnership(gov)); err != nil {
			return err
		}
	}
	if err := d.wait(); err != nil {
		return err
	}
	if accepted == len(all) {
		out.Owner = gov
	} else {
		out.PendingOwner = gov
	}
	return nil
}
