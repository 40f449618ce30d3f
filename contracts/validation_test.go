package contracts_test

// Sad paths of the job lifecycle: commit/reveal voting, committee selection,
// penalties, disputes and their payouts, JobRegistry transitions from the
// wrong state or by the wrong caller, StakeManager unbonding and locks, and
// FeePool distribution. Every test starts from a clone of one deployment
// (ct.Template), so each costs milliseconds instead of a full deployment.

import (
	"math/big"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/moduleproxy"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
)

// scenarioTemplate is NewProtocol(nil): TestParams, funded accounts, staked
// and allowlisted agents and validators.
var scenarioTemplate = ct.NewTemplate(nil, nil)

// Accounts without a role in the fixture, used as Platform stakers.
const (
	platformA = 10
	platformB = 11
)

var (
	val0, val1, val2 = ct.Validators[0], ct.Validators[1], ct.Validators[2]
	voteYes, voteNo  = func() *bool { b := true; return &b }(), func() *bool { b := false; return &b }()
)

// valScen is a protocol clone with the module addresses at hand.
type valScen struct {
	*ct.Protocol
	t                                  *testing.T
	jr, sm, vm, dm, fp, re, sp, ir, nf common.Address
}

func newValScen(t *testing.T) *valScen {
	t.Parallel()
	p := scenarioTemplate.Protocol(t)
	return &valScen{
		Protocol: p, t: t,
		jr: p.Addr(deploy.JobRegistry), sm: p.Addr(deploy.StakeManager), vm: p.Addr(deploy.ValidationModule),
		dm: p.Addr(deploy.DisputeModule), fp: p.Addr(deploy.FeePool), re: p.Addr(deploy.ReputationEngine),
		sp: p.Addr(deploy.SystemPause), ir: p.Addr(deploy.IdentityRegistry), nf: p.Addr(deploy.CertificateNFT),
	}
}

func (s *valScen) must(from int, to common.Address, data []byte) *types.Receipt {
	s.t.Helper()
	return s.Must(s.t, from, to, data)
}

func (s *valScen) reverts(name string, from int, to common.Address, data []byte) *ct.RevertError {
	s.t.Helper()
	return s.Reverts(s.t, name, from, to, data)
}

// balances reads the default-token balance of each account index or address.
func (s *valScen) balances(who ...any) map[any]*big.Int {
	s.t.Helper()
	out := map[any]*big.Int{}
	for _, w := range who {
		out[w] = s.Balance(s.t, s.addr(w))
	}
	return out
}

func (s *valScen) addr(w any) common.Address {
	switch v := w.(type) {
	case int:
		return s.Accounts[v]
	case common.Address:
		return v
	}
	panic("addr: want an account index or an address")
}

// requireDeltas checks that each balance moved by exactly the given amount
// since `before` (negative for a decrease).
func (s *valScen) requireDeltas(before map[any]*big.Int, want map[any]*big.Int) {
	s.t.Helper()
	for w, d := range want {
		b, ok := before[w]
		require.True(s.t, ok, "no starting balance for %v", w)
		got := new(big.Int).Sub(s.Balance(s.t, s.addr(w)), b)
		require.Equal(s.t, d.String(), got.String(), "balance change of %v", w)
	}
}

func (s *valScen) job(id *big.Int) (state uint8, success bool) {
	j := s.Job(s.t, id)
	return j.State, j.Success
}

func (s *valScen) round(id *big.Int) validationmodule.RoundOutput {
	s.t.Helper()
	return ct.Call(s.t, s.Chain, s.vm, s.VM.PackRound(id), s.VM.UnpackRound)
}

func (s *valScen) stakeInfo(i int, role uint8) (amount, locked *big.Int, lockedUntil uint64, active *big.Int) {
	s.t.Helper()
	o := ct.Call(s.t, s.Chain, s.sm, s.SM.PackStakeInfo(s.Accounts[i], role), s.SM.UnpackStakeInfo)
	return o.Amount, o.Locked, o.LockedUntil, o.ActiveJobs
}

func (s *valScen) pendingWithdrawal(i int, role uint8) *big.Int {
	s.t.Helper()
	return ct.Call(s.t, s.Chain, s.sm, s.SM.PackPendingWithdrawal(s.Accounts[i], role), s.SM.UnpackPendingWithdrawal).Amount
}

// feeBuckets reads the FeePool's books for token: what it holds for
// Platform stakers (accounted) and what is set aside for burning. The tokens
// themselves stay in the StakeManager.
func (s *valScen) feeBuckets(token common.Address) (accounted, burnable *big.Int) {
	s.t.Helper()
	f := fees()
	return ct.Call(s.t, s.Chain, s.fp, f.PackAccounted(token), f.UnpackAccounted),
		ct.Call(s.t, s.Chain, s.fp, f.PackBurnable(token), f.UnpackBurnable)
}

// burnable is the FeePool's burn bucket in the default token: with no
// Platform stake in the fixture, every fee and slash lands there.
func (s *valScen) burnable() *big.Int {
	s.t.Helper()
	_, b := s.feeBuckets(s.D.Token)
	return b
}

func (s *valScen) totalStake(role uint8) *big.Int {
	s.t.Helper()
	return ct.Call(s.t, s.Chain, s.sm, s.SM.PackTotalStake(role), s.SM.UnpackTotalStake)
}

func (s *valScen) reputationOf(i int) *big.Int {
	s.t.Helper()
	r := reputation()
	return ct.Call(s.t, s.Chain, s.re, r.PackReputation(s.Accounts[i]), r.UnpackReputation)
}

// giveReputation lets the owner add points directly, so that decreases show.
func (s *valScen) giveReputation(i int, n int64) {
	s.t.Helper()
	r := reputation()
	s.must(ct.Owner, s.re, r.PackSetCaller(s.Accounts[ct.Owner], true))
	s.must(ct.Owner, s.re, r.PackAdd(s.Accounts[i], big.NewInt(n)))
}

func (s *valScen) setModerator(i int) {
	s.t.Helper()
	s.must(ct.Owner, s.dm, disputes().PackSetModerator(s.Accounts[i], true))
}

// completed runs a job to Completed (or Disputed) with the three validators voting votes.
func (s *valScen) validated(votes ...*bool) *big.Int {
	s.t.Helper()
	id, _ := s.Selected(s.t)
	s.Vote(s.t, id, votes)
	s.Tally(s.t, id)
	return id
}

func valEvents[T any](r *types.Receipt, unpack func(*types.Log) (*T, error)) []*T {
	var out []*T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func agi(n int64) *big.Int { return deploy.Ether(n) }

// agiMilli returns n thousandths of a token.
func agiMilli(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e15)) }

func valNeg(v *big.Int) *big.Int { return new(big.Int).Neg(v) }

func valSum(vs ...*big.Int) *big.Int {
	out := new(big.Int)
	for _, v := range vs {
		out.Add(out, v)
	}
	return out
}

// valThird is a third of the validator reward (100 tokens), the share of
// each of three validators voting with the tally.
var valThird = new(big.Int).Div(agi(100), big.NewInt(3))

// ---------------------------------------------------------------- commit / reveal

func TestCommitRevealSadPaths(t *testing.T) {
	s := newValScen(t)
	id, committee := s.Selected(t)
	require.ElementsMatch(t, []common.Address{s.Accounts[val0], s.Accounts[val1], s.Accounts[val2]}, committee)
	commit := func(v int, approve bool) []byte {
		return s.VM.PackCommitValidation(id, s.VoteHash(t, id, v, approve), "validator", nil)
	}
	reveal := func(approve bool, burn common.Hash, salt common.Hash) []byte {
		return s.VM.PackRevealValidation(id, approve, burn, salt, "validator", nil)
	}

	re := s.reverts("NotCommitteeMember", ct.Stranger, s.vm, s.VM.PackCommitValidation(id, common.Hash{1}, "", nil))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[1])
	s.reverts("EmptyCommit", val0, s.vm, s.VM.PackCommitValidation(id, common.Hash{}, "validator", nil))
	s.must(val0, s.vm, commit(val0, true))
	s.reverts("AlreadyCommitted", val0, s.vm, commit(val0, false))
	rd := s.round(id)
	re = s.reverts("RevealPhaseNotOpen", val0, s.vm, reveal(true, common.Hash{}, ct.Salt(val0)))
	require.Equal(t, rd.CommitDeadline, re.Args[0])
	s.must(val1, s.vm, commit(val1, false))
	require.EqualValues(t, 2, s.round(id).Commits.Int64())

	s.AdvanceTime(t, s.Params.CommitWindow+time.Second)
	re = s.reverts("CommitPhaseClosed", val2, s.vm, commit(val2, true))
	require.Equal(t, rd.CommitDeadline, re.Args[0])
	s.reverts("NotCommitted", val2, s.vm, reveal(true, common.Hash{}, ct.Salt(val2)))
	s.reverts("NotCommitteeMember", ct.Stranger, s.vm, reveal(true, common.Hash{}, ct.Salt(ct.Stranger)))
	s.reverts("InvalidReveal", val0, s.vm, reveal(true, common.Hash{}, ct.Salt(val1)))  // wrong salt
	s.reverts("InvalidReveal", val0, s.vm, reveal(false, common.Hash{}, ct.Salt(val0))) // wrong vote
	s.reverts("InvalidReveal", val0, s.vm, reveal(true, common.Hash{7}, ct.Salt(val0))) // wrong burn hash
	s.reverts("InvalidReveal", val1, s.vm, reveal(true, common.Hash{}, ct.Salt(val1)))  // val1 committed false
	require.NotEqual(t, common.Hash{}, common.Hash(ct.Call(t, s.Chain, s.vm, s.VM.PackCommitments(id, s.Accounts[val0]), s.VM.UnpackCommitments)))

	r := s.Reveal(t, id, val0, true)
	evs := valEvents(r, s.VM.UnpackValidationRevealedEvent)
	require.Len(t, evs, 1)
	require.Equal(t, s.Accounts[val0], evs[0].Validator)
	require.True(t, evs[0].Approve)
	require.Equal(t, common.Hash{}, common.Hash(ct.Call(t, s.Chain, s.vm, s.VM.PackCommitments(id, s.Accounts[val0]), s.VM.UnpackCommitments)),
		"the commitment is cleared at reveal")
	s.reverts("AlreadyRevealed", val0, s.vm, reveal(true, common.Hash{}, ct.Salt(val0)))

	// Not everyone revealed and the reveal phase runs: no tally yet.
	re = s.reverts("RevealPhaseNotOver", ct.Stranger, s.vm, s.VM.PackFinalize(id))
	require.Equal(t, rd.RevealDeadline, re.Args[0])

	s.AdvanceTime(t, s.Params.RevealWindow)
	re = s.reverts("RevealPhaseClosed", val1, s.vm, reveal(false, common.Hash{}, ct.Salt(val1)))
	require.Equal(t, rd.RevealDeadline, re.Args[0])
	// After the reveal deadline the tally runs with one reveal of three: the
	// quorum (2) is missed.
	s.Tally(t, id)
	st, _ := s.job(id)
	require.EqualValues(t, stDisputed, st)
	s.reverts("InvalidRound", val1, s.vm, commit(val1, true))
	s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackFinalize(id))
}

