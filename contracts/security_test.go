package contracts_test

// Attack tests of issue 9: each test runs one attack that worked against the
// previous contracts and asserts that it now fails, with the exact revert
// error or the exact balances. Helpers are in security_helpers_test.go.

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/stretchr/testify/require"

	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
	"github.com/agijobs/agijobs-go/internal/testcontracts/validationmodulev2"
)

// ---------------------------------------------------------------- 1. stake grinding

// TestAttackCommitteeGrindingByStakeDeposit: a pool validator waits until
// the target block R of a job's draw is mined (its hash and header, hence
// the seed, are public), then simulates "deposit k wei, then select" for
// k = 0..K and would send the k that gives it the committee. The draw's
// weights are the stakes checkpointed at the end of block R - secDelay - 1, before the
// submission, so every k yields the same committee; the same grinding
// against weights read at selection time (the old design) would have changed
// the committee and found a colluding majority.
func TestAttackCommitteeGrindingByStakeDeposit(t *testing.T) {
	t.Parallel()
	p := secPoolTemplate.Protocol(t)
	jr, vm, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	attacker, partner := p.Accounts[secColluderA], p.Accounts[secColluderB]
	secApproveMax(t, p, ct.Employer, p.D.Token)
	secApproveMax(t, p, secColluderA, p.D.Token)
	secApproveMax(t, p, secColluderB, p.D.Token)
	before := p.StakeOf(t, secColluderA, 1)

	id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	rs := p.MustSendR(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "ipfs://result", "alice", nil))
	S := rs.BlockNumber.Uint64()
	R := p.SelectionBlock(t, id)
	require.Equal(t, S+secDelay, R, "target block = submit block + TARGET_DELAY")
	// A deposit between the submission and R (seed not yet known) counts neither.
	p.MustSend(t, secColluderB, sm, p.SM.PackDepositStake(1, big.NewInt(12345)))
	secMineTo(t, p, R+1) // R is mined: its header is public

	target := secReadTarget(t, p, id)
	header := secEncode(t, target.Header)
	sel := p.VM.PackSelectValidatorsWithHeader(id, header)
	base := secSimulate(t, p, secSimCall{ct.Stranger, vm, sel})
	committee, err := p.VM.UnpackSelectValidatorsWithHeader(base[0])
	require.NoError(t, err)
	require.Len(t, committee, 3)
	// The Go model of the draw predicts the committee from the checkpointed
	// weights and mixHash(R): the seed and weights are what the contract says.
	require.Equal(t, committee, target.committee(id, target.Header.MixDigest, target.Weights))
	require.Equal(t, before, ct.Call(t, p.Chain, sm, p.SM.PackValidatorStakeAt(attacker, new(big.Int).SetUint64(R-secDelay-1)), p.SM.UnpackValidatorStakeAt))

	live := secLiveWeights(t, p, id, target.Pool)
	const K = 64
	oldRuleDifferent, oldRuleFirstMajority := 0, -1
	for k := 0; k <= K; k++ {
		amount := big.NewInt(int64(k))
		calls := []secSimCall{}
		if k > 0 {
			calls = append(calls, secSimCall{secColluderA, sm, p.SM.PackDepositStake(1, amount)})
		}
		calls = append(calls,
			secSimCall{ct.Stranger, vm, sel},
			secSimCall{ct.Stranger, sm, p.SM.PackStakeOf(attacker, 1)})
		out := secSimulate(t, p, calls...)
		got, err := p.VM.UnpackSelectValidatorsWithHeader(out[len(out)-2])
		require.NoError(t, err)
		require.Equal(t, committee, got, "deposit of %d wei after R changed the committee", k)
		// The deposit did happen in the simulation.
		st, err := p.SM.UnpackStakeOf(out[len(out)-1])
		require.NoError(t, err)
		require.Equal(t, new(big.Int).Add(p.StakeOf(t, secColluderA, 1), amount), st)

		// Control: with the weights read at selection (the old design) the
		// same deposit re-rolls the draw.
		old := target.committee(id, target.Header.MixDigest, live.withExtra(attacker, amount))
		if k > 0 && !secEqual(old, committee) {
			oldRuleDifferent++
		}
		if k > 0 && oldRuleFirstMajority < 0 && secSeats(old, attacker, partner) >= 2 {
			oldRuleFirstMajority = k
		}
	}
	// Further out, until the old rule gives the colluders a majority (each k
	// is a fresh draw there: the chance that none of 1000 does is (6/7)^1000).
	for k := K + 1; oldRuleFirstMajority < 0 && k < 1000; k++ {
		if secSeats(target.committee(id, target.Header.MixDigest, live.withExtra(attacker, big.NewInt(int64(k)))), attacker, partner) >= 2 {
			oldRuleFirstMajority = k
		}
	}
	t.Logf("old design: %d of %d deposits re-rolled the committee; first colluding majority at k = %d wei", oldRuleDifferent, K, oldRuleFirstMajority)
	require.Greater(t, oldRuleDifferent, K/2, "the control shows that grinding worked against live weights")
	require.Positive(t, oldRuleFirstMajority)

	// The attack for real: deposit the k that captured the committee under the
	// old rule, then select.
	p.MustSend(t, secColluderA, sm, p.SM.PackDepositStake(1, big.NewInt(int64(oldRuleFirstMajority))))
	r := p.MustSendR(t, secColluderB, vm, sel)
	ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, committee, ev[0].Validators)
	require.Equal(t, committee, ct.Call(t, p.Chain, vm, p.VM.PackValidators(id), p.VM.UnpackValidators))
}

// TestAttackCommitteeGrindingFrontRunsSubmit: the validator sees the agent's
// submit in the mempool and gets a large deposit mined in the same block,
// ahead of it. The weights are the stakes at the end of the block before the
// submission, so the deposit does not count in that job's draw (it counts
// from the next job on; nobody knew this draw's seed when it was made).
func TestAttackCommitteeGrindingFrontRunsSubmit(t *testing.T) {
	t.Parallel()
	p := secPoolTemplate.Protocol(t)
	jr, vm, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	attacker := p.Accounts[secColluderA]
	secApproveMax(t, p, ct.Employer, p.D.Token)
	secApproveMax(t, p, secColluderA, p.D.Token)
	before := p.StakeOf(t, secColluderA, 1)
	id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	deposit, again := deploy.Ether(500_000), deploy.Ether(7)
	rs := secSendSameBlock(t, p, []secSimCall{
		{secColluderA, sm, p.SM.PackDepositStake(1, deposit)},
		{ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil)},
		{secColluderA, sm, p.SM.PackDepositStake(1, again)}, // a second change in the same block
	}, []int64{50, 10, 1})
	S := rs[1].BlockNumber.Uint64()
	require.Equal(t, S, rs[0].BlockNumber.Uint64(), "same block")
	require.Equal(t, S, rs[2].BlockNumber.Uint64(), "same block")
	require.Less(t, rs[0].TransactionIndex, rs[1].TransactionIndex, "the deposit went first")
	require.Equal(t, S+secDelay, p.SelectionBlock(t, id))
	at := func(n uint64) *big.Int {
		return ct.Call(t, p.Chain, sm, p.SM.PackValidatorStakeAt(attacker, new(big.Int).SetUint64(n)), p.SM.UnpackValidatorStakeAt)
	}
	require.Equal(t, before, at(S-1))
	require.Equal(t, secAdd(before, deposit, again), at(S), "the last change of block S")
	require.Equal(t, secAdd(before, deposit, again), at(S+1))

	secMineTo(t, p, S+secDelay+1)
	target := secReadTarget(t, p, id)
	r := p.MustSendR(t, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(id, secEncode(t, target.Header)))
	ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, target.committee(id, target.Header.MixDigest, target.Weights), ev[0].Validators)
	for i, a := range target.Pool {
		if a == attacker {
			require.Equal(t, before, target.Weights[i], "the front-running deposit is not in the weights")
		}
	}
}

