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
)

// ---------------------------------------------------------------- 1. stake grinding

// TestAttackCommitteeGrindingByStakeDeposit: a pool validator waits until
// the target block R of a job's draw is mined (its hash and header, hence
// the seed, are public), then simulates "deposit k wei, then select" for
// k = 0..K and would send the k that gives it the committee. The draw's
// weights are the stakes checkpointed at the end of block R - 3, before the
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
	require.Equal(t, S+2, R, "target block = submit block + TARGET_DELAY")
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
	require.Equal(t, before, ct.Call(t, p.Chain, sm, p.SM.PackValidatorStakeAt(attacker, new(big.Int).SetUint64(R-3)), p.SM.UnpackValidatorStakeAt))

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
		if !equalAddrs(old, committee) {
			oldRuleDifferent++
		}
		if oldRuleFirstMajority < 0 && secSeats(old, attacker, partner) >= 2 {
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
	require.GreaterOrEqual(t, oldRuleFirstMajority, 0)

	// The attack for real: deposit the k that captured the committee under the
	// old rule, then select.
	p.MustSend(t, secColluderA, sm, p.SM.PackDepositStake(1, big.NewInt(int64(oldRuleFirstMajority))))
	r := p.MustSendR(t, secColluderB, vm, sel)
	ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, committee, ev[0].Validators)
	require.Equal(t, committee, ct.Call(t, p.Chain, vm, p.VM.PackValidators(id), p.VM.UnpackValidators))
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
		var round struct{ Status uint8 }
		var weights []*big.Int
		var nonce *big.Int
		var b ct.Batch
		R := p.SelectionBlock(t, id)
		ct.BatchAdd(&b, sm, p.SM.PackValidatorWeightsAt(pool, min, new(big.Int).SetUint64(R-3)), p.SM.UnpackValidatorWeightsAt, &weights)
		ct.BatchAdd(&b, vm, p.VM.PackJobNonce(id), p.VM.UnpackJobNonce, &nonce)
		b.Run(t, p.Chain)
		_ = round
		secMineTo(t, p, R) // R mined: the seed is public, the next block can read it
		header := secHeader(t, p.Chain, R)
		prev := secHeader(t, p.Chain, R-2).Hash()
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
		seed := secSeed(header.MixDigest, prev, id, nonce.Uint64())
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

// TestAttackExpiredTargetCallerChosenSeed: once a draw's target is older than
// 256 blocks its hash cannot be read; the old contract then drew from
// blockhash(block.number - 1), which the caller knows before sending, so it
// chose its committee by choosing when to call. Now both select functions
// re-arm a new target two blocks ahead (SelectionRearmed, empty committee,
// no revert), and the later draw reads that target's header and the
// checkpointed weights of the block before the re-arming one.
func TestAttackExpiredTargetCallerChosenSeed(t *testing.T) {
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
	require.Equal(t, sA+2, rA)
	headerA := secEncode(t, secHeader(t, p.Chain, rA))

	// The last block that can still read the target (block.number = R - 2 +
	// 256, seen by an eth_call at that head): v2 selectValidators wants the
	// header, selectValidatorsWithHeader draws.
	secMineTo(t, p, rA-2+256)
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
	require.Equal(t, new(big.Int).SetUint64(x+2), rearm[0].SelectionBlock)
	require.Empty(t, secLogs(r, p.VM.UnpackValidatorsSelectedEvent))
	rd := ct.Call(t, p.Chain, vm, p.VM.PackRound(idA), p.VM.UnpackRound)
	require.EqualValues(t, 1, rd.Status, "still awaiting its draw")
	require.Equal(t, x+2, rd.SelectionBlock.Uint64())
	require.Empty(t, ct.Call(t, p.Chain, vm, p.VM.PackValidators(idA), p.VM.UnpackValidators))
	// The new target must be mined first.
	re = p.Reverts(t, "SelectionTooEarly", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, headerA))
	require.Equal(t, new(big.Int).SetUint64(x+2), re.Args[0])
	re = p.Reverts(t, "SelectionTooEarly", ct.Stranger, vm, p.VM.PackSelectValidators(idA, big.NewInt(1)))
	require.Equal(t, new(big.Int).SetUint64(x+2), re.Args[0])

	// Job B: selectValidatorsWithHeader on an expired target re-arms too,
	// even when handed a recent, valid, caller-known header.
	secMineTo(t, p, sB+257)
	recent := p.Head(t)
	r = p.MustSendR(t, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idB, secEncode(t, secHeader(t, p.Chain, recent))))
	xB := r.BlockNumber.Uint64()
	rearm = secLogs(r, p.VM.UnpackSelectionRearmedEvent)
	require.Len(t, rearm, 1)
	require.Equal(t, new(big.Int).SetUint64(xB+2), rearm[0].SelectionBlock)
	require.Empty(t, secLogs(r, p.VM.UnpackValidatorsSelectedEvent))
	require.Equal(t, xB+2, p.SelectionBlock(t, idB))

	// Stake moved after the re-arming block does not weigh in the new draw.
	p.MustSend(t, secColluderA, sm, p.SM.PackDepositStake(1, deploy.Ether(500_000)))

	newR := x + 2
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
	// The draw uses the new target: mixHash(newR), blockhash(newR - 2) (the
	// re-arming block) and the weights at the end of newR - 3, the block
	// before the re-arming one.
	target := secReadTarget(t, p, idA)
	require.Equal(t, newR, target.R)
	require.Equal(t, deploy.Ether(1000), ct.Call(t, p.Chain, sm, p.SM.PackValidatorStakeAt(p.Accounts[secColluderA], new(big.Int).SetUint64(newR-3)), p.SM.UnpackValidatorStakeAt))
	r = p.MustSendR(t, ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(idA, secEncode(t, target.Header)))
	ev := secLogs(r, p.VM.UnpackValidatorsSelectedEvent)
	require.Len(t, ev, 1)
	require.Equal(t, target.committee(idA, target.Header.MixDigest, target.Weights), ev[0].Validators)
	require.EqualValues(t, 2, ct.Call(t, p.Chain, vm, p.VM.PackRound(idA), p.VM.UnpackRound).Status)
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
// does not know mixHash(R) then. On a chain whose mixHash is constant (some
// L2 sequencers) only blockhash(R - 2) is left, which its producer can grind;
// such deployments need a commit-reveal or VRF contribution.
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
		if !equalAddrs(first, target.committee(id, common.Hash{i}, target.Weights)) {
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
		if !equalAddrs(got, first) || forks == 8 {
			require.False(t, equalAddrs(got, first), "8 re-proposals of R all gave the same committee")
			break
		}
	}
	re := p.Reverts(t, "InvalidHeader", ct.Stranger, vm, p.VM.PackSelectValidatorsWithHeader(id, old))
	require.Equal(t, new(big.Int).SetUint64(R), re.Args[0])
}

