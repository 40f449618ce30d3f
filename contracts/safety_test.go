package contracts_test

import (
	"bytes"
	"context"
	"math/big"
	"strconv"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
	"github.com/agijobs/agijobs-go/internal/testcontracts/feeontransfertoken"
	"github.com/agijobs/agijobs-go/internal/testcontracts/hostiletoken"
	"github.com/agijobs/agijobs-go/internal/testcontracts/jobregistrynext"
)

// safetyGuardian is the account made SystemPause guardian in these tests.
const safetyGuardian = 10

// pauseRun drives a scenario; with interrupt set, every step is first tried
// while the whole system is paused (and must revert with EnforcedPause),
// then the system is unpaused and the step is sent for real.
type pauseRun struct {
	p         *ct.Protocol
	interrupt bool
	pauses    int
}

func (r *pauseRun) step(t *testing.T, name string, from int, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	p := r.p
	spa := p.Addr(deploy.SystemPause)
	sp := pauser()
	if r.interrupt {
		by := ct.Owner
		if r.pauses%2 == 1 {
			by = safetyGuardian // the guardian may pause too
		}
		r.pauses++
		p.MustSend(t, by, spa, sp.PackPauseAll())
		require.True(t, ct.Call(t, p.Chain, spa, sp.PackAllPaused(), sp.UnpackAllPaused))
		_, err := p.Send(from, to, data)
		require.Equal(t, "EnforcedPause", ct.RevertName(err), "%s while paused: %v", name, err)
		p.MustSend(t, ct.Owner, spa, sp.PackUnpauseAll())
	}
	r2, err := p.Send(from, to, data)
	require.NoError(t, err, name)
	return r2
}