// TestAttackCommitteeGrindingRateStaysFair runs the grinding attack over many
// jobs: two colluding validators in a pool of seven equal stakes, one of
// them simulating deposits of k = 0..secGrindK-1 wei once each job's target
// block is mined and sending the best one (or a random one) before the
// selection. Their committee majority rate must stay within statistical
// noise of the fair odds of a stake-weighted draw of 3 out of 7 without
// replacement (computed exactly per job from the checkpointed weights:
// 5/35 = 1/7 with equal stakes); the old design gave them 4 majorities out
// of 4 jobs.
func TestAttackCommitteeGrindingRateStaysFair(t *testing.T) {
	t.Parallel()
	jobs := secEnvInt("AGIJOBS_GRIND_JOBS", secGrindJobs)
	if testing.Short() {
		jobs = 60
	}
	p := secPoolTemplate.Protocol(t)
	jr, vm, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	attacker, partner := p.Accounts[secColluderA], p.Accounts[secColluderB]
	secApproveMax(t, p, ct.Employer, p.D.Token)
	secApproveMax(t, p, secColluderA, p.D.Token)
	// Jobs stay in their vote; let the agent hold them all.
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetMaxActiveJobsPerAgent(big.NewInt(0)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetJobStake(big.NewInt(0)))
	reward := deploy.Ether(1) // the default floor
	pool := ct.Call(t, p.Chain, vm, p.VM.PackValidatorPool(), p.VM.UnpackValidatorPool)
	min := ct.Call(t, p.Chain, vm, p.VM.PackMinValidatorStake(), p.VM.UnpackMinValidatorStake)
	require.Len(t, pool, 7)

	// Exact fair odds with equal stakes: C(2,2)*C(5,1)/C(7,3) = 5/35.
	live := make([]*big.Int, len(pool)) // current stakes, tracked here
	colluding := make([]bool, len(pool))
	for i, a := range pool {
		live[i] = deploy.Ether(1000)
		colluding[i] = a == attacker || a == partner
	}
	require.Equal(t, big.NewRat(1, 7), secMajorityProb(live, colluding, 3, 2))

	rng := rand.New(rand.NewSource(9))
	start := time.Now()
	var majorities, oldRuleMajorities, grindHits int
	var expected, variance float64
	for j := 0; j < jobs; j++ {
		id, _ := secCreate(t, p, ct.Employer, common.Address{}, reward, 86400)
		p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
		p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
		var weights []*big.Int
		var nonce *big.Int
		var b ct.Batch
		R := p.SelectionBlock(t, id)
		ct.BatchAdd(&b, sm, p.SM.PackValidatorWeightsAt(pool, min, new(big.Int).SetUint64(R-secDelay-1)), p.SM.UnpackValidatorWeightsAt, &weights)
		ct.BatchAdd(&b, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce, &nonce)
		b.Run(t, p.Chain)
		secMineTo(t, p, R) // R mined: the seed is public, the next block can read it
		header := secHeader(t, p.Chain, R)
		prev := secHeader(t, p.Chain, R-secDelay).Hash()
		sel := p.VM.PackSelectValidatorsWithHeader(id, secEncode(t, header))

		// The attacker grinds on chain (simulations) ...
		choice := int64(-1)
		for k := int64(0); k < secGrindK; k++ {
			calls := []secSimCall{{ct.Stranger, vm, sel}}
			if k > 0 {
				calls = []secSimCall{{secColluderA, sm, p.SM.PackDepositStake(1, big.NewInt(k))}, calls[0]}
			}
			out := secSimulate(t, p, calls...)
			c, err := p.VM.UnpackSelectValidatorsWithHeader(out[len(out)-1])
			require.NoError(t, err)
			if secSeats(c, attacker, partner) >= 2 {
				choice = k
				break
			}
		}
		if choice >= 0 {
			grindHits++
		} else {
			choice = 1 + rng.Int63n(1000) // deposit anyway: stake moves between submit and selection
		}
		// ... and, for the record, against live weights (the old design).
		seed := drawSeed(header.MixDigest, prev, id, nonce.Uint64())
		for k := int64(0); k < secGrindK; k++ {
			w := make([]*big.Int, len(live))
			for i := range live {
				w[i] = new(big.Int).Set(live[i])
				if pool[i] == attacker {
					w[i].Add(w[i], big.NewInt(k))
				}
			}
			if secSeats(secDraw(seed, pool, w, 3), attacker, partner) >= 2 {
				oldRuleMajorities++
				break
			}
		}
		if choice > 0 {
			p.MustSend(t, secColluderA, sm, p.SM.PackDepositStake(1, big.NewInt(choice)))
			for i := range pool {
				if pool[i] == attacker {
					live[i].Add(live[i], big.NewInt(choice))
				}
			}
		}
		secMineTo(t, p, R+1)
		r := p.MustSendR(t, ct.Stranger, vm, sel)
		ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
		require.Len(t, ev, 1)
		require.Equal(t, secDraw(seed, pool, weights, 3), ev[0].Validators, "the model of the draw")
		if secSeats(ev[0].Validators, attacker, partner) >= 2 {
			majorities++
		}
		pj, _ := secMajorityProb(weights, colluding, 3, 2).Float64()
		expected += pj
		variance += pj * (1 - pj)
	}
	sd := math.Sqrt(variance)
	z := (float64(majorities) - expected) / sd
	t.Logf("%d jobs in %v: colluding majority in %d (rate %.4f), fair expectation %.2f (rate %.4f), sd %.2f jobs, z = %+.2f",
		jobs, time.Since(start).Round(time.Millisecond), majorities, float64(majorities)/float64(jobs), expected, expected/float64(jobs), sd, z)
	t.Logf("grinding %d deposits per job: the chain's simulation showed a majority in %d jobs (each then sent); against live weights (old design) %d jobs (%.1f%%) would have been captured",
		secGrindK, grindHits, oldRuleMajorities, 100*float64(oldRuleMajorities)/float64(jobs))
	require.LessOrEqual(t, math.Abs(z), 4.0, "colluders' majority rate is not within 4 standard deviations of the fair odds")
	require.Equal(t, grindHits, majorities, "a simulated majority is exactly a real one, and only those")
}

// secGrindJobs and secGrindK size the statistical grinding test.
const (
	secGrindJobs = 300
	secGrindK    = 8
)

// ---------------------------------------------------------------- 2. expired target

// TestAttackExpiredTargetRearms: once a draw's target is older than
// 256 blocks its hash cannot be read; the old contract then drew from
// blockhash(block.number - 1), which the caller knows before sending, so it
// chose its committee by choosing when to call. Now both select functions
// re-arm a new target two blocks ahead (SelectionRearmed, empty committee,
// no revert), and the later draw reads that target's header and the
// checkpointed weights of the block before the re-arming one.
func TestAttackExpiredTargetRearms(t *testing.T) {
	t.Parallel()
	p := secPoolTemplate.Protocol(t)
	jr, vm, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.StakeManager)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	secApproveMax(t, p, secColluderA, p.D.Token)
	submit := func() (*big.Int, uint64) {
		id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, 30*86400)
		p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
		r := p.MustSendR(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
		return id, r.BlockNumber.Uint64()
	}
	idA, sA := submit()
	idB, sB := submit()
	rA := p.SelectionBlock(t, idA)
	require.Equal(t, sA+secDelay, rA)
	secMineTo(t, p, rA+1)
	headerA := secEncode(t, secHeader(t, p.Chain, rA))

	// The last block that can still read the target (block.number = R - secDelay +
	// 256, seen by an eth_call at that head): v2 selectValidators wants the
	// header, selectValidatorsWithHeader draws.
	secMineTo(t, p, rA-secDelay+256)
	_, re := secCallErr(p, ct.Stranger, vm, p.VM.PackSelectValidators(idA, big.NewInt(7)))
	require.NotNil(t, re)
	require.Equal(t, "HeaderRequired", re.Name)
	require.Equal(t, new(big.Int).SetUint64(rA), re.Args[0])
	out, re := secCallErr(p, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, headerA))
	require.Nil(t, re)
	c, err := p.VM.UnpackSelectValidatorsWithHeader(out)
	require.NoError(t, err)
	require.Len(t, c, 3)

	// One block later the target is expired: the call does not revert and
	// returns an empty committee, whatever the caller's entropy.
	p.Mine(1)
	out, re = secCallErr(p, ct.Stranger, vm, p.VM.PackSelectValidators(idA, big.NewInt(7)))
	require.Nil(t, re)
	c, err = p.VM.UnpackSelectValidators(out)
	require.NoError(t, err)
	require.Empty(t, c)

	// The attacker calls in the block it likes, with entropy it likes: the
	// draw is re-armed, nobody is selected.
	r := p.MustSendR(t, secColluderA, vm, p.VM.PackSelectValidators(idA, big.NewInt(424242)))
	x := r.BlockNumber.Uint64()
	rearm := secLogs(r, p.VM.UnpackSelectionRearmedEvent)
	require.Len(t, rearm, 1)
	require.Equal(t, idA, rearm[0].JobId)
	require.Equal(t, new(big.Int).SetUint64(x+secDelay), rearm[0].SelectionBlock)
	require.Empty(t, secLogs(r, p.VM.UnpackValidatorsSelectedEvent))
	rd := ct.Call(t, p.Chain, vm, p.VM.PackRound(idA), p.VM.UnpackRound)
	require.EqualValues(t, 1, rd.Status, "still awaiting its draw")
	require.Equal(t, x+secDelay, rd.SelectionBlock.Uint64())
	require.Empty(t, ct.Call(t, p.Chain, vm, p.VM.PackValidators(idA), p.VM.UnpackValidators))
	// The new target must be mined first.
	re = p.Reverts(t, "SelectionTooEarly", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, headerA))
	require.Equal(t, new(big.Int).SetUint64(x+secDelay), re.Args[0])
	re = p.Reverts(t, "SelectionTooEarly", ct.Stranger, vm, p.VM.PackSelectValidators(idA, big.NewInt(1)))
	require.Equal(t, new(big.Int).SetUint64(x+secDelay), re.Args[0])

	// Job B: selectValidatorsWithHeader on an expired target re-arms too,
	// even when handed a recent, valid, caller-known header.
	secMineTo(t, p, sB+257)
	recent := p.Head(t)
	r = p.MustSendR(t, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idB, secEncode(t, secHeader(t, p.Chain, recent))))
	xB := r.BlockNumber.Uint64()
	rearm = secLogs(r, p.VM.UnpackSelectionRearmedEvent)
	require.Len(t, rearm, 1)
	require.Equal(t, new(big.Int).SetUint64(xB+secDelay), rearm[0].SelectionBlock)
	require.Empty(t, secLogs(r, p.VM.UnpackValidatorsSelectedEvent))
	require.Equal(t, xB+secDelay, p.SelectionBlock(t, idB))

	// Stake moved after the re-arming block does not weigh in the new draw.
	p.MustSend(t, secColluderA, sm, p.SM.PackDepositStake(1, deploy.Ether(500_000)))

	newR := x + secDelay
	secMineTo(t, p, newR+1)
	re = p.Reverts(t, "HeaderRequired", ct.Stranger, vm, p.VM.PackSelectValidators(idA, big.NewInt(0)))
	require.Equal(t, new(big.Int).SetUint64(newR), re.Args[0])
	// Headers of other blocks and forged headers are refused.
	forgedMix := secHeader(t, p.Chain, newR)
	forgedMix.MixDigest = common.Hash{0xaa}
	truncated := secEncode(t, secHeader(t, p.Chain, newR))
	for name, h := range map[string][]byte{
		"old target":       headerA,
		"block R-1":        secEncode(t, secHeader(t, p.Chain, newR-1)),
		"block R+1":        secEncode(t, secHeader(t, p.Chain, newR+1)),
		"wrong mixHash":    secEncode(t, forgedMix),
		"truncated":        truncated[:len(truncated)/2],
		"not a header":     {0x01},
		"empty":            {},
		"recent, caller's": secEncode(t, secHeader(t, p.Chain, p.Head(t))),
	} {
		re := p.Reverts(t, "InvalidHeader", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, h))
		require.Equal(t, new(big.Int).SetUint64(newR), re.Args[0], name)
	}
	// The draw uses the new target: mixHash(newR), blockhash(newR - secDelay) (the
	// re-arming block) and the weights at the end of newR - secDelay - 1, the block
	// before the re-arming one.
	target := secReadTarget(t, p, idA)
	require.Equal(t, newR, target.R)
	require.Equal(t, deploy.Ether(1000), ct.Call(t, p.Chain, sm, p.SM.PackValidatorStakeAt(p.Accounts[secColluderA], new(big.Int).SetUint64(newR-secDelay-1)), p.SM.UnpackValidatorStakeAt))
	r = p.MustSendR(t, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, secEncode(t, target.Header)))
	ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, target.committee(idA, target.Header.MixDigest, target.Weights), ev[0].Validators)
	require.EqualValues(t, 2, ct.Call(t, p.Chain, vm, p.VM.PackRound(idA), p.VM.UnpackRound).Status)
}

