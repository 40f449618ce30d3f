package contracts_test

// TestInvariants drives the protocol with random sequences of actions and
// checks, after every step, that no token is created or lost and that no job
// moves backwards.
//
// Each sequence starts from a fresh clone of one deployment and draws its
// actions from math/rand seeded with the sequence number. Most actions are
// meaningful for the current state (apply to an open job, reveal in the
// reveal window, ...); about one in six is deliberately broken (wrong caller,
// wrong state, bad argument). A reference model of the protocol predicts the
// outcome of every action, exactly: success, or the custom error it reverts
// with. The chain must agree, a revert must change nothing, and after every
// step the model and the chain must hold the same balances, stakes, unbonding
// withdrawals, jobs, rounds, committees, fee-pool books and credits.
//
// Adversarial actors take part:
//   - validators deposit and request withdrawals between a submission and
//     its committee draw; the model draws the committee itself (the
//     contract's algorithm, from its own record of every validator's stake
//     at block R-TARGET_DELAY-1 and the chain's block headers), so the committee on chain
//     must be exactly the one the frozen stake gives, and the stake the
//     contract reports at R-TARGET_DELAY-1 must never move after the submission;
//   - dust jobs: rewards below a token's floor revert RewardTooLow;
//   - a BlockingToken of 6 decimals is an escrow token whose issuer blocks
//     and unblocks addresses (participants, sometimes the StakeManager
//     itself): payments to a blocked recipient become StakeManager credits,
//     withdrawn with withdrawCredit once unblocked;
//   - Platform stakers deposit and withdraw right around fees, which are
//     credited to the stake held when they arrive; stray transfers to the
//     FeePool wait for governance's distribute;
//   - governance blacklists and clears agents (no submission, no pay);
//   - a draw left more than 256 blocks re-arms instead of drawing.
//
// Independently of the model, the chain must satisfy:
//
//   - conservation, per token: the balances of every account, the
//     StakeManager, the FeePool and the burn address, plus what was burnt
//     (minted - totalSupply), equal what was minted;
//   - StakeManager custody, per token: its balance equals every stake (all
//     roles) + every pending withdrawal (stake token) + the escrow (reward +
//     fee) of every job not Finalized or Cancelled + every credit + what the
//     FeePool accounts for (claimable and to burn) + rounding dust, with
//     0 <= dust <= the bound of the fees credited so far (each fee leaves at
//     most floor((Platform stake - 1) / 1e18) wei unaccounted);
//     totalStake(role) is the sum of the stakes;
//   - FeePool: what stakers can claim never exceeds what it accounted for;
//   - agents: locked stake and active job count match the agent's open jobs;
//   - jobs only move forward: Created→Applied|Cancelled,
//     Applied→Submitted|Finalized, Submitted→Completed|Disputed,
//     Completed→Finalized|Disputed, Disputed→Completed.
//
// `go test ./contracts` runs 20 sequences of 60 steps. A longer run is one
// command (also `make fuzz-long`):
//
//	AGIJOBS_INVARIANT_SEQUENCES=2000 go test ./contracts -run TestInvariants -v
//
// AGIJOBS_INVARIANT_STEPS sets the steps per sequence, and
// AGIJOBS_INVARIANT_SEED=n replays sequence n alone (its log lists every
// step): a failure names its seed.

import (
	"context"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	ct "github.com/agijobs/agijobs-go/internal/chaintest"
	"github.com/agijobs/agijobs-go/internal/testcontracts/blockingtoken"
)

// invTargetDelay is ValidationModule.TARGET_DELAY: blocks from the submission to the draw's target.
const invTargetDelay = 4

const (
	invSequences = 20
	invSteps     = 60

	// Indexes of tracked holders besides the accounts 0..11.
	invSM      = ct.Accounts
	invFP      = ct.Accounts + 1
	invDead    = ct.Accounts + 2
	invHolders = ct.Accounts + 3

	invAGI    = 0
	invOther  = 1 // a second allowlisted ERC-20 (18 decimals)
	invBLK    = 2 // a BlockingToken of 6 decimals whose issuer blocks addresses
	invTokens = 3

	invBLKDecimals = 6
	invMaxActive   = 3
	// A draw whose target is older than this many blocks past R re-arms
	// (ValidationModule: block.number > R - TARGET_DELAY + 256), at most
	// invMaxRearms times; then it is stalled for good (SelectionExpired).
	invRearmAfter = 256 - invTargetDelay
	invMaxRearms  = 1
)

var (
	invBurnAddress = common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	invEmployers   = []int{ct.Employer, ct.Employer2}
	invAgents      = []int{ct.Agent, ct.Agent2}
	// The validator pool in pool order: four validators for committees of
	// three, so that every committee is a stake-weighted draw.
	invPool = [...]int{val0, val1, val2, ct.Stranger}
	// Stake records actions touch: agents, validators, platform stakers.
	invStakers   = [...][2]int{{ct.Agent, 0}, {ct.Agent2, 0}, {val0, 1}, {val1, 1}, {val2, 1}, {ct.Stranger, 1}, {platformA, 2}, {platformB, 2}}
	invPlatform  = [...]int{platformA, platformB}
	invPrecision = big.NewInt(1e18)
	// Who the BlockingToken's issuer may block: participants, and sometimes
	// the StakeManager itself.
	invBlockable = []int{ct.Employer, ct.Employer2, ct.Agent, ct.Agent2, val0, val1, val2, ct.Stranger, platformA, platformB}
)

// invTemplate adds to the standard fixture: a second escrow token and a
// BlockingToken (6 decimals) held by the employers, unlimited approvals to
// the StakeManager for everybody, a moderator, at most invMaxActive jobs per
// agent (so that the limit is hit), and a fourth staked validator (the
// Stranger account) in the pool.
var invTemplate = ct.NewTemplate(nil, func(t testing.TB, p *ct.Protocol) map[string]common.Address {
	sm, jr := p.Addr(deploy.StakeManager), p.Addr(deploy.JobRegistry)
	other, _, err := p.Deploy(ct.Owner, common.FromHex(agialphatoken.AGIALPHATokenMetaData.Bin),
		p.Token.PackConstructor(p.Accounts[ct.Owner]))
	if err != nil {
		t.Fatalf("deploy second token: %v", err)
	}
	blk := blockingtoken.NewBlockingToken()
	blocking, _, err := p.Deploy(ct.Owner, common.FromHex(blockingtoken.BlockingTokenMetaData.Bin), blk.PackConstructor(invBLKDecimals))
	if err != nil {
		t.Fatalf("deploy blocking token: %v", err)
	}
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(other, true))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetTokenAllowed(blocking, true))
	for _, e := range invEmployers {
		p.MustSend(t, ct.Owner, other, p.Token.PackMint(p.Accounts[e], agi(1_000_000)))
		p.MustSend(t, ct.Owner, blocking, blk.PackMint(p.Accounts[e], new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e6))))
	}
	p.MustSend(t, ct.Owner, p.Addr(deploy.IdentityRegistry), p.IR.PackAddAdditionalValidator(p.Accounts[ct.Stranger]))
	p.Stake(t, ct.Stranger, 1, agi(1000))
	pool := make([]common.Address, len(invPool))
	for i, v := range invPool {
		pool[i] = p.Accounts[v]
	}
	p.MustSend(t, ct.Owner, p.Addr(deploy.ValidationModule), p.VM.PackSetValidatorPool(pool))
	for i := range p.Accounts {
		for _, tok := range []common.Address{p.D.Token, other, blocking} {
			p.MustSend(t, i, tok, p.Token.PackApprove(sm, abi.MaxUint256))
		}
	}
	p.MustSend(t, ct.Owner, p.Addr(deploy.DisputeModule), disputes().PackSetModerator(p.Accounts[ct.Moderator], true))
	p.MustSend(t, ct.Owner, jr, p.JR.PackSetMaxActiveJobsPerAgent(big.NewInt(invMaxActive)))
	return map[string]common.Address{"token": other, "blocking": blocking}
})

func invEnvInt(name string, def int) int {
	if v := os.Getenv(name); v != "" {
		n, err := strconv.Atoi(v)
		if err == nil && n > 0 {
			return n
		}
	}
	return def
}

func TestInvariants(t *testing.T) {
	sequences := invEnvInt("AGIJOBS_INVARIANT_SEQUENCES", invSequences)
	steps := invEnvInt("AGIJOBS_INVARIANT_STEPS", invSteps)
	seeds := make([]int64, sequences)
	for i := range seeds {
		seeds[i] = int64(i + 1)
	}
	replay := invEnvInt("AGIJOBS_INVARIANT_SEED", 0)
	if replay != 0 {
		seeds = []int64{int64(replay)}
	}
	var mu sync.Mutex
	total := invStats{}
	start := time.Now()
	t.Run("seq", func(t *testing.T) {
		for _, seed := range seeds {
			t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
				t.Parallel()
				st := invRunSequence(t, seed, steps, replay != 0)
				mu.Lock()
				total.merge(st)
				mu.Unlock()
			})
		}
	})
	t.Logf("%d sequences x %d steps (%d actions: %d succeeded, %d reverted as predicted) in %v",
		len(seeds), steps, total.steps, total.ok, total.steps-total.ok, time.Since(start).Round(time.Millisecond))
	t.Logf("outcomes:\n%s", total.String())
}

// ---------------------------------------------------------------- statistics

type invStats struct {
	steps, ok int
	outcomes  map[string]int // "kind -> outcome"
}

func (s *invStats) note(kind, outcome string) {
	if s.outcomes == nil {
		s.outcomes = map[string]int{}
	}
	s.steps++
	if outcome == "" {
		s.ok++
		outcome = "ok"
	}
	s.outcomes[kind+" -> "+outcome]++
}

// event counts a notable effect (a credit, a re-armed draw, ...).
func (s *invStats) event(name string) {
	if s.outcomes == nil {
		s.outcomes = map[string]int{}
	}
	s.outcomes["* "+name]++
}

func (s *invStats) merge(o invStats) {
	s.steps += o.steps
	s.ok += o.ok
	for k, v := range o.outcomes {
		if s.outcomes == nil {
			s.outcomes = map[string]int{}
		}
		s.outcomes[k] += v
	}
}

func (s *invStats) String() string {
	keys := make([]string, 0, len(s.outcomes))
	for k := range s.outcomes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "  %-56s %6d\n", k, s.outcomes[k])
	}
	return b.String()
}

// ---------------------------------------------------------------- model

// invJob is the model of one job and its validation round.
type invJob struct {
	id                *big.Int
	employer, agent   int // agent -1 until assigned
	tok               int
	reward, fee       *big.Int
	stake             *big.Int
	deadline          uint64
	spec              common.Hash
	state             uint8
	success           bool
	raised, resolved  bool
	completedAt       uint64
	rstatus           uint8 // 0 none, 1 awaiting selection, 2 voting, 3 tallied
	selBlock          uint64
	commitDL, reveal  uint64
	committee         []int // seat order
	committed         map[int]bool
	vote              map[int]bool // committed vote
	salt              map[int]common.Hash
	sealed            map[int]bool // committed a hash that is no vote's
	revealed          map[int]bool
	rsuccess, rquorum bool
	submitted         uint64 // block of the submission
	rearms            int    // expired draw targets re-armed (at most invMaxRearms)
	stakeMoves        int    // validator stake changes while the draw was pending
}

func (j *invJob) member(v int) bool { return slices.Contains(j.committee, v) }

type invStake struct {
	amount, locked *big.Int
	lockedUntil    uint64
	active         int64
	pending        *big.Int
	unlockAt       uint64
}

// invCheckpoint is a validator's active stake from block on.
type invCheckpoint struct {
	block  uint64
	amount *big.Int
}

// invTokenConfig is JobRegistry.tokenConfig of an escrow token.
type invTokenConfig struct {
	decimals           uint8
	minReward, maxRew  *big.Int
	stakeBps           *big.Int
	unit               *big.Int // 10**decimals
	scaleUp, scaleDown *big.Int // to 18 decimals
}