func TestSelectionSadPaths(t *testing.T) {
	s := newValScen(t)
	id, _ := s.CreateJob(t, ct.Employer)
	re := s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackSelectValidators(id, big.NewInt(0)))
	require.EqualValues(t, 0, re.Args[1])
	s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, nil))
	s.must(ct.Agent, s.jr, s.JR.PackApplyForJob(id, "alice", nil))
	r := s.must(ct.Agent, s.jr, s.JR.PackSubmit(id, ct.ResultHash, "ipfs://result", "alice", nil))

	// The selection block R is TARGET_DELAY (4) blocks after submit; the draw
	// needs R mined and in the past, and R's header.
	rd := s.round(id)
	require.EqualValues(t, 1, rd.Status)
	target := new(big.Int).Add(r.BlockNumber, big.NewInt(4))
	require.Equal(t, target, rd.SelectionBlock)
	require.Equal(t, target.Uint64(), s.SelectionBlock(t, id))
	re = s.reverts("SelectionTooEarly", ct.Stranger, s.vm, s.VM.PackSelectValidators(id, big.NewInt(0)))
	require.Equal(t, rd.SelectionBlock, re.Args[0])
	re = s.reverts("SelectionTooEarly", ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, s.HeaderRLP(t, r.BlockNumber.Uint64())))
	require.Equal(t, rd.SelectionBlock, re.Args[0])
	s.Mine(4) // head R: calls are estimated in R
	require.Equal(t, target.Uint64(), s.Head(t))
	s.reverts("SelectionTooEarly", ct.Stranger, s.vm, s.VM.PackSelectValidators(id, big.NewInt(0)))
	s.reverts("SelectionTooEarly", ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, s.HeaderRLP(t, target.Uint64())))
	re = s.reverts("InvalidRound", val0, s.vm, s.VM.PackCommitValidation(id, common.Hash{1}, "", nil))
	require.EqualValues(t, 1, re.Args[1])
	s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackFinalize(id))
	require.Empty(t, ct.Call(t, s.Chain, s.vm, s.VM.PackValidators(id), s.VM.UnpackValidators))

	s.Mine(1) // head R+1
	// The v2 entry point cannot draw: it needs R's header.
	re = s.reverts("HeaderRequired", ct.Stranger, s.vm, s.VM.PackSelectValidators(id, big.NewInt(0)))
	require.Equal(t, rd.SelectionBlock, re.Args[0])
	// A header that is not R's, or not a header at all, is refused.
	for _, h := range [][]byte{s.HeaderRLP(t, target.Uint64()-1), nil, {0xc0}, common.FromHex("0xf90100")} {
		re = s.reverts("InvalidHeader", ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, h))
		require.Equal(t, rd.SelectionBlock, re.Args[0])
	}
	r = s.must(ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, s.HeaderRLP(t, target.Uint64())))
	sel := valEvents(r, s.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, sel, 1)
	require.Len(t, sel[0].Validators, 3)
	re = s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackSelectValidators(id, big.NewInt(0)))
	require.EqualValues(t, 2, re.Args[1])
	s.reverts("InvalidRound", ct.Stranger, s.vm, s.VM.PackSelectValidatorsWithHeader(id, s.HeaderRLP(t, target.Uint64())))
}

func TestNotEnoughValidators(t *testing.T) {
	s := newValScen(t)
	id := s.Submitted(t)
	sel := s.SelectCall(t, id)

	// Every validator holds 1000: a 1001 minimum leaves nobody.
	s.must(ct.Owner, s.vm, s.VM.PackSetMinValidatorStake(agi(1001)))
	re := s.reverts("NotEnoughValidators", ct.Stranger, s.vm, sel)
	require.EqualValues(t, 0, re.Args[0].(*big.Int).Int64())
	require.EqualValues(t, 3, re.Args[1].(*big.Int).Int64())
	s.must(ct.Owner, s.vm, s.VM.PackSetMinValidatorStake(agi(100)))

	// A blacklisted validator is skipped.
	s.must(ct.Owner, s.re, reputation().PackSetBlacklist(s.Accounts[val2], true))
	re = s.reverts("NotEnoughValidators", ct.Stranger, s.vm, sel)
	require.EqualValues(t, 2, re.Args[0].(*big.Int).Int64())
	s.must(ct.Owner, s.re, reputation().PackSetBlacklist(s.Accounts[val2], false))

	// More seats than validators.
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorsPerJob(big.NewInt(4)))
	re = s.reverts("NotEnoughValidators", ct.Stranger, s.vm, sel)
	require.EqualValues(t, 3, re.Args[0].(*big.Int).Int64())
	require.EqualValues(t, 4, re.Args[1].(*big.Int).Int64())
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorsPerJob(big.NewInt(3)))

	// The draw weighs the stake held before the submission: a validator
	// that unbonds below the minimum after it still counts for this job,
	// but not for a job submitted later, and stake it adds after that
	// submission does not count for that job either.
	s.must(val1, s.sm, s.SM.PackRequestWithdraw(1, agi(901)))
	later := s.Submitted(t)
	laterSel := s.SelectCall(t, later)
	re = s.reverts("NotEnoughValidators", ct.Stranger, s.vm, laterSel)
	require.EqualValues(t, 2, re.Args[0].(*big.Int).Int64())
	s.Stake(t, val1, 1, agi(1))
	s.reverts("NotEnoughValidators", ct.Stranger, s.vm, laterSel)
	s.must(ct.Stranger, s.vm, sel)
	require.EqualValues(t, 2, s.round(id).Status)
	require.Contains(t, ct.Call(t, s.Chain, s.vm, s.VM.PackValidators(id), s.VM.UnpackValidators), s.Accounts[val1])

	// A job submitted after the top-up draws val1 again.
	third, _ := s.CreateJob(t, ct.Employer2)
	s.must(ct.Agent2, s.jr, s.JR.PackApplyForJob(third, "bob", nil))
	s.must(ct.Agent2, s.jr, s.JR.PackSubmit(third, ct.ResultHash, "", "bob", nil))
	s.must(ct.Stranger, s.vm, s.SelectCall(t, third))
	require.EqualValues(t, 2, s.round(third).Status)
}

func TestCommitteeExcludesParties(t *testing.T) {
	s := newValScen(t)
	// The employer and the agent are staked, allowlisted validators in the pool too.
	pool := []common.Address{s.Accounts[ct.Employer], s.Accounts[val0], s.Accounts[ct.Agent], s.Accounts[val1], s.Accounts[val2]}
	for _, i := range []int{ct.Employer, ct.Agent} {
		s.must(ct.Owner, s.ir, s.IR.PackAddAdditionalValidator(s.Accounts[i]))
		s.Stake(t, i, 1, agi(100_000))
	}
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorPool(pool))
	_, committee := s.Selected(t)
	require.ElementsMatch(t, []common.Address{s.Accounts[val0], s.Accounts[val1], s.Accounts[val2]}, committee)
}

func TestNotAuthorizedValidator(t *testing.T) {
	s := newValScen(t)
	// A staked pool member without an identity is drawn, but must prove its
	// identity at commit.
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorsPerJob(big.NewInt(1)))
	s.Stake(t, ct.Stranger, 1, agi(1000))
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorPool([]common.Address{s.Accounts[ct.Stranger]}))
	id, committee := s.Selected(t)
	require.Equal(t, []common.Address{s.Accounts[ct.Stranger]}, committee)
	commit := s.VM.PackCommitValidation(id, s.VoteHash(t, id, ct.Stranger, true), "stranger", nil)
	re := s.reverts("NotAuthorizedValidator", ct.Stranger, s.vm, commit)
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	s.must(ct.Owner, s.ir, s.IR.PackAddAdditionalValidator(s.Accounts[ct.Stranger]))
	s.must(ct.Stranger, s.vm, commit)
}