// TestAttackExpiredTargetRerollByWithholding: once the target block R is
// mined anyone can compute the committee. Colluding validators (who, in the
// SDK's role loops, are the ones that call selectValidators) and a colluding
// agent who dislike it can withhold the draw until the target expires; a
// re-armed target is a fresh draw. Unbounded, repeating this turned the fair
// odds of a majority (1/7 with two of seven equal stakes) into a near
// certainty (one run: a majority after 5 re-arms). A round now re-arms at
// most MAX_REARMS = 1 times; when the re-armed target expires too, every draw
// reverts SelectionExpired and the job can be disputed at once (moderators
// decide). Residual, stated in SECURITY.md: a coalition that nobody else
// pre-empts within 256 blocks gets the better of two draws, 13/49 instead of
// 1/7; a draw by anyone else in time forecloses it.
func TestAttackExpiredTargetRerollByWithholding(t *testing.T) {
	t.Parallel()
	p := secPoolTemplate.Protocol(t)
	jr, vm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule)
	attacker, partner := p.Accounts[secColluderA], p.Accounts[secColluderB]
	secApproveMax(t, p, ct.Employer, p.D.Token)
	maxRearms := ct.Call(t, p.Chain, vm, p.VM.PackMAXREARMS(), p.VM.UnpackMAXREARMS)
	require.EqualValues(t, 1, maxRearms.Int64())
	submitted := func() *big.Int {
		id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, 30*86400)
		p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
		p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
		return id
	}
	// draw computes the committee the current target gives (what the
	// colluders see before deciding to withhold).
	draw := func(id *big.Int) []common.Address {
		R := p.SelectionBlock(t, id)
		secMineTo(t, p, R+1)
		out, re := secCallErr(p, secColluderA, vm, p.VM.PackSelectValidatorsWithHeader(id, secEncode(t, secHeader(t, p.Chain, R))))
		require.Nil(t, re)
		c, err := p.VM.UnpackSelectValidatorsWithHeader(out)
		require.NoError(t, err)
		return c
	}
	withhold := func(id *big.Int) { secMineTo(t, p, p.SelectionBlock(t, id)-secDelay+257) }

	id := submitted()
	draws := [][]common.Address{draw(id)}
	for i := 0; ; i++ {
		withhold(id)
		r, err := p.Send(secColluderA, vm, p.VM.PackSelectValidators(id, big.NewInt(0)))
		if err != nil {
			require.EqualValues(t, maxRearms.Int64(), i, "re-arms before the round stalled")
			require.Equal(t, "SelectionExpired", ct.RevertName(err), "%v", err)
			secArgs(t, err.(*ct.RevertError), id)
			break
		}
		require.Len(t, secLogs(r, p.VM.UnpackSelectionRearmedEvent), 1)
		require.Less(t, i, 5, "re-arming is not bounded")
		draws = append(draws, draw(id))
	}
	// Every way to draw is closed; the round is still pending, and the job
	// can be disputed at once, long before deadline + grace.
	R := p.SelectionBlock(t, id)
	re := p.Reverts(t, "SelectionExpired", secColluderB, vm, p.VM.PackSelectValidatorsWithHeader(id, secEncode(t, secHeader(t, p.Chain, R))))
	secArgs(t, re, id)
	require.EqualValues(t, 1, ct.Call(t, p.Chain, vm, p.VM.PackRound(id), p.VM.UnpackRound).Status)
	require.Less(t, p.Now(t), p.Job(t, id).Deadline)
	r := p.MustSendR(t, ct.Employer, jr, p.JR.PackDispute(id, common.Hash{9}, "draw withheld"))
	require.Len(t, secLogs(r, p.VM.UnpackValidationAbortedEvent), 1)
	require.EqualValues(t, stDisputed, p.Job(t, id).State)
	require.EqualValues(t, 3, ct.Call(t, p.Chain, vm, p.VM.PackRound(id), p.VM.UnpackRound).Status)

	// A draw by anybody else in time ends the withholding game: the employer
	// draws the re-armed target of a second job.
	id2 := submitted()
	draw(id2)
	withhold(id2)
	p.MustSend(t, secColluderA, vm, p.VM.PackSelectValidators(id2, big.NewInt(0))) // re-armed once
	R2 := p.SelectionBlock(t, id2)
	secMineTo(t, p, R2+1)
	p.MustSend(t, ct.Employer, vm, p.VM.PackSelectValidatorsWithHeader(id2, secEncode(t, secHeader(t, p.Chain, R2))))
	withhold(id2)
	re = p.Reverts(t, "InvalidRound", secColluderA, vm, p.VM.PackSelectValidators(id2, big.NewInt(0)))
	secArgs(t, re, id2, 2)

	// The residual, exactly: the better of 1 + MAX_REARMS draws.
	equal := make([]*big.Int, 7)
	colluding := make([]bool, 7)
	for i := range equal {
		equal[i] = deploy.Ether(1000)
		colluding[i] = secPool[i] == secColluderA || secPool[i] == secColluderB
	}
	one := secMajorityProb(equal, colluding, 3, 2)
	miss := new(big.Rat).Sub(big.NewRat(1, 1), one)
	best := new(big.Rat).Sub(big.NewRat(1, 1), new(big.Rat).Mul(miss, miss))
	require.Equal(t, big.NewRat(13, 49), best)
	var seats []int
	for _, d := range draws {
		seats = append(seats, secSeats(d, attacker, partner))
	}
	require.Len(t, draws, 1+int(maxRearms.Int64()))
	t.Logf("withholding gave %d draws (colluding seats %v); a coalition's majority odds: %s with one draw, %s with the better of two",
		len(draws), seats, one.RatString(), best.RatString())
}

// ---------------------------------------------------------------- 3. block producer

// TestAttackBlockProducerBias: the producer of the target block R could vary
// its block (extraData, transactions) until blockhash(R) gave the committee
// it wanted. The seed is now keccak(mixHash(R), blockhash(R - 2), jobId,
// nonce): it depends on R's PREVRANDAO, which R's producer cannot choose,
// and not on R's hash; only the canonical header of R is accepted, so a
// header with other contents for the same number is refused.
//
// Residual bias (stated in SECURITY.md): the proposer of block R - 1 knows
// the RANDAO mix that R will carry and can withhold its block, which changes
// the mix: one bit of choice per withheld block, paid with the block reward.
// The producer of R - 2 (the submission block) can grind blockhash(R - 2) but
// does not know mixHash(R) then, unless it also proposes R - 1: a proposer's
// RANDAO reveal is a signature it can compute in advance, so the holder of
// two consecutive slots knows mixHash(R) while it builds R - 2 and can vary
// that block's contents until the seed suits it (full choice, not one bit;
// the simulated chain draws mixHash at random when it seals a block, so this
// test cannot play that proposer). On a chain whose mixHash is constant (some L2 sequencers) only
// blockhash(R - 2) is left, which its producer can grind; such deployments
// need a commit-reveal or VRF contribution.
func TestAttackBlockProducerBias(t *testing.T) {
	t.Parallel()
	p := secPoolTemplate.Protocol(t)
	jr, vm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	R := p.SelectionBlock(t, id)
	secMineTo(t, p, R+1)
	target := secReadTarget(t, p, id)
	selected := func(h []byte) []common.Address {
		out, re := secCallErr(p, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(id, h))
		require.Nil(t, re)
		c, err := p.VM.UnpackSelectValidatorsWithHeader(out)
		require.NoError(t, err)
		return c
	}
	first := selected(secEncode(t, target.Header))
	require.Equal(t, target.committee(id, target.Header.MixDigest, target.Weights), first)

	// The committee is a function of the mixHash: other mixes give other
	// committees (210 ordered committees of 3 out of 7).
	differ := 0
	for i := byte(1); i <= 20; i++ {
		if !secEqual(first, target.committee(id, common.Hash{i}, target.Weights)) {
			differ++
		}
	}
	require.Greater(t, differ, 10)

	// A header of block R with other contents (extraData), or another mixHash,
	// is not the canonical block: refused.
	for name, mutate := range map[string]func(h *types.Header){
		"extraData": func(h *types.Header) { h.Extra = []byte("producer's choice") },
		"mixHash":   func(h *types.Header) { h.MixDigest[0] ^= 1 },
		"coinbase":  func(h *types.Header) { h.Coinbase = p.Accounts[secColluderA] },
	} {
		h := secHeader(t, p.Chain, R)
		mutate(h)
		re := p.Reverts(t, "InvalidHeader", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(id, secEncode(t, h)))
		require.Equal(t, new(big.Int).SetUint64(R), re.Args[0], name)
	}

	// A different block R (a reorg: the slot re-proposed, with a new RANDAO
	// mix) changes the committee exactly as the model says, and the header of
	// the replaced block R, a real header that was canonical, is refused.
	old := secEncode(t, target.Header)
	forks := 0
	for {
		forks++
		require.NoError(t, p.Backend.Fork(secHeader(t, p.Chain, R-1).Hash()))
		p.Mine(2)
		require.Equal(t, R+1, p.Head(t))
		h := secHeader(t, p.Chain, R)
		require.NotEqual(t, target.Header.Hash(), h.Hash())
		got := selected(secEncode(t, h))
		require.Equal(t, target.committee(id, h.MixDigest, target.Weights), got, "committee after reorg %d", forks)
		if !secEqual(got, first) || forks == 8 {
			require.False(t, secEqual(got, first), "8 re-proposals of R all gave the same committee")
			break
		}
	}
	re := p.Reverts(t, "InvalidHeader", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(id, old))
	require.Equal(t, new(big.Int).SetUint64(R), re.Args[0])
}

// ---------------------------------------------------------------- 4. fee sniping