// invModel mirrors the protocol state the sequence can change.
type invModel struct {
	p       *ct.Protocol
	tb      testing.TB
	params  deploy.Params
	tokens  [invTokens]common.Address
	cfg     [invTokens]invTokenConfig
	holders [invHolders]common.Address
	bal     [invTokens][invHolders]*big.Int
	supply  [invTokens]*big.Int
	minted  [invTokens]*big.Int
	jobs    []*invJob
	stakes  [ct.Accounts][3]*invStake
	totals  [3]*big.Int
	// history holds every validator's stake checkpoints, oldest first.
	history   [ct.Accounts][]invCheckpoint
	perShare  [invTokens]*big.Int
	paid      [invTokens][ct.Accounts]*big.Int
	owed      [invTokens][ct.Accounts]*big.Int
	acctd     [invTokens]*big.Int
	burnable  [invTokens]*big.Int
	dust      [invTokens]*big.Int // fee shares credited to nobody (rounding)
	dustBound [invTokens]*big.Int
	credits   [invTokens][ct.Accounts]*big.Int
	blocked   [invHolders]bool // BlockingToken blocklist
	banned    [ct.Accounts]bool
	stats     *invStats
	now       uint64 // head block time
	block     uint64 // head block number
}

// invBlock is the block an action is evaluated in: the head (gas estimation) or
// the next block (execution).
type invBlock struct{ time, block uint64 }

func invCopy(v *big.Int) *big.Int { return new(big.Int).Set(v) }

func invPct(v *big.Int, pct uint64) *big.Int {
	return new(big.Int).Div(new(big.Int).Mul(v, new(big.Int).SetUint64(pct)), big.NewInt(100))
}

func invSecs(d time.Duration) uint64 { return uint64(d / time.Second) }

func (m *invModel) job(id *big.Int) *invJob {
	if !id.IsInt64() || id.Int64() < 1 || id.Int64() > int64(len(m.jobs)) {
		return nil
	}
	return m.jobs[id.Int64()-1]
}

func (m *invModel) move(tok, from, to int, amount *big.Int) {
	m.bal[tok][from].Sub(m.bal[tok][from], amount)
	m.bal[tok][to].Add(m.bal[tok][to], amount)
}

// transferFails is the revert of a transfer of tok from holder `from` to
// holder `to`, "" when it goes through: only the BlockingToken refuses,
// sender first.
func (m *invModel) transferFails(tok, from, to int) string {
	if tok == invBLK && (m.blocked[from] || m.blocked[to]) {
		return "AddressBlocked"
	}
	return ""
}

// pay is StakeManager._send: a transfer out of custody, or a credit when the
// token refuses it.
func (m *invModel) pay(tok, to int, amount *big.Int) {
	if amount.Sign() == 0 {
		return
	}
	if m.transferFails(tok, invSM, to) != "" {
		m.credits[tok][to].Add(m.credits[tok][to], amount)
		m.stats.event("payment deferred to a credit")
		return
	}
	m.move(tok, invSM, to, amount)
}

// settle is FeePool._settle of a Platform staker at its current stake.
func (m *invModel) settle(tok, user int) {
	ps, paid := m.perShare[tok], m.paid[tok][user]
	if ps.Cmp(paid) == 0 {
		return
	}
	d := new(big.Int).Mul(m.stakes[user][2].amount, new(big.Int).Sub(ps, paid))
	m.owed[tok][user].Add(m.owed[tok][user], d.Div(d, invPrecision))
	m.paid[tok][user] = invCopy(ps)
}

// settleAll is FeePool.onStakeChange: every fee token, before a Platform stake changes.
func (m *invModel) settleAll(user int) {
	for tok := range m.tokens {
		m.settle(tok, user)
	}
}

func (m *invModel) claimable(tok, user int) *big.Int {
	d := new(big.Int).Mul(m.stakes[user][2].amount, new(big.Int).Sub(m.perShare[tok], m.paid[tok][user]))
	return d.Div(d, invPrecision).Add(d, m.owed[tok][user])
}

// onFee is FeePool._credit: amount of tok arrived (and stays in the
// StakeManager); burnPct of it, or all of it without Platform stake, is set
// aside for burning, the rest is credited to the Platform stake held now.
func (m *invModel) onFee(tok int, amount *big.Int) {
	if amount.Sign() == 0 {
		return
	}
	total := m.totals[2]
	burned := invCopy(amount)
	if total.Sign() != 0 {
		burned = invPct(amount, m.params.BurnPct)
	}
	shared := new(big.Int).Sub(amount, burned)
	if shared.Sign() != 0 {
		inc := new(big.Int).Mul(shared, invPrecision)
		inc.Div(inc, total)
		m.perShare[tok].Add(m.perShare[tok], inc)
		credited := new(big.Int).Mul(inc, total) // rounded up
		credited.Add(credited, new(big.Int).Sub(invPrecision, big.NewInt(1)))
		credited.Div(credited, invPrecision)
		m.acctd[tok].Add(m.acctd[tok], credited)
		m.dust[tok].Add(m.dust[tok], new(big.Int).Sub(shared, credited))
		bound := new(big.Int).Sub(total, big.NewInt(1))
		m.dustBound[tok].Add(m.dustBound[tok], bound.Div(bound, invPrecision))
	}
	m.burnable[tok].Add(m.burnable[tok], burned)
	m.stats.event(fmt.Sprintf("fee credited (token %d)", tok))
}

// checkpoint records validator v's stake as of block b.
func (m *invModel) checkpoint(v int, b uint64) {
	h := m.history[v]
	amount := invCopy(m.stakes[v][1].amount)
	if n := len(h); n > 0 && h[n-1].block == b {
		h[n-1].amount = amount
		return
	}
	m.history[v] = append(h, invCheckpoint{b, amount})
}

// stakeAt is validator v's active stake at the end of block b.
func (m *invModel) stakeAt(v int, b uint64) *big.Int {
	out := new(big.Int)
	for _, c := range m.history[v] {
		if c.block > b {
			break
		}
		out = c.amount
	}
	return out
}

// weights are the draw weights of job j's pool: stake at the end of block
// R-TARGET_DELAY-1, zero below the minimum and for the job's parties.
func (m *invModel) weights(j *invJob) ([]*big.Int, *big.Int) {
	w := make([]*big.Int, len(invPool))
	total := new(big.Int)
	for i, v := range invPool {
		a := m.stakeAt(v, j.selBlock-invTargetDelay-1)
		w[i] = new(big.Int)
		if a.Sign() != 0 && a.Cmp(m.params.MinValidatorStake) >= 0 && v != j.employer && v != j.agent {
			w[i].Set(a)
		}
		total.Add(total, w[i])
	}
	return w, total
}

func (m *invModel) eligibleValidators(j *invJob) int {
	w, _ := m.weights(j)
	n := 0
	for _, x := range w {
		if x.Sign() != 0 {
			n++
		}
	}
	return n
}

// draw is ValidationModule's committee draw of job j, recomputed: seed =
// keccak256(mixHash(R), blockhash(R-TARGET_DELAY), jobId, nonce), each pick hashes the
// seed forward and picks seed % total in the cumulative weights, without
// replacement (nobody in the pool is blacklisted).
func (m *invModel) draw(j *invJob) []int {
	header := func(n uint64) *types.Header {
		h, err := m.p.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
		if err != nil {
			panic(fmt.Sprintf("header %d: %v", n, err))
		}
		return h
	}
	seed := drawSeed(header(j.selBlock).MixDigest, header(j.selBlock-invTargetDelay).Hash(), j.id, 1)
	w, _ := m.weights(j)
	var committee []int
	for _, i := range drawModel(seed, w, int(m.params.ValidatorsPerJob)) {
		committee = append(committee, invPool[i])
	}
	return committee
}

func invIsAgent(i int) bool {
	return i == ct.Agent || i == ct.Agent2
}

// invAct is one step: a transaction (with the model's prediction and effects)
// or a time advance.
type invAct struct {
	kind, desc string
	from       int
	to         common.Address
	data       []byte
	check      func(c invBlock) string // the custom error expected in block c, "" for success
	apply      func(c invBlock)        // the model's effects when executed in block c
	advance    uint64                  // seconds; with mine, not a transaction
	mine       int
}

// ---------------------------------------------------------------- actions

// stakeFor is JobRegistry's job stake: max(jobStake, reward scaled to 18
// decimals * stakeBps / 10000).
func (m *invModel) stakeFor(tok int, reward *big.Int) *big.Int {
	c := m.cfg[tok]
	scaled := new(big.Int).Mul(reward, c.scaleUp)
	scaled.Div(scaled, c.scaleDown)
	stake := scaled.Mul(scaled, c.stakeBps)
	stake.Div(stake, big.NewInt(10_000))
	if stake.Cmp(m.params.JobStake) < 0 {
		stake.Set(m.params.JobStake)
	}
	return stake
}

