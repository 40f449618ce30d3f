package matching

import (
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/storage"
)

// MaxJobSkills bounds the skills of a Job that Rank and Score compare.
const MaxJobSkills = 64

// ErrJobNotEligible is wrapped by the error Rank returns when the policy
// excludes the job itself (its category or reward), whatever the agent.
var ErrJobNotEligible = errors.New("matching: the policy excludes this job")

// Job is what scoring needs to know about a job.
type Job struct {
	// ID is the on-chain job id; it is only echoed, never compared.
	ID *big.Int
	// Category is the job's category (compared without regard to case).
	Category string
	// Skills are the skills the job asks for (compared without regard to
	// case); at most MaxJobSkills.
	Skills []string
	// Reward is the job's reward in the token's smallest unit. Required.
	Reward *big.Int
	// Units is the number of units of work the reward pays for, against
	// which an agent's price per unit is compared; 0 means 1.
	Units uint64
	// RequiredStake is the agent stake the job locks at application: the
	// JobCreated event's stake, equal to getJob(id).stake, fixed when the
	// job was created (the larger of the protocol's job stake and a share
	// of the reward). An agent with less cannot apply; nil means 0. Scoring
	// compares it with Profile.Stake, the agent's whole stake: the part
	// other jobs already lock is checked when the agent applies
	// (escrow.Agent.Apply names what is missing).
	RequiredStake *big.Int
}

// JobFromSpec returns the Job of a job spec: its category, skills and
// reward, one unit of work, and no stake requirement (set RequiredStake from
// the chain). A nil spec gives a Job with the id and one unit only.
func JobFromSpec(id *big.Int, spec *storage.JobSpec) Job {
	if spec == nil {
		return Job{ID: id, Units: 1}
	}
	return Job{ID: id, Category: spec.Category, Skills: spec.Skills, Reward: spec.RewardWei(), Units: 1}
}

// Profile describes an agent. Skills, Categories and Price come from the
// agent (or an off-chain directory); Reputation and Stake from the chain,
// filled by [Reader.Load].
type Profile struct {
	// Address is the agent's account.
	Address common.Address `json:"address"`
	// Skills the agent offers (compared without regard to case).
	Skills []string `json:"skills"`
	// Categories the agent works in (compared without regard to case).
	Categories []string `json:"categories"`
	// Reputation is the ReputationEngine score; nil means 0.
	Reputation *big.Int `json:"reputation,omitempty"`
	// Stake is the agent stake (StakeManager.stakeOf(agent, 0)); nil means 0.
	Stake *big.Int `json:"stake,omitempty"`
	// Price is what the agent asks per unit of work, in the job token's
	// smallest unit; nil means 0 (no price).
	Price *big.Int `json:"price,omitempty"`
}

// Terms holds one value per score term.
type Terms struct {
	// Skills is the share of the job's skills the agent has.
	Skills float64
	// Category is 1 when the agent works in the job's category, else 0.
	Category float64
	// Reputation is reputation / ReputationTarget, at most 1.
	Reputation float64
	// Stake is stake / max(StakeTarget, job stake), at most 1.
	Stake float64
	// Price is 1 - price*units/reward: the share of the reward left above
	// the agent's price.
	Price float64
}

const numTerms = 5

func (t *Terms) array() [numTerms]float64 {
	return [numTerms]float64{t.Skills, t.Category, t.Reputation, t.Stake, t.Price}
}

func termsOf(a [numTerms]float64) Terms {
	return Terms{Skills: a[0], Category: a[1], Reputation: a[2], Stake: a[3], Price: a[4]}
}

// Score is the explained score of one (job, agent) pair.
type Score struct {
	// Total is the weighted sum of the terms, between 0 and 1.
	Total float64
	// Terms are the raw terms, each between 0 and 1.
	Terms Terms
	// Contributions are the terms multiplied by their normalised weights;
	// they add up to Total.
	Contributions Terms
	// Qualified reports whether the pair passes every threshold.
	Qualified bool
	// Reason says why the pair does not qualify; empty when it does.
	Reason string
}