// TestAttackFeeSniping: fees used to wait in the FeePool for a
// keeper's distribute, shared by the Platform stake of that moment, so a
// stake deposited just before took almost all of them and unbonded
// risk-free. Now every fee is credited to the stake held when it arrives:
// a stake added after a fee earns none of it, one added before gets exactly
// its pro-rata share, and nobody but governance can call distribute.
func TestAttackFeeSniping(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, sm, fp := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool)
	f, tok := fees(), p.D.Token
	honest, sniper, late := secPlatformA, secPlatformB, ct.Stranger
	pending := func(i int) *big.Int {
		return ct.Call(t, p.Chain, fp, f.PackPending(tok, p.Accounts[i]), f.UnpackPending)
	}
	fee := secPctOf(ct.Reward, p.Params.FeePct) // 50
	burnt := secPctOf(fee, p.Params.BurnPct)    // 5
	shared := secSub(fee, burnt)                // 45
	require.Equal(t, deploy.Ether(45), shared)

	p.Stake(t, honest, 2, deploy.Ether(100))
	p.RunJob(t, [3]bool{true, true, true}) // a fee arrives
	require.Equal(t, shared, pending(honest))

	// The sniper stakes 1000 times the honest stake right after the fee.
	sniperBalance := p.Balance(t, p.Accounts[sniper])
	p.Stake(t, sniper, 2, deploy.Ether(100_000))
	require.Zero(t, pending(sniper).Sign(), "stake added after a fee earns none of it")
	require.Equal(t, shared, pending(honest))
	// Nobody can trigger a sharing at the moment of their choice.
	p.ExpectRevert(t, errOwnable, sniper, fp, f.PackDistribute(tok))
	p.ExpectRevert(t, "NothingToDistribute", ct.Owner, fp, f.PackDistribute(tok))
	p.ExpectRevert(t, "NothingToClaim", sniper, fp, f.PackClaim(tok))
	// It unbonds and leaves with its stake and nothing else.
	p.MustSend(t, sniper, sm, p.SM.PackRequestWithdraw(2, deploy.Ether(100_000)))
	p.AdvanceTime(t, p.Params.UnbondingPeriod+time.Second)
	p.MustSend(t, sniper, sm, p.SM.PackFinalizeWithdraw(2))
	p.ExpectRevert(t, "NothingToClaim", sniper, fp, f.PackClaim(tok))
	require.Equal(t, sniperBalance, p.Balance(t, p.Accounts[sniper]))
	require.Equal(t, shared, pending(honest))

	// Front-running the fee (the job is validated, the sniper sees its
	// finalize in the mempool and gets a deposit mined ahead of it in the
	// same block) buys exactly the pro-rata share of that fee: 900 of 1000.
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	p.Validate(t, id, [3]bool{true, true, true})
	p.Approve(t, sniper, deploy.Ether(900))
	rs := secSendSameBlock(t, p, []secSimCall{
		{sniper, sm, p.SM.PackDepositStake(2, deploy.Ether(900))},
		{ct.Employer, jr, p.JR.PackFinalize(id)},
	}, []int64{50, 1})
	require.Equal(t, rs[0].BlockNumber, rs[1].BlockNumber)
	require.Less(t, rs[0].TransactionIndex, rs[1].TransactionIndex)
	honestShare, sniperShare := new(big.Int).Div(shared, big.NewInt(10)), new(big.Int).Div(new(big.Int).Mul(shared, big.NewInt(9)), big.NewInt(10))
	require.Equal(t, secAdd(shared, honestShare), pending(honest))
	require.Equal(t, sniperShare, pending(sniper))
	// And stake arriving after that fee gets none of it.
	p.Stake(t, late, 2, deploy.Ether(10_000))
	require.Zero(t, pending(late).Sign())

	// Claims pay exactly that; the burn share is burnt by anyone.
	for _, c := range []struct {
		who  int
		want *big.Int
	}{{honest, secAdd(shared, honestShare)}, {sniper, sniperShare}} {
		before := p.Balance(t, p.Accounts[c.who])
		p.MustSend(t, c.who, fp, f.PackClaim(tok))
		require.Equal(t, secAdd(before, c.want), p.Balance(t, p.Accounts[c.who]))
	}
	p.ExpectRevert(t, "NothingToClaim", late, fp, f.PackClaim(tok))
	require.Zero(t, ct.Call(t, p.Chain, fp, f.PackAccounted(tok), f.UnpackAccounted).Sign())
	require.Equal(t, secAdd(burnt, burnt), ct.Call(t, p.Chain, fp, f.PackBurnable(tok), f.UnpackBurnable))
	supply := ct.Call(t, p.Chain, tok, p.Token.PackTotalSupply(), p.Token.UnpackTotalSupply)
	p.MustSend(t, late, fp, f.PackBurn(tok))
	require.Equal(t, secSub(supply, secAdd(burnt, burnt)), ct.Call(t, p.Chain, tok, p.Token.PackTotalSupply(), p.Token.UnpackTotalSupply))
}

// ---------------------------------------------------------------- 5. dust jobs

// TestAttackDustJobs: a 1-wei job paid its committee nothing while a member
// that skipped it was slashed. Every allowlisted token now has a minimum
// reward in its own units (one whole token by default, decimals read and
// recorded when it is allowlisted), below which createJob reverts
// RewardTooLow; governance's settings are checked.
func TestAttackDustJobs(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr := p.Addr(deploy.JobRegistry)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	create := func(token common.Address, reward *big.Int) []byte {
		return p.JR.PackCreateJobWithToken(token, reward, p.Now(t)+86400, ct.SpecHash, "")
	}
	cfg := func(token common.Address) (uint8, *big.Int, *big.Int, *big.Int) {
		c := ct.Call(t, p.Chain, jr, p.JR.PackTokenConfig(token), p.JR.UnpackTokenConfig)
		return c.Decimals, c.MinReward, c.MaxReward, c.StakeBps
	}
	max104 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 104), big.NewInt(1))

	// The default token: 18 decimals, floor one whole token.
	dec, min, _, bps := cfg(p.D.Token)
	require.EqualValues(t, 18, dec)
	require.Equal(t, deploy.Ether(1), min)
	require.EqualValues(t, 500, bps.Int64())
	for _, dust := range []*big.Int{big.NewInt(1), secSub(deploy.Ether(1), big.NewInt(1))} {
		re := p.Reverts(t, "RewardTooLow", ct.Employer, jr, p.JR.PackCreateJob(dust, p.Now(t)+86400, ct.SpecHash, ""))
		secArgs(t, re, dust, deploy.Ether(1))
		p.Reverts(t, "RewardTooLow", ct.Employer, jr, create(p.D.Token, dust))
	}
	p.ExpectRevert(t, "ZeroReward", ct.Employer, jr, p.JR.PackCreateJob(new(big.Int), p.Now(t)+86400, ct.SpecHash, ""))
	// At the floor every seat is paid and a fee is charged.
	id, r := secCreate(t, p, ct.Employer, common.Address{}, deploy.Ether(1), 86400)
	job := p.Job(t, id)
	require.Positive(t, job.Fee.Sign())
	require.Positive(t, new(big.Int).Div(secPctOf(job.Reward, p.Params.ValidatorRewardPct), big.NewInt(3)).Sign())
	require.Len(t, secLogs(r, p.JR.UnpackJobCreatedEvent), 1)

	// A 6-decimals token (USDC-like): its decimals are recorded at allowlisting
	// and its floor is one whole token in its units.
	bt := blockingtoken.NewBlockingToken()
	usdc, _, err := p.Deploy(ct.Owner, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(6))
	require.NoError(t, err)
	p.MustSend(t, ct.Owner, usdc, bt.PackMint(p.Accounts[ct.Employer], secUnits(1_000_000, 6)))
	secApproveMax(t, p, ct.Employer, usdc)
	re := p.Reverts(t, "TokenNotAllowed", ct.Employer, jr, create(usdc, secUnits(10, 6)))
	require.Equal(t, usdc, re.Args[0])
	re = p.Reverts(t, "TokenNotAllowed", ct.Owner, jr, p.JR.PackSetTokenConfig(usdc, big.NewInt(1), big.NewInt(2), big.NewInt(0)))
	require.Equal(t, usdc, re.Args[0])
	dec, min, _, _ = cfg(usdc)
	require.Zero(t, dec)
	require.Zero(t, min.Sign())
	r = p.MustSendR(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(usdc, true))
	upd := secLogs(r, p.JR.UnpackTokenConfigUpdatedEvent)
	require.Len(t, upd, 1)
	require.EqualValues(t, 6, upd[0].Decimals)
	require.Equal(t, secUnits(1, 6), upd[0].MinReward)
	require.Equal(t, max104, upd[0].MaxReward)
	dec, min, _, _ = cfg(usdc)
	require.EqualValues(t, 6, dec)
	require.Equal(t, secUnits(1, 6), min)
	for _, dust := range []*big.Int{big.NewInt(1), big.NewInt(999_999)} {
		re = p.Reverts(t, "RewardTooLow", ct.Employer, jr, create(usdc, dust))
		secArgs(t, re, dust, secUnits(1, 6))
	}
	p.MustSend(t, ct.Employer, jr, create(usdc, secUnits(1, 6)))
	// Governance raises the floor, in the token's units.
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenConfig(usdc, secUnits(5, 6), secUnits(1_000_000, 6), big.NewInt(500)))
	re = p.Reverts(t, "RewardTooLow", ct.Employer, jr, create(usdc, secSub(secUnits(5, 6), big.NewInt(1))))
	require.Equal(t, secUnits(5, 6), re.Args[1])
	p.MustSend(t, ct.Employer, jr, create(usdc, secUnits(5, 6)))

	// Invalid configurations.
	for _, c := range [][3]*big.Int{
		{new(big.Int), secUnits(10, 6), big.NewInt(500)},                          // no floor
		{secUnits(10, 6), secUnits(9, 6), big.NewInt(500)},                        // floor above the cap
		{big.NewInt(1), new(big.Int).Add(max104, big.NewInt(1)), big.NewInt(500)}, // cap beyond 104 bits
		{big.NewInt(1), secUnits(10, 6), big.NewInt(10_001)},                      // stake above 100%
	} {
		re = p.Reverts(t, "InvalidTokenConfig", ct.Owner, jr, p.JR.PackSetTokenConfig(usdc, c[0], c[1], c[2]))
		secArgs(t, re, c[0], c[1], c[2])
	}
	p.ExpectRevert(t, errOwnable, ct.Employer, jr, p.JR.PackSetTokenConfig(usdc, big.NewInt(1), big.NewInt(1), big.NewInt(0)))
	dec, min, _, _ = cfg(usdc)
	require.EqualValues(t, 6, dec)
	require.Equal(t, secUnits(5, 6), min, "refused settings changed nothing")

	// A token whose decimals cannot be read (or are absurd) is not allowlisted.
	for _, d := range []uint8{31, 255} {
		odd, _, err := p.Deploy(ct.Owner, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(d))
		require.NoError(t, err)
		re = p.Reverts(t, "TokenDecimalsUnavailable", ct.Owner, jr, p.JR.PackSetTokenAllowed(odd, true))
		require.Equal(t, odd, re.Args[0])
	}
	re = p.Reverts(t, "TokenDecimalsUnavailable", ct.Owner, jr, p.JR.PackSetTokenAllowed(p.Addr(deploy.SystemPause), true))
	require.Equal(t, p.Addr(deploy.SystemPause), re.Args[0])
	// An address without code is refused too (its exact error is
	// TestAllowlistingAnAccountWithoutCode's concern).
	_, err = p.Send(ct.Owner, jr, p.JR.PackSetTokenAllowed(p.Accounts[ct.Stranger], true))
	require.Error(t, err)
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(p.Accounts[ct.Stranger]), p.JR.UnpackIsTokenAllowed))
}