func (m *invModel) actCreate(from, tok int, withToken bool, reward *big.Int, deadline uint64, spec common.Hash) *invAct {
	jr := m.p.Addr(deploy.JobRegistry)
	a := &invAct{kind: "createJob", from: from, to: jr}
	token := common.Address{}
	if tok >= 0 {
		token = m.tokens[tok]
	} else {
		token = jr // not an allowed token
	}
	if withToken {
		a.kind = "createJobWithToken"
		a.data = m.p.JR.PackCreateJobWithToken(token, reward, deadline, spec, "ipfs://spec")
	} else {
		a.data = m.p.JR.PackCreateJob(reward, deadline, spec, "ipfs://spec")
	}
	if tok >= 0 && reward.Sign() > 0 && reward.Cmp(m.cfg[tok].minReward) < 0 {
		a.kind += " (dust)"
	}
	fee := invPct(reward, m.params.FeePct)
	a.desc = fmt.Sprintf("%s by %d: token %d reward %s deadline now%+d", a.kind, from, tok, reward, int64(deadline)-int64(m.now))
	a.check = func(c invBlock) string {
		if withToken && tok < 0 {
			return "TokenNotAllowed"
		}
		if reward.Sign() == 0 {
			return "ZeroReward"
		}
		if reward.Cmp(m.cfg[tok].minReward) < 0 {
			return "RewardTooLow"
		}
		if reward.Cmp(m.cfg[tok].maxRew) > 0 {
			return "RewardTooHigh"
		}
		latest := min(c.time+invSecs(m.params.JobDurationLimit), 1<<40-1)
		if deadline <= c.time || deadline > latest {
			return "InvalidDeadline"
		}
		if spec == (common.Hash{}) {
			return "EmptyHash"
		}
		if err := m.transferFails(tok, from, invSM); err != "" {
			return err
		}
		if m.bal[tok][from].Cmp(new(big.Int).Add(reward, fee)) < 0 {
			return "ERC20InsufficientBalance"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := &invJob{
			id: big.NewInt(int64(len(m.jobs) + 1)), employer: from, agent: -1, tok: tok,
			reward: invCopy(reward), fee: fee, stake: m.stakeFor(tok, reward), deadline: deadline, spec: spec, state: stCreated,
			committed: map[int]bool{}, vote: map[int]bool{}, salt: map[int]common.Hash{}, revealed: map[int]bool{}, sealed: map[int]bool{},
		}
		m.jobs = append(m.jobs, j)
		m.move(tok, from, invSM, new(big.Int).Add(reward, fee))
	}
	return a
}

// actApply is applyForJob, or stakeAndApply when deposit is not nil.
func (m *invModel) actApply(from int, id *big.Int, deposit *big.Int) *invAct {
	a := &invAct{kind: "applyForJob", from: from, to: m.p.Addr(deploy.JobRegistry)}
	if deposit != nil {
		a.kind = "stakeAndApply"
		a.data = m.p.JR.PackStakeAndApply(id, deposit, "agent", nil)
	} else {
		a.data = m.p.JR.PackApplyForJob(id, "agent", nil)
	}
	a.desc = fmt.Sprintf("%s job %s by %d (deposit %v)", a.kind, id, from, deposit)
	a.check = func(c invBlock) string {
		st := m.stakes[from][0]
		amount := invCopy(st.amount)
		if deposit != nil {
			if deposit.Sign() == 0 {
				return "ZeroAmount"
			}
			if m.bal[invAGI][from].Cmp(deposit) < 0 {
				return "ERC20InsufficientBalance"
			}
			amount.Add(amount, deposit)
		}
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stCreated:
			return "InvalidState"
		case c.time > j.deadline:
			return "DeadlinePassed"
		case from == j.employer:
			return "NotAllowed"
		case !invIsAgent(from) || m.banned[from]:
			return "NotAuthorizedAgent"
		case amount.Cmp(m.params.MinAgentStake) < 0:
			return "InsufficientStake"
		case new(big.Int).Sub(amount, st.locked).Cmp(j.stake) < 0:
			return "InsufficientStake"
		case st.active >= invMaxActive:
			return "TooManyActiveJobs"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		st := m.stakes[from][0]
		if deposit != nil {
			st.amount.Add(st.amount, deposit)
			m.totals[0].Add(m.totals[0], deposit)
			m.move(invAGI, from, invSM, deposit)
		}
		j := m.job(id)
		j.state, j.agent = stApplied, from
		st.locked.Add(st.locked, j.stake)
		st.active++
	}
	return a
}

func (m *invModel) actSubmit(from int, id *big.Int, result common.Hash) *invAct {
	a := &invAct{kind: "submit", from: from, to: m.p.Addr(deploy.JobRegistry),
		data: m.p.JR.PackSubmit(id, result, "ipfs://result", "agent", nil),
		desc: fmt.Sprintf("submit job %s by %d", id, from)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stApplied:
			return "InvalidState"
		case from != j.agent:
			return "NotAllowed"
		case c.time > j.deadline:
			return "DeadlinePassed"
		case result == (common.Hash{}):
			return "EmptyHash"
		case m.banned[from]:
			return "Blacklisted"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.state, j.rstatus, j.selBlock, j.submitted = stSubmitted, 1, c.block+invTargetDelay, c.block
	}
	return a
}

// actSelect is selectValidatorsWithHeader with header (rightHeader: it is
// the header of the job's target block), or with v2 the v2 selectValidators.
func (m *invModel) actSelect(from int, id *big.Int, header []byte, rightHeader, v2 bool) *invAct {
	a := &invAct{kind: "selectValidatorsWithHeader", from: from, to: m.p.Addr(deploy.ValidationModule)}
	if v2 {
		a.kind = "selectValidators"
		a.data = m.p.VM.PackSelectValidators(id, big.NewInt(int64(len(header))))
	} else {
		a.data = m.p.VM.PackSelectValidatorsWithHeader(id, header)
		if !rightHeader {
			a.kind += " (wrong header)"
		}
	}
	a.desc = fmt.Sprintf("%s job %s", a.kind, id)
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil || j.rstatus != 1:
			return "InvalidRound"
		case c.block <= j.selBlock:
			return "SelectionTooEarly"
		case c.block > j.selBlock+invRearmAfter && j.rearms >= invMaxRearms:
			return "SelectionExpired"
		case c.block > j.selBlock+invRearmAfter:
			return "" // re-armed
		case v2:
			return "HeaderRequired"
		case !rightHeader:
			return "InvalidHeader"
		case m.eligibleValidators(j) < int(m.params.ValidatorsPerJob):
			return "NotEnoughValidators"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		if c.block > j.selBlock+invRearmAfter {
			j.selBlock = c.block + invTargetDelay
			j.rearms++
			m.stats.event("draw re-armed")
			return
		}
		j.committee = m.draw(j)
		if j.stakeMoves > 0 {
			m.stats.event("committee drawn after validator stake moves")
		}
		j.rstatus = 2
		j.commitDL = c.time + invSecs(m.params.CommitWindow)
		j.reveal = j.commitDL + invSecs(m.params.RevealWindow)
		until := j.reveal + invSecs(m.params.RevealWindow)
		for _, v := range j.committee {
			if s := m.stakes[v][1]; s.lockedUntil < until {
				s.lockedUntil = until
			}
		}
	}
	return a
}

func invIsValidator(i int) bool { return slices.Contains(invPool[:], i) }

func (m *invModel) commitHash(j *invJob, v int, approve bool, salt common.Hash) common.Hash {
	return ct.CommitHash(j.id, big.NewInt(1), j.spec, approve, common.Hash{}, salt, m.p.Accounts[v],
		m.p.Addr(deploy.ValidationModule), m.p.ChainID)
}

// actCommit commits `hash` (the vote's hash when zero and the job exists,
// unless empty is set).
func (m *invModel) actCommit(from int, id *big.Int, approve bool, salt common.Hash, hash common.Hash) *invAct {
	a := &invAct{kind: "commitValidation", from: from, to: m.p.Addr(deploy.ValidationModule),
		desc: fmt.Sprintf("commit job %s by %d approve=%v", id, from, approve)}
	a.data = m.p.VM.PackCommitValidation(id, hash, "validator", nil)
	if j := m.job(id); j != nil && hash != m.commitHash(j, from, approve, salt) {
		a.desc += " (not a vote's hash)"
	}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil || j.rstatus != 2:
			return "InvalidRound"
		case c.time > j.commitDL:
			return "CommitPhaseClosed"
		case hash == (common.Hash{}):
			return "EmptyCommit"
		case !j.member(from):
			return "NotCommitteeMember"
		case j.committed[from]:
			return "AlreadyCommitted"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.committed[from], j.vote[from], j.salt[from] = true, approve, salt
		// A commitment that is not the hash of a vote can never be opened.
		j.sealed[from] = hash != m.commitHash(j, from, approve, salt)
	}
	return a
}

func (m *invModel) actReveal(from int, id *big.Int, approve bool, salt common.Hash) *invAct {
	a := &invAct{kind: "revealValidation", from: from, to: m.p.Addr(deploy.ValidationModule),
		data: m.p.VM.PackRevealValidation(id, approve, common.Hash{}, salt, "validator", nil),
		desc: fmt.Sprintf("reveal job %s by %d approve=%v", id, from, approve)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil || j.rstatus != 2:
			return "InvalidRound"
		case c.time <= j.commitDL:
			return "RevealPhaseNotOpen"
		case c.time > j.reveal:
			return "RevealPhaseClosed"
		case !j.member(from):
			return "NotCommitteeMember"
		case !j.committed[from]:
			return "NotCommitted"
		case j.revealed[from]:
			return "AlreadyRevealed"
		case j.sealed[from] || j.vote[from] != approve || j.salt[from] != salt:
			return "InvalidReveal"
		}
		return ""
	}
	a.apply = func(c invBlock) { m.job(id).revealed[from] = true }
	return a
}

// tally is ValidationModule._tally: the outcome of j's vote, and penalties
// for the members who did not vote with it (or did not reveal).
func (m *invModel) tally(j *invJob, c invBlock) {
	reveals, approvals := 0, 0
	for v := range j.revealed {
		reveals++
		if j.vote[v] {
			approvals++
		}
	}
	size := uint64(len(j.committee))
	needed := (size*m.params.RevealQuorumPct + 99) / 100
	if needed < m.params.RevealQuorumMin {
		needed = m.params.RevealQuorumMin
	}
	j.rquorum = uint64(reveals) >= needed && reveals != 0
	j.rsuccess = j.rquorum && uint64(approvals)*100 >= m.params.ApprovalThreshold*uint64(reveals)
	j.rstatus = 3
	for _, v := range j.committee {
		if !m.honest(j, v) {
			m.slashValidator(v, c)
		}
	}
}

// slashValidator is StakeManager.slashPct of a validator: a share of its
// active stake plus its unbonding stake, kept for the FeePool.
func (m *invModel) slashValidator(v int, c invBlock) {
	s := m.stakes[v][1]
	active := new(big.Int).Sub(s.amount, s.locked)
	slashed := invPct(new(big.Int).Add(active, s.pending), m.params.ValidatorSlashingPct)
	if slashed.Sign() == 0 {
		return
	}
	fromActive := invCopy(slashed)
	if fromActive.Cmp(active) > 0 {
		fromActive = active
	}
	s.amount.Sub(s.amount, fromActive)
	m.totals[1].Sub(m.totals[1], fromActive)
	if fromActive.Sign() != 0 {
		m.checkpoint(v, c.block)
	}
	s.pending.Sub(s.pending, new(big.Int).Sub(slashed, fromActive))
	m.onFee(invAGI, slashed)
}

func (m *invModel) actTally(from int, id *big.Int) *invAct {
	a := &invAct{kind: "tally", from: from, to: m.p.Addr(deploy.ValidationModule),
		data: m.p.VM.PackFinalize(id), desc: fmt.Sprintf("tally job %s", id)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil || j.rstatus != 2:
			return "InvalidRound"
		case c.time <= j.reveal && len(j.revealed) != len(j.committee):
			return "RevealPhaseNotOver"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		m.tally(j, c)
		if j.rsuccess {
			j.state, j.success, j.completedAt = stCompleted, true, c.time
		} else {
			j.state = stDisputed
		}
	}
	return a
}

// honest reports whether validator v voted with a tallied round (or, without
// a quorum, revealed at all).
func (m *invModel) honest(j *invJob, v int) bool {
	if !j.revealed[v] {
		return false
	}
	if !j.rquorum {
		return true
	}
	return j.vote[v] == j.rsuccess
}

// actDispute: a Submitted job only once its validation stalled (no draw by
// deadline + grace, or no tally by reveal deadline + grace: then it is
// tallied, penalties included).
func (m *invModel) actDispute(from int, id *big.Int) *invAct {
	a := &invAct{kind: "dispute", from: from, to: m.p.Addr(deploy.JobRegistry),
		data: m.p.JR.PackDispute(id, crypto.Keccak256Hash([]byte("evidence")), "reason"),
		desc: fmt.Sprintf("dispute job %s by %d", id, from)}
	if j := m.job(id); j != nil && j.state == stSubmitted {
		a.kind = "dispute (submitted)"
	}
	grace := invSecs(m.params.ExpirationGracePeriod)
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stSubmitted && j.state != stCompleted && j.state != stDisputed:
			return "InvalidState"
		case j.raised || j.resolved:
			return "AlreadyDisputed"
		case from != j.employer && from != j.agent:
			return "NotAllowed"
		case j.state == stSubmitted && j.rstatus == 1 && c.time < j.deadline+grace+1 && !m.expiredForGood(j, c):
			return "ValidationPending"
		case j.state == stSubmitted && j.rstatus == 2 && c.time < j.reveal+grace+1:
			return "ValidationPending"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		if j.state == stSubmitted {
			if j.rstatus == 1 {
				if m.expiredForGood(j, c) {
					m.stats.event("expired draw disputed")
				}
				j.rstatus, j.rsuccess, j.rquorum = 3, false, false
				m.stats.event("stalled draw disputed")
			} else {
				m.tally(j, c)
				m.stats.event("stalled vote disputed and tallied")
			}
		}
		j.state, j.raised = stDisputed, true
	}
	return a
}

// expiredForGood: j's draw target expired and no re-arm is left, so the
// draw can never happen and the job can be disputed at once.
func (m *invModel) expiredForGood(j *invJob, c invBlock) bool {
	return j.rstatus == 1 && j.rearms >= invMaxRearms && c.block > j.selBlock+invRearmAfter
}

func (m *invModel) actResolve(from int, id *big.Int, employerWins bool) *invAct {
	a := &invAct{kind: "resolve", from: from, to: m.p.Addr(deploy.DisputeModule),
		data: disputes().PackResolve(id, employerWins),
		desc: fmt.Sprintf("resolve job %s by %d employerWins=%v", id, from, employerWins)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case from != ct.Moderator && from != ct.Owner:
			return "NotModerator"
		case j == nil:
			return "JobNotFound"
		case j.state != stDisputed:
			return "InvalidState"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.state, j.resolved, j.success, j.completedAt = stCompleted, true, !employerWins, c.time
	}
	return a
}

