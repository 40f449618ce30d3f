package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/validationmodulev2"
)

// TestWiringRefusesTheWrongKindOfModule checks that a wiring setter refuses a
// compatible module of another kind, that SystemPause refuses a module without
// a pause switch, and that every module reports its kind.
func TestWiringRefusesTheWrongKindOfModule(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	jr := p.Addr(deploy.JobRegistry)
	for _, m := range deploy.Modules {
		kind := ct.Call(t, p.Chain, p.Addr(m), p.JR.PackModuleKind(), p.JR.UnpackModuleKind)
		require.Equal(t, string(m), string(common.TrimRightZeroes(kind[:])), "moduleKind of %s", m)
	}
	re := p.Reverts(t, "WrongModuleKind", ct.Owner, jr, p.JR.PackSetStakeManager(p.Addr(deploy.ValidationModule)))
	require.Equal(t, p.Addr(deploy.ValidationModule), re.Args[0])
	p.Reverts(t, "WrongModuleKind", ct.Owner, p.Addr(deploy.StakeManager), p.SM.PackSetFeePool(p.Addr(deploy.JobRegistry)))
	p.Reverts(t, "NotPausable", ct.Owner, p.Addr(deploy.SystemPause), pauser().PackSetModules([]common.Address{p.Addr(deploy.ReputationEngine)}))
	p.Reverts(t, "IncompatibleModule", ct.Owner, p.Addr(deploy.SystemPause), pauser().PackSetModules([]common.Address{p.D.Token}))
	// The right kind is accepted.
	p.Must(t, ct.Owner, jr, p.JR.PackSetStakeManager(p.Addr(deploy.StakeManager)))
}

// TestStalledValidationCanBeDisputed: a submitted job whose committee cannot
// be drawn would lock the escrow forever; once deadline + grace has passed
// either party can dispute it, and a moderator's decision pays it out.
func TestStalledValidationCanBeDisputed(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	jr, vm, dm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.DisputeModule)
	// No validator pool: selection can never succeed.
	p.Must(t, ct.Owner, vm, p.VM.PackSetValidatorPool(nil))
	id := p.Submitted(t)
	p.Reverts(t, "NotEnoughValidators", ct.Employer, vm, p.SelectCall(t, id))

	re := p.Reverts(t, "ValidationPending", ct.Employer, jr, p.JR.PackDispute(id, common.Hash{}, "validation stalled"))
	job := p.Job(t, id)
	due := job.Deadline + uint64(p.Params.ExpirationGracePeriod/time.Second) + 1
	require.Equal(t, new(big.Int).SetUint64(due), re.Args[0])
	p.AdvanceTime(t, time.Duration(due-p.Now(t)+1)*time.Second)
	p.Reverts(t, "NotAllowed", ct.Stranger, jr, p.JR.PackDispute(id, common.Hash{}, ""))
	p.Must(t, ct.Agent, jr, p.JR.PackDispute(id, common.Hash{}, "validation stalled"))
	require.EqualValues(t, stDisputed, p.Job(t, id).State)

	agentBefore := p.Balance(t, p.Accounts[ct.Agent])
	p.Must(t, ct.Owner, dm, disputes().PackResolve(id, false)) // the agent wins
	p.Must(t, ct.Employer, jr, p.JR.PackFinalize(id))
	job = p.Job(t, id)
	require.EqualValues(t, stFinalized, job.State)
	require.True(t, job.Success)
	// No tally, so no validator reward: the agent gets the whole reward.
	require.Equal(t, new(big.Int).Add(agentBefore, job.Reward), p.Balance(t, p.Accounts[ct.Agent]))
}

var _ = jobregistry.NewJobRegistry