func TestEarlyTallyOnceAllRevealed(t *testing.T) {
	s := newValScen(t)
	id, _ := s.Selected(t)
	for _, v := range ct.Validators {
		s.Commit(t, id, v, true)
	}
	s.AdvanceTime(t, s.Params.CommitWindow+time.Second)
	s.Reveal(t, id, val0, true)
	s.Reveal(t, id, val1, true)
	s.reverts("RevealPhaseNotOver", ct.Stranger, s.vm, s.VM.PackFinalize(id))
	s.Reveal(t, id, val2, true)
	rd := s.round(id)
	require.Less(t, s.Now(t), rd.RevealDeadline.Uint64(), "still inside the reveal phase")
	r := s.Tally(t, id)
	tal := valEvents(r, s.VM.UnpackValidationTalliedEvent)
	require.Len(t, tal, 1)
	require.True(t, tal[0].Success)
	require.EqualValues(t, 3, tal[0].Approvals.Int64())
	require.EqualValues(t, 0, tal[0].Rejections.Int64())
	require.Empty(t, valEvents(r, s.VM.UnpackValidatorPenalizedEvent))
	st, ok := s.job(id)
	require.EqualValues(t, stCompleted, st)
	require.True(t, ok)
	rd = s.round(id)
	require.EqualValues(t, 3, rd.Status)
	require.True(t, rd.Quorum)
}

// ---------------------------------------------------------------- penalties

func TestNonRevealPenalty(t *testing.T) {
	s := newValScen(t)
	s.giveReputation(val2, 5)
	id, _ := s.Selected(t)
	for _, v := range ct.Validators {
		s.Commit(t, id, v, true)
	}
	s.AdvanceTime(t, s.Params.CommitWindow+time.Second)
	s.Reveal(t, id, val0, true)
	s.Reveal(t, id, val1, true)
	s.AdvanceTime(t, s.Params.RevealWindow)

	before := s.balances(s.fp, s.sm, val0, val1, val2, ct.Agent)
	burnable := s.burnable()
	r := s.Tally(t, id)
	pen := valEvents(r, s.VM.UnpackValidatorPenalizedEvent)
	require.Len(t, pen, 1)
	require.Equal(t, s.Accounts[val2], pen[0].Validator)
	require.Equal(t, agi(100), pen[0].Slashed, "10% of 1000")
	require.False(t, pen[0].Revealed)
	sl := valEvents(r, s.SM.UnpackStakeSlashedEvent)
	require.Len(t, sl, 1)
	require.Equal(t, s.fp, sl[0].Recipient, "slashed validator stake goes to the FeePool")
	require.EqualValues(t, 1, sl[0].Role)
	// The FeePool accounts for it at once; the tokens stay in the
	// StakeManager. Nobody stakes as Platform, so all of it is to be burnt.
	s.requireDeltas(before, map[any]*big.Int{s.fp: new(big.Int), s.sm: new(big.Int), val2: new(big.Int)})
	require.Equal(t, valSum(burnable, agi(100)), s.burnable())
	require.Equal(t, agi(900), s.StakeOf(t, val2, 1))
	require.Equal(t, agi(2900), s.totalStake(1))
	require.EqualValues(t, 4, s.reputationOf(val2).Int64(), "the penalty costs a reputation point")
	st, ok := s.job(id)
	require.EqualValues(t, stCompleted, st)
	require.True(t, ok, "two approvals of two reveals meet the quorum")

	rewardees := ct.Call(t, s.Chain, s.vm, s.VM.PackRewardees(id), s.VM.UnpackRewardees)
	require.ElementsMatch(t, []common.Address{s.Accounts[val0], s.Accounts[val1]}, rewardees)
	s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	s.requireDeltas(before, map[any]*big.Int{
		val0: agi(50), val1: agi(50), val2: new(big.Int), ct.Agent: agi(900),
		s.fp: new(big.Int), s.sm: agi(-1000), // the reward left; the fee stays for the FeePool
	})
	require.Equal(t, valSum(burnable, agi(150)), s.burnable(), "the slash and the fee")
}

func TestMinorityVoterSlashed(t *testing.T) {
	s := newValScen(t)
	id, _ := s.Selected(t)
	s.Vote(t, id, []*bool{voteYes, voteYes, voteNo})
	before := s.balances(s.fp, val0, val1, val2, ct.Agent, ct.Employer)
	burnable := s.burnable()
	r := s.Tally(t, id)
	pen := valEvents(r, s.VM.UnpackValidatorPenalizedEvent)
	require.Len(t, pen, 1)
	require.Equal(t, s.Accounts[val2], pen[0].Validator)
	require.True(t, pen[0].Revealed)
	require.Equal(t, agi(100), pen[0].Slashed)
	require.Equal(t, agi(900), s.StakeOf(t, val2, 1))

	s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	s.requireDeltas(before, map[any]*big.Int{
		val0: agi(50), val1: agi(50), val2: new(big.Int), // only the majority is paid
		ct.Agent: agi(900), ct.Employer: new(big.Int), s.fp: new(big.Int),
	})
	require.Equal(t, valSum(burnable, agi(150)), s.burnable(), "the slash and the fee")
}

func TestSlashingReachesUnbondingStake(t *testing.T) {
	s := newValScen(t)
	s.must(ct.Owner, s.vm, s.VM.PackSetValidatorSlashingPct(big.NewInt(100)))
	s.must(val2, s.sm, s.SM.PackRequestWithdraw(1, agi(500)))
	id, _ := s.Selected(t)
	s.Vote(t, id, []*bool{voteYes, voteYes, nil})
	s.AdvanceTime(t, s.Params.RevealWindow)
	before := s.balances(s.fp, s.sm)
	burnable := s.burnable()
	r := s.Tally(t, id)
	pen := valEvents(r, s.VM.UnpackValidatorPenalizedEvent)
	require.Len(t, pen, 1)
	require.Equal(t, agi(1000), pen[0].Slashed, "active 500 + unbonding 500")
	require.Zero(t, s.StakeOf(t, val2, 1).Sign())
	require.Zero(t, s.pendingWithdrawal(val2, 1).Sign())
	require.Equal(t, agi(2000), s.totalStake(1))
	s.requireDeltas(before, map[any]*big.Int{s.fp: new(big.Int), s.sm: new(big.Int)})
	require.Equal(t, valSum(burnable, agi(1000)), s.burnable())
	s.AdvanceTime(t, s.Params.UnbondingPeriod)
	s.reverts("NoPendingWithdrawal", val2, s.sm, s.SM.PackFinalizeWithdraw(1))
}

// ---------------------------------------------------------------- disputes

func TestRejectedJobEmployerWins(t *testing.T) {
	s := newValScen(t)
	s.setModerator(ct.Moderator)
	before := s.balances(ct.Employer, ct.Agent, val0, val1, val2, s.fp, s.sm)
	burnable := s.burnable()
	id, _ := s.Selected(t)
	s.Vote(t, id, []*bool{voteNo, voteNo, voteYes})
	r := s.Tally(t, id)
	dis := valEvents(r, s.JR.UnpackJobDisputedEvent)
	require.Len(t, dis, 1)
	require.Equal(t, s.vm, dis[0].Caller, "a rejection is raised by the validation module")
	st, _ := s.job(id)
	require.EqualValues(t, stDisputed, st)
	pen := valEvents(r, s.VM.UnpackValidatorPenalizedEvent)
	require.Len(t, pen, 1)
	require.Equal(t, s.Accounts[val2], pen[0].Validator, "the approver voted against the tally")

	s.reverts("InvalidState", ct.Employer, s.jr, s.JR.PackFinalize(id))
	re := s.reverts("NotModerator", ct.Stranger, s.dm, disputes().PackResolve(id, false))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	r = s.must(ct.Moderator, s.dm, disputes().PackResolve(id, true))
	res := valEvents(r, s.JR.UnpackDisputeResolvedEvent)
	require.Len(t, res, 1)
	require.True(t, res[0].EmployerWins)
	comp := valEvents(r, s.JR.UnpackJobCompletedEvent)
	require.Len(t, comp, 1)
	require.False(t, comp[0].Success)
	dec := valEvents(r, disputes().UnpackDisputeDecidedEvent)
	require.Len(t, dec, 1)
	require.Equal(t, s.Accounts[ct.Moderator], dec[0].Moderator)
	st, ok := s.job(id)
	require.EqualValues(t, stCompleted, st)
	require.False(t, ok)
	re = s.reverts("InvalidState", ct.Moderator, s.dm, disputes().PackResolve(id, false))
	require.EqualValues(t, stCompleted, re.Args[1])
	s.reverts("AlreadyDisputed", ct.Agent, s.jr, s.JR.PackDispute(id, common.Hash{}, "again"))

	r = s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	sl := valEvents(r, s.SM.UnpackStakeSlashedEvent)
	require.Len(t, sl, 1)
	require.Equal(t, s.Accounts[ct.Agent], sl[0].User)
	require.Equal(t, s.Accounts[ct.Employer], sl[0].Recipient)
	require.Equal(t, agi(50), sl[0].Amount, "the job stake: 5% of the reward")
	// The employer paid 1050 and got back reward + fee - validator reward
	// (1000 + 50 - 100) plus the agent's job stake (50).
	s.requireDeltas(before, map[any]*big.Int{
		ct.Employer: agi(-50), ct.Agent: new(big.Int),
		val0: agi(50), val1: agi(50), val2: new(big.Int),
		s.fp: new(big.Int),
		s.sm: agi(-50), // the agent's job stake left; val2's slash stays for the FeePool
	})
	require.Equal(t, valSum(burnable, agi(100)), s.burnable(), "val2's slash, no fee on failure")
	amount, locked, _, active := s.stakeInfo(ct.Agent, 0)
	require.Equal(t, agi(50), amount)
	require.Zero(t, locked.Sign())
	require.Zero(t, active.Sign())
	n := certificate()
	require.Zero(t, ct.Call(t, s.Chain, s.nf, n.PackBalanceOf(s.Accounts[ct.Agent]), n.UnpackBalanceOf).Sign(), "no certificate on failure")
	st, _ = s.job(id)
	require.EqualValues(t, stFinalized, st)
}