func (m *invModel) actCancel(from int, id *big.Int) *invAct {
	a := &invAct{kind: "cancelJob", from: from, to: m.p.Addr(deploy.JobRegistry),
		data: m.p.JR.PackCancelJob(id), desc: fmt.Sprintf("cancelJob %s by %d", id, from)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stCreated:
			return "InvalidState"
		case from != j.employer:
			return "NotAllowed"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.state = stCancelled
		m.pay(j.tok, j.employer, new(big.Int).Add(j.reward, j.fee))
	}
	return a
}

// releaseStake unlocks the agent's job stake, slashing it to slashTo (>= 0).
func (m *invModel) releaseStake(j *invJob, slashTo int) {
	s := m.stakes[j.agent][0]
	s.locked.Sub(s.locked, j.stake)
	s.active--
	if slashTo >= 0 && j.stake.Sign() != 0 {
		s.amount.Sub(s.amount, j.stake)
		m.totals[0].Sub(m.totals[0], j.stake)
		m.pay(invAGI, slashTo, j.stake)
	}
}

func (m *invModel) actClaimTimeout(from int, id *big.Int) *invAct {
	a := &invAct{kind: "claimTimeout", from: from, to: m.p.Addr(deploy.JobRegistry),
		data: m.p.JR.PackClaimTimeout(id), desc: fmt.Sprintf("claimTimeout %s by %d", id, from)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stApplied:
			return "InvalidState"
		case from != j.employer:
			return "NotAllowed"
		case c.time <= j.deadline+invSecs(m.params.ExpirationGracePeriod):
			return "TimeoutNotReached"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.state, j.success = stFinalized, false
		m.releaseStake(j, j.employer)
		m.pay(j.tok, j.employer, new(big.Int).Add(j.reward, j.fee))
	}
	return a
}