// ---------------------------------------------------------------- 6. unpayable recipient

// TestAttackUnpayableRecipient: settlement paid everyone in one loop of
// transfers, so one recipient that a token refuses (a USDC-style issuer
// blocklist) reverted the whole settlement and froze the escrow, the agent's
// job stake and its slot. Now a failed transfer becomes a credit
// (PaymentDeferred), everyone else is paid at once, and the blocked party
// withdraws its credit once the token lets it.
func TestAttackUnpayableRecipient(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, sm, fp, dm := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool), p.Addr(deploy.DisputeModule)
	bt := blockingtoken.NewBlockingToken()
	usdc := secBlockingToken(t, p, 6, secUnits(1_000_000, 6), ct.Employer)
	bal := func(i int) *big.Int { return secBalanceOf(t, p, usdc, p.Accounts[i]) }
	block := func(i int, on bool) { p.MustSend(t, ct.Stranger, usdc, bt.PackSetBlocked(p.Accounts[i], on)) }
	reward := secUnits(1000, 6)
	fee := secPctOf(reward, p.Params.FeePct)
	share := new(big.Int).Div(secPctOf(reward, p.Params.ValidatorRewardPct), big.NewInt(3))
	rest := secSub(reward, new(big.Int).Mul(share, big.NewInt(3)))
	jobStake := deploy.Ether(50) // 5% of 1000 tokens, scaled to 18 decimals
	submitted := func(agent int, label string) *big.Int {
		id, _ := secCreate(t, p, ct.Employer, usdc, reward, 3*86400)
		require.Equal(t, jobStake, p.Job(t, id).Stake)
		p.MustSend(t, agent, jr, p.JR.PackApplyForJob(id, label, nil))
		p.MustSend(t, agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", label, nil))
		return id
	}
	deferred := func(r *types.Receipt) map[common.Address]*big.Int {
		out := map[common.Address]*big.Int{}
		for _, ev := range secLogs(r, p.SM.UnpackPaymentDeferredEvent) {
			require.Equal(t, usdc, ev.Token)
			out[ev.To] = ev.Amount
		}
		return out
	}
	burnable := func() *big.Int { return ct.Call(t, p.Chain, fp, fees().PackBurnable(usdc), fees().UnpackBurnable) }

	// A. The agent is blocked when its job is finalized.
	id := submitted(ct.Agent, "alice")
	p.Validate(t, id, [3]bool{true, true, true})
	block(ct.Agent, true)
	vBefore := []*big.Int{bal(ct.Validators[0]), bal(ct.Validators[1]), bal(ct.Validators[2])}
	agentStake := p.StakeOf(t, ct.Agent, 0)
	r := p.MustSendR(t, ct.Employer, jr, p.JR.PackFinalize(id))
	require.EqualValues(t, stFinalized, p.Job(t, id).State)
	require.Equal(t, map[common.Address]*big.Int{p.Accounts[ct.Agent]: rest}, deferred(r))
	require.Equal(t, rest, secCredit(t, p, usdc, p.Accounts[ct.Agent]))
	require.Zero(t, bal(ct.Agent).Sign())
	for i, v := range ct.Validators {
		require.Equal(t, secAdd(vBefore[i], share), bal(v), "validator %d paid at once", v)
	}
	require.Equal(t, fee, burnable(), "the fee reached the FeePool (no Platform stake: all of it to burn)")
	require.Equal(t, secAdd(rest, fee), secBalanceOf(t, p, usdc, sm), "custody: the credit and the fee")
	require.Equal(t, agentStake, p.StakeOf(t, ct.Agent, 0))
	require.Zero(t, ct.Call(t, p.Chain, sm, p.SM.PackLockedStake(p.Accounts[ct.Agent], 0), p.SM.UnpackLockedStake).Sign(), "job stake released")
	// While the token blocks it the credit cannot leave, and is kept.
	re := p.Reverts(t, "AddressBlocked", ct.Agent, sm, p.SM.PackWithdrawCredit(usdc))
	secArgs(t, re, p.Accounts[ct.Agent])
	require.Equal(t, rest, secCredit(t, p, usdc, p.Accounts[ct.Agent]))
	block(ct.Agent, false)
	r = p.MustSendR(t, ct.Agent, sm, p.SM.PackWithdrawCredit(usdc))
	wd := secLogs(r, p.SM.UnpackCreditWithdrawnEvent)
	require.Len(t, wd, 1)
	require.Equal(t, rest, wd[0].Amount)
	require.Equal(t, rest, bal(ct.Agent))
	require.Zero(t, secCredit(t, p, usdc, p.Accounts[ct.Agent]).Sign())
	re = p.Reverts(t, "NoCredit", ct.Agent, sm, p.SM.PackWithdrawCredit(usdc))
	secArgs(t, re, usdc)
	p.ExpectRevert(t, "NoCredit", ct.Stranger, sm, p.SM.PackWithdrawCredit(p.D.Token))

	// B. A validator is blocked: the others and the agent are paid.
	id = submitted(ct.Agent, "alice")
	p.Validate(t, id, [3]bool{true, true, true})
	blocked := ct.Validators[1]
	block(blocked, true)
	vBefore = []*big.Int{bal(ct.Validators[0]), bal(ct.Validators[1]), bal(ct.Validators[2])}
	agentBefore := bal(ct.Agent)
	r = p.MustSendR(t, ct.Employer, jr, p.JR.PackFinalize(id))
	require.Equal(t, map[common.Address]*big.Int{p.Accounts[blocked]: share}, deferred(r))
	require.Equal(t, secAdd(agentBefore, rest), bal(ct.Agent))
	require.Equal(t, secAdd(vBefore[0], share), bal(ct.Validators[0]))
	require.Equal(t, vBefore[1], bal(blocked))
	require.Equal(t, secAdd(vBefore[2], share), bal(ct.Validators[2]))
	block(blocked, false)
	p.MustSend(t, blocked, sm, p.SM.PackWithdrawCredit(usdc))
	require.Equal(t, secAdd(vBefore[1], share), bal(blocked))

	// C, D, E: the employer is blocked when it is refunded, on a cancel, a
	// timeout, and after a dispute it won.
	idC, _ := secCreate(t, p, ct.Employer, usdc, reward, 3*86400)
	idD, _ := secCreate(t, p, ct.Employer, usdc, reward, 3600)
	p.MustSend(t, ct.Agent2, jr, p.JR.PackApplyForJob(idD, "bob", nil))
	idE := submitted(ct.Agent, "alice")
	p.Validate(t, idE, [3]bool{false, false, false})
	require.EqualValues(t, stDisputed, p.Job(t, idE).State)
	p.MustSend(t, ct.Owner, dm, disputes().PackResolve(idE, true))
	block(ct.Employer, true)
	empAGI := p.Balance(t, p.Accounts[ct.Employer])
	empUSDC := bal(ct.Employer)

	r = p.MustSendR(t, ct.Employer, jr, p.JR.PackCancelJob(idC))
	require.Equal(t, map[common.Address]*big.Int{p.Accounts[ct.Employer]: secAdd(reward, fee)}, deferred(r))
	require.EqualValues(t, stCancelled, p.Job(t, idC).State)

	p.AdvanceTime(t, p.Params.ExpirationGracePeriod+2*time.Hour)
	agent2Stake := p.StakeOf(t, ct.Agent2, 0)
	r = p.MustSendR(t, ct.Employer, jr, p.JR.PackClaimTimeout(idD))
	require.Equal(t, map[common.Address]*big.Int{p.Accounts[ct.Employer]: secAdd(reward, fee)}, deferred(r))
	require.Equal(t, secSub(agent2Stake, jobStake), p.StakeOf(t, ct.Agent2, 0))
	require.Equal(t, secAdd(empAGI, jobStake), p.Balance(t, p.Accounts[ct.Employer]), "the agent's job stake (stake token) is paid")

	vBefore = []*big.Int{bal(ct.Validators[0]), bal(ct.Validators[1]), bal(ct.Validators[2])}
	agentStake = p.StakeOf(t, ct.Agent, 0)
	r = p.MustSendR(t, ct.Employer, jr, p.JR.PackFinalize(idE))
	require.Equal(t, map[common.Address]*big.Int{p.Accounts[ct.Employer]: secAdd(rest, fee)}, deferred(r))
	for i, v := range ct.Validators {
		require.Equal(t, secAdd(vBefore[i], share), bal(v), "rejecting validator %d paid", v)
	}
	require.Equal(t, secSub(agentStake, jobStake), p.StakeOf(t, ct.Agent, 0), "the agent's job stake is slashed")
	require.Equal(t, secAdd(empAGI, jobStake, jobStake), p.Balance(t, p.Accounts[ct.Employer]))

	owed := secAdd(reward, fee, reward, fee, rest, fee)
	require.Equal(t, owed, secCredit(t, p, usdc, p.Accounts[ct.Employer]))
	require.Equal(t, empUSDC, bal(ct.Employer))
	p.ExpectRevert(t, "AddressBlocked", ct.Employer, sm, p.SM.PackWithdrawCredit(usdc))
	block(ct.Employer, false)
	p.MustSend(t, ct.Employer, sm, p.SM.PackWithdrawCredit(usdc))
	require.Equal(t, secAdd(empUSDC, owed), bal(ct.Employer))
	// What the StakeManager still holds of the token is the fees, exactly.
	require.Equal(t, burnable(), secBalanceOf(t, p, usdc, sm))
	require.Equal(t, secAdd(fee, fee), burnable(), "fees of jobs A and B")
}