// TestBlacklistedMemberDoesNotCount: a validator blacklisted after the draw
// (its allowlist identity was cached at selection) still commits and reveals,
// but the tally drops its vote, penalises it and pays it nothing.
func TestBlacklistedMemberDoesNotCount(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	vm := p.Addr(deploy.ValidationModule)
	id, _ := p.Selected(t)
	yes := true
	p.Vote(t, id, []*bool{&yes, &yes, &yes})
	bad := ct.Validators[0]
	p.Must(t, ct.Owner, p.Addr(deploy.ReputationEngine), reputation().PackSetBlacklist(p.Accounts[bad], true))
	stakeBefore := p.StakeOf(t, bad, 1)

	r := p.Tally(t, id)
	var penalised []common.Address
	for _, l := range r.Logs {
		if ev, err := p.VM.UnpackValidatorPenalizedEvent(l); err == nil {
			penalised = append(penalised, ev.Validator)
		}
	}
	require.Equal(t, []common.Address{p.Accounts[bad]}, penalised)
	require.Equal(t, -1, p.StakeOf(t, bad, 1).Cmp(stakeBefore), "the blacklisted member is slashed")
	round := ct.Call(t, p.Chain, vm, p.VM.PackRound(id), p.VM.UnpackRound)
	require.EqualValues(t, 2, round.Reveals.Int64(), "its reveal is dropped")
	require.True(t, round.Success)
	paid := ct.Call(t, p.Chain, vm, p.VM.PackRewardees(id), p.VM.UnpackRewardees)
	require.NotContains(t, paid, p.Accounts[bad])
	require.Len(t, paid, 2)
}

// TestNewerModuleVersionAccepted: wiring setters and upgrades accept a
// module answering a newer version() (ValidationModuleV2 answers 2), so the
// upgrade path stays open; the lifecycle runs on the upgraded module.
func TestNewerModuleVersionAccepted(t *testing.T) {
	p := ct.NewProtocol(t, nil)
	vm, jr, sm := p.Addr(deploy.ValidationModule), p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager)
	v2 := validationmodulev2.NewValidationModuleV2()
	impl, _, err := p.Deploy(ct.Owner, common.FromHex(validationmodulev2.ValidationModuleV2MetaData.Bin), nil)
	require.NoError(t, err)
	require.EqualValues(t, 2, ct.Call(t, p.Chain, impl, v2.PackVersion(), v2.UnpackVersion).Int64())

	// Wiring: a fresh V2 proxy is accepted where a ValidationModule goes.
	fresh, _, err := p.Deploy(ct.Owner, common.FromHex(moduleproxy.ModuleProxyMetaData.Bin),
		moduleproxy.NewModuleProxy().PackConstructor(impl, v2.PackInitialize(p.Accounts[ct.Owner])))
	require.NoError(t, err)
	p.Must(t, ct.Owner, jr, p.JR.PackSetValidationModule(fresh))
	p.Must(t, ct.Owner, sm, p.SM.PackSetValidationModule(fresh))
	require.Equal(t, fresh, ct.Call(t, p.Chain, jr, p.JR.PackValidationModule(), p.JR.UnpackValidationModule))
	p.Must(t, ct.Owner, jr, p.JR.PackSetValidationModule(vm))
	p.Must(t, ct.Owner, sm, p.SM.PackSetValidationModule(vm))

	// Upgrade: the running module moves to version 2 and keeps working.
	id := p.Submitted(t)
	p.Must(t, ct.Owner, vm, p.VM.PackUpgradeToAndCall(impl, nil))
	require.Equal(t, impl, common.BytesToAddress(p.StorageAt(t, vm, ct.ImplementationSlot).Bytes()))
	require.EqualValues(t, 2, ct.Call(t, p.Chain, vm, v2.PackVersion(), v2.UnpackVersion).Int64())
	p.Select(t, id)
	yes := true
	p.Vote(t, id, []*bool{&yes, &yes, &yes})
	p.Tally(t, id)
	p.Must(t, ct.Employer, jr, p.JR.PackFinalize(id))
	require.EqualValues(t, stFinalized, p.Job(t, id).State)
}