func (m *invModel) actFinalize(from int, id *big.Int) *invAct {
	a := &invAct{kind: "finalize", from: from, to: m.p.Addr(deploy.JobRegistry),
		data: m.p.JR.PackFinalize(id), desc: fmt.Sprintf("finalize job %s by %d", id, from)}
	a.check = func(c invBlock) string {
		j := m.job(id)
		switch {
		case j == nil:
			return "JobNotFound"
		case j.state != stCompleted:
			return "InvalidState"
		case from != j.employer && from != ct.Owner && c.time <= j.completedAt+invSecs(m.params.ExpirationGracePeriod):
			return "NotAllowed"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		j := m.job(id)
		j.state = stFinalized
		var paid []int
		if j.rstatus == 3 && j.rquorum {
			for _, v := range j.committee {
				if j.revealed[v] && j.vote[v] == j.rsuccess {
					paid = append(paid, v)
				}
			}
		}
		share := new(big.Int)
		if len(paid) > 0 {
			share.Div(invPct(j.reward, m.params.ValidatorRewardPct), big.NewInt(int64(len(paid))))
		}
		for _, v := range paid {
			m.pay(j.tok, v, share)
		}
		rest := new(big.Int).Sub(j.reward, new(big.Int).Mul(share, big.NewInt(int64(len(paid)))))
		if j.success {
			// A blacklisted agent is not paid: its part goes back to the employer.
			to := j.agent
			if m.banned[j.agent] {
				to = j.employer
				m.stats.event("blacklisted agent's pay returned")
			}
			m.pay(j.tok, to, rest)
			m.onFee(j.tok, j.fee)
			m.releaseStake(j, -1)
		} else {
			m.pay(j.tok, j.employer, rest.Add(rest, j.fee))
			m.releaseStake(j, j.employer)
		}
	}
	return a
}

// stakeKind names a stake action after who does it and when: validator stake
// moving while a draw is pending is the grinding attempt.
func (m *invModel) stakeKind(kind string, from int, role uint8) string {
	if role == 1 && invIsValidator(from) {
		for _, j := range m.jobs {
			if j.rstatus == 1 {
				return kind + " (validator, draw pending)"
			}
		}
	}
	if role == 2 {
		for _, j := range m.jobs {
			if j.state == stCompleted {
				return kind + " (platform, fee due)"
			}
		}
	}
	return kind
}

// noteStakeMove counts a validator stake change against every pending draw.
func (m *invModel) noteStakeMove(v int, role uint8) {
	if role != 1 || !invIsValidator(v) {
		return
	}
	for _, j := range m.jobs {
		if j.rstatus == 1 {
			j.stakeMoves++
		}
	}
}

func (m *invModel) actDeposit(from int, role uint8, amount *big.Int) *invAct {
	a := &invAct{kind: m.stakeKind("depositStake", from, role), from: from, to: m.p.Addr(deploy.StakeManager),
		data: m.p.SM.PackDepositStake(role, amount), desc: fmt.Sprintf("depositStake %d role %d amount %s", from, role, amount)}
	a.check = func(c invBlock) string {
		switch {
		case role > 2:
			return "InvalidRole"
		case amount.Sign() == 0:
			return "ZeroAmount"
		case m.bal[invAGI][from].Cmp(amount) < 0:
			return "ERC20InsufficientBalance"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		if role == 2 {
			m.settleAll(from)
		}
		s := m.stakes[from][role]
		s.amount.Add(s.amount, amount)
		m.totals[role].Add(m.totals[role], amount)
		m.move(invAGI, from, invSM, amount)
		if role == 1 {
			m.checkpoint(from, c.block)
			m.noteStakeMove(from, role)
		}
	}
	return a
}

func (m *invModel) actRequestWithdraw(from int, role uint8, amount *big.Int) *invAct {
	a := &invAct{kind: m.stakeKind("requestWithdraw", from, role), from: from, to: m.p.Addr(deploy.StakeManager),
		data: m.p.SM.PackRequestWithdraw(role, amount), desc: fmt.Sprintf("requestWithdraw %d role %d amount %s", from, role, amount)}
	a.check = func(c invBlock) string {
		if role > 2 {
			return "InvalidRole"
		}
		s := m.stakes[from][role]
		switch {
		case amount.Sign() == 0:
			return "ZeroAmount"
		case s.lockedUntil > c.time:
			return "StakeLocked"
		case amount.Cmp(new(big.Int).Sub(s.amount, s.locked)) > 0:
			return "InsufficientStake"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		if role == 2 {
			m.settleAll(from)
		}
		s := m.stakes[from][role]
		s.amount.Sub(s.amount, amount)
		m.totals[role].Sub(m.totals[role], amount)
		s.pending.Add(s.pending, amount)
		s.unlockAt = c.time + invSecs(m.params.UnbondingPeriod)
		if role == 1 {
			m.checkpoint(from, c.block)
			m.noteStakeMove(from, role)
		}
	}
	return a
}

func (m *invModel) actFinalizeWithdraw(from int, role uint8) *invAct {
	a := &invAct{kind: "finalizeWithdraw", from: from, to: m.p.Addr(deploy.StakeManager),
		data: m.p.SM.PackFinalizeWithdraw(role), desc: fmt.Sprintf("finalizeWithdraw %d role %d", from, role)}
	a.check = func(c invBlock) string {
		if role > 2 {
			return "InvalidRole"
		}
		s := m.stakes[from][role]
		switch {
		case s.pending.Sign() == 0:
			return "NoPendingWithdrawal"
		case c.time < s.unlockAt:
			return "WithdrawalLocked"
		case s.lockedUntil > c.time:
			return "StakeLocked"
		}
		return ""
	}
	a.apply = func(c invBlock) {
		s := m.stakes[from][role]
		m.move(invAGI, invSM, from, s.pending)
		s.pending, s.unlockAt = new(big.Int), 0
	}
	return a
}

// actWithdrawCredit takes `from`'s credit in tok out of the StakeManager.
func (m *invModel) actWithdrawCredit(from, tok int) *invAct {
	a := &invAct{kind: "withdrawCredit", from: from, to: m.p.Addr(deploy.StakeManager),
		data: m.p.SM.PackWithdrawCredit(m.tokens[tok]), desc: fmt.Sprintf("withdrawCredit token %d by %d", tok, from)}
	a.check = func(c invBlock) string {
		if m.credits[tok][from].Sign() == 0 {
			return "NoCredit"
		}
		return m.transferFails(tok, invSM, from)
	}
	a.apply = func(c invBlock) {
		m.move(tok, invSM, from, m.credits[tok][from])
		m.credits[tok][from] = new(big.Int)
	}
	return a
}

// actBlock has the BlockingToken's issuer block or unblock holder h.
func (m *invModel) actBlock(h int, block bool) *invAct {
	blk := blockingtoken.NewBlockingToken()
	a := &invAct{kind: "setBlocked", from: ct.Moderator, to: m.tokens[invBLK],
		data: blk.PackSetBlocked(m.holders[h], block), desc: fmt.Sprintf("token issuer: blocked[%d] = %v", h, block)}
	if h == invSM {
		a.kind += " (StakeManager)"
	}
	a.check = func(c invBlock) string { return "" }
	a.apply = func(c invBlock) { m.blocked[h] = block }
	return a
}

// actBlacklist has governance blacklist (or clear) an agent.
func (m *invModel) actBlacklist(agent int, ban bool) *invAct {
	a := &invAct{kind: "setBlacklist", from: ct.Owner, to: m.p.Addr(deploy.ReputationEngine),
		data: reputation().PackSetBlacklist(m.p.Accounts[agent], ban), desc: fmt.Sprintf("blacklist agent %d = %v", agent, ban)}
	a.check = func(c invBlock) string { return "" }
	a.apply = func(c invBlock) { m.banned[agent] = ban }
	return a
}

// actStray sends tok to the FeePool directly, outside any settlement.
func (m *invModel) actStray(from, tok int, amount *big.Int) *invAct {
	a := &invAct{kind: "transfer to FeePool", from: from, to: m.tokens[tok],
		data: m.p.Token.PackTransfer(m.holders[invFP], amount), desc: fmt.Sprintf("transfer %s of token %d from %d to the FeePool", amount, tok, from)}
	a.check = func(c invBlock) string {
		if err := m.transferFails(tok, from, invFP); err != "" {
			return err
		}
		if m.bal[tok][from].Cmp(amount) < 0 {
			return "ERC20InsufficientBalance"
		}
		return ""
	}
	a.apply = func(c invBlock) { m.move(tok, from, invFP, amount) }
	return a
}

// actDistribute: governance moves stray tokens into custody and credits them.
func (m *invModel) actDistribute(from, tok int) *invAct {
	a := &invAct{kind: "distribute", from: from, to: m.p.Addr(deploy.FeePool),
		data: fees().PackDistribute(m.tokens[tok]), desc: fmt.Sprintf("distribute token %d by %d", tok, from)}
	a.check = func(c invBlock) string {
		switch {
		case from != ct.Owner:
			return "OwnableUnauthorizedAccount"
		case m.bal[tok][invFP].Sign() == 0:
			return "NothingToDistribute"
		}
		return m.transferFails(tok, invFP, invSM)
	}
	a.apply = func(c invBlock) {
		amount := invCopy(m.bal[tok][invFP])
		m.move(tok, invFP, invSM, amount)
		m.onFee(tok, amount)
	}
	return a
}

// actBurn burns tok's burn bucket (the stake token) or sends it to the burn
// address (other tokens).
func (m *invModel) actBurn(from, tok int) *invAct {
	a := &invAct{kind: "burn", from: from, to: m.p.Addr(deploy.FeePool),
		data: fees().PackBurn(m.tokens[tok]), desc: fmt.Sprintf("burn token %d by %d", tok, from)}
	a.check = func(c invBlock) string {
		if m.burnable[tok].Sign() == 0 {
			return "NothingToBurn"
		}
		if tok == invAGI {
			return ""
		}
		return m.transferFails(tok, invSM, invDead)
	}
	a.apply = func(c invBlock) {
		amount := m.burnable[tok]
		if tok == invAGI {
			m.bal[tok][invSM].Sub(m.bal[tok][invSM], amount)
			m.supply[tok].Sub(m.supply[tok], amount)
		} else {
			m.move(tok, invSM, invDead, amount)
		}
		m.burnable[tok] = new(big.Int)
	}
	return a
}

func (m *invModel) actClaim(from, tok int) *invAct {
	a := &invAct{kind: "claim", from: from, to: m.p.Addr(deploy.FeePool),
		data: fees().PackClaim(m.tokens[tok]), desc: fmt.Sprintf("claim token %d by %d", tok, from)}
	a.check = func(c invBlock) string {
		if m.claimable(tok, from).Sign() == 0 {
			return "NothingToClaim"
		}
		return m.transferFails(tok, invSM, from)
	}
	a.apply = func(c invBlock) {
		m.settle(tok, from)
		amount := m.owed[tok][from]
		m.owed[tok][from] = new(big.Int)
		m.acctd[tok].Sub(m.acctd[tok], amount)
		m.move(tok, invSM, from, amount)
	}
	return a
}

// ---------------------------------------------------------------- generator

type invGen struct {
	m     *invModel
	rng   *rand.Rand
	focus func() *invAct // the action a time advance (or a setup step) led to, if any
	long  int            // how many times this sequence may let a draw expire (costly: ~256 blocks each)
}

func (g *invGen) pick(xs []int) int { return xs[g.rng.Intn(len(xs))] }

// units returns a random amount up to max whole tokens of tok with
// arbitrary low digits.
func (g *invGen) units(tok int, max int64) *big.Int {
	unit := g.m.cfg[tok].unit
	v := new(big.Int).Mul(big.NewInt(g.rng.Int63n(max)+1), unit)
	return v.Sub(v, new(big.Int).Rand(g.rng, unit))
}

// amount is units of the stake token.
func (g *invGen) amount(max int64) *big.Int { return g.units(invAGI, max) }

// reward is a reward in tok: usually up to 500 tokens, sometimes dust around
// the token's floor.
func (g *invGen) reward(tok int) *big.Int {
	if g.rng.Intn(8) == 0 {
		floor := g.m.cfg[tok].minReward
		switch g.rng.Intn(4) {
		case 0:
			return big.NewInt(g.rng.Int63n(100) + 1) // a few wei
		case 1:
			return new(big.Int).Sub(floor, big.NewInt(1))
		case 2:
			return invCopy(floor)
		default:
			return new(big.Int).Add(floor, big.NewInt(1))
		}
	}
	return g.units(tok, 500)
}

func (g *invGen) salt() common.Hash {
	var h common.Hash
	g.rng.Read(h[:])
	return h
}

// jobID is any id, sometimes one that does not exist.
func (g *invGen) jobID() *big.Int {
	return big.NewInt(int64(g.rng.Intn(len(g.m.jobs)+2) + 1))
}

func (g *invGen) token() int {
	switch g.rng.Intn(6) {
	case 0:
		return invOther
	case 1, 2, 3:
		return invBLK
	}
	return invAGI
}

// selectAct builds a selection of job j with the right header when its
// target block is mined (and, rarely, a wrong one or the v2 call).
func (g *invGen) selectAct(j *invJob) *invAct {
	m := g.m
	p := m.p
	target := j.selBlock
	switch r := g.rng.Intn(12); {
	case r == 0:
		return m.actSelect(ct.Stranger, j.id, nil, false, true)
	case r == 1 && target >= 1 && target-1 <= m.block:
		return m.actSelect(ct.Stranger, j.id, p.HeaderRLP(g.t(), target-1), false, false)
	}
	if target > m.block {
		// Not mined yet: any header; the call is too early anyway.
		return m.actSelect(g.pick([]int{ct.Stranger, j.employer}), j.id, p.HeaderRLP(g.t(), m.block), false, false)
	}
	return m.actSelect(g.pick([]int{ct.Stranger, j.employer}), j.id, p.HeaderRLP(g.t(), target), true, false)
}

// t returns the sequence's test for helpers that want one.
func (g *invGen) t() testing.TB { return g.m.tb }

func (g *invGen) next() *invAct {
	if f := g.focus; f != nil {
		g.focus = nil
		if g.rng.Intn(5) != 0 {
			return f()
		}
	}
	if g.rng.Intn(6) == 0 {
		return g.invalid()
	}
	m := g.m
	type option struct {
		w int
		f func() *invAct
	}
	var opts []option
	add := func(w int, f func() *invAct) { opts = append(opts, option{w, f}) }
	open := 0
	for _, j := range m.jobs {
		if j.state != stFinalized && j.state != stCancelled {
			open++
		}
	}
	grace := invSecs(m.params.ExpirationGracePeriod)
	// Few open jobs at a time, so that jobs get to the end of their lives.
	add(max(1, 5-open), func() *invAct {
		tok := g.token()
		deadline := m.now + 3600 + uint64(g.rng.Int63n(3*86400))
		return m.actCreate(g.pick(invEmployers), tok, tok != invAGI || g.rng.Intn(4) == 0, g.reward(tok), deadline, g.salt())
	})
	drawPending := false
	for _, j := range m.jobs {
		j := j
		switch j.state {
		case stCreated:
			if m.now < j.deadline {
				add(4, func() *invAct {
					var dep *big.Int
					if g.rng.Intn(5) == 0 {
						dep = g.amount(20)
					}
					return m.actApply(g.pick(invAgents), j.id, dep)
				})
			}
			add(1, func() *invAct { return m.actCancel(j.employer, j.id) })
		case stApplied:
			if m.now < j.deadline {
				add(4, func() *invAct { return m.actSubmit(j.agent, j.id, g.salt()) })
			} else if m.now > j.deadline+grace {
				add(4, func() *invAct { return m.actClaimTimeout(j.employer, j.id) })
			}
		case stSubmitted:
			switch j.rstatus {
			case 1:
				drawPending = true
				if m.block > j.selBlock {
					add(4, func() *invAct { return g.selectAct(j) })
				} else {
					add(4, func() *invAct { return &invAct{kind: "mine", desc: "mine 1", mine: 1} })
				}
				if m.now > j.deadline+grace {
					add(1, func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) })
				}
				if g.long > 0 && m.block < j.selBlock+invRearmAfter-2 {
					if j.rearms > 0 {
						// Re-armed once: let it expire again, most of the time.
						return g.expire(j)
					}
					add(1, func() *invAct { return g.expire(j) })
				}
				if m.expiredForGood(j, invBlock{m.now, m.block}) {
					add(3, func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) })
				}
			case 2:
				for _, v := range j.committee {
					v := v
					if m.now < j.commitDL && !j.committed[v] {
						add(4, func() *invAct {
							approve, salt := g.rng.Intn(4) != 0, g.salt()
							return m.actCommit(v, j.id, approve, salt, m.commitHash(j, v, approve, salt))
						})
					}
					if m.now >= j.commitDL && m.now < j.reveal && j.committed[v] && !j.revealed[v] {
						// Some members never reveal.
						add(4, func() *invAct { return m.actReveal(v, j.id, j.vote[v], j.salt[v]) })
					}
				}
				if m.now >= j.reveal || len(j.revealed) == len(j.committee) {
					add(5, func() *invAct { return m.actTally(ct.Stranger, j.id) })
				}
				if m.now > j.reveal+grace {
					add(2, func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) })
				}
			}
		case stCompleted:
			finalize := func() *invAct {
				from := j.employer
				switch g.rng.Intn(4) {
				case 0:
					from = ct.Owner
				case 1:
					from = j.agent
				}
				return m.actFinalize(from, j.id)
			}
			add(4, finalize)
			// A Platform staker moves its stake right before the fee arrives.
			add(1, func() *invAct {
				g.focus = func() *invAct { return m.actFinalize(j.employer, j.id) }
				a := g.pick(invPlatform[:])
				if g.rng.Intn(2) == 0 {
					return m.actDeposit(a, 2, g.amount(300))
				}
				st := m.stakes[a][2]
				free := new(big.Int).Sub(st.amount, st.locked)
				amount := g.amount(100)
				if free.Sign() > 0 {
					amount = new(big.Int).Add(new(big.Int).Rand(g.rng, free), big.NewInt(1))
				}
				return m.actRequestWithdraw(a, 2, amount)
			})
			if !j.raised && !j.resolved {
				add(1, func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) })
			}
		case stDisputed:
			add(3, func() *invAct { return m.actResolve(g.pick([]int{ct.Moderator, ct.Owner}), j.id, g.rng.Intn(2) == 0) })
			if !j.raised && !j.resolved {
				add(1, func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) })
			}
		}
	}
	// Validators move stake while a draw waits: it must not change the
	// committee (the weights are those of block R-TARGET_DELAY-1).
	if drawPending {
		add(4, func() *invAct {
			v := g.pick(invPool[:])
			for _, j := range m.jobs {
				if j.rstatus == 1 && m.block > j.selBlock {
					g.focus = func() *invAct { return g.selectAct(j) }
					break
				}
			}
			if g.rng.Intn(5) < 3 {
				return m.actDeposit(v, 1, g.amount(5000))
			}
			st := m.stakes[v][1]
			amount := g.amount(1000)
			if st.amount.Sign() > 0 && g.rng.Intn(2) == 0 {
				amount = new(big.Int).Add(new(big.Int).Rand(g.rng, st.amount), big.NewInt(1))
			}
			return m.actRequestWithdraw(v, 1, amount)
		})
	}
	add(1, func() *invAct {
		s := invStakers[g.rng.Intn(len(invStakers))]
		if g.rng.Intn(3) == 0 {
			s = [2]int{g.pick(invPlatform[:]), 2}
		}
		return m.actDeposit(s[0], uint8(s[1]), g.amount(300))
	})
	add(1, func() *invAct {
		s := invStakers[g.rng.Intn(len(invStakers))]
		st := m.stakes[s[0]][s[1]]
		free := new(big.Int).Sub(st.amount, st.locked)
		amount := g.amount(300)
		if s[1] == 1 && g.rng.Intn(4) != 0 {
			amount = g.amount(150) // validators mostly stay above the minimum
		} else if free.Sign() > 0 && g.rng.Intn(4) != 0 {
			amount = new(big.Int).Rand(g.rng, free)
			amount.Add(amount, big.NewInt(1))
		}
		return m.actRequestWithdraw(s[0], uint8(s[1]), amount)
	})
	for _, s := range invStakers {
		if st := m.stakes[s[0]][s[1]]; st.pending.Sign() > 0 && m.now >= st.unlockAt {
			s := s
			add(2, func() *invAct { return m.actFinalizeWithdraw(s[0], uint8(s[1])) })
		}
	}
	add(1, func() *invAct {
		s := invStakers[g.rng.Intn(len(invStakers))]
		return m.actFinalizeWithdraw(s[0], uint8(s[1]))
	})
	// The token issuer blocks and unblocks; blocked recipients' payments
	// become credits, withdrawn once unblocked.
	add(2, g.block)
	for tok := range m.tokens {
		for i := 0; i < ct.Accounts; i++ {
			if m.credits[tok][i].Sign() != 0 {
				tok, i := tok, i
				w := 3
				if m.transferFails(tok, invSM, i) != "" {
					w = 1 // still blocked: it fails
				}
				add(w, func() *invAct { return m.actWithdrawCredit(i, tok) })
			}
		}
	}
	// Governance blacklists an agent now and then, and clears it.
	add(1, func() *invAct {
		a := g.pick(invAgents)
		if !m.banned[a] && g.rng.Intn(3) != 0 {
			return m.actDeposit(g.pick(invAgents), 0, g.amount(50)) // mostly: agents top up instead
		}
		return m.actBlacklist(a, !m.banned[a])
	})
	// Fee pool: meaningful calls when there is something to do, plus one
	// random call.
	for tok := range m.tokens {
		tok := tok
		if m.burnable[tok].Sign() != 0 {
			add(1, func() *invAct { return m.actBurn(ct.Stranger, tok) })
		}
		if m.bal[tok][invFP].Sign() != 0 {
			add(2, func() *invAct { return m.actDistribute(ct.Owner, tok) })
		}
		for _, a := range invPlatform {
			a := a
			if m.claimable(tok, a).Sign() != 0 {
				add(2, func() *invAct { return m.actClaim(a, tok) })
			}
		}
	}
	add(1, func() *invAct {
		tok := g.token()
		switch g.rng.Intn(4) {
		case 0:
			return m.actStray(g.pick(invEmployers), tok, g.units(tok, 20))
		case 1:
			return m.actDistribute(ct.Owner, tok)
		case 2:
			return m.actBurn(g.pick([]int{ct.Stranger, ct.Agent}), tok)
		}
		return m.actClaim(g.pick(invPlatform[:]), tok)
	})
	// Let the voting happen before moving the clock on.
	advance := 3
	for _, j := range m.jobs {
		if j.state == stSubmitted && j.rstatus == 2 && m.now >= j.commitDL && m.now < j.reveal &&
			len(j.revealed) < len(j.committed) {
			advance = 1
		}
	}
	add(advance, g.advance)

	total := 0
	for _, o := range opts {
		total += o.w
	}
	r := g.rng.Intn(total)
	for _, o := range opts {
		if r < o.w {
			return o.f()
		}
		r -= o.w
	}
	panic("unreachable")
}