// String explains the score: the total and each term with its
// contribution, or the reason it does not qualify.
func (s Score) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%.4f = skills %.2f (+%.4f), category %.2f (+%.4f), reputation %.2f (+%.4f), stake %.2f (+%.4f), price %.2f (+%.4f)",
		s.Total, s.Terms.Skills, s.Contributions.Skills, s.Terms.Category, s.Contributions.Category,
		s.Terms.Reputation, s.Contributions.Reputation, s.Terms.Stake, s.Contributions.Stake, s.Terms.Price, s.Contributions.Price)
	if !s.Qualified {
		b.WriteString("; not qualified: ")
		b.WriteString(s.Reason)
	}
	return b.String()
}

// Match is one ranked agent.
type Match struct {
	// Index is the position of the agent in the profiles passed to Rank.
	Index int
	// Address is the agent's account.
	Address common.Address
	// Score is the agent's explained score.
	Score Score
}

// reason codes, turned into text only when reported.
const (
	okReason uint8 = iota
	reasonInvalid
	reasonReputation
	reasonStake
	reasonMaxPrice
	reasonOverBudget
	reasonScore
	reasonPruned // cannot reach the floor: only Rank prunes
)

func (j *jobContext) reasonText(code uint8, pr *Profile, total float64) string {
	switch code {
	case reasonInvalid:
		return "the profile has a negative amount"
	case reasonReputation:
		return fmt.Sprintf("reputation %s is below the policy's minReputation %s", orZero(pr.Reputation), j.c.minRep)
	case reasonStake:
		return fmt.Sprintf("stake %s is below the job's stake %s", orZero(pr.Stake), j.requiredStake)
	case reasonMaxPrice:
		return fmt.Sprintf("price %s per unit is above the policy's maxPricePerUnit %s", orZero(pr.Price), j.c.maxPrice)
	case reasonOverBudget:
		return fmt.Sprintf("price %s x %d unit(s) is above the reward %s", orZero(pr.Price), j.units, j.reward)
	case reasonScore:
		return fmt.Sprintf("score %.4f is below the policy's minScore %.4f", total, j.c.minScore)
	}
	return ""
}

func orZero(x *big.Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x
}

// jobContext is everything about one job that scoring needs, computed
// once per Rank call so that the loop over profiles allocates nothing.
type jobContext struct {
	c              *compiled
	category       string
	skills         skillTable
	nSkills        int
	reward         *big.Int
	rewardF        float64
	units          uint64
	unitsF         float64
	requiredStake  *big.Int
	stakeDenomF    float64 // 0 = full stake term
	repTargetF     float64 // 0 = full reputation term
	scratch        big.Int
	jobRejected    string // non-empty when the policy excludes the job
	categoryAbsent bool   // the job has no category: the term is 1
}

func newJobContext(c *compiled, job *Job) (*jobContext, error) {
	if job.Reward == nil || job.Reward.Sign() <= 0 {
		return nil, errors.New("matching: the job's Reward is missing or not positive; set it from the chain or the spec")
	}
	if job.RequiredStake != nil && job.RequiredStake.Sign() < 0 {
		return nil, errors.New("matching: the job's RequiredStake is negative")
	}
	if len(job.Skills) > MaxJobSkills {
		return nil, fmt.Errorf("matching: the job lists %d skills; at most %d are compared", len(job.Skills), MaxJobSkills)
	}
	j := &jobContext{c: c, reward: job.Reward, rewardF: bigFloat(job.Reward), units: max(job.Units, 1)}
	j.unitsF = float64(j.units)
	j.category = strings.ToLower(strings.TrimSpace(job.Category))
	j.categoryAbsent = j.category == ""
	j.nSkills = j.skills.build(job.Skills)
	j.requiredStake = orZero(job.RequiredStake)
	denom := j.requiredStake
	if c.stakeTarget != nil && c.stakeTarget.Cmp(denom) > 0 {
		denom = c.stakeTarget
	}
	j.stakeDenomF = bigFloat(denom)
	if c.repTarget != nil {
		j.repTargetF = bigFloat(c.repTarget)
	}
	switch {
	case c.denied[j.category]:
		j.jobRejected = fmt.Sprintf("the job's category %q is denied by the policy", job.Category)
	case c.allowed != nil && !c.allowed[j.category]:
		j.jobRejected = fmt.Sprintf("the job's category %q is not among the policy's allowedCategories", job.Category)
	case c.minReward != nil && job.Reward.Cmp(c.minReward) < 0:
		j.jobRejected = fmt.Sprintf("the reward %s is below the policy's minReward %s", job.Reward, c.minReward)
	case c.maxReward != nil && job.Reward.Cmp(c.maxReward) > 0:
		j.jobRejected = fmt.Sprintf("the reward %s is above the policy's maxReward %s", job.Reward, c.maxReward)
	}
	return j, nil
}

