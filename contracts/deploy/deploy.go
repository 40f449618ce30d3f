// Package deploy installs the whole AGI Jobs protocol on a chain: every module
// implementation behind an ERC-1967 proxy, initialised, wired to its peers,
// the token allowlist and the economic parameters applied, the SystemPause
// made every module's pauser, and ownership offered to governance.
//
// Deploy works against any backend that mines the transactions it is sent
// (go-ethereum's simulated backend wrapped to commit, the client package's
// embedded chain, anvil, or a real node). It sends the transactions of each
// phase without waiting for one receipt before the next, then waits for all of
// them, so a deployment takes four round trips of block time, not one per
// transaction.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
	JobStake              *big.Int      // agent stake locked per job (wei)
	MinAgentStake         *big.Int      // agent stake needed to apply (wei)
	MaxJobReward          *big.Int      // largest reward a job may escrow (wei)
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
	BurnPct               uint64 // % of distributed fees burnt
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
	// to; an empty non-nil slice applies none.
	AllowedTokens []common.Address
	// Params are applied after wiring; the zero value means DefaultParams.
	Params *Params
	// Governance, when non-zero and different from the deployer, is offered
	// ownership of every module (and of the dev token) at the end.
	Governance common.Address
	// Resume continues an earlier, interrupted Deploy: contracts whose address
	// it holds (and that have code) are not deployed again.
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
	if err := d.implementations(out); err != nil {
		return out, err
	}
	if err := d.proxies(out); err != nil {
		return out, err
	}
	if err := d.configure(out, params, chainID); err != nil {
		return out, err
	}
	if err := d.ownership(out); err != nil {
		return out, err
	}
	out.Block = d.lastBlock
	return out, nil
}

// Check reports the first parameter outside the range the contracts accept.
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
	}
	for name, v := range map[string]*big.Int{"JobStake": p.JobStake, "MinAgentStake": p.MinAgentStake, "MaxJobReward": p.MaxJobReward, "MinValidatorStake": p.MinValidatorStake} {
		if v == nil || v.Sign() < 0 {
			return fmt.Errorf("deploy: Params.%s must be set and not negative (wei)", name)
		}
	}
	if p.JobStake.BitLen() > 96 {
		return errors.New("deploy: Params.JobStake does not fit in uint96")
	}
	if p.MaxJobReward.BitLen() > 96 {
		return errors.New("deploy: Params.MaxJobReward does not fit in uint96 (about 7.9e10 tokens)")
	}
	return nil
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