// pauseScenario runs stake movements, a full job lifecycle, a burn of the
// fees' burn share and a fee claim, and returns every balance and stake it
// can affect.
func pauseScenario(t *testing.T, interrupt bool) map[string]string {
	p := ct.NewProtocol(t, nil)
	r := &pauseRun{p: p, interrupt: interrupt}
	jr, sm, vm, fp := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager), p.Addr(deploy.ValidationModule), p.Addr(deploy.FeePool)
	spa := p.Addr(deploy.SystemPause)
	sp, fees := pauser(), fees()
	p.MustSend(t, ct.Owner, spa, sp.PackSetGuardian(p.Accounts[safetyGuardian]))

	p.Approve(t, ct.Employer2, deploy.Ether(100))
	r.step(t, "depositStake", ct.Employer2, sm, p.SM.PackDepositStake(2, deploy.Ether(100)))
	r.step(t, "requestWithdraw", ct.Agent2, sm, p.SM.PackRequestWithdraw(0, deploy.Ether(5)))
	p.AdvanceTime(t, p.Params.UnbondingPeriod+1)
	r.step(t, "finalizeWithdraw", ct.Agent2, sm, p.SM.PackFinalizeWithdraw(0))

	fee := pct(ct.Reward, p.Params.FeePct)
	p.Approve(t, ct.Employer, new(big.Int).Add(ct.Reward, fee))
	rc := r.step(t, "createJob", ct.Employer, jr, p.JR.PackCreateJob(ct.Reward, p.Now(t)+86400, ct.SpecHash, "ipfs://job"))
	id := p.JobID(t, rc)

	if interrupt {
		// Everything else a user can do is stopped too, whatever the arguments.
		p.MustSend(t, safetyGuardian, spa, sp.PackPauseAll())
		for _, m := range deploy.PausableModuleNames {
			require.True(t, ct.Call(t, p.Chain, p.Addr(m), p.JR.PackPaused(), p.JR.UnpackPaused), string(m))
		}
		// The guardian pauses but never unpauses.
		p.ExpectRevert(t, errOwnable, safetyGuardian, spa, sp.PackUnpauseAll())
		// Nor can it drive a module directly: only SystemPause is their pauser.
		p.ExpectRevert(t, errNotPauser, safetyGuardian, jr, p.JR.PackUnpause())
		ir := p.Addr(deploy.IdentityRegistry)
		dm := disputes()
		for name, c := range map[string]struct {
			from int
			to   common.Address
			data []byte
		}{
			"cancelJob":          {ct.Employer, jr, p.JR.PackCancelJob(id)},
			"claimTimeout":       {ct.Employer, jr, p.JR.PackClaimTimeout(id)},
			"dispute":            {ct.Employer, jr, p.JR.PackDispute(id, common.Hash{1}, "x")},
			"stakeAndApply":      {ct.Agent2, jr, p.JR.PackStakeAndApply(id, deploy.Ether(1), "bob", nil)},
			"createJobWithToken": {ct.Employer, jr, p.JR.PackCreateJobWithToken(p.D.Token, ct.Reward, p.Now(t)+86400, ct.SpecHash, "")},
			"resolve":            {ct.Owner, p.Addr(deploy.DisputeModule), dm.PackResolve(id, true)},
			"submitEvidence":     {ct.Employer, p.Addr(deploy.DisputeModule), dm.PackSubmitEvidence(id, common.Hash{1}, "")},
			"attest":             {ct.Stranger, ir, p.IR.PackAttest(common.Hash{1}, 0, p.Accounts[ct.Stranger])},
			"distribute":         {ct.Owner, fp, fees.PackDistribute(p.D.Token)},
			"burn":               {ct.Stranger, fp, fees.PackBurn(p.D.Token)},
			"claim":              {ct.Employer2, fp, fees.PackClaim(p.D.Token)},
			"withdrawCredit":     {ct.Employer2, sm, p.SM.PackWithdrawCredit(p.D.Token)},
		} {
			_, err := p.Send(c.from, c.to, c.data)
			require.Equal(t, "EnforcedPause", ct.RevertName(err), "%s while paused: %v", name, err)
		}
		// Pausing an already paused system is harmless; the owner unpauses.
		p.MustSend(t, ct.Owner, spa, sp.PackPauseAll())
		p.MustSend(t, ct.Owner, spa, sp.PackUnpauseAll())
		require.False(t, ct.Call(t, p.Chain, spa, sp.PackAllPaused(), sp.UnpackAllPaused))
	}

	r.step(t, "applyForJob", ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	r.step(t, "submit", ct.Agent, jr, p.JR.PackSubmit(id, crypto.Keccak256Hash([]byte("result")), "ipfs://result", "alice", nil))
	r.step(t, "selectValidators", ct.Employer, vm, p.SelectCall(t, id))
	nonce := ct.Call(t, p.Chain, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce)
	for _, v := range ct.Validators {
		h := ct.CommitHash(id, nonce, ct.SpecHash, true, common.Hash{}, ct.Salt(v), p.Accounts[v], vm, p.ChainID)
		r.step(t, "commitValidation", v, vm, p.VM.PackCommitValidation(id, h, "validator", nil))
	}
	p.AdvanceTime(t, p.Params.CommitWindow+1)
	for _, v := range ct.Validators {
		r.step(t, "revealValidation", v, vm, p.VM.PackRevealValidation(id, true, common.Hash{}, ct.Salt(v), "validator", nil))
	}
	r.step(t, "tally", ct.Employer, vm, p.VM.PackFinalize(id))
	r.step(t, "finalize", ct.Employer, jr, p.JR.PackFinalize(id))
	// The fee was credited at finalize; anyone burns its burn share.
	r.step(t, "burn", ct.Stranger, fp, fees.PackBurn(p.D.Token))
	r.step(t, "claim", ct.Employer2, fp, fees.PackClaim(p.D.Token))
	if interrupt {
		require.Equal(t, 17, r.pauses, "every step was tried while paused")
	}
	// The platform staker received the fee minus the 10% burn; the burn left the supply.
	require.Equal(t, deploy.Ether(1_000_000-100+45), p.Balance(t, p.Accounts[ct.Employer2]))
	require.Equal(t, new(big.Int).Sub(p.Minted, deploy.Ether(5)),
		ct.Call(t, p.Chain, p.D.Token, p.Token.PackTotalSupply(), p.Token.UnpackTotalSupply))

	job := p.Job(t, id)
	require.EqualValues(t, stFinalized, job.State)
	require.True(t, job.Success)

	// Everything the scenario could have moved.
	out := map[string]string{}
	var holders []common.Address
	holders = append(holders, p.Accounts...)
	for _, m := range deploy.Modules {
		holders = append(holders, p.Addr(m))
	}
	for i, a := range holders {
		out["balance/"+strconv.Itoa(i)] = p.Balance(t, a).String()
		if i < len(p.Accounts) {
			for role := uint8(0); role < 3; role++ {
				s := ct.Call(t, p.Chain, sm, p.SM.PackStakeInfo(a, role), p.SM.UnpackStakeInfo)
				out["stake/"+strconv.Itoa(i)+"/"+strconv.Itoa(int(role))] = s.Amount.String() + "/" + s.Locked.String() + "/" + s.ActiveJobs.String()
			}
		}
	}
	out["supply"] = ct.Call(t, p.Chain, p.D.Token, p.Token.PackTotalSupply(), p.Token.UnpackTotalSupply).String()
	out["accounted"] = ct.Call(t, p.Chain, fp, fees.PackAccounted(p.D.Token), fees.UnpackAccounted).String()
	out["burnable"] = ct.Call(t, p.Chain, fp, fees.PackBurnable(p.D.Token), fees.UnpackBurnable).String()
	out["reputation"] = ct.Call(t, p.Chain, p.Addr(deploy.ReputationEngine), reputation().PackReputation(p.Accounts[ct.Agent]), reputation().UnpackReputation).String()
	return out
}

// TestPauseStopsEverythingAndLosesNothing runs the same scenario twice, the
// second time pausing the whole system (by the owner or the guardian) before
// every step, and requires identical balances and stakes at the end.
func TestPauseStopsEverythingAndLosesNothing(t *testing.T) {
	t.Parallel()
	plain := pauseScenario(t, false)
	paused := pauseScenario(t, true)
	require.Equal(t, plain, paused)

	// Strangers cannot pause.
	p := ct.NewProtocol(t, nil)
	spa := p.Addr(deploy.SystemPause)
	p.ExpectRevert(t, errNotGuardian, ct.Stranger, spa, pauser().PackPauseAll())
	p.ExpectRevert(t, errNotGuardian, safetyGuardian, spa, pauser().PackPauseAll()) // not yet guardian
	p.ExpectRevert(t, "ExpectedPause", ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackUnpause())
	p.MustSend(t, ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackPause())
	p.ExpectRevert(t, "EnforcedPause", ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackPause())
	p.MustSend(t, ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackUnpause())
}