func TestRejectedJobAgentWins(t *testing.T) {
	s := newValScen(t)
	before := s.balances(ct.Employer, ct.Agent, val0, val1, val2, s.fp)
	burnable := s.burnable()
	id, _ := s.Selected(t)
	s.Vote(t, id, []*bool{voteNo, voteNo, voteYes})
	s.Tally(t, id)

	// The agent adds its claim to the rejection; a claim can be made once.
	evidence := crypto.Keccak256Hash([]byte("my evidence"))
	r := s.must(ct.Agent, s.jr, s.JR.PackDispute(id, evidence, "the work is fine"))
	dis := valEvents(r, s.JR.UnpackJobDisputedEvent)
	require.Len(t, dis, 1)
	require.Equal(t, s.Accounts[ct.Agent], dis[0].Caller)
	d := ct.Call(t, s.Chain, s.dm, disputes().PackDisputes(id), disputes().UnpackDisputes)
	require.Equal(t, s.Accounts[ct.Agent], d.Claimant)
	require.Equal(t, evidence, common.Hash(d.EvidenceHash))
	s.reverts("AlreadyDisputed", ct.Employer, s.jr, s.JR.PackDispute(id, common.Hash{}, ""))

	// Governance (the owner) may resolve without being a moderator.
	s.must(ct.Owner, s.dm, disputes().PackResolve(id, false))
	st, ok := s.job(id)
	require.EqualValues(t, stCompleted, st)
	require.True(t, ok)
	s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	// The validators who carried the tally (the rejecters) share the reward.
	s.requireDeltas(before, map[any]*big.Int{
		ct.Employer: agi(-1050), ct.Agent: agi(900),
		val0: agi(50), val1: agi(50), val2: new(big.Int), s.fp: new(big.Int),
	})
	require.Equal(t, valSum(burnable, agi(150)), s.burnable(), "fee and val2's slash")
	n := certificate()
	require.Equal(t, s.Accounts[ct.Agent], ct.Call(t, s.Chain, s.nf, n.PackOwnerOf(id), n.UnpackOwnerOf))
	require.Equal(t, agi(100), s.StakeOf(t, ct.Agent, 0), "the job stake is released, not slashed")
}

func TestMissedQuorumGoesToDispute(t *testing.T) {
	s := newValScen(t)
	before := s.balances(ct.Agent, val0, val1, val2, s.fp)
	burnable := s.burnable()
	id, _ := s.Selected(t)
	s.Commit(t, id, val0, true)
	s.Commit(t, id, val1, true)
	s.AdvanceTime(t, s.Params.CommitWindow+time.Second)
	s.Reveal(t, id, val0, true)
	s.AdvanceTime(t, s.Params.RevealWindow)
	r := s.Tally(t, id)
	tal := valEvents(r, s.VM.UnpackValidationTalliedEvent)
	require.Len(t, tal, 1)
	require.False(t, tal[0].Success, "one reveal of three misses the 50% quorum")
	require.EqualValues(t, 1, tal[0].Approvals.Int64())
	res := valEvents(r, s.VM.UnpackValidationResultEvent)
	require.Len(t, res, 1)
	require.False(t, res[0].Success)
	st, _ := s.job(id)
	require.EqualValues(t, stDisputed, st)
	require.False(t, s.round(id).Quorum)
	// Without a quorum only the members who did not reveal are penalised.
	var penalised []common.Address
	for _, p := range valEvents(r, s.VM.UnpackValidatorPenalizedEvent) {
		require.False(t, p.Revealed)
		penalised = append(penalised, p.Validator)
	}
	require.ElementsMatch(t, []common.Address{s.Accounts[val1], s.Accounts[val2]}, penalised)
	require.Empty(t, ct.Call(t, s.Chain, s.vm, s.VM.PackRewardees(id), s.VM.UnpackRewardees))

	s.must(ct.Owner, s.dm, disputes().PackResolve(id, false))
	s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	s.requireDeltas(before, map[any]*big.Int{
		ct.Agent: agi(1000), // no validator carried a tally, so nobody shares the reward
		val0:     new(big.Int), val1: new(big.Int), val2: new(big.Int), s.fp: new(big.Int),
	})
	require.Equal(t, valSum(burnable, agi(250)), s.burnable(), "fee and two slashes")
}

func TestDisputeCompletedJob(t *testing.T) {
	s := newValScen(t)
	s.setModerator(ct.Moderator)
	before := s.balances(ct.Employer, ct.Agent, val0)
	id := s.validated(voteYes, voteYes, voteYes)
	st, _ := s.job(id)
	require.EqualValues(t, stCompleted, st)

	re := s.reverts("NotAllowed", ct.Stranger, s.jr, s.JR.PackDispute(id, common.Hash{}, ""))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	evidence := crypto.Keccak256Hash([]byte("it does not work"))
	r := s.must(ct.Employer, s.jr, s.JR.PackDispute(id, evidence, "broken"))
	raised := valEvents(r, disputes().UnpackDisputeRaisedEvent)
	require.Len(t, raised, 1)
	require.Equal(t, s.Accounts[ct.Employer], raised[0].Claimant)
	require.Equal(t, "broken", raised[0].Reason)
	st, _ = s.job(id)
	require.EqualValues(t, stDisputed, st)
	s.reverts("AlreadyDisputed", ct.Agent, s.jr, s.JR.PackDispute(id, common.Hash{}, ""))

	r = s.must(ct.Agent, s.dm, disputes().PackSubmitEvidence(id, evidence, "ipfs://logs"))
	ev := valEvents(r, disputes().UnpackEvidenceSubmittedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, s.Accounts[ct.Agent], ev[0].Party)
	require.Equal(t, "ipfs://logs", ev[0].Uri)
	s.must(ct.Employer, s.dm, disputes().PackSubmitEvidence(id, evidence, ""))
	re = s.reverts("NotParty", ct.Stranger, s.dm, disputes().PackSubmitEvidence(id, evidence, ""))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	s.reverts("NotModerator", ct.Agent, s.dm, disputes().PackResolve(id, false))

	s.must(ct.Moderator, s.dm, disputes().PackResolve(id, true))
	s.reverts("AlreadyDisputed", ct.Employer, s.jr, s.JR.PackDispute(id, common.Hash{}, ""))
	s.must(ct.Employer, s.jr, s.JR.PackFinalize(id))
	// The approving validators carried the tally and are paid; the employer
	// gets the rest of the escrow and the agent's job stake.
	s.requireDeltas(before, map[any]*big.Int{
		ct.Employer: valSum(agi(-1050), agi(1000), agi(50), valNeg(new(big.Int).Mul(valThird, big.NewInt(3))), agi(50)),
		ct.Agent:    new(big.Int), val0: valThird,
	})
}

func TestResolveNeedsDisputedJob(t *testing.T) {
	s := newValScen(t)
	id := s.validated(voteYes, voteYes, voteYes)
	re := s.reverts("InvalidState", ct.Owner, s.dm, disputes().PackResolve(id, true))
	require.EqualValues(t, stCompleted, re.Args[1])
	s.reverts("JobNotFound", ct.Owner, s.dm, disputes().PackResolve(big.NewInt(99), true))
	// Only the DisputeModule reports resolutions and only the
	// ValidationModule reports results.
	s.reverts("UnauthorizedCaller", ct.Owner, s.jr, s.JR.PackResolveDispute(id, true))
	s.reverts("UnauthorizedCaller", ct.Owner, s.jr, s.JR.PackOnValidationResult(id, true))
}

// ---------------------------------------------------------------- JobRegistry

func TestFinalizeCallerAndGrace(t *testing.T) {
	s := newValScen(t)
	a := s.validated(voteYes, voteYes, voteYes)
	b := s.validated(voteYes, voteYes, voteYes)
	// Governance may finalize at once.
	s.must(ct.Owner, s.jr, s.JR.PackFinalize(a))
	// Others wait for the grace period after completion.
	re := s.reverts("NotAllowed", ct.Agent, s.jr, s.JR.PackFinalize(b))
	require.Equal(t, s.Accounts[ct.Employer], re.Args[1])
	s.reverts("NotAllowed", ct.Stranger, s.jr, s.JR.PackFinalize(b))
	s.AdvanceTime(t, s.Params.ExpirationGracePeriod+time.Second)
	before := s.balances(ct.Agent)
	r := s.must(ct.Agent, s.jr, s.JR.PackFinalize(b))
	fin := valEvents(r, s.JR.UnpackJobFinalizedEvent)
	require.Len(t, fin, 1)
	require.Equal(t, s.Accounts[ct.Agent], fin[0].Worker)
	s.requireDeltas(before, map[any]*big.Int{ct.Agent: new(big.Int).Sub(agi(1000), new(big.Int).Mul(valThird, big.NewInt(3)))})
	re = s.reverts("InvalidState", ct.Employer, s.jr, s.JR.PackFinalize(b))
	require.EqualValues(t, stFinalized, re.Args[1])
}