// ---------------------------------------------------------------- 7. dispute vs running vote

// TestAttackDisputePreemptsRunningVote: a party could dispute a Submitted
// job once deadline + grace had passed even while its committee was still
// voting; the tally then reverted forever and nobody was penalised. Now a
// dispute of a Submitted job reverts ValidationPending(disputableAt) while
// the vote runs, even long after deadline + grace; it is accepted only when
// no committee was drawn by deadline + grace, or when the vote is not
// tallied by its reveal deadline + grace, and then the vote is tallied with
// its penalties.
func TestAttackDisputePreemptsRunningVote(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, vm, dm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule), p.Addr(deploy.DisputeModule)
	grace := uint64(p.Params.ExpirationGracePeriod / time.Second)
	// Long voting windows, so that the vote outlives deadline + grace.
	p.MustSend(t, ct.Owner, vm, p.VM.PackSetCommitRevealWindows(big.NewInt(3*86400), big.NewInt(3*86400)))
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 3600)  // voted on
	idB := p.CreateJobFor(t, ct.Employer, ct.Reward, 3600) // never gets a committee
	deadline := p.Job(t, id).Deadline
	deadlineB := p.Job(t, idB).Deadline
	for _, j := range []*big.Int{id, idB} {
		p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(j, "alice", nil))
		p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(j, ct.ResultHash, "", "alice", nil))
	}
	committee := p.Select(t, id)
	require.Len(t, committee, 3)
	rd := ct.Call(t, p.Chain, vm, p.VM.PackRound(id), p.VM.UnpackRound)
	disputableAt := rd.RevealDeadline.Uint64() + grace + 1
	disputeA := func(by int) *ct.RevertError {
		return secRevert(p, by, jr, p.JR.PackDispute(id, common.Hash{1}, "pre-empt"))
	}
	pendingA := func(by int) {
		t.Helper()
		re := disputeA(by)
		require.NotNil(t, re, "dispute accepted at %d while the vote runs", p.Now(t))
		require.Equal(t, "ValidationPending", re.Name)
		secArgs(t, re, disputableAt)
	}
	disputeB := func() *ct.RevertError {
		return secRevert(p, ct.Employer, jr, p.JR.PackDispute(idB, common.Hash{2}, "stalled"))
	}

	// Before deadline + grace neither job can be disputed.
	pendingA(ct.Employer)
	pendingA(ct.Agent)
	re := disputeB()
	require.NotNil(t, re)
	require.Equal(t, "ValidationPending", re.Name)
	secArgs(t, re, deadlineB+grace+1)

	// Past deadline + grace: the job without a committee is stalled and goes
	// to dispute; the one being voted on is not.
	p.AdvanceTime(t, time.Duration(deadline+grace+60-p.Now(t))*time.Second)
	pendingA(ct.Employer)
	pendingA(ct.Agent)
	r := p.MustSendR(t, ct.Employer, jr, p.JR.PackDispute(idB, common.Hash{2}, "stalled"))
	require.Len(t, secLogs(r, p.VM.UnpackValidationAbortedEvent), 1)
	require.Len(t, secLogs(r, p.JR.UnpackJobDisputedEvent), 1)
	require.EqualValues(t, stDisputed, p.Job(t, idB).State)
	require.EqualValues(t, 3, ct.Call(t, p.Chain, vm, p.VM.PackRound(idB), p.VM.UnpackRound).Status)
	p.ExpectRevert(t, "InvalidRound", ct.Stranger, vm, p.SelectCall(t, idB))

	// The vote goes on: commits (the third member will not reveal) ...
	for _, v := range ct.Validators {
		p.Commit(t, id, v, true)
	}
	pendingA(ct.Agent)
	p.AdvanceTime(t, time.Duration(rd.CommitDeadline.Uint64()+1-p.Now(t))*time.Second)
	// ... reveals ...
	p.Reveal(t, id, ct.Validators[0], true)
	p.Reveal(t, id, ct.Validators[1], true)
	pendingA(ct.Agent)
	// ... the reveal deadline passes and nobody tallies yet: still pending
	// until the reveal deadline + grace.
	p.AdvanceTime(t, time.Duration(rd.RevealDeadline.Uint64()+1-p.Now(t))*time.Second)
	pendingA(ct.Employer)
	p.AdvanceTime(t, time.Duration(disputableAt-3-p.Now(t))*time.Second)
	pendingA(ct.Agent)

	// Stalled: the dispute is accepted and the vote is tallied with its
	// penalties (the non-revealer is slashed 10%).
	p.AdvanceTime(t, 3*time.Second)
	v2stake := p.StakeOf(t, ct.Validators[2], 1)
	r = p.MustSendR(t, ct.Agent, jr, p.JR.PackDispute(id, common.Hash{1}, "stalled vote"))
	tallied := secLogs(r, p.VM.UnpackValidationTalliedEvent)
	require.Len(t, tallied, 1)
	require.True(t, tallied[0].Success)
	require.EqualValues(t, 2, tallied[0].Approvals.Int64())
	pen := secLogs(r, p.VM.UnpackValidatorPenalizedEvent)
	require.Len(t, pen, 1)
	require.Equal(t, p.Accounts[ct.Validators[2]], pen[0].Validator)
	require.Equal(t, secPctOf(v2stake, p.Params.ValidatorSlashingPct), pen[0].Slashed)
	require.False(t, pen[0].Revealed)
	require.Equal(t, secSub(v2stake, pen[0].Slashed), p.StakeOf(t, ct.Validators[2], 1))
	require.Len(t, secLogs(r, p.VM.UnpackValidationAbortedEvent), 1)
	require.EqualValues(t, stDisputed, p.Job(t, id).State)
	p.ExpectRevert(t, "InvalidRound", ct.Stranger, vm, p.VM.PackFinalize(id))
	p.ExpectRevert(t, "AlreadyDisputed", ct.Employer, jr, p.JR.PackDispute(id, common.Hash{3}, "again"))

	// Resolved for the agent: the validators who voted with the tally get the
	// validator reward; the agent gets no more than its part.
	p.MustSend(t, ct.Owner, dm, disputes().PackResolve(id, false))
	agent, v0, v2 := p.Balance(t, p.Accounts[ct.Agent]), p.Balance(t, p.Accounts[ct.Validators[0]]), p.Balance(t, p.Accounts[ct.Validators[2]])
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(id))
	half := new(big.Int).Div(secPctOf(ct.Reward, p.Params.ValidatorRewardPct), big.NewInt(2))
	require.Equal(t, secAdd(agent, secSub(ct.Reward, secAdd(half, half))), p.Balance(t, p.Accounts[ct.Agent]))
	require.Equal(t, secAdd(v0, half), p.Balance(t, p.Accounts[ct.Validators[0]]))
	require.Equal(t, v2, p.Balance(t, p.Accounts[ct.Validators[2]]))
}

// ---------------------------------------------------------------- 8. blacklisted agent

// TestAttackBlacklistedAgentPaid: identity and blacklist were checked
// only at application, so an agent blacklisted later still submitted and was
// paid. Now a blacklisted agent cannot submit; one blacklisted after
// submitting is not paid: its part goes back to the employer, the
// validators and the fee are paid as usual, its job stake is released, and
// it gets no certificate or reputation.
func TestAttackBlacklistedAgentPaid(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, sm, fp := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool)
	re, nft := p.Addr(deploy.ReputationEngine), p.Addr(deploy.CertificateNFT)
	blacklist := func(on bool) {
		p.MustSend(t, ct.Owner, re, reputation().PackSetBlacklist(p.Accounts[ct.Agent], on))
	}

	// Blacklisted before submitting: the submission is refused.
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	blacklist(true)
	rv := p.Reverts(t, "Blacklisted", ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	secArgs(t, rv, p.Accounts[ct.Agent])
	require.EqualValues(t, stApplied, p.Job(t, id).State)
	blacklist(false)

	// Blacklisted after submitting, before finalize.
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	p.Validate(t, id, [3]bool{true, true, true})
	require.EqualValues(t, stCompleted, p.Job(t, id).State)
	blacklist(true)
	bal := func(i int) *big.Int { return p.Balance(t, p.Accounts[i]) }
	emp, agent, v := bal(ct.Employer), bal(ct.Agent), []*big.Int{bal(ct.Validators[0]), bal(ct.Validators[1]), bal(ct.Validators[2])}
	stake := p.StakeOf(t, ct.Agent, 0)
	rep := ct.Call(t, p.Chain, re, reputation().PackReputation(p.Accounts[ct.Agent]), reputation().UnpackReputation)
	toBurn := ct.Call(t, p.Chain, fp, fees().PackBurnable(p.D.Token), fees().UnpackBurnable)
	smBal := p.Balance(t, sm)
	r := p.MustSendR(t, ct.Employer, jr, p.JR.PackFinalize(id))
	require.EqualValues(t, stFinalized, p.Job(t, id).State)
	require.Len(t, secLogs(r, p.JR.UnpackJobFinalizedEvent), 1)

	fee := secPctOf(ct.Reward, p.Params.FeePct)
	share := new(big.Int).Div(secPctOf(ct.Reward, p.Params.ValidatorRewardPct), big.NewInt(3))
	rest := secSub(ct.Reward, new(big.Int).Mul(share, big.NewInt(3)))
	require.Equal(t, agent, bal(ct.Agent), "the blacklisted agent is not paid")
	require.Equal(t, secAdd(emp, rest), bal(ct.Employer), "its part goes back to the employer")
	for i, x := range ct.Validators {
		require.Equal(t, secAdd(v[i], share), bal(x))
	}
	require.Equal(t, secAdd(toBurn, fee), ct.Call(t, p.Chain, fp, fees().PackBurnable(p.D.Token), fees().UnpackBurnable), "fee as usual")
	require.Equal(t, secSub(smBal, secAdd(rest, share, share, share)), p.Balance(t, sm), "the fee stays in custody for the FeePool")
	info := ct.Call(t, p.Chain, sm, p.SM.PackStakeInfo(p.Accounts[ct.Agent], 0), p.SM.UnpackStakeInfo)
	require.Equal(t, stake, info.Amount, "job stake released, not slashed")
	require.Zero(t, info.Locked.Sign())
	require.Zero(t, info.ActiveJobs.Sign())
	require.Equal(t, rep, ct.Call(t, p.Chain, re, reputation().PackReputation(p.Accounts[ct.Agent]), reputation().UnpackReputation))
	require.Zero(t, ct.Call(t, p.Chain, nft, certificate().PackBalanceOf(p.Accounts[ct.Agent]), certificate().UnpackBalanceOf).Sign(), "no certificate")
	_, rerr := secCallErr(p, ct.Stranger, nft, certificate().PackOwnerOf(id))
	require.NotNil(t, rerr)
	require.Equal(t, "ERC721NonexistentToken", rerr.Name)
}