// TestEscrowFreeze: while escrow is frozen no job is created, cancelled,
// timed out or finalized, but work and voting go on; unfreezing resumes and
// pays exactly what was due.
func TestEscrowFreeze(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	jr, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager)
	idA := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400) // will be worked and finalized
	idB := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400) // will be cancelled
	idC := p.CreateJobFor(t, ct.Employer2, ct.Reward, 86400)
	p.MustSend(t, ct.Agent2, jr, p.JR.PackApplyForJob(idC, "bob", nil)) // will time out

	fee := pct(ct.Reward, p.Params.FeePct)
	escrow := new(big.Int).Add(ct.Reward, fee)
	share := new(big.Int).Div(pct(ct.Reward, p.Params.ValidatorRewardPct), big.NewInt(3))
	agentPay := new(big.Int).Sub(ct.Reward, new(big.Int).Mul(share, big.NewInt(3)))
	bal := func(i int) *big.Int { return p.Balance(t, p.Accounts[i]) }
	stakeOf := func(i int) *big.Int {
		return ct.Call(t, p.Chain, sm, p.SM.PackStakeOf(p.Accounts[i], 0), p.SM.UnpackStakeOf)
	}
	emp, emp2, agent, v0 := bal(ct.Employer), bal(ct.Employer2), bal(ct.Agent), bal(ct.Validators[0])
	agent2Stake := stakeOf(ct.Agent2)
	smBal, fpBal := p.Balance(t, sm), p.Balance(t, p.Addr(deploy.FeePool))
	f := fees()
	burnable := func() *big.Int {
		return ct.Call(t, p.Chain, p.Addr(deploy.FeePool), f.PackBurnable(p.D.Token), f.UnpackBurnable)
	}
	burnable0 := burnable()

	p.ExpectRevert(t, "TimeoutNotReached", ct.Employer2, jr, p.JR.PackClaimTimeout(idC))
	r := p.MustSendR(t, ct.Owner, jr, p.JR.PackSetEscrowStatus(false))
	require.NotEmpty(t, r.Logs)
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackEscrowEnabled(), p.JR.UnpackEscrowEnabled))

	p.Approve(t, ct.Employer, escrow)
	p.ExpectRevert(t, "EscrowFrozen", ct.Employer, jr, p.JR.PackCreateJob(ct.Reward, p.Now(t)+86400, ct.SpecHash, ""))
	p.ExpectRevert(t, "EscrowFrozen", ct.Employer, jr, p.JR.PackCreateJobWithToken(p.D.Token, ct.Reward, p.Now(t)+86400, ct.SpecHash, ""))
	p.ExpectRevert(t, "EscrowFrozen", ct.Employer, jr, p.JR.PackCancelJob(idB))

	// Work and voting continue.
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(idA, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(idA, crypto.Keccak256Hash([]byte("result")), "ipfs://r", "alice", nil))
	p.Validate(t, idA, [3]bool{true, true, true})
	require.EqualValues(t, stCompleted, p.Job(t, idA).State)
	p.ExpectRevert(t, "EscrowFrozen", ct.Employer, jr, p.JR.PackFinalize(idA))
	p.ExpectRevert(t, "EscrowFrozen", ct.Owner, jr, p.JR.PackFinalize(idA))
	p.AdvanceTime(t, p.Params.ExpirationGracePeriod+25*time.Hour)
	p.ExpectRevert(t, "EscrowFrozen", ct.Agent, jr, p.JR.PackFinalize(idA)) // anyone, after the grace period
	p.ExpectRevert(t, "EscrowFrozen", ct.Employer2, jr, p.JR.PackClaimTimeout(idC))

	// Not a token left escrow while frozen.
	require.Equal(t, smBal, p.Balance(t, sm))
	require.Equal(t, emp, bal(ct.Employer))
	require.Equal(t, agent, bal(ct.Agent))
	require.Equal(t, v0, bal(ct.Validators[0]))
	for _, id := range []*big.Int{idB, idC} {
		require.Contains(t, []uint8{stCreated, stApplied}, p.Job(t, id).State)
	}

	p.MustSend(t, ct.Owner, jr, p.JR.PackSetEscrowStatus(true))
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(idA))
	p.MustSend(t, ct.Employer, jr, p.JR.PackCancelJob(idB))
	p.MustSend(t, ct.Employer2, jr, p.JR.PackClaimTimeout(idC))

	require.EqualValues(t, stFinalized, p.Job(t, idA).State)
	require.EqualValues(t, stCancelled, p.Job(t, idB).State)
	require.EqualValues(t, stFinalized, p.Job(t, idC).State)
	require.Equal(t, new(big.Int).Add(agent, agentPay), bal(ct.Agent))
	require.Equal(t, new(big.Int).Add(v0, share), bal(ct.Validators[0]))
	// The fee stays in the StakeManager for the FeePool (no Platform stake:
	// all of it is to be burnt).
	require.Equal(t, fpBal, p.Balance(t, p.Addr(deploy.FeePool)))
	require.Equal(t, new(big.Int).Add(burnable0, fee), burnable())
	require.Equal(t, new(big.Int).Add(emp, escrow), bal(ct.Employer), "cancelled job refunded")
	jobStake := p.Job(t, idC).Stake
	require.Equal(t, pct(ct.Reward, 5), jobStake)
	require.Equal(t, new(big.Int).Add(emp2, new(big.Int).Add(escrow, jobStake)), bal(ct.Employer2),
		"timed-out job refunded plus the agent's slashed job stake")
	require.Equal(t, new(big.Int).Sub(agent2Stake, jobStake), stakeOf(ct.Agent2))
	left := new(big.Int).Add(new(big.Int).Mul(escrow, big.NewInt(3)), jobStake)
	require.Equal(t, new(big.Int).Add(new(big.Int).Sub(smBal, left), fee), p.Balance(t, sm))
	// And new escrow is taken again.
	p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
}