// eval scores one profile. It allocates nothing on the common path.
//
// The string terms (skills, category) come first: when even full marks on
// the other terms would leave the total below floor, the profile is
// pruned without touching its amounts. The bound is summed in the same
// order as the total and rounding is monotonic, so a pruned profile's
// total is below floor too.
func (j *jobContext) eval(pr *Profile, floor float64) (total float64, t [numTerms]float64, reason uint8) {
	// Skills: the share of the job's skills the profile names.
	if j.nSkills == 0 {
		t[0] = 1
	} else {
		var seen uint64
		for _, s := range pr.Skills {
			if bit, ok := j.skills.lookup(s); ok {
				seen |= 1 << bit
			}
		}
		t[0] = float64(bits.OnesCount64(seen)) / float64(j.nSkills)
	}
	if j.categoryAbsent {
		t[1] = 1
	} else {
		for _, c := range pr.Categories {
			if strings.EqualFold(c, j.category) {
				t[1] = 1
				break
			}
		}
	}
	w := &j.c.w
	if bound := w[0]*t[0] + w[1]*t[1] + w[2] + w[3] + w[4]; bound < floor {
		return bound, t, reasonPruned
	}
	if neg(pr.Reputation) || neg(pr.Stake) || neg(pr.Price) {
		return 0, t, reasonInvalid
	}
	if j.c.minRep != nil && cmpOrZero(pr.Reputation, j.c.minRep) < 0 {
		return 0, t, reasonReputation
	}
	if j.requiredStake.Sign() > 0 && cmpOrZero(pr.Stake, j.requiredStake) < 0 {
		return 0, t, reasonStake
	}
	priceF := bigFloat(pr.Price)
	if priceF > 0 {
		if j.c.maxPrice != nil && pr.Price.Cmp(j.c.maxPrice) > 0 {
			return 0, t, reasonMaxPrice
		}
		cost := priceF * j.unitsF
		switch {
		case cost > j.rewardF*(1+1e-9):
			return 0, t, reasonOverBudget
		case cost >= j.rewardF*(1-1e-9):
			// Too close for floats: compare exactly.
			j.scratch.SetUint64(j.units)
			j.scratch.Mul(&j.scratch, pr.Price)
			if j.scratch.Cmp(j.reward) > 0 {
				return 0, t, reasonOverBudget
			}
			t[4] = max(0, 1-cost/j.rewardF)
		default:
			t[4] = 1 - cost/j.rewardF
		}
	} else {
		t[4] = 1
	}
	if j.repTargetF > 0 {
		t[2] = min(1, bigFloat(pr.Reputation)/j.repTargetF)
	} else {
		t[2] = 1
	}
	if j.stakeDenomF > 0 {
		t[3] = min(1, bigFloat(pr.Stake)/j.stakeDenomF)
	} else {
		t[3] = 1
	}
	total = w[0]*t[0] + w[1]*t[1] + w[2]*t[2] + w[3]*t[3] + w[4]*t[4]
	if total < j.c.minScore {
		return total, t, reasonScore
	}
	return total, t, okReason
}