// expire mines until job j's draw target is about to expire or just
// expired (landing on either side of the boundary), then tries to select or,
// once no re-arm is left, to dispute.
func (g *invGen) expire(j *invJob) *invAct {
	m := g.m
	g.long--
	n := int(j.selBlock + invRearmAfter - 2 + uint64(g.rng.Intn(4)) - m.block)
	g.focus = func() *invAct {
		if j.rearms >= invMaxRearms && g.rng.Intn(2) == 0 {
			return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id)
		}
		return g.selectAct(j)
	}
	return &invAct{kind: "mine (expire a draw)", desc: fmt.Sprintf("mine %d", n), mine: n}
}

// block has the BlockingToken's issuer block someone about to be paid in
// it (a party of an open job in that token), unblock someone (most often one
// with a credit waiting), or toggle anybody, the StakeManager included.
func (g *invGen) block() *invAct {
	m := g.m
	r := g.rng.Intn(10)
	if m.blocked[invSM] && g.rng.Intn(3) != 0 {
		return m.actBlock(invSM, false)
	}
	switch {
	case r < 4:
		var parties []int
		for _, j := range m.jobs {
			if j.tok != invBLK || j.state == stFinalized || j.state == stCancelled {
				continue
			}
			parties = append(parties, j.employer)
			if j.agent >= 0 {
				parties = append(parties, j.agent)
			}
			parties = append(parties, j.committee...)
		}
		parties = slices.DeleteFunc(parties, func(h int) bool { return m.blocked[h] })
		if len(parties) > 0 {
			return m.actBlock(g.pick(parties), true)
		}
	case r < 7:
		var blocked, owed []int
		for _, h := range invBlockable {
			if m.blocked[h] {
				blocked = append(blocked, h)
				if m.credits[invBLK][h].Sign() != 0 {
					owed = append(owed, h)
				}
			}
		}
		if len(owed) > 0 && g.rng.Intn(4) != 0 {
			h := g.pick(owed)
			g.focus = func() *invAct { return m.actWithdrawCredit(h, invBLK) }
			return m.actBlock(h, false)
		}
		if len(blocked) > 0 {
			return m.actBlock(g.pick(blocked), false)
		}
	case r == 9:
		return m.actBlock(invSM, !m.blocked[invSM])
	}
	h := g.pick(invBlockable)
	return m.actBlock(h, !m.blocked[h])
}

// advance moves the clock: to where the next useful action becomes possible
// (into a reveal window, past a deadline), onto a time boundary give or take
// a second (and then, most of the time, tries the action the boundary is
// about), or by a fixed step.
func (g *invGen) advance() *invAct {
	m := g.m
	type mark struct {
		t     uint64
		focus func() *invAct
	}
	var useful []uint64
	var marks []mark
	note := func(t uint64, focus func() *invAct) {
		if t > m.now+1 {
			marks = append(marks, mark{t, focus})
		}
	}
	usefulAt := func(t uint64) {
		if t > m.now {
			useful = append(useful, t)
		}
	}
	grace := invSecs(m.params.ExpirationGracePeriod)
	for _, j := range m.jobs {
		j := j
		dispute := func() *invAct { return m.actDispute(g.pick([]int{j.employer, j.agent}), j.id) }
		switch j.state {
		case stCreated:
			note(j.deadline, func() *invAct { return m.actApply(g.pick(invAgents), j.id, nil) })
		case stApplied:
			note(j.deadline, func() *invAct { return m.actSubmit(j.agent, j.id, g.salt()) })
			note(j.deadline+grace, func() *invAct { return m.actClaimTimeout(j.employer, j.id) })
			usefulAt(j.deadline + grace + 1)
		case stSubmitted:
			if j.rstatus == 1 {
				// A draw nobody makes stalls: disputable after deadline + grace.
				note(j.deadline+grace+1, dispute)
				continue
			}
			if j.rstatus != 2 {
				continue
			}
			vote := func() *invAct {
				for _, v := range j.committee {
					if !j.committed[v] {
						approve, salt := g.rng.Intn(4) != 0, g.salt()
						return m.actCommit(v, j.id, approve, salt, m.commitHash(j, v, approve, salt))
					}
					if !j.revealed[v] {
						return m.actReveal(v, j.id, j.vote[v], j.salt[v])
					}
				}
				return m.actTally(ct.Stranger, j.id)
			}
			note(j.commitDL, vote)
			note(j.reveal, func() *invAct {
				if g.rng.Intn(2) == 0 {
					return m.actTally(ct.Stranger, j.id)
				}
				return vote()
			})
			// A vote nobody tallies stalls: disputable after reveal + grace.
			note(j.reveal+grace+1, dispute)
			if m.now <= j.commitDL {
				usefulAt(j.commitDL + 1 + uint64(g.rng.Intn(600)))
			} else {
				usefulAt(j.reveal + 1)
			}
		case stCompleted:
			note(j.completedAt+grace, func() *invAct { return m.actFinalize(g.pick([]int{j.agent, ct.Stranger}), j.id) })
		}
	}
	for _, k := range invStakers {
		k := k
		s := m.stakes[k[0]][k[1]]
		note(s.unlockAt, func() *invAct { return m.actFinalizeWithdraw(k[0], uint8(k[1])) })
		note(s.lockedUntil, func() *invAct { return m.actRequestWithdraw(k[0], uint8(k[1]), big.NewInt(1)) })
		if s.pending.Sign() != 0 {
			usefulAt(s.unlockAt)
		}
	}
	// Most of the time, do not jump over a running vote.
	horizon := uint64(1<<63 - 1)
	for _, j := range m.jobs {
		if j.state == stSubmitted && j.rstatus == 2 && m.now < j.reveal && g.rng.Intn(5) != 0 {
			horizon = min(horizon, j.reveal+1)
		}
	}
	useful = slices.DeleteFunc(useful, func(t uint64) bool { return t > horizon })
	marks = slices.DeleteFunc(marks, func(mk mark) bool { return mk.t > horizon })
	var d uint64
	switch r := g.rng.Intn(10); {
	case r < 4 && len(useful) > 0:
		d = useful[g.rng.Intn(len(useful))] - m.now
	case r < 7 && len(marks) > 0:
		// Land two seconds before the mark, one second before, or on it:
		// the next action is estimated at that time and mined one second
		// later, on both sides of the boundary.
		mk := marks[g.rng.Intn(len(marks))]
		d = mk.t + uint64(g.rng.Intn(3)) - 2 - m.now
		g.focus = mk.focus
	default:
		steps := []uint64{60, 600, 3600, 2 * 3600, 6 * 3600, 25 * 3600, 3 * 86400}
		steps = slices.DeleteFunc(steps, func(d uint64) bool { return m.now+d > horizon })
		if len(steps) == 0 {
			steps = []uint64{60}
		}
		d = steps[g.rng.Intn(len(steps))]
	}
	d = max(d, 1)
	return &invAct{kind: "advanceTime", desc: fmt.Sprintf("advance %ds", d), advance: d}
}

// invalid returns an action that is broken on purpose (most of the time: a
// random caller or job can happen to be right, and the model then predicts
// success).
func (g *invGen) invalid() *invAct {
	m := g.m
	anyone := func() int { return g.rng.Intn(ct.Accounts) }
	switch g.rng.Intn(24) {
	case 0:
		tok := invAGI
		reward, deadline, spec := g.reward(tok), m.now+3600, g.salt()
		withToken := false
		switch g.rng.Intn(8) {
		case 0:
			reward = new(big.Int)
		case 1:
			reward = new(big.Int).Add(m.cfg[tok].maxRew, big.NewInt(1))
		case 2:
			deadline = m.now - uint64(g.rng.Intn(2))
		case 3:
			deadline = m.now + invSecs(m.params.JobDurationLimit) + 2
		case 4:
			spec = common.Hash{}
		case 5:
			withToken, tok = true, -1
		case 6:
			withToken, tok = true, invOther // from anyone: most hold none of it
			reward = g.reward(tok)
		case 7:
			withToken, tok = true, invBLK
			reward = new(big.Int).Sub(m.cfg[tok].minReward, big.NewInt(1))
		}
		return m.actCreate(anyone(), tok, withToken, reward, deadline, spec)
	case 1:
		var dep *big.Int
		if g.rng.Intn(3) == 0 {
			dep = big.NewInt(g.rng.Int63n(2) * 1e18)
		}
		return m.actApply(anyone(), g.jobID(), dep)
	case 2:
		h := g.salt()
		if g.rng.Intn(3) == 0 {
			h = common.Hash{}
		}
		return m.actSubmit(anyone(), g.jobID(), h)
	case 3:
		return m.actCancel(anyone(), g.jobID())
	case 4:
		return m.actClaimTimeout(anyone(), g.jobID())
	case 5:
		if j := m.job(g.jobID()); j != nil && j.rstatus == 1 {
			return g.selectAct(j)
		}
		// Any job, any header: InvalidRound unless the job awaits its draw.
		return m.actSelect(anyone(), g.jobID(), m.p.HeaderRLP(g.t(), m.block), false, g.rng.Intn(2) == 0)
	case 6:
		h := g.salt()
		if g.rng.Intn(3) == 0 {
			h = common.Hash{}
		}
		return m.actCommit(anyone(), g.jobID(), true, common.Hash{}, h)
	case 7:
		return m.actReveal(anyone(), g.jobID(), g.rng.Intn(2) == 0, g.salt())
	case 8:
		return m.actTally(anyone(), g.jobID())
	case 9:
		return m.actDispute(anyone(), g.jobID())
	case 10:
		return m.actResolve(anyone(), g.jobID(), g.rng.Intn(2) == 0)
	case 11:
		return m.actFinalize(anyone(), g.jobID())
	case 12:
		// Zero or a bad role: a deposit that would succeed could give
		// stake to an account outside invStakers.
		if g.rng.Intn(2) == 0 {
			return m.actDeposit(anyone(), 3, g.amount(10))
		}
		return m.actDeposit(anyone(), uint8(g.rng.Intn(3)), new(big.Int))
	case 13:
		return m.actRequestWithdraw(anyone(), uint8(g.rng.Intn(4)), g.amount(2000))
	case 14:
		return m.actFinalizeWithdraw(anyone(), uint8(g.rng.Intn(4)))
	case 15:
		return m.actDistribute(anyone(), g.token())
	case 16:
		return m.actClaim(anyone(), g.token())
	case 17:
		return m.actWithdrawCredit(anyone(), g.token())
	case 18:
		return m.actBurn(anyone(), g.token())
	case 19:
		// Unblocking someone, or withdrawing a credit while still blocked.
		for tok := range m.tokens {
			for i := 0; i < ct.Accounts; i++ {
				if m.credits[tok][i].Sign() != 0 {
					return m.actWithdrawCredit(i, tok)
				}
			}
		}
		return m.actBlock(g.pick(invBlockable), false)
	case 20:
		// Dust in the other tokens.
		tok := g.pick([]int{invOther, invBLK})
		reward := new(big.Int).Rand(g.rng, m.cfg[tok].minReward)
		return m.actCreate(g.pick(invEmployers), tok, true, reward, m.now+3600, g.salt())
	case 21:
		// A reveal with the right vote and the wrong salt, or the reverse.
		for _, j := range m.jobs {
			for _, v := range j.committee {
				if j.committed[v] && !j.revealed[v] {
					if g.rng.Intn(2) == 0 {
						return m.actReveal(v, j.id, !j.vote[v], j.salt[v])
					}
					return m.actReveal(v, j.id, j.vote[v], g.salt())
				}
			}
		}
		return m.actTally(anyone(), g.jobID())
	case 22:
		// A pool member that was not drawn tries to vote.
		for _, j := range m.jobs {
			if j.rstatus == 2 {
				for _, v := range invPool {
					if !j.member(v) {
						return m.actCommit(v, j.id, true, g.salt(), g.salt())
					}
				}
			}
		}
		return m.actCommit(g.pick(invPool[:]), g.jobID(), true, g.salt(), g.salt())
	default:
		return m.actSelect(anyone(), g.jobID(), nil, false, true)
	}
}