func TestCreateJobValidation(t *testing.T) {
	s := newValScen(t)
	s.Approve(t, ct.Employer, agi(10_000_000))
	now := s.Now(t)
	create := func(reward *big.Int, deadline uint64, spec common.Hash) []byte {
		return s.JR.PackCreateJob(reward, deadline, spec, "ipfs://spec")
	}
	s.reverts("ZeroReward", ct.Employer, s.jr, create(new(big.Int), now+3600, ct.SpecHash))
	re := s.reverts("RewardTooHigh", ct.Employer, s.jr, create(agi(1_000_001), now+3600, ct.SpecHash))
	require.Equal(t, agi(1_000_000), re.Args[1])
	re = s.reverts("InvalidDeadline", ct.Employer, s.jr, create(agi(1), now, ct.SpecHash))
	require.EqualValues(t, now, re.Args[0])
	limit := uint64(s.Params.JobDurationLimit / time.Second)
	re = s.reverts("InvalidDeadline", ct.Employer, s.jr, create(agi(1), now+limit+10, ct.SpecHash))
	require.EqualValues(t, now+limit, re.Args[1].(*big.Int).Uint64())
	s.reverts("EmptyHash", ct.Employer, s.jr, create(agi(1), now+3600, common.Hash{}))
	// The escrow is pulled with the employer's approval, from its balance.
	s.reverts("ERC20InsufficientBalance", ct.Employer, s.jr, create(agi(999_999), now+3600, ct.SpecHash))
	s.reverts("ERC20InsufficientAllowance", ct.Employer2, s.jr, create(agi(1), now+3600, ct.SpecHash))
	re = s.reverts("TokenNotAllowed", ct.Employer, s.jr,
		s.JR.PackCreateJobWithToken(s.Accounts[ct.Stranger], agi(1), now+3600, ct.SpecHash, ""))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])

	// The duration limit itself is allowed; the default token by address is the default token.
	latest := s.Now(t) + limit
	r := s.must(ct.Employer, s.jr, create(agi(1), latest, ct.SpecHash))
	require.Equal(t, latest, s.Job(t, s.JobID(t, r)).Deadline)
	before := s.balances(ct.Employer)
	r = s.must(ct.Employer, s.jr, s.JR.PackCreateJobWithToken(s.D.Token, agi(2), s.Now(t)+3600, ct.SpecHash, ""))
	id := s.JobID(t, r)
	j := s.Job(t, id)
	require.Equal(t, s.D.Token, j.Token)
	require.Equal(t, agiMilli(100), j.Fee)
	require.Empty(t, valEvents(r, s.JR.UnpackJobTokenEvent))
	s.requireDeltas(before, map[any]*big.Int{ct.Employer: agiMilli(-2100)})

	// Unknown jobs.
	s.Approve(t, ct.Agent, agi(1)) // stakeAndApply deposits before it looks the job up
	missing := big.NewInt(99)
	for name, call := range map[string][]byte{
		"apply":         s.JR.PackApplyForJob(missing, "alice", nil),
		"stakeAndApply": s.JR.PackStakeAndApply(missing, agi(1), "alice", nil),
		"submit":        s.JR.PackSubmit(missing, ct.ResultHash, "", "", nil),
		"cancel":        s.JR.PackCancelJob(missing),
		"claimTimeout":  s.JR.PackClaimTimeout(missing),
		"finalize":      s.JR.PackFinalize(missing),
		"dispute":       s.JR.PackDispute(missing, common.Hash{}, ""),
	} {
		re := s.reverts("JobNotFound", ct.Agent, s.jr, call)
		require.Equal(t, missing, re.Args[0], name)
	}
	s.reverts("JobNotFound", ct.Employer, s.jr, s.JR.PackCancelJob(new(big.Int)))
	require.EqualValues(t, stNone, s.Job(t, missing).State)
}

func TestTransitionsFromWrongState(t *testing.T) {
	s := newValScen(t)
	s.Stake(t, ct.Agent, 0, agi(200)) // four open jobs lock 4 x 50
	created, _ := s.CreateJob(t, ct.Employer)
	applied := s.Applied(t)
	submitted := s.Submitted(t)
	completed := s.validated(voteYes, voteYes, voteYes)
	disputed := s.validated(voteNo, voteNo, voteNo)
	finalized, _ := s.RunLifecycle(t, [3]bool{true, true, true})
	cancelled, _ := s.CreateJob(t, ct.Employer)
	s.must(ct.Employer, s.jr, s.JR.PackCancelJob(cancelled))
	jobs := map[uint8]*big.Int{
		stCreated: created, stApplied: applied, stSubmitted: submitted, stCompleted: completed,
		stDisputed: disputed, stFinalized: finalized, stCancelled: cancelled,
	}
	for st, id := range jobs {
		got, _ := s.job(id)
		require.Equal(t, st, got)
	}
	type call struct {
		name    string
		from    int
		data    func(id *big.Int) []byte
		allowed []uint8 // states in which the call is legal
	}
	calls := []call{
		{"applyForJob", ct.Agent2, func(id *big.Int) []byte { return s.JR.PackApplyForJob(id, "bob", nil) }, []uint8{stCreated}},
		{"stakeAndApply", ct.Agent2, func(id *big.Int) []byte { return s.JR.PackStakeAndApply(id, agi(1), "bob", nil) }, []uint8{stCreated}},
		{"submit", ct.Agent, func(id *big.Int) []byte { return s.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil) }, []uint8{stApplied}},
		{"cancelJob", ct.Employer, func(id *big.Int) []byte { return s.JR.PackCancelJob(id) }, []uint8{stCreated}},
		{"claimTimeout", ct.Employer, func(id *big.Int) []byte { return s.JR.PackClaimTimeout(id) }, []uint8{stApplied}},
		{"finalize", ct.Employer, func(id *big.Int) []byte { return s.JR.PackFinalize(id) }, []uint8{stCompleted}},
		{"dispute", ct.Employer, func(id *big.Int) []byte { return s.JR.PackDispute(id, common.Hash{}, "") }, []uint8{stSubmitted, stCompleted, stDisputed}}, // Submitted: ValidationPending until it stalls (wiring_test.go)
	}
	s.Approve(t, ct.Agent2, agi(1)) // stakeAndApply deposits before it checks the job
	checked := 0
	for _, c := range calls {
		for st, id := range jobs {
			legal := false
			for _, a := range c.allowed {
				legal = legal || a == st
			}
			if legal {
				continue
			}
			re := s.reverts("InvalidState", c.from, s.jr, c.data(id))
			require.Equal(t, st, re.Args[1], "%s in state %d", c.name, st)
			checked++
		}
	}
	require.Equal(t, 7*7-9, checked)
	// Nothing moved.
	for st, id := range jobs {
		got, _ := s.job(id)
		require.Equal(t, st, got)
	}
}

func TestWrongCallers(t *testing.T) {
	s := newValScen(t)
	id, _ := s.CreateJob(t, ct.Employer)
	re := s.reverts("NotAllowed", ct.Stranger, s.jr, s.JR.PackCancelJob(id))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	require.Equal(t, s.Accounts[ct.Employer], re.Args[1])
	re = s.reverts("NotAllowed", ct.Employer, s.jr, s.JR.PackApplyForJob(id, "", nil))
	require.Equal(t, common.Address{}, re.Args[1], "an employer never takes its own job")
	re = s.reverts("NotAuthorizedAgent", ct.Stranger, s.jr, s.JR.PackApplyForJob(id, "mallory", nil))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	s.must(ct.Agent, s.jr, s.JR.PackApplyForJob(id, "alice", nil))
	re = s.reverts("NotAllowed", ct.Agent2, s.jr, s.JR.PackSubmit(id, ct.ResultHash, "", "bob", nil))
	require.Equal(t, s.Accounts[ct.Agent], re.Args[1])
	s.reverts("NotAllowed", ct.Agent, s.jr, s.JR.PackClaimTimeout(id))
	s.reverts("EmptyHash", ct.Agent, s.jr, s.JR.PackSubmit(id, common.Hash{}, "", "alice", nil))
}

func TestDeadlinePassed(t *testing.T) {
	s := newValScen(t)
	open, _ := s.CreateJob(t, ct.Employer) // deadline one day ahead
	taken := s.Applied(t)
	deadline := s.Job(t, taken).Deadline
	s.AdvanceTime(t, 24*time.Hour+time.Second)
	re := s.reverts("DeadlinePassed", ct.Agent, s.jr, s.JR.PackApplyForJob(open, "alice", nil))
	require.Equal(t, s.Job(t, open).Deadline, re.Args[0])
	re = s.reverts("DeadlinePassed", ct.Agent, s.jr, s.JR.PackSubmit(taken, ct.ResultHash, "", "alice", nil))
	require.Equal(t, deadline, re.Args[0])
	// The employer can still cancel the job nobody took.
	s.must(ct.Employer, s.jr, s.JR.PackCancelJob(open))
}

