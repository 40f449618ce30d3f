package deploy

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

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

// The names of creation steps, which are also their transactions' labels
// and so how a resumed run finds them among a Manager's recovered
// transactions.
const (
	devTokenStep         = "AGIALPHAToken (dev token)"
	implementationSuffix = " implementation"
	proxySuffix          = " proxy"
)

// NamehashAgent and NamehashClub are the ENS namehashes of agent.agi.eth and
// club.agi.eth, the attestation root nodes of agents and validators.
var (
	NamehashAgent = Namehash("agent.agi.eth")
	NamehashClub  = Namehash("club.agi.eth")
)

// PausableModuleNames are the modules that SystemPause drives.
var PausableModuleNames = []Module{JobRegistry, StakeManager, ValidationModule, IdentityRegistry, DisputeModule, FeePool}

// PausableModules returns the proxy addresses of PausableModuleNames; a nil
// d gives zero addresses.
func PausableModules(d *Deployment) []common.Address {
	out := make([]common.Address, len(PausableModuleNames))
	if d == nil {
		return out
	}
	for i, m := range PausableModuleNames {
		out[i] = d.Proxies[m]
	}
	return out
}

// plan returns the transactions phase ph still has to send.
func (d *deployer) plan(ctx context.Context, ph Phase, out *Deployment) ([]step, error) {
	switch ph {
	case PhaseImplementations:
		return d.implementations(out), nil
	case PhaseProxies:
		return d.proxies(out), nil
	case PhaseConfigure:
		calls, err := d.configure(ctx, out)
		if err != nil {
			return nil, err
		}
		return d.missing(ctx, ph, out, calls)
	case PhaseTokens:
		return d.missing(ctx, ph, out, allowTokens(out, d.tokens))
	case PhaseTokenLimits:
		return d.missing(ctx, ph, out, tokenLimits(out, d.tokens))
	case PhaseOwnership:
		return d.ownership(ctx, out)
	}
	return nil, fmt.Errorf("deploy: unknown phase %q", ph)
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

// implementations creates the dev token (when no stake token is given) and
// every implementation not created yet (a resumed Deploy has checked that
// those recorded have code).
func (d *deployer) implementations(out *Deployment) []step {
	var steps []step
	if out.Token == (common.Address{}) {
		init := append(common.FromHex(agialphatoken.AGIALPHATokenMetaData.Bin), agialphatoken.NewAGIALPHAToken().PackConstructor(d.from)...)
		steps = append(steps, step{name: devTokenStep, data: init, contract: TokenContract})
	}
	for _, m := range Modules {
		if out.Implementations[m] != (common.Address{}) {
			continue
		}
		steps = append(steps, step{name: string(m) + implementationSuffix, data: common.FromHex(implementationBin[m]), contract: ImplementationContract(m)})
	}
	return steps
}

// proxies creates every proxy not created yet, initialised by its
// constructor with the deployer as owner.
func (d *deployer) proxies(out *Deployment) []step {
	owner := d.from
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
	bin := common.FromHex(moduleproxy.ModuleProxyMetaData.Bin)
	var steps []step
	for _, m := range Modules {
		if out.Proxies[m] != (common.Address{}) {
			continue
		}
		data := append(append([]byte(nil), bin...), proxy.PackConstructor(out.Implementations[m], init[m])...)
		steps = append(steps, step{name: string(m) + proxySuffix, data: data, contract: ProxyContract(m)})
	}
	return steps
}

// settings collects setters checked by getters answering their arguments.
type settings []setting

func (s *settings) set(step string, to common.Address, setter, getter []byte) {
	*s = append(*s, setting{step, to, setter, same(to, setter, getter)})
}

// wiring points every module at its peers, makes SystemPause every
// pausable module's pauser and gives it its module list.
func wiring(out *Deployment) []setting {
	a := out.Proxies
	jr, sm, vm := jobregistry.NewJobRegistry(), stakemanager.NewStakeManager(), validationmodule.NewValidationModule()
	re, fp := reputationengine.NewReputationEngine(), feepool.NewFeePool()
	var s settings
	s.set("JobRegistry.setStakeManager", a[JobRegistry], jr.PackSetStakeManager(a[StakeManager]), jr.PackStakeManager())
	s.set("JobRegistry.setValidationModule", a[JobRegistry], jr.PackSetValidationModule(a[ValidationModule]), jr.PackValidationModule())
	s.set("JobRegistry.setIdentityRegistry", a[JobRegistry], jr.PackSetIdentityRegistry(a[IdentityRegistry]), jr.PackIdentityRegistry())
	s.set("JobRegistry.setReputationEngine", a[JobRegistry], jr.PackSetReputationEngine(a[ReputationEngine]), jr.PackReputationEngine())
	s.set("JobRegistry.setDisputeModule", a[JobRegistry], jr.PackSetDisputeModule(a[DisputeModule]), jr.PackDisputeModule())
	s.set("JobRegistry.setCertificateNFT", a[JobRegistry], jr.PackSetCertificateNFT(a[CertificateNFT]), jr.PackCertificateNFT())
	s.set("JobRegistry.setFeePool", a[JobRegistry], jr.PackSetFeePool(a[FeePool]), jr.PackFeePool())
	s.set("StakeManager.setJobRegistry", a[StakeManager], sm.PackSetJobRegistry(a[JobRegistry]), sm.PackJobRegistry())
	s.set("StakeManager.setValidationModule", a[StakeManager], sm.PackSetValidationModule(a[ValidationModule]), sm.PackValidationModule())
	s.set("StakeManager.setFeePool", a[StakeManager], sm.PackSetFeePool(a[FeePool]), sm.PackFeePool())
	s.set("ValidationModule.setJobRegistry", a[ValidationModule], vm.PackSetJobRegistry(a[JobRegistry]), vm.PackJobRegistry())
	s.set("ValidationModule.setStakeManager", a[ValidationModule], vm.PackSetStakeManager(a[StakeManager]), vm.PackStakeManager())
	s.set("ValidationModule.setIdentityRegistry", a[ValidationModule], vm.PackSetIdentityRegistry(a[IdentityRegistry]), vm.PackIdentityRegistry())
	s.set("ValidationModule.setReputationEngine", a[ValidationModule], vm.PackSetReputationEngine(a[ReputationEngine]), vm.PackReputationEngine())
	s.set("IdentityRegistry.setReputationEngine", a[IdentityRegistry], identityregistry.NewIdentityRegistry().PackSetReputationEngine(a[ReputationEngine]), identityregistry.NewIdentityRegistry().PackReputationEngine())
	s.set("ReputationEngine.setIdentityRegistry", a[ReputationEngine], re.PackSetIdentityRegistry(a[IdentityRegistry]), re.PackIdentityRegistry())
	for _, m := range []Module{JobRegistry, ValidationModule} {
		s = append(s, setting{"ReputationEngine.setCaller(" + string(m) + ")", a[ReputationEngine], re.PackSetCaller(a[m], true),
			[]check{{a[ReputationEngine], re.PackIsCaller(a[m]), abiTrue}}})
	}
	s.set("DisputeModule.setJobRegistry", a[DisputeModule], disputemodule.NewDisputeModule().PackSetJobRegistry(a[JobRegistry]), disputemodule.NewDisputeModule().PackJobRegistry())
	// FeePool.setStakeManager also gives the stake token its fee-token slot.
	s.set("FeePool.setStakeManager", a[FeePool], fp.PackSetStakeManager(a[StakeManager]), fp.PackStakeManager())
	s.set("FeePool.setJobRegistry", a[FeePool], fp.PackSetJobRegistry(a[JobRegistry]), fp.PackJobRegistry())
	s.set("CertificateNFT.setJobRegistry", a[CertificateNFT], certificatenft.NewCertificateNFT().PackSetJobRegistry(a[JobRegistry]), certificatenft.NewCertificateNFT().PackJobRegistry())
	sp := systempause.NewSystemPause()
	s.set("SystemPause.setModules", a[SystemPause], sp.PackSetModules(PausableModules(out)), sp.PackModules())
	// Every pausable module shares PausableModule.setPauser and pauser().
	for _, m := range PausableModuleNames {
		s.set(string(m)+".setPauser", a[m], jr.PackSetPauser(a[SystemPause]), jr.PackPauser())
	}
	return s
}

// parameters applies Params.
func parameters(out *Deployment, p Params) []setting {
	a := out.Proxies
	jr, vm := jobregistry.NewJobRegistry(), validationmodule.NewValidationModule()
	secs := func(t time.Duration) *big.Int { return big.NewInt(int64(t / time.Second)) }
	u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
	var s settings
	s.set("JobRegistry.setFeePct", a[JobRegistry], jr.PackSetFeePct(u(p.FeePct)), jr.PackFeePct())
	s.set("JobRegistry.setValidatorRewardPct", a[JobRegistry], jr.PackSetValidatorRewardPct(u(p.ValidatorRewardPct)), jr.PackValidatorRewardPct())
	s.set("JobRegistry.setJobStake", a[JobRegistry], jr.PackSetJobStake(p.JobStake), jr.PackJobStake())
	s.set("JobRegistry.setMinAgentStake", a[JobRegistry], jr.PackSetMinAgentStake(p.MinAgentStake), jr.PackMinAgentStake())
	s.set("JobRegistry.setJobDurationLimit", a[JobRegistry], jr.PackSetJobDurationLimit(secs(p.JobDurationLimit)), jr.PackJobDurationLimit())
	s.set("JobRegistry.setExpirationGracePeriod", a[JobRegistry], jr.PackSetExpirationGracePeriod(secs(p.ExpirationGracePeriod)), jr.PackExpirationGracePeriod())
	s.set("JobRegistry.setMaxActiveJobsPerAgent", a[JobRegistry], jr.PackSetMaxActiveJobsPerAgent(u(p.MaxActiveJobsPerAgent)), jr.PackMaxActiveJobsPerAgent())
	s.set("StakeManager.setUnbondingPeriod", a[StakeManager], stakemanager.NewStakeManager().PackSetUnbondingPeriod(secs(p.UnbondingPeriod)), stakemanager.NewStakeManager().PackUnbondingPeriod())
	s = append(s, setting{"ValidationModule.setCommitRevealWindows", a[ValidationModule],
		vm.PackSetCommitRevealWindows(secs(p.CommitWindow), secs(p.RevealWindow)), []check{
			{a[ValidationModule], vm.PackCommitWindow(), common.BigToHash(secs(p.CommitWindow)).Bytes()},
			{a[ValidationModule], vm.PackRevealWindow(), common.BigToHash(secs(p.RevealWindow)).Bytes()},
		}})
	s.set("ValidationModule.setValidatorsPerJob", a[ValidationModule], vm.PackSetValidatorsPerJob(u(p.ValidatorsPerJob)), vm.PackValidatorsPerJob())
	s.set("ValidationModule.setApprovalThreshold", a[ValidationModule], vm.PackSetApprovalThreshold(u(p.ApprovalThreshold)), vm.PackApprovalThreshold())
	s.set("ValidationModule.setValidatorSlashingPct", a[ValidationModule], vm.PackSetValidatorSlashingPct(u(p.ValidatorSlashingPct)), vm.PackValidatorSlashingPct())
	s.set("ValidationModule.setRevealQuorum", a[ValidationModule], vm.PackSetRevealQuorum(u(p.RevealQuorumPct), u(p.RevealQuorumMin)), vm.PackRevealQuorum())
	s.set("ValidationModule.setMinValidatorStake", a[ValidationModule], vm.PackSetMinValidatorStake(p.MinValidatorStake), vm.PackMinValidatorStake())
	s.set("FeePool.setBurnPct", a[FeePool], feepool.NewFeePool().PackSetBurnPct(u(p.BurnPct)), feepool.NewFeePool().PackBurnPct())
	return s
}

// allowTokens allowlists the extra escrow tokens.
func allowTokens(out *Deployment, tokens []tokenPlan) []setting {
	jr := jobregistry.NewJobRegistry()
	at := out.Proxies[JobRegistry]
	var s []setting
	for _, t := range tokens {
		s = append(s, setting{"JobRegistry.setTokenAllowed(" + t.token.Hex() + ")", at, jr.PackSetTokenAllowed(t.token, true),
			[]check{{at, jr.PackIsTokenAllowed(t.token), abiTrue}}})
	}
	return s
}

// configure wires the modules, applies Params and sets the limits of the
// default token, allowlisted with its decimals at initialize.
func (d *deployer) configure(ctx context.Context, out *Deployment) ([]setting, error) {
	p := d.params
	dec, err := d.decimals(ctx, out.Token)
	if err != nil {
		return nil, fmt.Errorf("deploy: default token %s: %w", out.Token.Hex(), err)
	}
	def := tokenPlan{out.Token, dec, p.MinJobReward, p.MaxJobReward, new(big.Int).SetUint64(p.JobStakeBps)}
	calls := append(wiring(out), parameters(out, p)...)
	return append(calls, tokenLimits(out, []tokenPlan{def})...), nil
}

// tokenLimits sets the reward limits and stake fraction of tokens.
func tokenLimits(out *Deployment, tokens []tokenPlan) []setting {
	jr := jobregistry.NewJobRegistry()
	at := out.Proxies[JobRegistry]
	var s []setting
	for _, t := range tokens {
		data := jr.PackSetTokenConfig(t.token, t.min, t.max, t.stakeBps)
		want := append(common.LeftPadBytes([]byte{t.decimals}, 32), data[4+32:]...) // tokenConfig: (decimals, min, max, bps)
		s = append(s, setting{"JobRegistry.setTokenConfig(" + t.token.Hex() + ")", at, data,
			[]check{{at, jr.PackTokenConfig(t.token), want}}})
	}
	return s
}

// ownership offers every module (and the dev token) to governance, skipping
// those already offered to it or owned by it, and notes whether governance
// has accepted everything already.
func (d *deployer) ownership(ctx context.Context, out *Deployment) ([]step, error) {
	gov := d.opts.Governance
	if gov == (common.Address{}) || gov == d.from {
		return nil, nil
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
	got, err := d.read(ctx, PhaseOwnership, reqs)
	if err != nil {
		return nil, err
	}
	want := common.LeftPadBytes(gov.Bytes(), 32)
	accepted := 0
	var steps []step
	for i, o := range all {
		owner, pending := got[2*i], got[2*i+1]
		switch {
		case bytes.Equal(owner, want):
			accepted++
		case !bytes.Equal(pending, want):
			at := o.at
			steps = append(steps, step{name: o.name + ".transferOwnership", to: &at, data: jr.PackTransferOwnership(gov)})
		}
	}
	d.accepted = accepted == len(all)
	return steps, nil
}