// TestUpgradeJobRegistry upgrades the JobRegistry proxy to JobRegistryNext
// with jobs in every state and checks that all state survived and the
// lifecycle continues; bad upgrades are refused.
func TestUpgradeJobRegistry(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	jr := p.Addr(deploy.JobRegistry)
	next := jobregistrynext.NewJobRegistryNext()

	idFinal := p.RunJob(t, [3]bool{true, true, true})
	idCompleted := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(idCompleted, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(idCompleted, common.Hash{1}, "ipfs://r", "alice", nil))
	p.Validate(t, idCompleted, [3]bool{true, true, false})
	idSubmitted := p.CreateJobFor(t, ct.Employer2, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(idSubmitted, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(idSubmitted, common.Hash{2}, "ipfs://r", "alice", nil))
	idApplied := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Agent2, jr, p.JR.PackApplyForJob(idApplied, "bob", nil))
	idCreated := p.CreateJobFor(t, ct.Employer2, ct.Reward, 86400)
	idCancelled := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Employer, jr, p.JR.PackCancelJob(idCancelled))
	ids := []*big.Int{idFinal, idCompleted, idSubmitted, idApplied, idCreated, idCancelled}
	wantStates := []uint8{stFinalized, stCompleted, stSubmitted, stApplied, stCreated, stCancelled}
	for i, id := range ids {
		require.Equal(t, wantStates[i], p.Job(t, id).State, "job %s", id)
	}
	// Non-default parameters, so that a lost slot would show: among them an
	// escrow token of 6 decimals with its own reward range and job stake.
	extraToken, _, err := p.Deploy(ct.Owner, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), blockingtoken.NewBlockingToken().PackConstructor(6))
	require.NoError(t, err)
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(extraToken, true))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenConfig(extraToken, big.NewInt(5_000_000), big.NewInt(1e12), big.NewInt(250)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetMaxActiveJobsPerAgent(big.NewInt(7)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetExpirationGracePeriod(big.NewInt(2*86400)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetMaxJobReward(deploy.Ether(50_000)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetValidatorRewardPct(big.NewInt(12)))

	views := jobRegistryViews(t, p, ids, []common.Address{p.D.Token, extraToken, p.Accounts[ct.Stranger]})
	require.Equal(t, p.D.Implementations[deploy.JobRegistry], common.BytesToAddress(p.StorageAt(t, jr, ct.ImplementationSlot).Bytes()))
	_, err = p.Client.CallContract(context.Background(), safetyCallMsg(jr, next.PackUpgradeMarker()), nil)
	require.Error(t, err, "the old implementation has no upgradeMarker")

	nextImpl, _, err := p.Deploy(ct.Owner, common.FromHex(jobregistrynext.JobRegistryNextMetaData.Bin), nil)
	require.NoError(t, err)

	// Refused upgrades change nothing.
	p.ExpectRevert(t, errOwnable, ct.Stranger, jr, p.JR.PackUpgradeToAndCall(nextImpl, nil))
	p.ExpectRevert(t, "IncompatibleModule", ct.Owner, jr, p.JR.PackUpgradeToAndCall(p.D.Token, nil))
	p.ExpectRevert(t, "IncompatibleModule", ct.Owner, jr, p.JR.PackUpgradeToAndCall(p.Accounts[ct.Stranger], nil))
	p.ExpectRevert(t, "ZeroAddress", ct.Owner, jr, p.JR.PackUpgradeToAndCall(common.Address{}, nil))
	// Another kind of module is refused before ERC-1967 is even asked.
	p.ExpectRevert(t, "WrongModuleKind", ct.Owner, jr, p.JR.PackUpgradeToAndCall(p.Addr(deploy.StakeManager), nil))
	p.ExpectRevert(t, "WrongModuleKind", ct.Owner, jr, p.JR.PackUpgradeToAndCall(p.D.Implementations[deploy.StakeManager], nil))
	// Re-initialising through the upgrade call is refused, and so is a
	// failing call or ETH sent without a call.
	p.ExpectRevert(t, "InvalidInitialization", ct.Owner, jr, p.JR.PackUpgradeToAndCall(nextImpl, next.PackInitialize(p.Accounts[ct.Stranger], p.D.Token)))
	p.ExpectRevert(t, "FailedCall", ct.Owner, jr, p.JR.PackUpgradeToAndCall(nextImpl, []byte{0xde, 0xad, 0xbe, 0xef}))
	_, err = p.SendValue(ct.Owner, jr, p.JR.PackUpgradeToAndCall(nextImpl, nil), big.NewInt(1))
	require.Equal(t, "ERC1967NonPayable", ct.RevertName(err), "%v", err)
	require.Equal(t, p.D.Implementations[deploy.JobRegistry], common.BytesToAddress(p.StorageAt(t, jr, ct.ImplementationSlot).Bytes()))

	r := p.MustSendR(t, ct.Owner, jr, p.JR.PackUpgradeToAndCall(nextImpl, nil))
	upgraded := crypto.Keccak256Hash([]byte("Upgraded(address)"))
	require.True(t, safetyHasLog(r, jr, upgraded, common.BytesToHash(nextImpl.Bytes())), "Upgraded event")
	require.Equal(t, nextImpl, common.BytesToAddress(p.StorageAt(t, jr, ct.ImplementationSlot).Bytes()))
	require.Equal(t, "next", ct.Call(t, p.Chain, jr, next.PackUpgradeMarker(), next.UnpackUpgradeMarker))

	// Every job, parameter, allowlist entry, wiring and ownership survived.
	after := jobRegistryViews(t, p, ids, []common.Address{p.D.Token, extraToken, p.Accounts[ct.Stranger]})
	require.Equal(t, views, after)
	require.Equal(t, p.Addr(deploy.StakeManager), ct.Call(t, p.Chain, jr, next.PackStakeManager(), next.UnpackStakeManager))
	require.EqualValues(t, 7, ct.Call(t, p.Chain, jr, next.PackMaxActiveJobsPerAgent(), next.UnpackMaxActiveJobsPerAgent).Int64())

	// The lifecycle continues on the new implementation.
	agentBefore := p.Balance(t, p.Accounts[ct.Agent])
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(idCompleted))
	p.Validate(t, idSubmitted, [3]bool{true, true, true})
	p.MustSend(t, ct.Employer2, jr, p.JR.PackFinalize(idSubmitted))
	p.MustSend(t, ct.Agent2, jr, p.JR.PackSubmit(idApplied, common.Hash{3}, "ipfs://r", "bob", nil))
	p.ExpectRevert(t, "InvalidState", ct.Employer2, jr, p.JR.PackCancelJob(idApplied))
	p.MustSend(t, ct.Employer2, jr, p.JR.PackCancelJob(idCreated))
	for id, st := range map[*big.Int]uint8{idCompleted: stFinalized, idSubmitted: stFinalized, idApplied: stSubmitted, idCreated: stCancelled} {
		require.Equal(t, st, p.Job(t, id).State, "job %s", id)
	}
	// Two jobs paid the agent, each reward minus the 12% validator share.
	share := new(big.Int).Div(pct(ct.Reward, 12), big.NewInt(2)) // idCompleted: two of three voted with the tally
	pay1 := new(big.Int).Sub(ct.Reward, new(big.Int).Mul(share, big.NewInt(2)))
	share3 := new(big.Int).Div(pct(ct.Reward, 12), big.NewInt(3))
	pay2 := new(big.Int).Sub(ct.Reward, new(big.Int).Mul(share3, big.NewInt(3)))
	require.Equal(t, new(big.Int).Add(agentBefore, new(big.Int).Add(pay1, pay2)), p.Balance(t, p.Accounts[ct.Agent]))
	nft := certificate()
	require.Equal(t, p.Accounts[ct.Agent], ct.Call(t, p.Chain, p.Addr(deploy.CertificateNFT), nft.PackOwnerOf(idSubmitted), nft.UnpackOwnerOf))
	newID := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	require.EqualValues(t, 7, newID.Int64())
}

// jobRegistryViews calls every view of JobRegistry: those without inputs,
// those taking a job id for every id, those taking an address for every
// token, and returns the raw results (errors included) by call.
func jobRegistryViews(t *testing.T, p *ct.Protocol, ids []*big.Int, tokens []common.Address) map[string]string {
	t.Helper()
	a, err := contracts.LoadArtifact("JobRegistry")
	require.NoError(t, err)
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	require.NoError(t, err)
	jr := p.Addr(deploy.JobRegistry)
	out := map[string]string{}
	call := func(key string, data []byte) {
		res, err := p.Client.CallContract(context.Background(), safetyCallMsg(jr, data), nil)
		if err != nil {
			out[key] = "error: " + ct.RevertName(ct.Revert(err))
			return
		}
		out[key] = common.Bytes2Hex(res)
	}
	n := 0
	for _, m := range parsed.Methods {
		if !m.IsConstant() {
			continue
		}
		switch {
		case len(m.Inputs) == 0:
			call(m.Sig, m.ID)
		case len(m.Inputs) == 1 && m.Inputs[0].Type.T == abi.UintTy:
			for _, id := range ids {
				call(m.Sig+"/"+id.String(), packCall(t, m, id))
			}
		case len(m.Inputs) == 1 && m.Inputs[0].Type.T == abi.AddressTy:
			for _, tok := range tokens {
				call(m.Sig+"/"+tok.Hex(), packCall(t, m, tok))
			}
		default:
			continue
		}
		n++
	}
	require.Greater(t, n, 30)
	return out
}

func safetyCallMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func safetyHasLog(r *types.Receipt, from common.Address, topics ...common.Hash) bool {
	for _, l := range r.Logs {
		if l.Address != from || len(l.Topics) < len(topics) {
			continue
		}
		ok := true
		for i, tp := range topics {
			ok = ok && l.Topics[i] == tp
		}
		if ok {
			return true
		}
	}
	return false
}

// TestReentrancyThroughHostileToken escrows jobs in an allowlisted token that
// calls back into JobRegistry during its transfers. The token itself is the
// employer of one job, so that the reentrant calls would be authorised: only
// the reentrancy guard stops them.
func TestReentrancyThroughHostileToken(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	jr, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager)
	h := hostiletoken.NewHostileToken()
	ha, _, err := p.Deploy(ct.Owner, common.FromHex(hostiletoken.HostileTokenMetaData.Bin), nil)
	require.NoError(t, err)
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(ha, true))

	supply := deploy.Ether(20_000)
	p.MustSend(t, ct.Stranger, ha, h.PackMint(p.Accounts[ct.Employer], deploy.Ether(10_000)))
	p.MustSend(t, ct.Stranger, ha, h.PackMint(ha, deploy.Ether(10_000)))
	maxU := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	p.MustSend(t, ct.Employer, ha, h.PackApprove(sm, maxU))

	hbal := func(a common.Address) *big.Int { return ct.Call(t, p.Chain, ha, h.PackBalanceOf(a), h.UnpackBalanceOf) }
	attempts := func() int64 { return ct.Call(t, p.Chain, ha, h.PackAttempts(), h.UnpackAttempts).Int64() }
	successes := func() int64 { return ct.Call(t, p.Chain, ha, h.PackSuccesses(), h.UnpackSuccesses).Int64() }
	arm := func(target common.Address, payload []byte) {
		p.MustSend(t, ct.Stranger, ha, h.PackArm(target, payload))
	}
	// trigger makes a plain transfer, outside any protocol call.
	trigger := func() *types.Receipt {
		return p.MustSendR(t, ct.Employer, ha, h.PackTransfer(p.Accounts[ct.Stranger], big.NewInt(1)))
	}
	reward := deploy.Ether(100)
	fee := pct(reward, p.Params.FeePct)
	escrow := new(big.Int).Add(reward, fee)
	createData := func(uri string) []byte {
		return p.JR.PackCreateJobWithToken(ha, reward, p.Now(t)+86400, ct.SpecHash, uri)
	}

	// Setup (not an attack): the token approves the StakeManager and creates
	// a job as its own employer, both through its callback.
	arm(ha, h.PackApprove(sm, maxU))
	trigger()
	arm(jr, createData("by the token"))
	idT := p.JobID(t, trigger())
	require.Equal(t, ha, p.Job(t, idT).Employer)
	require.EqualValues(t, 2, successes())
	require.Equal(t, escrow, hbal(sm))

	attack := func(name string, payload []byte, from int, data []byte) *types.Receipt {
		t.Helper()
		a0, s0 := attempts(), successes()
		arm(jr, payload)
		r := p.MustSendR(t, from, jr, data)
		require.Equal(t, a0+1, attempts(), "%s: the token called back", name)
		require.Equal(t, s0, successes(), "%s: the reentrant call must fail", name)
		return r
	}

	// 1. Re-entering cancelJob (authorised: the token is that job's employer)
	// while the employer's own job is being created, then cancelled.
	emp := hbal(p.Accounts[ct.Employer])
	idE := p.JobID(t, attack("cancelJob during createJob", p.JR.PackCancelJob(idT), ct.Employer, createData("employer")))
	attack("cancelJob during cancelJob", p.JR.PackCancelJob(idT), ct.Employer, p.JR.PackCancelJob(idE))
	require.EqualValues(t, stCreated, p.Job(t, idT).State)
	require.EqualValues(t, stCancelled, p.Job(t, idE).State)
	require.Equal(t, emp, hbal(p.Accounts[ct.Employer]), "refunded exactly once")
	require.Equal(t, escrow, hbal(sm))

	// 2. Re-entering createJobWithToken (the token has balance and allowance)
	// during the payout of a finalized job.
	idF := p.JobID(t, p.MustSendR(t, ct.Employer, jr, createData("finalized")))
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(idF, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(idF, common.Hash{1}, "ipfs://r", "alice", nil))
	p.Validate(t, idF, [3]bool{true, true, true})
	nextID := ct.Call(t, p.Chain, jr, p.JR.PackNextJobId(), p.JR.UnpackNextJobId)
	attack("createJobWithToken during finalize", createData("reentrant"), ct.Employer, p.JR.PackFinalize(idF))
	require.Equal(t, nextID, ct.Call(t, p.Chain, jr, p.JR.PackNextJobId(), p.JR.UnpackNextJobId), "no job was created")
	require.EqualValues(t, stFinalized, p.Job(t, idF).State)
	share := new(big.Int).Div(pct(reward, p.Params.ValidatorRewardPct), big.NewInt(3))
	require.Equal(t, new(big.Int).Sub(reward, new(big.Int).Mul(share, big.NewInt(3))), hbal(p.Accounts[ct.Agent]))
	for _, v := range ct.Validators {
		require.Equal(t, share, hbal(p.Accounts[v]))
	}
	require.Zero(t, hbal(p.Addr(deploy.FeePool)).Sign())
	require.Equal(t, new(big.Int).Add(escrow, fee), hbal(sm), "the token's own job is still escrowed; the fee stays for the FeePool")

	// Control: outside a protocol call the same reentrant payload is
	// authorised and succeeds, so the failures above were the guard's doing.
	s0 := successes()
	arm(jr, p.JR.PackCancelJob(idT))
	trigger()
	require.Equal(t, s0+1, successes())
	require.EqualValues(t, stCancelled, p.Job(t, idT).State)
	require.Equal(t, fee, hbal(sm), "every escrow settled exactly once; the fee stays for the FeePool")
	require.Equal(t, deploy.Ether(10_000), hbal(ha), "the token got its escrow back once")

	// 3. Re-entering burn while the burn share (all of the fee: nobody stakes
	// as Platform) is sent to the burn address.
	fp := p.Addr(deploy.FeePool)
	f := fees()
	require.Equal(t, fee, ct.Call(t, p.Chain, fp, f.PackBurnable(ha), f.UnpackBurnable))
	a0, s1 := attempts(), successes()
	arm(fp, f.PackBurn(ha))
	p.MustSend(t, ct.Stranger, fp, f.PackBurn(ha))
	require.Equal(t, a0+1, attempts(), "burn: the token called back")
	require.Equal(t, s1, successes(), "burn: the reentrant call must fail")
	burnAddr := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	require.Equal(t, fee, hbal(burnAddr), "burnt once")
	require.Zero(t, hbal(sm).Sign())
	require.Zero(t, ct.Call(t, p.Chain, fp, f.PackBurnable(ha), f.UnpackBurnable).Sign())

	// Conservation over every holder.
	total := new(big.Int)
	holders := append([]common.Address{ha, burnAddr}, p.Accounts...)
	for _, m := range deploy.Modules {
		holders = append(holders, p.Addr(m))
	}
	for _, a := range holders {
		total.Add(total, hbal(a))
	}
	require.Equal(t, supply, total)
	require.Equal(t, supply, ct.Call(t, p.Chain, ha, h.PackTotalSupply(), h.UnpackTotalSupply))
}