// ---------------------------------------------------------------- chain state

// invSnapshot is everything the checks read from the chain, in one eth_call.
// Stake records are read for invStakers only: no action can give stake to
// anybody else, and the checks make sure of it (totalStake is their sum).
type invSnapshot struct {
	time, block uint64
	bal         [invTokens][invHolders]*big.Int
	supply      [invTokens]*big.Int
	totals      [3]*big.Int
	stakes      [len(invStakers)]stakemanager.StakeInfoOutput
	pending     [len(invStakers)]stakemanager.PendingWithdrawalOutput
	acctd       [invTokens]*big.Int
	burnable    [invTokens]*big.Int
	claimable   [invTokens][len(invPlatform)]*big.Int
	credits     [invTokens][ct.Accounts]*big.Int
	jobs        []jobregistry.IJobRegistryJob
	rounds      []validationmodule.RoundOutput
	committees  [][]common.Address
	// drawStake[i][k] is the stake of pool member k at block R-TARGET_DELAY-1 of job i+1
	// while its draw is pending (nil otherwise).
	drawStake [][]*big.Int
}

// invRead reads the chain. Rounds and committees change only while their
// job is Applied or Submitted, so the others are carried over from prev
// unless full is set.
func invRead(t *testing.T, m *invModel, prev *invSnapshot, full bool) *invSnapshot {
	t.Helper()
	p := m.p
	s := &invSnapshot{}
	var b ct.Batch
	sm, fp, vm, jr := p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool), p.Addr(deploy.ValidationModule), p.Addr(deploy.JobRegistry)
	f := fees()
	for k, tok := range m.tokens {
		for h, a := range m.holders {
			ct.BatchAdd(&b, tok, p.Token.PackBalanceOf(a), p.Token.UnpackBalanceOf, &s.bal[k][h])
		}
		ct.BatchAdd(&b, tok, p.Token.PackTotalSupply(), p.Token.UnpackTotalSupply, &s.supply[k])
		ct.BatchAdd(&b, fp, f.PackAccounted(tok), f.UnpackAccounted, &s.acctd[k])
		ct.BatchAdd(&b, fp, f.PackBurnable(tok), f.UnpackBurnable, &s.burnable[k])
		for i, a := range invPlatform {
			ct.BatchAdd(&b, fp, f.PackPending(tok, p.Accounts[a]), f.UnpackPending, &s.claimable[k][i])
		}
		for i, a := range p.Accounts {
			ct.BatchAdd(&b, sm, p.SM.PackCredits(tok, a), p.SM.UnpackCredits, &s.credits[k][i])
		}
	}
	for r := uint8(0); r < 3; r++ {
		ct.BatchAdd(&b, sm, p.SM.PackTotalStake(r), p.SM.UnpackTotalStake, &s.totals[r])
	}
	for i, k := range invStakers {
		a, r := p.Accounts[k[0]], uint8(k[1])
		ct.BatchAdd(&b, sm, p.SM.PackStakeInfo(a, r), p.SM.UnpackStakeInfo, &s.stakes[i])
		ct.BatchAdd(&b, sm, p.SM.PackPendingWithdrawal(a, r), p.SM.UnpackPendingWithdrawal, &s.pending[i])
	}
	// Read one job past the model's, to see that no job appears unexpectedly.
	n := len(m.jobs) + 1
	s.jobs = make([]jobregistry.IJobRegistryJob, n)
	s.rounds = make([]validationmodule.RoundOutput, n)
	s.committees = make([][]common.Address, n)
	s.drawStake = make([][]*big.Int, n)
	for i := 0; i < n; i++ {
		id := big.NewInt(int64(i + 1))
		ct.BatchAdd(&b, jr, p.JR.PackGetJob(id), p.JR.UnpackGetJob, &s.jobs[i])
		if full || prev == nil || i >= len(prev.jobs)-1 || prev.jobs[i].State == stApplied || prev.jobs[i].State == stSubmitted {
			ct.BatchAdd(&b, vm, p.VM.PackRound(id), p.VM.UnpackRound, &s.rounds[i])
			ct.BatchAdd(&b, vm, p.VM.PackValidators(id), p.VM.UnpackValidators, &s.committees[i])
		} else {
			s.rounds[i], s.committees[i] = prev.rounds[i], prev.committees[i]
		}
		if i < len(m.jobs) {
			if j := m.jobs[i]; j.rstatus == 1 && j.selBlock-invTargetDelay-1 <= m.block {
				s.drawStake[i] = make([]*big.Int, len(invPool))
				for k, v := range invPool {
					ct.BatchAdd(&b, sm, p.SM.PackValidatorStakeAt(p.Accounts[v], new(big.Int).SetUint64(j.selBlock-invTargetDelay-1)),
						p.SM.UnpackValidatorStakeAt, &s.drawStake[i][k])
				}
			}
		}
	}
	b.Run(t, p.Chain)
	h, err := p.Client.HeaderByNumber(t.Context(), nil)
	if err != nil {
		t.Fatalf("head: %v", err)
	}
	s.time, s.block = h.Time, h.Number.Uint64()
	return s
}

// sameState reports whether two snapshots hold the same protocol state
// (ignoring the head block).
func (s *invSnapshot) sameState(o *invSnapshot) string {
	a, b := *s, *o
	a.time, a.block, b.time, b.block = 0, 0, 0, 0
	if len(a.jobs) != len(b.jobs) {
		return "job count"
	}
	if d := fmt.Sprint(a.bal, a.supply, a.totals, a.stakes, a.pending, a.acctd, a.burnable, a.claimable, a.credits, a.jobs, a.rounds, a.committees); d !=
		fmt.Sprint(b.bal, b.supply, b.totals, b.stakes, b.pending, b.acctd, b.burnable, b.claimable, b.credits, b.jobs, b.rounds, b.committees) {
		return "state differs"
	}
	return ""
}

var invAllowedMoves = map[uint8][]uint8{
	stNone:      {stCreated},
	stCreated:   {stApplied, stCancelled},
	stApplied:   {stSubmitted, stFinalized},
	stSubmitted: {stCompleted, stDisputed},
	stCompleted: {stFinalized, stDisputed},
	stDisputed:  {stCompleted},
}

// invDust is, per token, what the StakeManager holds beyond stakes, pending
// withdrawals, open escrow, credits and the FeePool's books: the rounding
// dust of the fees (negative when custody is short).
func invDust(m *invModel, s *invSnapshot) [invTokens]*big.Int {
	var out [invTokens]*big.Int
	for k := range m.tokens {
		out[k] = invCopy(s.bal[k][invSM])
		out[k].Sub(out[k], s.acctd[k])
		out[k].Sub(out[k], s.burnable[k])
		for i := range s.credits[k] {
			out[k].Sub(out[k], s.credits[k][i])
		}
	}
	for r := range s.totals {
		out[invAGI].Sub(out[invAGI], s.totals[r])
	}
	for i := range invStakers {
		out[invAGI].Sub(out[invAGI], s.pending[i].Amount)
	}
	for _, j := range s.jobs[:len(s.jobs)-1] {
		if j.State != stFinalized && j.State != stCancelled {
			for k, tok := range m.tokens {
				if j.Token == tok {
					out[k].Sub(out[k], new(big.Int).Add(j.Reward, j.Fee))
				}
			}
		}
	}
	return out
}

// invCheckChain checks the invariants that need no model (the dust bound
// aside, which counts the fees): conservation, custody, fee-pool cover,
// agent locks, and forward-only jobs.
func invCheckChain(m *invModel, prev, s *invSnapshot) error {
	for k := range m.tokens {
		held := new(big.Int)
		for h := 0; h < invHolders; h++ {
			held.Add(held, s.bal[k][h])
		}
		burnt := new(big.Int).Sub(m.minted[k], s.supply[k])
		if got := new(big.Int).Add(held, burnt); got.Cmp(m.minted[k]) != 0 {
			return fmt.Errorf("token %d: balances %s + burnt %s != minted %s (tokens left the tracked holders)", k, held, burnt, m.minted[k])
		}
	}
	var sums [3]*big.Int
	for r := range sums {
		sums[r] = new(big.Int)
	}
	for i, k := range invStakers {
		sums[k[1]].Add(sums[k[1]], s.stakes[i].Amount)
		if s.stakes[i].Locked.Cmp(s.stakes[i].Amount) > 0 {
			return fmt.Errorf("account %d role %d: locked %s above stake %s", k[0], k[1], s.stakes[i].Locked, s.stakes[i].Amount)
		}
	}
	for r := range sums {
		if sums[r].Cmp(s.totals[r]) != 0 {
			return fmt.Errorf("role %d: totalStake %s != sum of stakes %s", r, s.totals[r], sums[r])
		}
	}
	locked := map[common.Address]*big.Int{}
	active := map[common.Address]int64{}
	for i, j := range s.jobs[:len(s.jobs)-1] {
		if j.State >= stApplied && j.State <= stDisputed {
			if locked[j.Agent] == nil {
				locked[j.Agent] = new(big.Int)
			}
			locked[j.Agent].Add(locked[j.Agent], j.Stake)
			active[j.Agent]++
		}
		from := uint8(stNone)
		if i < len(prev.jobs) {
			from = prev.jobs[i].State
		}
		if j.State != from {
			ok := false
			for _, to := range invAllowedMoves[from] {
				ok = ok || to == j.State
			}
			if !ok {
				return fmt.Errorf("job %d moved from state %d to %d", i+1, from, j.State)
			}
		}
	}
	if last := s.jobs[len(s.jobs)-1]; last.State != stNone {
		return fmt.Errorf("job %d exists but the model does not know it", len(s.jobs))
	}
	dust := invDust(m, s)
	for k := range m.tokens {
		if dust[k].Sign() < 0 || dust[k].Cmp(m.dustBound[k]) > 0 {
			return fmt.Errorf("token %d: StakeManager holds %s, stakes + withdrawals + escrow + credits + FeePool books leave %s (allowed rounding dust 0..%s)",
				k, s.bal[k][invSM], dust[k], m.dustBound[k])
		}
		owed := new(big.Int)
		for i := range invPlatform {
			owed.Add(owed, s.claimable[k][i])
		}
		if owed.Cmp(s.acctd[k]) > 0 {
			return fmt.Errorf("token %d: stakers can claim %s > accounted %s", k, owed, s.acctd[k])
		}
	}
	for i, k := range invStakers {
		if k[1] != 0 {
			continue
		}
		a := m.p.Accounts[k[0]]
		st := s.stakes[i]
		l := locked[a]
		if l == nil {
			l = new(big.Int)
		}
		if st.Locked.Cmp(l) != 0 || st.ActiveJobs.Int64() != active[a] {
			return fmt.Errorf("agent %d: locked %s / %d jobs, its open jobs lock %s / %d", k[0], st.Locked, st.ActiveJobs, l, active[a])
		}
	}
	return nil
}