func TestClaimTimeout(t *testing.T) {
	s := newValScen(t)
	s.giveReputation(ct.Agent, 3)
	before := s.balances(ct.Employer, ct.Agent, s.sm)
	id := s.Applied(t)
	due := s.Job(t, id).Deadline + uint64(s.Params.ExpirationGracePeriod/time.Second)
	re := s.reverts("TimeoutNotReached", ct.Employer, s.jr, s.JR.PackClaimTimeout(id))
	require.EqualValues(t, due+1, re.Args[0].(*big.Int).Uint64())
	s.AdvanceTime(t, 24*time.Hour+time.Second) // past the deadline, inside the grace period
	s.reverts("TimeoutNotReached", ct.Employer, s.jr, s.JR.PackClaimTimeout(id))
	s.AdvanceTime(t, s.Params.ExpirationGracePeriod)
	r := s.must(ct.Employer, s.jr, s.JR.PackClaimTimeout(id))
	to := valEvents(r, s.JR.UnpackJobTimedOutEvent)
	require.Len(t, to, 1)
	require.Equal(t, s.Accounts[ct.Employer], to[0].Caller)
	require.Len(t, valEvents(r, s.JR.UnpackJobFinalizedEvent), 1)
	st, ok := s.job(id)
	require.EqualValues(t, stFinalized, st)
	require.False(t, ok)
	// Escrow back to the employer with the agent's slashed job stake (5%
	// of the reward, fixed at creation).
	require.Equal(t, agi(50), s.Job(t, id).Stake)
	s.requireDeltas(before, map[any]*big.Int{ct.Employer: agi(50), ct.Agent: new(big.Int), s.sm: agi(-50)})
	amount, locked, _, active := s.stakeInfo(ct.Agent, 0)
	require.Equal(t, agi(50), amount)
	require.Zero(t, locked.Sign())
	require.Zero(t, active.Sign())
	require.Equal(t, agi(150), s.totalStake(0))
	require.EqualValues(t, 2, s.reputationOf(ct.Agent).Int64())
	s.reverts("InvalidState", ct.Employer, s.jr, s.JR.PackClaimTimeout(id))
}

func TestCancelJobRefund(t *testing.T) {
	s := newValScen(t)
	before := s.balances(ct.Employer, s.sm)
	id, _ := s.CreateJob(t, ct.Employer)
	s.requireDeltas(before, map[any]*big.Int{ct.Employer: agi(-1050), s.sm: agi(1050)})
	r := s.must(ct.Employer, s.jr, s.JR.PackCancelJob(id))
	require.Len(t, valEvents(r, s.JR.UnpackJobCancelledEvent), 1)
	s.requireDeltas(before, map[any]*big.Int{ct.Employer: new(big.Int), s.sm: new(big.Int)})
	st, _ := s.job(id)
	require.EqualValues(t, stCancelled, st)
	re := s.reverts("InvalidState", ct.Employer, s.jr, s.JR.PackCancelJob(id))
	require.EqualValues(t, stCancelled, re.Args[1])
}