func (d *deployer) configure(out *Deployment, p Params, chainID *big.Int) error {
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

	type call struct {
		step string
		to   common.Address
		data []byte
	}
	calls := []call{
		// wiring
		{"JobRegistry.setStakeManager", a[JobRegistry], jr.PackSetStakeManager(a[StakeManager])},
		{"JobRegistry.setValidationModule", a[JobRegistry], jr.PackSetValidationModule(a[ValidationModule])},
		{"JobRegistry.setIdentityRegistry", a[JobRegistry], jr.PackSetIdentityRegistry(a[IdentityRegistry])},
		{"JobRegistry.setReputationEngine", a[JobRegistry], jr.PackSetReputationEngine(a[ReputationEngine])},
		{"JobRegistry.setDisputeModule", a[JobRegistry], jr.PackSetDisputeModule(a[DisputeModule])},
		{"JobRegistry.setCertificateNFT", a[JobRegistry], jr.PackSetCertificateNFT(a[CertificateNFT])},
		{"JobRegistry.setFeePool", a[JobRegistry], jr.PackSetFeePool(a[FeePool])},
		{"StakeManager.setJobRegistry", a[StakeManager], sm.PackSetJobRegistry(a[JobRegistry])},
		{"StakeManager.setValidationModule", a[StakeManager], sm.PackSetValidationModule(a[ValidationModule])},
		{"StakeManager.setFeePool", a[StakeManager], sm.PackSetFeePool(a[FeePool])},
		{"ValidationModule.setJobRegistry", a[ValidationModule], vm.PackSetJobRegistry(a[JobRegistry])},
		{"ValidationModule.setStakeManager", a[ValidationModule], vm.PackSetStakeManager(a[StakeManager])},
		{"ValidationModule.setIdentityRegistry", a[ValidationModule], vm.PackSetIdentityRegistry(a[IdentityRegistry])},
		{"ValidationModule.setReputationEngine", a[ValidationModule], vm.PackSetReputationEngine(a[ReputationEngine])},
		{"IdentityRegistry.setReputationEngine", a[IdentityRegistry], ir.PackSetReputationEngine(a[ReputationEngine])},
		{"ReputationEngine.setIdentityRegistry", a[ReputationEngine], re.PackSetIdentityRegistry(a[IdentityRegistry])},
		{"ReputationEngine.setCaller(JobRegistry)", a[ReputationEngine], re.PackSetCaller(a[JobRegistry], true)},
		{"ReputationEngine.setCaller(ValidationModule)", a[ReputationEngine], re.PackSetCaller(a[ValidationModule], true)},
		{"DisputeModule.setJobRegistry", a[DisputeModule], dm.PackSetJobRegistry(a[JobRegistry])},
		{"FeePool.setStakeManager", a[FeePool], fp.PackSetStakeManager(a[StakeManager])},
		{"FeePool.setJobRegistry", a[FeePool], fp.PackSetJobRegistry(a[JobRegistry])},
		{"CertificateNFT.setJobRegistry", a[CertificateNFT], nft.PackSetJobRegistry(a[JobRegistry])},
		{"SystemPause.setModules", a[SystemPause], sp.PackSetModules(PausableModules(out))},
		// parameters
		{"JobRegistry.setFeePct", a[JobRegistry], jr.PackSetFeePct(u(p.FeePct))},
		{"JobRegistry.setValidatorRewardPct", a[JobRegistry], jr.PackSetValidatorRewardPct(u(p.ValidatorRewardPct))},
		{"JobRegistry.setJobStake", a[JobRegistry], jr.PackSetJobStake(p.JobStake)},
		{"JobRegistry.setMinAgentStake", a[JobRegistry], jr.PackSetMinAgentStake(p.MinAgentStake)},
		{"JobRegistry.setMaxJobReward", a[JobRegistry], jr.PackSetMaxJobReward(p.MaxJobReward)},
		{"JobRegistry.setJobDurationLimit", a[JobRegistry], jr.PackSetJobDurationLimit(secs(p.JobDurationLimit))},
		{"JobRegistry.setExpirationGracePeriod", a[JobRegistry], jr.PackSetExpirationGracePeriod(secs(p.ExpirationGracePeriod))},
		{"JobRegistry.setMaxActiveJobsPerAgent", a[JobRegistry], jr.PackSetMaxActiveJobsPerAgent(u(p.MaxActiveJobsPerAgent))},
		{"StakeManager.setUnbondingPeriod", a[StakeManager], sm.PackSetUnbondingPeriod(secs(p.UnbondingPeriod))},
		{"ValidationModule.setCommitRevealWindows", a[ValidationModule], vm.PackSetCommitRevealWindows(secs(p.CommitWindow), secs(p.RevealWindow))},
		{"ValidationModule.setValidatorsPerJob", a[ValidationModule], vm.PackSetValidatorsPerJob(u(p.ValidatorsPerJob))},
		{"ValidationModule.setApprovalThreshold", a[ValidationModule], vm.PackSetApprovalThreshold(u(p.ApprovalThreshold))},
		{"ValidationModule.setValidatorSlashingPct", a[ValidationModule], vm.PackSetValidatorSlashingPct(u(p.ValidatorSlashingPct))},
		{"ValidationModule.setRevealQuorum", a[ValidationModule], vm.PackSetRevealQuorum(u(p.RevealQuorumPct), u(p.RevealQuorumMin))},
		{"ValidationModule.setMinValidatorStake", a[ValidationModule], vm.PackSetMinValidatorStake(p.MinValidatorStake)},
		{"FeePool.setBurnPct", a[FeePool], fp.PackSetBurnPct(u(p.BurnPct))},
	}
	for _, m := range PausableModuleNames {
		calls = append(calls, call{string(m) + ".setPauser", a[m], setPauserData(a[SystemPause])})
	}
	allowed := d.opts.AllowedTokens
	if allowed == nil {
		allowed = contracts.DefaultAllowlist(chainID)
	}
	for _, t := range allowed {
		calls = append(calls, call{"JobRegistry.setTokenAllowed(" + t.Hex() + ")", a[JobRegistry], jr.PackSetTokenAllowed(t, true)})
	}
	for _, c := range calls {
		if err := d.call(c.step, c.to, c.data); err != nil {
			return err
		}
	}
	return d.wait()
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

func (d *deployer) ownership(out *Deployment) error {
	d.phase = "ownership"
	gov := d.opts.Governance
	if gov == (common.Address{}) || gov == d.auth.From {
		return nil
	}
	data := jobregistry.NewJobRegistry().PackTransferOwnership(gov)
	for _, m := range Modules {
		if err := d.call(string(m)+".transferOwnership", out.Proxies[m], data); err != nil {
			return err
		}
	}
	if out.TokenDeployed {
		if err := d.call("AGIALPHAToken.transferOwnership", out.Token, data); err != nil {
			return err
		}
	}
	if err := d.wait(); err != nil {
		return err
	}
	out.PendingOwner = gov
	return nil
}