// TestEscrowTokenRules: fee-on-transfer tokens are refused at escrow,
// unknown tokens are refused, and the default token cannot be disallowed.
func TestEscrowTokenRules(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	jr, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager)
	fot := feeontransfertoken.NewFeeOnTransferToken()
	fa, _, err := p.Deploy(ct.Owner, common.FromHex(feeontransfertoken.FeeOnTransferTokenMetaData.Bin), nil)
	require.NoError(t, err)
	p.MustSend(t, ct.Employer, fa, fot.PackMint(p.Accounts[ct.Employer], deploy.Ether(10_000)))
	p.MustSend(t, ct.Employer, fa, fot.PackApprove(sm, deploy.Ether(10_000)))
	create := p.JR.PackCreateJobWithToken(fa, deploy.Ether(100), p.Now(t)+86400, ct.SpecHash, "")

	p.ExpectRevert(t, "TokenNotAllowed", ct.Employer, jr, create)
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(fa), p.JR.UnpackIsTokenAllowed))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(fa, true))
	p.ExpectRevert(t, "UnsupportedToken", ct.Employer, jr, create)
	require.Zero(t, ct.Call(t, p.Chain, fa, fot.PackBalanceOf(sm), fot.UnpackBalanceOf).Sign())
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(fa, false))
	p.ExpectRevert(t, "TokenNotAllowed", ct.Employer, jr, create)

	p.ExpectRevert(t, "DefaultTokenRequired", ct.Owner, jr, p.JR.PackSetTokenAllowed(p.D.Token, false))
	p.ExpectRevert(t, "ZeroAddress", ct.Owner, jr, p.JR.PackSetTokenAllowed(common.Address{}, true))
	require.True(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(p.D.Token), p.JR.UnpackIsTokenAllowed))
	// The default token named explicitly works and is recorded as the default.
	reward := deploy.Ether(100)
	p.Approve(t, ct.Employer, new(big.Int).Add(reward, pct(reward, p.Params.FeePct)))
	id := p.JobID(t, p.MustSendR(t, ct.Employer, jr, p.JR.PackCreateJobWithToken(p.D.Token, reward, p.Now(t)+86400, ct.SpecHash, "")))
	require.Equal(t, p.D.Token, p.Job(t, id).Token)
}