// ---------------------------------------------------------------- 9. fee-token slots

// TestAttackFeeTokenSlots: anyone could register a fee token by
// sending dust and calling distribute, and once the 16 slots were taken fees
// in a later token could never be shared. Now only governance fills slots
// (allowlisting a token in JobRegistry reserves one): a stranger's distribute
// and registerToken revert, and a 17th token is refused with
// TooManyFeeTokens when governance allowlists it.
func TestAttackFeeTokenSlots(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, fp := p.Addr(deploy.JobRegistry), p.Addr(deploy.FeePool)
	f, bt := fees(), blockingtoken.NewBlockingToken()
	feeTokens := func() []common.Address { return ct.Call(t, p.Chain, fp, f.PackFeeTokens(), f.UnpackFeeTokens) }
	newToken := func(by int) common.Address {
		a, _, err := p.Deploy(by, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), bt.PackConstructor(18))
		require.NoError(t, err)
		return a
	}
	max := ct.Call(t, p.Chain, fp, f.PackMAXFEETOKENS(), f.UnpackMAXFEETOKENS)
	require.EqualValues(t, 16, max.Int64())
	require.Equal(t, []common.Address{p.D.Token}, feeTokens(), "the stake token holds the first slot")

	// The stranger's dust: a random token sent to the FeePool.
	for i := 0; i < 3; i++ {
		junk := newToken(ct.Stranger)
		p.MustSend(t, ct.Stranger, junk, bt.PackMint(fp, big.NewInt(1)))
		re := p.Reverts(t, errOwnable, ct.Stranger, fp, f.PackDistribute(junk))
		secArgs(t, re, p.Accounts[ct.Stranger])
		re = p.Reverts(t, errModule, ct.Stranger, fp, f.PackRegisterToken(junk))
		secArgs(t, re, p.Accounts[ct.Stranger])
		re = p.Reverts(t, errModule, ct.Stranger, fp, f.PackOnFee(junk, big.NewInt(1)))
		secArgs(t, re, p.Accounts[ct.Stranger])
	}
	// Dust of the stake token cannot be shared at the stranger's moment either.
	p.MustSend(t, ct.Stranger, p.D.Token, p.Token.PackTransfer(fp, deploy.Ether(1)))
	p.ExpectRevert(t, errOwnable, ct.Stranger, fp, f.PackDistribute(p.D.Token))
	require.Equal(t, []common.Address{p.D.Token}, feeTokens(), "no slot taken")

	// Governance fills the slots by allowlisting tokens.
	var allowed []common.Address
	for len(feeTokens()) < int(max.Int64()) {
		tok := newToken(ct.Owner)
		r := p.MustSendR(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(tok, true))
		reg := secLogs(r, f.UnpackFeeTokenRegisteredEvent)
		require.Len(t, reg, 1)
		require.Equal(t, tok, reg[0].Token)
		allowed = append(allowed, tok)
	}
	require.Len(t, allowed, 15)
	extra := newToken(ct.Owner)
	p.ExpectRevert(t, "TooManyFeeTokens", ct.Owner, jr, p.JR.PackSetTokenAllowed(extra, true))
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(extra), p.JR.UnpackIsTokenAllowed))
	p.ExpectRevert(t, "TooManyFeeTokens", ct.Owner, fp, f.PackRegisterToken(extra))
	// A tracked token taken off and back on the allowlist keeps its slot.
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(allowed[0], false))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(allowed[0], true))
	require.Len(t, feeTokens(), 16)
	// Governance may share stray tokens of a tracked token.
	burnable := ct.Call(t, p.Chain, fp, f.PackBurnable(p.D.Token), f.UnpackBurnable)
	p.MustSend(t, ct.Owner, fp, f.PackDistribute(p.D.Token))
	require.Equal(t, secAdd(burnable, deploy.Ether(1)), ct.Call(t, p.Chain, fp, f.PackBurnable(p.D.Token), f.UnpackBurnable))
}

// ---------------------------------------------------------------- 10. cheap sniping

// TestAttackCheapJobSniping: applying is first come, first served, and the
// flat agent job stake of 10 tokens made holding a large job's escrow
// hostage until deadline + grace cheap. The job stake now grows with the
// reward (stakeBps of the reward scaled to 18 decimals, the flat jobStake as
// floor), fixed at creation and announced in JobCreated: an agent holding
// only the flat stake cannot take a big job.
func TestAttackCheapJobSniping(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, sm := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	secApproveMax(t, p, ct.Agent2, p.D.Token)
	stakeFor := func(token common.Address, reward *big.Int) *big.Int {
		return ct.Call(t, p.Chain, jr, p.JR.PackJobStakeFor(token, reward), p.JR.UnpackJobStakeFor)
	}
	bigReward := deploy.Ether(100_000)
	want := deploy.Ether(5_000) // 5%
	require.Equal(t, want, stakeFor(p.D.Token, bigReward))
	require.Equal(t, deploy.Ether(50), stakeFor(p.D.Token, ct.Reward))
	require.Equal(t, p.Params.JobStake, stakeFor(p.D.Token, deploy.Ether(10)), "the flat job stake is the floor")
	usdc := secBlockingToken(t, p, 6, secUnits(1_000_000, 6))
	require.Equal(t, want, stakeFor(usdc, secUnits(100_000, 6)), "scaled to 18 decimals")

	id, r := secCreate(t, p, ct.Employer, common.Address{}, bigReward, 86400)
	ev := secLogs(r, p.JR.UnpackJobCreatedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, want, ev[0].Stake)
	require.Equal(t, want, p.Job(t, id).Stake)

	// The sniper holds the flat stake (and the minimum) many times over, not 5%.
	held := p.StakeOf(t, ct.Agent2, 0)
	require.Equal(t, deploy.Ether(100), held)
	re := p.Reverts(t, "InsufficientStake", ct.Agent2, jr, p.JR.PackApplyForJob(id, "bob", nil))
	secArgs(t, re, held, want)
	re = p.Reverts(t, "InsufficientStake", ct.Agent2, jr, p.JR.PackStakeAndApply(id, deploy.Ether(100), "bob", nil))
	secArgs(t, re, deploy.Ether(200), want)
	require.EqualValues(t, stCreated, p.Job(t, id).State)

	// The stake is fixed at creation: lowering stakeBps later changes new
	// jobs only.
	c := ct.Call(t, p.Chain, jr, p.JR.PackTokenConfig(p.D.Token), p.JR.UnpackTokenConfig)
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenConfig(p.D.Token, c.MinReward, c.MaxReward, big.NewInt(100)))
	require.Equal(t, deploy.Ether(1_000), stakeFor(p.D.Token, bigReward))
	require.Equal(t, want, p.Job(t, id).Stake)
	p.ExpectRevert(t, "InsufficientStake", ct.Agent2, jr, p.JR.PackStakeAndApply(id, deploy.Ether(900), "bob", nil))

	// With the full stake the agent applies and exactly the job's stake is locked.
	p.MustSend(t, ct.Agent2, jr, p.JR.PackStakeAndApply(id, secSub(want, held), "bob", nil))
	require.Equal(t, want, ct.Call(t, p.Chain, sm, p.SM.PackLockedStake(p.Accounts[ct.Agent2], 0), p.SM.UnpackLockedStake))
	p.ExpectRevert(t, "InsufficientStake", ct.Agent2, sm, p.SM.PackRequestWithdraw(0, deploy.Ether(1)))
}

// ---------------------------------------------------------------- 11. smaller defects

// TestAttackDeadlineTruncation: uint40(deadline) truncated a deadline beyond
// 2^40 when the duration limit was set huge (2^40 + t became t). Such a
// deadline is now refused with InvalidDeadline, never truncated.
func TestAttackDeadlineTruncation(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr := p.Addr(deploy.JobRegistry)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetJobDurationLimit(new(big.Int).SetUint64(math.MaxUint64)))
	max40 := uint64(1)<<40 - 1
	for _, d := range []uint64{1 << 40, 1<<40 + p.Now(t) + 3600, math.MaxUint64} {
		re := p.Reverts(t, "InvalidDeadline", ct.Employer, jr, p.JR.PackCreateJob(ct.Reward, d, ct.SpecHash, ""))
		secArgs(t, re, d, max40)
	}
	id, _ := secCreate(t, p, ct.Employer, common.Address{}, ct.Reward, max40-p.Now(t))
	require.Equal(t, max40, p.Job(t, id).Deadline)
}

// TestAttackMaxJobRewardInRawUnits: maxJobReward was one raw number for all
// tokens, so a cap of 500 tokens of 18 decimals let a 6-decimals job escrow
// 500 * 10^12 tokens. Each token now has its own cap in its own units.
func TestAttackMaxJobRewardInRawUnits(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr := p.Addr(deploy.JobRegistry)
	secApproveMax(t, p, ct.Employer, p.D.Token)
	usdc := secBlockingToken(t, p, 6, secUnits(1_000_000, 6), ct.Employer)
	create := func(token common.Address, reward *big.Int) []byte {
		return p.JR.PackCreateJobWithToken(token, reward, p.Now(t)+86400, ct.SpecHash, "")
	}
	r := p.MustSendR(t, ct.Owner, jr, p.JR.PackSetMaxJobReward(deploy.Ether(500)))
	upd := secLogs(r, p.JR.UnpackTokenConfigUpdatedEvent)
	require.Len(t, upd, 1)
	require.Equal(t, p.D.Token, upd[0].Token)
	require.Equal(t, deploy.Ether(500), upd[0].MaxReward)
	require.Equal(t, deploy.Ether(500), ct.Call(t, p.Chain, jr, p.JR.PackMaxJobReward(), p.JR.UnpackMaxJobReward))
	// The default cap does not apply to the 6-decimals token in raw units: it
	// has its own (none yet below 2^104) until governance sets one.
	p.MustSend(t, ct.Employer, jr, create(usdc, secUnits(501, 6)))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenConfig(usdc, secUnits(1, 6), secUnits(500, 6), big.NewInt(500)))

	for _, c := range []struct {
		token common.Address
		cap   *big.Int
	}{{p.D.Token, deploy.Ether(500)}, {usdc, secUnits(500, 6)}} {
		over := secAdd(c.cap, big.NewInt(1))
		re := p.Reverts(t, "RewardTooHigh", ct.Employer, jr, create(c.token, over))
		secArgs(t, re, over, c.cap)
		p.MustSend(t, ct.Employer, jr, create(c.token, c.cap))
	}
	re := p.Reverts(t, "RewardTooHigh", ct.Employer, jr, p.JR.PackCreateJob(deploy.Ether(501), p.Now(t)+86400, ct.SpecHash, ""))
	secArgs(t, re, deploy.Ether(501), deploy.Ether(500))
	// A cap below the floor is refused.
	re = p.Reverts(t, "InvalidTokenConfig", ct.Owner, jr, p.JR.PackSetMaxJobReward(secSub(deploy.Ether(1), big.NewInt(1))))
	secArgs(t, re, deploy.Ether(1), secSub(deploy.Ether(1), big.NewInt(1)), 500)
}