// TestModuleNotSet runs a JobRegistry wired to no DisputeModule and no
// FeePool: disputing and paying out a fee need them.
func TestModuleNotSet(t *testing.T) {
	s := newValScen(t)
	proxy := moduleproxy.NewModuleProxy()
	bare, _, err := s.Deploy(ct.Owner, common.FromHex(moduleproxy.ModuleProxyMetaData.Bin),
		proxy.PackConstructor(s.D.Implementations[deploy.JobRegistry], s.JR.PackInitialize(s.Accounts[ct.Owner], s.D.Token)))
	require.NoError(t, err)
	s.must(ct.Owner, bare, s.JR.PackSetStakeManager(s.sm))
	s.must(ct.Owner, bare, s.JR.PackSetValidationModule(s.vm))
	s.must(ct.Owner, bare, s.JR.PackSetIdentityRegistry(s.ir))
	s.must(ct.Owner, s.sm, s.SM.PackSetJobRegistry(bare))
	s.must(ct.Owner, s.vm, s.VM.PackSetJobRegistry(bare))

	s.Approve(t, ct.Employer, agi(1050))
	id := s.JobID(t, s.must(ct.Employer, bare, s.JR.PackCreateJob(agi(1000), s.Now(t)+3600, ct.SpecHash, "")))
	s.must(ct.Agent, bare, s.JR.PackApplyForJob(id, "alice", nil))
	s.must(ct.Agent, bare, s.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	s.Select(t, id)
	s.Vote(t, id, []*bool{voteYes, voteYes, voteYes})
	s.Tally(t, id)
	require.EqualValues(t, stCompleted, ct.Call(t, s.Chain, bare, s.JR.PackGetJob(id), s.JR.UnpackGetJob).State)
	s.reverts("ModuleNotSet", ct.Employer, bare, s.JR.PackFinalize(id))
	s.reverts("ModuleNotSet", ct.Employer, bare, s.JR.PackDispute(id, common.Hash{}, ""))
}

// ---------------------------------------------------------------- StakeManager

func TestStakeManagerSadPaths(t *testing.T) {
	s := newValScen(t)
	s.Approve(t, ct.Agent, agi(1000))
	re := s.reverts("InvalidRole", ct.Agent, s.sm, s.SM.PackDepositStake(3, agi(1)))
	require.EqualValues(t, 3, re.Args[0])
	s.reverts("InvalidRole", ct.Agent, s.sm, s.SM.PackRequestWithdraw(3, agi(1)))
	s.reverts("InvalidRole", ct.Agent, s.sm, s.SM.PackFinalizeWithdraw(3))
	s.reverts("ZeroAmount", ct.Agent, s.sm, s.SM.PackDepositStake(0, new(big.Int)))
	s.reverts("ZeroAmount", ct.Agent, s.sm, s.SM.PackRequestWithdraw(0, new(big.Int)))
	re = s.reverts("InsufficientStake", ct.Agent, s.sm, s.SM.PackRequestWithdraw(0, agi(101)))
	require.Equal(t, agi(100), re.Args[0])
	require.Equal(t, agi(101), re.Args[1])
	s.reverts("NoPendingWithdrawal", ct.Agent, s.sm, s.SM.PackFinalizeWithdraw(0))

	// A job locks 50 (5% of its reward) of the agent's 100.
	s.Applied(t)
	re = s.reverts("InsufficientStake", ct.Agent, s.sm, s.SM.PackRequestWithdraw(0, agi(51)))
	require.Equal(t, agi(50), re.Args[0])
	r := s.must(ct.Agent, s.sm, s.SM.PackRequestWithdraw(0, agi(50)))
	wr := valEvents(r, s.SM.UnpackWithdrawRequestedEvent)
	require.Len(t, wr, 1)
	head, err := s.Client.HeaderByNumber(t.Context(), r.BlockNumber)
	require.NoError(t, err)
	require.Equal(t, head.Time+uint64(s.Params.UnbondingPeriod/time.Second), wr[0].UnlockAt)
	require.Equal(t, agi(50), s.StakeOf(t, ct.Agent, 0))
	require.Equal(t, agi(150), s.totalStake(0), "unbonding stake stops counting at once")
	re = s.reverts("WithdrawalLocked", ct.Agent, s.sm, s.SM.PackFinalizeWithdraw(0))
	require.Equal(t, wr[0].UnlockAt, re.Args[0])

	// With all free stake unbonding the agent cannot take another job.
	other, _ := s.CreateJob(t, ct.Employer)
	re = s.reverts("InsufficientStake", ct.Agent, s.jr, s.JR.PackApplyForJob(other, "alice", nil))
	require.Zero(t, re.Args[0].(*big.Int).Sign())
	require.Equal(t, agi(50), re.Args[1])

	s.AdvanceTime(t, s.Params.UnbondingPeriod)
	before := s.balances(ct.Agent)
	r = s.must(ct.Agent, s.sm, s.SM.PackFinalizeWithdraw(0))
	require.Len(t, valEvents(r, s.SM.UnpackStakeWithdrawnEvent), 1)
	s.requireDeltas(before, map[any]*big.Int{ct.Agent: agi(50)})
	require.Zero(t, s.pendingWithdrawal(ct.Agent, 0).Sign())
	s.reverts("NoPendingWithdrawal", ct.Agent, s.sm, s.SM.PackFinalizeWithdraw(0))

	// Below the minimum agent stake nobody may apply.
	s.must(ct.Agent2, s.sm, s.SM.PackRequestWithdraw(0, agi(95)))
	fresh, _ := s.CreateJob(t, ct.Employer)
	re = s.reverts("InsufficientStake", ct.Agent2, s.jr, s.JR.PackApplyForJob(fresh, "bob", nil))
	require.Equal(t, agi(5), re.Args[0])
	require.Equal(t, agi(10), re.Args[1])
}

func TestTooManyActiveJobs(t *testing.T) {
	s := newValScen(t)
	s.must(ct.Owner, s.jr, s.JR.PackSetMaxActiveJobsPerAgent(big.NewInt(2)))
	s.Stake(t, ct.Agent, 0, agi(100)) // stake for three jobs of 50: the count is the limit
	s.Applied(t)
	s.Applied(t)
	third, _ := s.CreateJob(t, ct.Employer)
	re := s.reverts("TooManyActiveJobs", ct.Agent, s.jr, s.JR.PackApplyForJob(third, "alice", nil))
	require.EqualValues(t, 2, re.Args[0].(*big.Int).Int64())
	// Another agent is not affected; zero means no limit.
	s.must(ct.Agent2, s.jr, s.JR.PackApplyForJob(third, "bob", nil))
	fourth, _ := s.CreateJob(t, ct.Employer)
	s.must(ct.Owner, s.jr, s.JR.PackSetMaxActiveJobsPerAgent(new(big.Int)))
	s.must(ct.Agent, s.jr, s.JR.PackApplyForJob(fourth, "alice", nil))
	_, locked, _, active := s.stakeInfo(ct.Agent, 0)
	require.Equal(t, agi(150), locked)
	require.EqualValues(t, 3, active.Int64())
}

func TestStakeAndApply(t *testing.T) {
	s := newValScen(t)
	s.must(ct.Owner, s.ir, s.IR.PackAddAdditionalAgent(s.Accounts[ct.Stranger]))
	id, _ := s.CreateJob(t, ct.Employer)
	s.Approve(t, ct.Stranger, agi(60))
	s.reverts("ZeroAmount", ct.Stranger, s.jr, s.JR.PackStakeAndApply(id, new(big.Int), "carol", nil))
	re := s.reverts("InsufficientStake", ct.Stranger, s.jr, s.JR.PackStakeAndApply(id, agi(5), "carol", nil))
	require.Equal(t, agi(5), re.Args[0])
	require.Equal(t, agi(10), re.Args[1], "below the minimum agent stake")
	// Above the minimum but below the job stake (5% of the reward).
	re = s.reverts("InsufficientStake", ct.Stranger, s.jr, s.JR.PackStakeAndApply(id, agi(49), "carol", nil))
	require.Equal(t, agi(49), re.Args[0])
	require.Equal(t, agi(50), re.Args[1])
	require.Zero(t, s.StakeOf(t, ct.Stranger, 0).Sign(), "the deposit is rolled back with the application")

	before := s.balances(ct.Stranger, s.sm)
	r := s.must(ct.Stranger, s.jr, s.JR.PackStakeAndApply(id, agi(60), "carol", nil))
	dep := valEvents(r, s.SM.UnpackStakeDepositedEvent)
	require.Len(t, dep, 1)
	require.Equal(t, s.Accounts[ct.Stranger], dep[0].User)
	require.Len(t, valEvents(r, s.JR.UnpackAgentAssignedEvent), 1)
	s.requireDeltas(before, map[any]*big.Int{ct.Stranger: agi(-60), s.sm: agi(60)})
	amount, locked, _, _ := s.stakeInfo(ct.Stranger, 0)
	require.Equal(t, agi(60), amount)
	require.Equal(t, agi(50), locked)
	j := s.Job(t, id)
	require.EqualValues(t, stApplied, j.State)
	require.Equal(t, s.Accounts[ct.Stranger], j.Agent)
	require.Equal(t, agi(50), j.Stake)
}

func TestValidatorStakeLockedDuringCommittee(t *testing.T) {
	s := newValScen(t)
	s.must(ct.Owner, s.sm, s.SM.PackSetUnbondingPeriod(new(big.Int)))
	// val0 starts unbonding 100 before it is drawn; with no unbonding period
	// it could leave at once, but the committee lock holds it.
	s.must(val0, s.sm, s.SM.PackRequestWithdraw(1, agi(100)))
	id, _ := s.Selected(t)
	until := s.round(id).RevealDeadline.Uint64() + uint64(s.Params.RevealWindow/time.Second)
	_, _, lockedUntil, _ := s.stakeInfo(val0, 1)
	require.Equal(t, until, lockedUntil)
	re := s.reverts("StakeLocked", val0, s.sm, s.SM.PackRequestWithdraw(1, agi(1)))
	require.Equal(t, until, re.Args[0])
	re = s.reverts("StakeLocked", val0, s.sm, s.SM.PackFinalizeWithdraw(1))
	require.Equal(t, until, re.Args[0])
	s.Stake(t, val0, 1, agi(1)) // adding stake is always possible

	s.AdvanceTime(t, s.Params.CommitWindow+2*s.Params.RevealWindow+time.Second)
	before := s.balances(val0)
	s.must(val0, s.sm, s.SM.PackFinalizeWithdraw(1))
	s.requireDeltas(before, map[any]*big.Int{val0: agi(100)})
	s.must(val0, s.sm, s.SM.PackRequestWithdraw(1, agi(1)))
}

// ---------------------------------------------------------------- FeePool

func TestFeePoolDistributeAndClaim(t *testing.T) {
	s := newValScen(t)
	f := fees()
	token := s.D.Token
	supply := func() *big.Int {
		return ct.Call(t, s.Chain, token, s.Token.PackTotalSupply(), s.Token.UnpackTotalSupply)
	}
	pending := func(i int) *big.Int {
		return ct.Call(t, s.Chain, s.fp, f.PackPending(token, s.Accounts[i]), f.UnpackPending)
	}
	accounted := func() *big.Int {
		a, _ := s.feeBuckets(token)
		return a
	}
	// Nobody but governance distributes, and only stray transfers.
	re := s.reverts(errOwnable, ct.Stranger, s.fp, f.PackDistribute(token))
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	s.reverts("NothingToDistribute", ct.Owner, s.fp, f.PackDistribute(token))
	s.reverts("NothingToBurn", ct.Stranger, s.fp, f.PackBurn(token))

	// Without Platform stake a fee has nobody to credit: all of it is to
	// be burnt, by anyone.
	s.RunLifecycle(t, [3]bool{true, true, true}) // 50 in fees
	require.Zero(t, accounted().Sign())
	require.Equal(t, agi(50), s.burnable())
	s0, sm0 := supply(), s.Balance(t, s.sm)
	r := s.must(ct.Stranger, s.fp, f.PackBurn(token))
	burnt := valEvents(r, f.UnpackFeesBurnedEvent)
	require.Len(t, burnt, 1)
	require.Equal(t, agi(50), burnt[0].Amount)
	require.Equal(t, new(big.Int).Sub(s0, agi(50)), supply(), "the stake token is burnt")
	require.Equal(t, new(big.Int).Sub(sm0, agi(50)), s.Balance(t, s.sm), "from the StakeManager's custody")
	s.reverts("NothingToBurn", ct.Stranger, s.fp, f.PackBurn(token))

	// A fee is credited when it arrives, to the Platform stake held then.
	s.Stake(t, platformA, 2, agi(300))
	s.Stake(t, platformB, 2, agi(100))
	_, steps := s.RunLifecycle(t, [3]bool{true, true, true})
	require.Equal(t, "finalize", steps[len(steps)-1].Name)
	require.Equal(t, agiMilli(33_750), pending(platformA), "3/4 of 45")
	require.Equal(t, agiMilli(11_250), pending(platformB), "1/4 of 45")
	require.Equal(t, agi(45), accounted())
	require.Equal(t, agi(5), s.burnable(), "10% burn share")

	// Stake added after a fee earns none of it; B's stake change settles
	// what B earned at the old stake.
	s.Stake(t, platformB, 2, agi(200))
	require.Equal(t, agiMilli(11_250), pending(platformB))
	s.RunLifecycle(t, [3]bool{true, true, true})
	require.Equal(t, agiMilli(33_750+22_500), pending(platformA))
	require.Equal(t, agiMilli(11_250+22_500), pending(platformB))

	// Claims are paid out of the StakeManager, where the fees stayed.
	before := s.balances(platformA, platformB, s.fp, s.sm)
	r = s.must(platformA, s.fp, f.PackClaim(token))
	cl := valEvents(r, f.UnpackFeesClaimedEvent)
	require.Len(t, cl, 1)
	require.Equal(t, agiMilli(56_250), cl[0].Amount)
	s.must(platformB, s.fp, f.PackClaim(token))
	s.requireDeltas(before, map[any]*big.Int{
		platformA: agiMilli(56_250), platformB: agiMilli(33_750), s.fp: new(big.Int), s.sm: agiMilli(-90_000),
	})
	s.reverts("NothingToClaim", platformA, s.fp, f.PackClaim(token))
	re = s.reverts("NothingToClaim", ct.Stranger, s.fp, f.PackClaim(token))
	require.Equal(t, token, re.Args[0])
	require.Zero(t, accounted().Sign())

	// A unbonds: it stops earning at once.
	s.must(platformA, s.sm, s.SM.PackRequestWithdraw(2, agi(300)))
	s.RunLifecycle(t, [3]bool{true, true, true})
	require.Zero(t, pending(platformA).Sign())
	require.Equal(t, agi(45), pending(platformB))
	require.Equal(t, agi(45), accounted(), "every accounted token is owed to a staker")

	// Tokens sent to the pool directly wait for governance, which moves
	// them into the StakeManager's custody and credits the stake held then.
	s.must(ct.Owner, token, s.Token.PackTransfer(s.fp, agi(10)))
	require.Equal(t, agi(45), pending(platformB), "a stray transfer is not shared by itself")
	before = s.balances(s.fp, s.sm)
	r = s.must(ct.Owner, s.fp, f.PackDistribute(token))
	dist := valEvents(r, f.UnpackFeesDistributedEvent)
	require.Len(t, dist, 1)
	require.Equal(t, agi(10), dist[0].Amount)
	require.Equal(t, agi(1), dist[0].Burned)
	s.requireDeltas(before, map[any]*big.Int{s.fp: agi(-10), s.sm: agi(10)})
	require.Equal(t, agi(54), pending(platformB))
	s.reverts("NothingToDistribute", ct.Owner, s.fp, f.PackDistribute(token))
}

// ---------------------------------------------------------------- pause

func TestPauseDuringVoting(t *testing.T) {
	s := newValScen(t)
	sp := pauser()
	re := s.reverts("NotGuardian", ct.Stranger, s.sp, sp.PackPauseAll())
	require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
	s.must(ct.Owner, s.sp, sp.PackSetGuardian(s.Accounts[ct.Moderator]))
	id, _ := s.Selected(t)
	s.must(ct.Moderator, s.sp, sp.PackPauseAll())
	commit := s.VM.PackCommitValidation(id, s.VoteHash(t, id, val0, true), "validator", nil)
	s.reverts("EnforcedPause", val0, s.vm, commit)
	s.reverts("OwnableUnauthorizedAccount", ct.Moderator, s.sp, sp.PackUnpauseAll())
	s.must(ct.Owner, s.sp, sp.PackUnpauseAll())
	s.must(val0, s.vm, commit)
}

// ---------------------------------------------------------------- ValidationModule settings

func TestValidationSettingRanges(t *testing.T) {
	s := newValScen(t)
	u := func(v int64) *big.Int { return big.NewInt(v) }
	for _, c := range []struct {
		data []byte
		min  int64
		max  int64
	}{
		{s.VM.PackSetValidatorsPerJob(u(0)), 1, 16},
		{s.VM.PackSetValidatorsPerJob(u(17)), 1, 16},
		{s.VM.PackSetCommitRevealWindows(u(59), u(3600)), 60, 30 * 86400},
		{s.VM.PackSetCommitRevealWindows(u(3600), u(30*86400+1)), 60, 30 * 86400},
		{s.VM.PackSetApprovalThreshold(u(0)), 1, 100},
		{s.VM.PackSetApprovalThreshold(u(101)), 1, 100},
		{s.VM.PackSetRevealQuorum(u(50), u(17)), 0, 16},
	} {
		re := s.reverts("OutOfRange", ct.Owner, s.vm, c.data)
		require.EqualValues(t, c.min, re.Args[1].(*big.Int).Int64())
		require.EqualValues(t, c.max, re.Args[2].(*big.Int).Int64())
	}
	big129 := make([]common.Address, 129)
	for i := range big129 {
		big129[i] = common.BigToAddress(big.NewInt(int64(i + 1)))
	}
	re := s.reverts("OutOfRange", ct.Owner, s.vm, s.VM.PackSetValidatorPool(big129))
	require.EqualValues(t, 129, re.Args[0].(*big.Int).Int64())
	re = s.reverts("DuplicateValidator", ct.Owner, s.vm,
		s.VM.PackSetValidatorPool([]common.Address{s.Accounts[val0], s.Accounts[val1], s.Accounts[val0]}))
	require.Equal(t, s.Accounts[val0], re.Args[0])
	s.reverts("ZeroAddress", ct.Owner, s.vm, s.VM.PackSetValidatorPool([]common.Address{s.Accounts[val0], {}}))
	s.reverts("InvalidPercentage", ct.Owner, s.vm, s.VM.PackSetValidatorSlashingPct(u(101)))
	// The pool is unchanged.
	require.Len(t, ct.Call(t, s.Chain, s.vm, s.VM.PackValidatorPool(), s.VM.UnpackValidatorPool), 3)
}

// TestFeePoolRoundingNeverOwesMoreThanItAccounts: what stakers can claim
// must never exceed what the pool accounted for them. Rounding each fee's
// credit down while stakers' claims are rounded once over several fees let
// claims exceed the accounted sum: the last claim underflowed and the
// difference was paid a second time. Governance lowers the reward floor to
// one wei, so that fees of a single wei arrive.
func TestFeePoolRoundingNeverOwesMoreThanItAccounts(t *testing.T) {
	s := newValScen(t)
	f := fees()
	token := s.D.Token
	s.must(ct.Owner, s.jr, s.JR.PackSetTokenConfig(token, big.NewInt(1), s.Params.MaxJobReward, big.NewInt(500)))
	tinyJob := func() {
		s.Approve(t, ct.Employer, big.NewInt(21))
		id := s.JobID(t, s.must(ct.Employer, s.jr, s.JR.PackCreateJob(big.NewInt(20), s.Now(t)+3600, ct.SpecHash, "")))
		s.must(ct.Agent, s.jr, s.JR.PackApplyForJob(id, "alice", nil))
		s.must(ct.Agent, s.jr, s.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
		s.Select(t, id)
		s.Vote(t, id, []*bool{voteYes, voteYes, voteYes})
		s.Tally(t, id)
		s.must(ct.Employer, s.jr, s.JR.PackFinalize(id)) // a fee of 1 wei, credited at once
	}
	s.Stake(t, platformA, 2, big.NewInt(3)) // three wei of Platform stake
	claimable := func() *big.Int {
		return ct.Call(t, s.Chain, s.fp, f.PackPending(token, s.Accounts[platformA]), f.UnpackPending)
	}
	// What the StakeManager holds beyond stakes (nothing unbonds, no job is
	// open after each round) is what it keeps for the FeePool.
	held := func() *big.Int {
		h := s.Balance(t, s.sm)
		for r := uint8(0); r < 3; r++ {
			h.Sub(h, s.totalStake(r))
		}
		return h
	}
	for i := 0; i < 3; i++ {
		tinyJob()
		accounted, burnable := s.feeBuckets(token)
		require.LessOrEqual(t, claimable().Cmp(accounted), 0,
			"after fee %d: claimable %s > accounted %s", i+1, claimable(), accounted)
		require.LessOrEqual(t, valSum(accounted, burnable).Cmp(held()), 0)
	}
	before := s.balances(platformA)
	want := claimable()
	require.Positive(t, want.Sign())
	s.must(platformA, s.fp, f.PackClaim(token))
	s.requireDeltas(before, map[any]*big.Int{platformA: want})
}

// TestFeePoolTokenLimit: the pool tracks at most MAX_FEE_TOKENS tokens, which
// bounds the cost of the stake hook. Slots are reserved when governance
// allowlists a token (the stake token took one at wiring); nobody else can
// take one.
func TestFeePoolTokenLimit(t *testing.T) {
	s := newValScen(t)
	f := fees()
	limit := ct.Call(t, s.Chain, s.fp, f.PackMAXFEETOKENS(), f.UnpackMAXFEETOKENS)
	require.EqualValues(t, 16, limit.Int64())
	require.Equal(t, []common.Address{s.D.Token}, ct.Call(t, s.Chain, s.fp, f.PackFeeTokens(), f.UnpackFeeTokens))
	s.Stake(t, platformA, 2, agi(1))
	bin := common.FromHex(agialphatoken.AGIALPHATokenMetaData.Bin)
	tokens := []common.Address{s.D.Token}
	deployToken := func() common.Address {
		tok, _, err := s.Deploy(ct.Owner, bin, s.Token.PackConstructor(s.Accounts[ct.Owner]))
		require.NoError(t, err)
		return tok
	}
	for len(tokens) < int(limit.Int64()) {
		tok := deployToken()
		// Neither a stranger nor a stray transfer takes a slot.
		re := s.reverts("UnauthorizedCaller", ct.Stranger, s.fp, f.PackRegisterToken(tok))
		require.Equal(t, s.Accounts[ct.Stranger], re.Args[0])
		s.must(ct.Owner, tok, s.Token.PackMint(s.fp, agi(1)))
		s.reverts(errOwnable, ct.Stranger, s.fp, f.PackDistribute(tok))
		r := s.must(ct.Owner, s.jr, s.JR.PackSetTokenAllowed(tok, true))
		require.Len(t, valEvents(r, f.UnpackFeeTokenRegisteredEvent), 1)
		tokens = append(tokens, tok)
	}
	require.Equal(t, tokens, ct.Call(t, s.Chain, s.fp, f.PackFeeTokens(), f.UnpackFeeTokens))
	extra := deployToken()
	s.reverts("TooManyFeeTokens", ct.Owner, s.jr, s.JR.PackSetTokenAllowed(extra, true))
	s.reverts("TooManyFeeTokens", ct.Owner, s.fp, f.PackRegisterToken(extra))
	require.False(t, ct.Call(t, s.Chain, s.jr, s.JR.PackIsTokenAllowed(extra), s.JR.UnpackIsTokenAllowed))
	require.Len(t, ct.Call(t, s.Chain, s.fp, f.PackFeeTokens(), f.UnpackFeeTokens), int(limit.Int64()))
	// Tokens already tracked keep being shared; allowing one again is free.
	s.must(ct.Owner, s.jr, s.JR.PackSetTokenAllowed(tokens[1], false))
	r := s.must(ct.Owner, s.jr, s.JR.PackSetTokenAllowed(tokens[1], true))
	require.Empty(t, valEvents(r, f.UnpackFeeTokenRegisteredEvent))
	s.must(ct.Owner, s.fp, f.PackDistribute(tokens[1]))
	require.Equal(t, agiMilli(900), ct.Call(t, s.Chain, s.fp, f.PackPending(tokens[1], s.Accounts[platformA]), f.UnpackPending))
}

// TestStakeChangeRightAfterAnotherFitsItsEstimate: gas is estimated against
// the head block and the transaction is mined in the next one. A validator's
// stake change writes a checkpoint keyed by its block; when it was estimated
// in the block of the validator's previous change and an update in place
// were cheaper than the append it makes in the next block, it would run out
// of the usual 20% margin (chaintest, like the SDK's client, adds 20% to the
// estimate). Every change appends, so the estimate holds.
func TestStakeChangeRightAfterAnotherFitsItsEstimate(t *testing.T) {
	s := newValScen(t)
	s.Approve(t, val0, agi(10))
	s.must(val0, s.sm, s.SM.PackDepositStake(1, agi(1)))
	est, err := s.Client.EstimateGas(t.Context(), ethereum.CallMsg{From: s.Accounts[val0], To: &s.sm, Data: s.SM.PackDepositStake(1, agi(1))})
	require.NoError(t, err)
	r, err := s.Send(val0, s.sm, s.SM.PackDepositStake(1, agi(1)))
	if r != nil {
		t.Logf("estimated %d gas at the head block, used %d in the next", est, r.GasUsed)
	}
	require.NoError(t, err, "a validator's second stake change in consecutive blocks, sent with the estimate + 20%% (%d gas)", est+est/5)
}