func (j *jobContext) score(pr *Profile) Score {
	total, t, reason := j.eval(pr, math.Inf(-1))
	s := Score{Total: total, Terms: termsOf(t), Qualified: reason == okReason}
	var contrib [numTerms]float64
	for i := range t {
		contrib[i] = t[i] * j.c.w[i]
	}
	s.Contributions = termsOf(contrib)
	if reason != okReason {
		s.Reason = j.reasonText(reason, pr, total)
	}
	if j.jobRejected != "" {
		s.Qualified, s.Reason = false, j.jobRejected
	}
	return s
}

// Score scores one agent for one job under p, with every term and, when
// the pair does not qualify, the reason. It is what a worker uses to decide
// on a job with its own profile.
func (p *Policy) Score(job Job, profile *Profile) (Score, error) {
	c, err := p.compile()
	if err != nil {
		return Score{}, err
	}
	if profile == nil {
		return Score{}, errors.New("matching: nil profile")
	}
	j, err := newJobContext(c, &job)
	if err != nil {
		return Score{}, err
	}
	return j.score(profile), nil
}

// entry is a candidate in the top-k heap.
type entry struct {
	total float64
	terms [numTerms]float64
	addr  common.Address
	idx   int
}

// better orders entries: higher total first, then lower address, then
// lower index (the same address listed twice).
func better(a, b *entry) bool {
	if a.total != b.total {
		return a.total > b.total
	}
	if c := bytes.Compare(a.addr[:], b.addr[:]); c != 0 {
		return c < 0
	}
	return a.idx < b.idx
}

// topK is a min-heap on better: the worst kept entry is on top.
type topK []entry

// Len, Less, Swap, Push and Pop implement heap.Interface.
func (h topK) Len() int           { return len(h) }
func (h topK) Less(i, j int) bool { return better(&h[j], &h[i]) }
func (h topK) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *topK) Push(x any)        { *h = append(*h, x.(entry)) }
func (h *topK) Pop() any {
	old := *h
	e := old[len(old)-1]
	*h = old[:len(old)-1]
	return e
}

// Rank scores every profile for job under p and returns the k best that
// qualify, best first. Ties are broken by address (lower first), so the
// result does not depend on the order of profiles. Each Match explains its
// score term by term.
//
// Rank keeps the k best in a heap and allocates only for them: ranking
// n profiles costs O(n log k). It returns an error wrapping
// ErrJobNotEligible when the policy excludes the job itself.
func (p *Policy) Rank(job Job, profiles []Profile, k int) ([]Match, error) {
	if k <= 0 {
		return nil, fmt.Errorf("matching: Rank: k is %d; ask for at least one match", k)
	}
	c, err := p.compile()
	if err != nil {
		return nil, err
	}
	j, err := newJobContext(c, &job)
	if err != nil {
		return nil, err
	}
	if j.jobRejected != "" {
		return nil, fmt.Errorf("%w: %s", ErrJobNotEligible, j.jobRejected)
	}
	h := make(topK, 0, min(k, len(profiles)))
	floor := c.minScore
	for i := range profiles {
		pr := &profiles[i]
		total, terms, reason := j.eval(pr, floor)
		if reason != okReason {
			continue
		}
		e := entry{total: total, terms: terms, addr: pr.Address, idx: i}
		if len(h) < k {
			h = append(h, e)
			if len(h) == k {
				heap.Init(&h)
				floor = max(floor, h[0].total)
			}
			continue
		}
		if better(&e, &h[0]) {
			h[0] = e
			heap.Fix(&h, 0)
			floor = max(floor, h[0].total)
		}
	}
	slices.SortFunc(h, func(a, b entry) int {
		if better(&a, &b) {
			return -1
		}
		return 1
	})
	out := make([]Match, len(h))
	for i := range h {
		e := &h[i]
		var contrib [numTerms]float64
		for t := range e.terms {
			contrib[t] = e.terms[t] * c.w[t]
		}
		out[i] = Match{Index: e.idx, Address: e.addr, Score: Score{
			Total: e.total, Terms: termsOf(e.terms), Contributions: termsOf(contrib), Qualified: true,
		}}
	}
	return out, nil
}