// TestAttackUpgradeVersion: _authorizeUpgrade required version() == 1,
// so no later release could ever be installed. ValidationModule now upgrades
// to ValidationModuleV2 (version 2) in the middle of a vote, keeping every
// piece of state, and the vote finishes on it; implementations answering
// version 0 or no version at all, accounts without code and modules of
// another kind are still refused.
func TestAttackUpgradeVersion(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, vm := p.Addr(deploy.JobRegistry), p.Addr(deploy.ValidationModule)
	id, _ := p.Selected(t)
	for _, v := range ct.Validators {
		p.Commit(t, id, v, true)
	}
	views := [][]byte{
		p.VM.PackRound(id), p.VM.PackValidators(id), p.VM.PackJobNonce(id), p.VM.PackRewardees(id),
		p.VM.PackCommitments(id, p.Accounts[ct.Validators[0]]), p.VM.PackValidatorPool(),
		p.VM.PackCommitWindow(), p.VM.PackRevealWindow(), p.VM.PackValidatorsPerJob(), p.VM.PackApprovalThreshold(),
		p.VM.PackValidatorSlashingPct(), p.VM.PackRevealQuorum(), p.VM.PackMinValidatorStake(), p.VM.PackJobRegistry(),
		p.VM.PackStakeManager(), p.VM.PackIdentityRegistry(), p.VM.PackReputationEngine(), p.VM.PackOwner(),
		p.VM.PackPauser(), p.VM.PackDOMAINSEPARATOR(),
	}
	read := func() []string {
		var out []string
		for _, v := range views {
			res, re := secCallErr(p, ct.Stranger, vm, v)
			require.Nil(t, re)
			out = append(out, common.Bytes2Hex(res))
		}
		return out
	}
	implOf := func() common.Address { return common.BytesToAddress(p.StorageAt(t, vm, ct.ImplementationSlot).Bytes()) }
	before, impl := read(), implOf()
	require.EqualValues(t, 1, ct.Call(t, p.Chain, vm, p.VM.PackVersion(), p.VM.UnpackVersion).Int64())

	v2, _, err := p.Deploy(ct.Owner, common.FromHex(validationmodulev2.ValidationModuleV2MetaData.Bin), nil)
	require.NoError(t, err)
	// A contract answering version() == 0 (it returns 32 zero bytes to anything).
	zero, _, err := p.Deploy(ct.Owner, common.FromHex("0x6005600c60003960056000f360206000f3"), nil)
	require.NoError(t, err)

	re := p.Reverts(t, errOwnable, ct.Stranger, vm, p.VM.PackUpgradeToAndCall(v2, nil))
	secArgs(t, re, p.Accounts[ct.Stranger])
	for _, bad := range []common.Address{zero, p.D.Token, p.Accounts[ct.Stranger]} {
		re = p.Reverts(t, "IncompatibleModule", ct.Owner, vm, p.VM.PackUpgradeToAndCall(bad, nil))
		secArgs(t, re, bad, 0, 1)
	}
	p.ExpectRevert(t, "WrongModuleKind", ct.Owner, vm, p.VM.PackUpgradeToAndCall(p.D.Implementations[deploy.StakeManager], nil))
	p.ExpectRevert(t, "WrongModuleKind", ct.Owner, jr, p.JR.PackUpgradeToAndCall(v2, nil))
	require.Equal(t, impl, implOf())

	r := p.MustSendR(t, ct.Owner, vm, p.VM.PackUpgradeToAndCall(v2, nil))
	up := secLogs(r, p.VM.UnpackUpgradedEvent)
	require.Len(t, up, 1)
	require.Equal(t, v2, up[0].Implementation)
	require.Equal(t, v2, implOf())
	require.EqualValues(t, 2, ct.Call(t, p.Chain, vm, p.VM.PackVersion(), p.VM.UnpackVersion).Int64())
	require.Equal(t, before, read(), "every view answers the same after the upgrade")
	// Wiring accepts the newer version too.
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetValidationModule(vm))

	// The vote finishes on the new implementation and the job is paid.
	p.AdvanceTime(t, p.Params.CommitWindow+time.Second)
	for _, v := range ct.Validators {
		p.Reveal(t, id, v, true)
	}
	p.Tally(t, id)
	agent := p.Balance(t, p.Accounts[ct.Agent])
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(id))
	share := new(big.Int).Div(secPctOf(ct.Reward, p.Params.ValidatorRewardPct), big.NewInt(3))
	require.Equal(t, secAdd(agent, secSub(ct.Reward, new(big.Int).Mul(share, big.NewInt(3)))), p.Balance(t, p.Accounts[ct.Agent]))
}

// TestAttackPauseSemantics documents what pausing the StakeManager
// alone does: it stops the calls its stakers make (deposit, unbonding,
// withdrawals, credits), while the calls other modules make into it
// (escrow, job stakes, committee locks, slashing, payouts, fee payments)
// pass, so that jobs in progress still settle; to stop everything,
// governance uses SystemPause (TestPauseStopsEverythingAndLosesNothing).
// Note that stakeAndApply still deposits agent stake through JobRegistry.
func TestAttackPauseSemantics(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	jr, sm, fp := p.Addr(deploy.JobRegistry), p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool)
	f := fees()
	p.Stake(t, secPlatformA, 2, deploy.Ether(100))
	secApproveMax(t, p, ct.Agent2, p.D.Token)
	p.MustSend(t, ct.Agent2, sm, p.SM.PackRequestWithdraw(0, deploy.Ether(1)))
	fee := secPctOf(ct.Reward, p.Params.FeePct)
	p.Approve(t, ct.Employer, deploy.Ether(10_000))

	p.MustSend(t, ct.Owner, sm, p.SM.PackPause())
	require.True(t, ct.Call(t, p.Chain, sm, p.SM.PackPaused(), p.SM.UnpackPaused))
	// Stakers' own calls stop.
	p.AdvanceTime(t, p.Params.UnbondingPeriod+time.Second)
	for name, c := range map[string]struct {
		from int
		data []byte
	}{
		"depositStake":     {ct.Agent2, p.SM.PackDepositStake(0, deploy.Ether(1))},
		"requestWithdraw":  {ct.Agent2, p.SM.PackRequestWithdraw(0, deploy.Ether(1))},
		"finalizeWithdraw": {ct.Agent2, p.SM.PackFinalizeWithdraw(0)},
		"withdrawCredit":   {ct.Agent2, p.SM.PackWithdrawCredit(p.D.Token)},
	} {
		re := secRevert(p, c.from, sm, c.data)
		require.NotNil(t, re, name)
		require.Equal(t, "EnforcedPause", re.Name, name)
	}

	// Module calls into it pass: a whole job with a minority validator, and
	// the FeePool's payment of a claim.
	agent2Stake := p.StakeOf(t, ct.Agent2, 0)
	id := p.JobID(t, p.MustSendR(t, ct.Employer, jr, p.JR.PackCreateJob(ct.Reward, p.Now(t)+86400, ct.SpecHash, ""))) // lockEscrow
	p.MustSend(t, ct.Agent2, jr, p.JR.PackStakeAndApply(id, deploy.Ether(10), "bob", nil))                            // depositStakeFor, lockJobStake
	require.Equal(t, secAdd(agent2Stake, deploy.Ether(10)), p.StakeOf(t, ct.Agent2, 0), "stakeAndApply deposits while the StakeManager is paused")
	p.MustSend(t, ct.Agent2, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "bob", nil))
	v2stake := p.StakeOf(t, ct.Validators[2], 1)
	p.Validate(t, id, [3]bool{true, true, false}) // lockValidators, slashPct (FeePool.onFee)
	require.Equal(t, secSub(v2stake, secPctOf(v2stake, p.Params.ValidatorSlashingPct)), p.StakeOf(t, ct.Validators[2], 1))
	agent2 := p.Balance(t, p.Accounts[ct.Agent2])
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(id)) // release, releaseJobStake
	half := new(big.Int).Div(secPctOf(ct.Reward, p.Params.ValidatorRewardPct), big.NewInt(2))
	require.Equal(t, secAdd(agent2, secSub(ct.Reward, secAdd(half, half))), p.Balance(t, p.Accounts[ct.Agent2]))
	platform := p.Balance(t, p.Accounts[secPlatformA])
	owed := ct.Call(t, p.Chain, fp, f.PackPending(p.D.Token, p.Accounts[secPlatformA]), f.UnpackPending)
	// The fee and the slashed stake, less the burn share.
	slashed := secPctOf(v2stake, p.Params.ValidatorSlashingPct)
	require.Equal(t, secAdd(secSub(fee, secPctOf(fee, p.Params.BurnPct)), secSub(slashed, secPctOf(slashed, p.Params.BurnPct))), owed)
	p.MustSend(t, secPlatformA, fp, f.PackClaim(p.D.Token)) // payFee
	require.Equal(t, secAdd(platform, owed), p.Balance(t, p.Accounts[secPlatformA]))

	// Unpaused, the stakers' calls work again.
	p.MustSend(t, ct.Owner, sm, p.SM.PackUnpause())
	p.MustSend(t, ct.Agent2, sm, p.SM.PackFinalizeWithdraw(0))
}