// invCheckModel compares the model with the chain.
func invCheckModel(m *invModel, s *invSnapshot) error {
	if s.time != m.now || s.block != m.block {
		return fmt.Errorf("head: chain at block %d time %d, model at block %d time %d", s.block, s.time, m.block, m.now)
	}
	dust := invDust(m, s)
	for k := range m.tokens {
		for h := 0; h < invHolders; h++ {
			if s.bal[k][h].Cmp(m.bal[k][h]) != 0 {
				return fmt.Errorf("token %d balance of holder %d: chain %s, model %s", k, h, s.bal[k][h], m.bal[k][h])
			}
		}
		if s.supply[k].Cmp(m.supply[k]) != 0 {
			return fmt.Errorf("token %d supply: chain %s, model %s", k, s.supply[k], m.supply[k])
		}
		if s.acctd[k].Cmp(m.acctd[k]) != 0 {
			return fmt.Errorf("token %d accounted: chain %s, model %s", k, s.acctd[k], m.acctd[k])
		}
		if s.burnable[k].Cmp(m.burnable[k]) != 0 {
			return fmt.Errorf("token %d burnable: chain %s, model %s", k, s.burnable[k], m.burnable[k])
		}
		if dust[k].Cmp(m.dust[k]) != 0 {
			return fmt.Errorf("token %d rounding dust: chain %s, model %s", k, dust[k], m.dust[k])
		}
		for i, a := range invPlatform {
			if want := m.claimable(k, a); s.claimable[k][i].Cmp(want) != 0 {
				return fmt.Errorf("token %d claimable by %d: chain %s, model %s", k, a, s.claimable[k][i], want)
			}
		}
		for i := range s.credits[k] {
			if s.credits[k][i].Cmp(m.credits[k][i]) != 0 {
				return fmt.Errorf("token %d credit of %d: chain %s, model %s", k, i, s.credits[k][i], m.credits[k][i])
			}
		}
	}
	for r := 0; r < 3; r++ {
		if s.totals[r].Cmp(m.totals[r]) != 0 {
			return fmt.Errorf("role %d total: chain %s, model %s", r, s.totals[r], m.totals[r])
		}
	}
	for i, k := range invStakers {
		c, w, ms := s.stakes[i], s.pending[i], m.stakes[k[0]][k[1]]
		if c.Amount.Cmp(ms.amount) != 0 || c.Locked.Cmp(ms.locked) != 0 || c.LockedUntil != ms.lockedUntil ||
			c.ActiveJobs.Int64() != ms.active || w.Amount.Cmp(ms.pending) != 0 || (w.Amount.Sign() != 0 && w.UnlockAt != ms.unlockAt) {
			return fmt.Errorf("stake of %d role %d: chain %+v pending %+v, model %s/%s/%d/%d pending %s until %d",
				k[0], k[1], c, w, ms.amount, ms.locked, ms.lockedUntil, ms.active, ms.pending, ms.unlockAt)
		}
	}
	for i, j := range m.jobs {
		c, rd := s.jobs[i], s.rounds[i]
		agent := common.Address{}
		if j.agent >= 0 {
			agent = m.p.Accounts[j.agent]
		}
		if c.State != j.state || c.Success != j.success || c.Employer != m.p.Accounts[j.employer] || c.Agent != agent ||
			c.Token != m.tokens[j.tok] || c.Reward.Cmp(j.reward) != 0 || c.Fee.Cmp(j.fee) != 0 || c.Stake.Cmp(j.stake) != 0 ||
			c.Deadline != j.deadline || common.Hash(c.SpecHash) != j.spec || (j.state == stCompleted && c.CompletedAt != j.completedAt) {
			return fmt.Errorf("job %d: chain %+v, model %+v", i+1, c, *j)
		}
		approvals := 0
		for v := range j.revealed {
			if j.vote[v] {
				approvals++
			}
		}
		if rd.Status != j.rstatus || rd.Commits.Int64() != int64(len(j.committed)) || rd.Reveals.Int64() != int64(len(j.revealed)) ||
			rd.Approvals.Int64() != int64(approvals) || (j.rstatus >= 2 && (rd.CommitDeadline.Uint64() != j.commitDL || rd.RevealDeadline.Uint64() != j.reveal)) ||
			(j.rstatus == 3 && (rd.Success != j.rsuccess || rd.Quorum != j.rquorum)) || (j.rstatus >= 1 && rd.SelectionBlock.Uint64() != j.selBlock) {
			return fmt.Errorf("round of job %d: chain %+v, model status %d commits %d reveals %d", i+1, rd, j.rstatus, len(j.committed), len(j.revealed))
		}
		want := make([]common.Address, len(j.committee))
		for k, v := range j.committee {
			want[k] = m.p.Accounts[v]
		}
		if !slices.Equal(s.committees[i], want) {
			return fmt.Errorf("committee of job %d: chain %v, model (draw from the stake at block %d) %v", i+1, s.committees[i], j.selBlock-invTargetDelay-1, want)
		}
		for k, v := range invPool {
			if ds := s.drawStake[i]; ds != nil && ds[k].Cmp(m.stakeAt(v, j.selBlock-invTargetDelay-1)) != 0 {
				return fmt.Errorf("job %d awaits its draw: validator %d's stake at block %d is %s on chain, %s in the model (submitted in block %d)",
					i+1, v, j.selBlock-invTargetDelay-1, ds[k], m.stakeAt(v, j.selBlock-invTargetDelay-1), j.submitted)
			}
		}
	}
	return nil
}

// ---------------------------------------------------------------- sequence

func newInvModel(t *testing.T, p *ct.Protocol) *invModel {
	m := &invModel{p: p, tb: t, params: p.Params, stats: &invStats{},
		tokens: [invTokens]common.Address{p.D.Token, invTemplate.Extra("token"), invTemplate.Extra("blocking")}}
	copy(m.holders[:], p.Accounts)
	m.holders[invSM], m.holders[invFP], m.holders[invDead] = p.Addr(deploy.StakeManager), p.Addr(deploy.FeePool), invBurnAddress
	jr := p.Addr(deploy.JobRegistry)
	for k, tok := range m.tokens {
		c := ct.Call(t, p.Chain, jr, p.JR.PackTokenConfig(tok), p.JR.UnpackTokenConfig)
		cfg := invTokenConfig{decimals: c.Decimals, minReward: c.MinReward, maxRew: c.MaxReward, stakeBps: c.StakeBps,
			unit: new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(c.Decimals)), nil), scaleUp: big.NewInt(1), scaleDown: big.NewInt(1)}
		if c.Decimals <= 18 {
			cfg.scaleUp.Exp(big.NewInt(10), big.NewInt(int64(18-c.Decimals)), nil)
		} else {
			cfg.scaleDown.Exp(big.NewInt(10), big.NewInt(int64(c.Decimals-18)), nil)
		}
		m.cfg[k] = cfg
	}
	if m.cfg[invBLK].decimals != invBLKDecimals {
		t.Fatalf("BlockingToken recorded with %d decimals", m.cfg[invBLK].decimals)
	}
	s := invRead(t, m, nil, true)
	m.now, m.block = s.time, s.block
	for k := range m.tokens {
		for h := 0; h < invHolders; h++ {
			m.bal[k][h] = invCopy(s.bal[k][h])
		}
		m.supply[k], m.minted[k], m.acctd[k], m.perShare[k] = invCopy(s.supply[k]), invCopy(s.supply[k]), invCopy(s.acctd[k]), new(big.Int)
		m.burnable[k], m.dust[k], m.dustBound[k] = invCopy(s.burnable[k]), new(big.Int), new(big.Int)
		for i := 0; i < ct.Accounts; i++ {
			m.paid[k][i], m.owed[k][i], m.credits[k][i] = new(big.Int), new(big.Int), invCopy(s.credits[k][i])
		}
	}
	if m.minted[invAGI].Cmp(p.Minted) != 0 {
		t.Fatalf("AGIALPHA supply %s != minted %s", m.minted[invAGI], p.Minted)
	}
	for r := 0; r < 3; r++ {
		m.totals[r] = invCopy(s.totals[r])
		for i := 0; i < ct.Accounts; i++ {
			m.stakes[i][r] = &invStake{amount: new(big.Int), locked: new(big.Int), pending: new(big.Int)}
		}
	}
	for i, k := range invStakers {
		c := s.stakes[i]
		m.stakes[k[0]][k[1]] = &invStake{amount: invCopy(c.Amount), locked: invCopy(c.Locked), lockedUntil: c.LockedUntil,
			active: c.ActiveJobs.Int64(), pending: invCopy(s.pending[i].Amount), unlockAt: s.pending[i].UnlockAt}
	}
	// Every checkpoint of the template lies before the clone's first block.
	for _, v := range invPool {
		m.history[v] = []invCheckpoint{{0, invCopy(m.stakes[v][1].amount)}}
	}
	return m
}

func invRunSequence(t *testing.T, seed int64, steps int, verbose bool) invStats {
	p := invTemplate.Protocol(t)
	// Put the chain clock ahead of the wall clock, so that every block is
	// exactly one second after its parent (the simulated chain stamps blocks
	// with max(now, parent + 1)).
	p.AdvanceTime(t, time.Hour)
	m := newInvModel(t, p)
	g := &invGen{m: m, rng: rand.New(rand.NewSource(seed))}
	switch {
	case seed%12 == 0:
		g.long = 2
	case seed%6 == 0:
		g.long = 1
	}
	stats := m.stats
	var history []string
	fail := func(step int, format string, args ...any) {
		t.Helper()
		t.Fatalf("seed %d step %d: %s\nsteps so far (replay: AGIJOBS_INVARIANT_SEED=%d go test ./contracts -run TestInvariants -v):\n  %s",
			seed, step, fmt.Sprintf(format, args...), seed, strings.Join(history, "\n  "))
	}
	prev := invRead(t, m, nil, true)
	if err := invCheckChain(m, prev, prev); err != nil {
		fail(0, "initial state: %v", err)
	}
	for step := 1; step <= steps; step++ {
		a := g.next()
		var outcome string
		switch {
		case a.advance > 0:
			p.AdvanceTime(t, time.Duration(a.advance)*time.Second)
			m.now += a.advance
			m.block++
		case a.mine > 0:
			p.Mine(a.mine)
			m.now += uint64(a.mine)
			m.block += uint64(a.mine)
		default:
			est := invBlock{m.now, m.block}
			exec := invBlock{m.now + 1, m.block + 1}
			want := a.check(est)
			if want == "" && a.check(exec) != "" {
				want = "mined transaction failed" // passes estimation, fails one block later
			}
			_, err := p.Send(a.from, a.to, a.data)
			outcome = ct.RevertName(err)
			if err != nil && outcome == "" {
				fail(step, "%s: %v", a.desc, err)
			}
			history = append(history, fmt.Sprintf("%3d %s -> %s", step, a.desc, invOutcome(outcome)))
			if outcome != want {
				fail(step, "%s: chain says %s, model predicts %s (%v)", a.desc, invOutcome(outcome), invOutcome(want), err)
			}
			switch outcome {
			case "":
				a.apply(exec)
				m.now, m.block = exec.time, exec.block
			case "mined transaction failed":
				m.now, m.block = exec.time, exec.block
			}
		}
		if a.advance > 0 || a.mine > 0 {
			history = append(history, fmt.Sprintf("%3d %s", step, a.desc))
		}
		stats.note(a.kind, outcome)
		s := invRead(t, m, prev, step%10 == 0 || step == steps)
		if err := invCheckChain(m, prev, s); err != nil {
			fail(step, "invariant broken after %s: %v", a.desc, err)
		}
		if err := invCheckModel(m, s); err != nil {
			fail(step, "model and chain disagree after %s: %v", a.desc, err)
		}
		if outcome != "" {
			if d := prev.sameState(s); d != "" {
				fail(step, "%s reverted but changed the state (%s)", a.desc, d)
			}
		}
		prev = s
	}
	if verbose {
		t.Logf("seed %d:\n  %s", seed, strings.Join(history, "\n  "))
	}
	return *stats
}

func invOutcome(outcome string) string {
	if outcome == "" {
		return "ok"
	}
	return outcome
}