// TestContractSizes: every artifact deploys on mainnet (EIP-170).
func TestContractSizes(t *testing.T) {
	t.Parallel()
	for _, name := range contracts.ArtifactNames() {
		a, err := contracts.LoadArtifact(name)
		require.NoError(t, err)
		code := common.FromHex(a.DeployedBytecode)
		require.NotEmpty(t, code, name)
		require.Less(t, len(code), 24_576, "%s runtime code is %d bytes", name, len(code))
		t.Logf("%-20s %6d bytes", name, len(code))
	}
}

// supersededMembers are layout members kept only because ERC-7201 layouts
// never shrink: a later field holds their value, and the getter of the same
// name reads that field.
var supersededMembers = map[string]string{
	"JobRegistry.maxJobReward": "tokenConfigs[defaultToken].maxReward (security release)",
}

// TestERC7201Namespaces checks every namespace of the storage layouts: the
// root computed from its id is the slot constant compiled into the contract,
// and the value members read through the proxy at root + slot (offset, size)
// equal what the contract's getters of the same name return (except the
// superseded ones, which must differ from the getter, or the entry is stale).
func TestERC7201Namespaces(t *testing.T) {
	t.Parallel()
	require.Equal(t, common.HexToHash("0xef79884531bc1c8f538102352072a9c1fa51bd44e5099594b2d0a06ed7b72500"),
		ct.ERC7201Slot("agijobs.storage.JobRegistry"))
	p := ct.NewProtocol(t, nil)
	p.MustSend(t, ct.Owner, p.Addr(deploy.SystemPause), pauser().PackSetGuardian(p.Accounts[safetyGuardian]))
	p.RunJob(t, [3]bool{true, true, true})
	namespaces, superseded := 0, 0
	for _, c := range protocolContracts(t, p) {
		a, err := contracts.LoadArtifact(c.name)
		require.NoError(t, err)
		code := common.FromHex(a.DeployedBytecode)
		for _, ns := range a.StorageLayout.Namespaces {
			namespaces++
			root := ct.ERC7201Slot(ns.ID)
			// The optimizer folds root + member slot into one constant, may
			// keep it among the code's data (read with CODECOPY) or push it
			// without its trailing zero bytes and shift it, so look for the
			// root plus any member slot in any of these forms.
			pushed := false
			for _, m := range ns.Members {
				k, err := strconv.ParseInt(m.Slot, 10, 64)
				require.NoError(t, err)
				s := common.BigToHash(new(big.Int).Add(root.Big(), big.NewInt(k)))
				short := bytes.TrimRight(s[:], "\x00")
				pushed = pushed || bytes.Contains(code, s[:]) ||
					bytes.Contains(code, append([]byte{byte(0x5f + len(short))}, short...))
			}
			require.True(t, pushed, "%s: the %s root %s (plus a member slot) is not in the runtime code", c.name, ns.ID, root)
			checked, nonzero := 0, 0
			for _, m := range ns.Members {
				ty := ns.Types[m.Type]
				if ty.Encoding != "inplace" || strings.HasPrefix(m.Type, "t_struct") || strings.HasPrefix(m.Type, "t_array") {
					continue
				}
				getter, ok := c.abi.Methods[m.Label]
				if !ok || len(getter.Inputs) != 0 || len(getter.Outputs) != 1 {
					continue
				}
				slotN, err := strconv.ParseInt(m.Slot, 10, 64)
				require.NoError(t, err)
				size, err := strconv.Atoi(ty.NumberOfBytes)
				require.NoError(t, err)
				slot := common.BigToHash(new(big.Int).Add(root.Big(), big.NewInt(slotN)))
				word := p.StorageAt(t, c.addr, slot)
				stored := word[32-m.Offset-size : 32-m.Offset]
				res, err := p.Client.CallContract(context.Background(), safetyCallMsg(c.addr, getter.ID), nil)
				require.NoError(t, err, "%s.%s()", c.name, m.Label)
				require.Len(t, res, 32)
				if _, ok := supersededMembers[c.name+"."+m.Label]; ok {
					superseded++
					require.NotZero(t, new(big.Int).SetBytes(res).Cmp(new(big.Int).SetBytes(stored)),
						"%s.%s is listed as superseded but its getter reads it", c.name, m.Label)
					continue
				}
				if strings.HasPrefix(ty.Label, "bytes") {
					require.Equal(t, res[:size], stored, "%s %s.%s", c.name, ns.ID, m.Label)
				} else {
					require.Zero(t, new(big.Int).SetBytes(res).Cmp(new(big.Int).SetBytes(stored)),
						"%s %s.%s: storage %x, getter %x", c.name, ns.ID, m.Label, stored, res)
				}
				checked++
				if new(big.Int).SetBytes(stored).Sign() != 0 {
					nonzero++
				}
			}
			require.Positive(t, checked, "%s: no member of %s could be checked against a getter", c.name, ns.ID)
			require.Positive(t, nonzero, "%s: every checked member of %s is zero", c.name, ns.ID)
		}
	}
	require.GreaterOrEqual(t, namespaces, 15)
	require.Equal(t, len(supersededMembers), superseded, "every superseded member is still in a layout")

	// Mappings too: JobRegistry.allowedTokens[defaultToken] and the employer
	// in jobs[1] live where the layout says.
	jr := p.Addr(deploy.JobRegistry)
	root := ct.ERC7201Slot("agijobs.storage.JobRegistry").Big()
	mapSlot := func(key []byte, member int64) common.Hash {
		base := common.BigToHash(new(big.Int).Add(root, big.NewInt(member)))
		return crypto.Keccak256Hash(common.LeftPadBytes(key, 32), base[:])
	}
	require.Equal(t, common.BigToHash(big.NewInt(1)), p.StorageAt(t, jr, mapSlot(p.D.Token.Bytes(), 11)))
	jobWord := p.StorageAt(t, jr, mapSlot(big.NewInt(1).Bytes(), 10))
	require.Equal(t, p.Accounts[ct.Employer], common.BytesToAddress(jobWord[12:]))
	// And the first member of the layout is the StakeManager.
	require.Equal(t, p.Addr(deploy.StakeManager), common.BytesToAddress(p.StorageAt(t, jr, common.BigToHash(root)).Bytes()))
}

// TestAllowlistingAnAccountWithoutCode: an address without code has no
// decimals, so allowlisting it must be refused with TokenDecimalsUnavailable
// (the documented error), like a contract without decimals().
func TestAllowlistingAnAccountWithoutCode(t *testing.T) {
	t.Parallel()
	p := ct.NewProtocol(t, nil)
	jr := p.Addr(deploy.JobRegistry)
	eoa := p.Accounts[ct.Stranger]
	_, err := p.Send(ct.Owner, jr, p.JR.PackSetTokenAllowed(eoa, true))
	require.Equal(t, "TokenDecimalsUnavailable", ct.RevertName(err), "%v", err)
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(eoa), p.JR.UnpackIsTokenAllowed))
}