func neg(x *big.Int) bool { return x != nil && x.Sign() < 0 }

func cmpOrZero(x, y *big.Int) int {
	if x == nil {
		return -y.Sign()
	}
	return x.Cmp(y)
}

// bigFloat converts a non-negative integer to float64 without allocating.
func bigFloat(x *big.Int) float64 {
	if x == nil {
		return 0
	}
	words := x.Bits()
	f := 0.0
	for i := len(words) - 1; i >= 0; i-- {
		f = f*18446744073709551616.0 + float64(words[i])
	}
	return f
}

// skillTable is a small open-addressing set of the job's skills, keyed by
// a case-insensitive hash, so that looking up a profile's skill costs a
// hash of its bytes and at most a few EqualFold calls, and allocates nothing.
type skillTable struct {
	slots []skillSlot
	mask  uint64
}

type skillSlot struct {
	name string // lower case, empty = free
	hash uint64
	bit  uint8
}

// foldHash hashes s eight bytes at a time, folding ASCII letters to lower
// case (by setting bit 5 of every byte, which also merges a few punctuation
// pairs: the hash only narrows the candidates, EqualFold decides). ok is
// false when s has non-ASCII bytes; the caller then lowers s with
// strings.ToLower and hashes it with hashNonASCII.
func foldHash(s string) (h uint64, ok bool) {
	const fold = 0x2020202020202020
	const high = 0x8080808080808080
	h = 14695981039346656037 ^ uint64(len(s))
	n := len(s)
	i := 0
	for ; i+8 <= n; i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		if w&high != 0 {
			return 0, false
		}
		h = (h ^ (w | fold)) * 1099511628211
		h ^= h >> 29
	}
	if i < n {
		var w uint64
		if n >= 8 {
			w = binary.LittleEndian.Uint64([]byte(s[n-8:]))
		} else {
			for j := n - 1; j >= i; j-- {
				w = w<<8 | uint64(s[j])
			}
		}
		if w&high != 0 {
			return 0, false
		}
		h = (h ^ (w | fold)) * 1099511628211
		h ^= h >> 29
	}
	return h, true
}

func normalizeSkill(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// build fills the table with skills and returns the number of distinct
// non-empty skills.
func (t *skillTable) build(skills []string) int {
	size := 8
	for size < 2*len(skills) {
		size *= 2
	}
	t.slots = make([]skillSlot, size)
	t.mask = uint64(size - 1)
	n := 0
	for _, s := range skills {
		s = normalizeSkill(s)
		if s == "" {
			continue
		}
		if _, dup := t.lookup(s); dup {
			continue
		}
		h, ascii := foldHash(s)
		if !ascii {
			h = hashNonASCII(s)
		}
		i := h & t.mask
		for t.slots[i].name != "" {
			i = (i + 1) & t.mask
		}
		t.slots[i] = skillSlot{name: s, hash: h, bit: uint8(n)}
		n++
	}
	return n
}

// hashNonASCII hashes a lower-cased string with non-ASCII bytes.
func hashNonASCII(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (t *skillTable) lookup(s string) (uint8, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	h, ascii := foldHash(s)
	if !ascii {
		s = normalizeSkill(s)
		h = hashNonASCII(s)
	} else if len(s) > 0 && (s[0] == ' ' || s[len(s)-1] == ' ') {
		s = strings.TrimSpace(s)
		h, _ = foldHash(s)
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := &t.slots[i]
		if sl.name == "" {
			return 0, false
		}
		if sl.hash == h && len(sl.name) == len(s) && strings.EqualFold(sl.name, s) {
			return sl.bit, true
		}
	}
}