// ---------------------------------------------------------------- 4. fee sniping

// TestAttackFeeSnipingByLateStake: fees used to wait in the FeePool for a
// keeper's distribute, shared by the Platform stake of that moment, so a
// stake deposited just before took almost all of them and unbonded
// risk-free. Now every fee is credited to the stake held when it arrives:
// a stake added after a fee earns none of it, one added before gets exactly
// its pro-rata share, and nobody but governance can call distribute.
func TestAttackFeeSnipingByLateStake(t *testing.T) {
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
	p.AdvanceTimeSettled(t, p.Params.UnbondingPeriod+time.Second)
	p.MustSend(t, sniper, sm, p.SM.PackFinalizeWithdraw(2))
	p.ExpectRevert(t, "NothingToClaim", sniper, fp, f.PackClaim(tok))
	require.Equal(t, sniperBalance, p.Balance(t, p.Accounts[sniper]))
	require.Equal(t, shared, pending(honest))

	// Staking right before a fee (the job is validated, its finalize is
	// next) buys exactly the pro-rata share of that fee: 900 of 1000.
	id := p.CreateJobFor(t, ct.Employer, ct.Reward, 86400)
	p.MustSend(t, ct.Agent, jr, p.JR.PackApplyForJob(id, "alice", nil))
	p.MustSend(t, ct.Agent, jr, p.JR.PackSubmit(id, ct.ResultHash, "", "alice", nil))
	p.Validate(t, id, [3]bool{true, true, true})
	p.Stake(t, sniper, 2, deploy.Ether(900))
	p.MustSend(t, ct.Employer, jr, p.JR.PackFinalize(id))
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
	// An address without code is refused too (its exact error: see
	// TestAttackDustJobsTokenWithoutCode).
	_, err = p.Send(ct.Owner, jr, p.JR.PackSetTokenAllowed(p.Accounts[ct.Stranger], true))
	require.Error(t, err)
	require.False(t, ct.Call(t, p.Chain, jr, p.JR.PackIsTokenAllowed(p.Accounts[ct.Stranger]), p.JR.UnpackIsTokenAllowed))
}

// TestAttackDustJobsTokenWithoutCode: allowlisting an address without code
// (a mistyped token address) must fail with TokenDecimalsUnavailable like
// any token without decimals, so that governance learns why.
func TestAttackDustJobsTokenWithoutCode(t *testing.T) {
	t.Parallel()
	p := secTemplate.Protocol(t)
	eoa := p.Accounts[ct.Stranger]
	re := secRevert(p, ct.Owner, p.Addr(deploy.JobRegistry), p.JR.PackSetTokenAllowed(eoa, true))
	require.NotNil(t, re, "an address without code was allowlisted")
	require.Equal(t, "TokenDecimalsUnavailable", re.Name,
		"JobRegistry._configureToken: try IERC20Metadata(token).decimals() on an address without code returns no data, "+
			"and the ABI decoding failure is not caught by try/catch: the call reverts without a reason")
	secArgs(t, re, eoa)
}

func equalAddrs(a, b []common.Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

var _ = math.Sqrt
var _ = rand.New
var _ = time.Second
