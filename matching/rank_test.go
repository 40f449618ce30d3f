package matching

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func testPolicy(t testing.TB) *Policy {
	t.Helper()
	p, err := LoadPolicy("../config/policies.default.json")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func addr(i int) common.Address { return common.BigToAddress(big.NewInt(int64(i + 1))) }

func TestScoreTerms(t *testing.T) {
	p := testPolicy(t)
	job := Job{Category: "Data-Labelling", Skills: []string{"Go", "solidity", "python", "go"}, Reward: ether(100), Units: 2, RequiredStake: ether(10)}
	pr := Profile{
		Address: addr(1), Skills: []string{"GO", " python ", "rust"}, Categories: []string{"data-labelling"},
		Reputation: big.NewInt(10), Stake: ether(50), Price: ether(10),
	}
	s, err := p.Score(job, &pr)
	if err != nil {
		t.Fatal(err)
	}
	want := Terms{Skills: 2.0 / 3, Category: 1, Reputation: 0.5, Stake: 0.5, Price: 0.8}
	if !closeTerms(s.Terms, want) {
		t.Fatalf("terms %+v, want %+v", s.Terms, want)
	}
	total := 0.35*want.Skills + 0.15*want.Category + 0.2*want.Reputation + 0.15*want.Stake + 0.15*want.Price
	if d := s.Total - total; d > 1e-12 || d < -1e-12 || !s.Qualified {
		t.Fatalf("score %v, want total %v qualified", s, total)
	}
	c := s.Contributions
	if sum := c.Skills + c.Category + c.Reputation + c.Stake + c.Price; sum-s.Total > 1e-12 || s.Total-sum > 1e-12 {
		t.Fatalf("contributions add up to %v, total %v", sum, s.Total)
	}
	if !strings.Contains(s.String(), "skills 0.67 (+0.2333)") {
		t.Errorf("explanation %q", s)
	}
}

func closeTerms(a, b Terms) bool {
	x, y := a.array(), b.array()
	for i := range x {
		if d := x[i] - y[i]; d > 1e-12 || d < -1e-12 {
			return false
		}
	}
	return true
}

func TestScoreReasons(t *testing.T) {
	p := testPolicy(t)
	job := Job{Category: "translation", Skills: []string{"french"}, Reward: ether(100), Units: 4, RequiredStake: ether(10)}
	base := Profile{Address: addr(1), Skills: []string{"french"}, Categories: []string{"translation"}, Reputation: big.NewInt(20), Stake: ether(100), Price: ether(25)}
	cases := []struct {
		name   string
		edit   func(*Profile, *Job)
		reason string
	}{
		{"exact budget qualifies", func(*Profile, *Job) {}, ""},
		{"one wei over budget", func(pr *Profile, _ *Job) { pr.Price = new(big.Int).Add(ether(25), big.NewInt(1)) }, "above the reward"},
		{"stake below the job's", func(pr *Profile, _ *Job) { pr.Stake = ether(9) }, "below the job's stake"},
		{"nil stake", func(pr *Profile, _ *Job) { pr.Stake = nil }, "below the job's stake"},
		{"negative reputation", func(pr *Profile, _ *Job) { pr.Reputation = big.NewInt(-1) }, "negative"},
		{"price cap", func(pr *Profile, j *Job) { pr.Price = ether(100_001); j.Reward = ether(1_000_000); j.Units = 1 }, "maxPricePerUnit"},
		{"denied category", func(_ *Profile, j *Job) { j.Category = "Gambling" }, "denied"},
		{"reward below minReward", func(pr *Profile, j *Job) { j.Reward = big.NewInt(1000); pr.Price = nil }, "minReward"},
		{"low score", func(pr *Profile, _ *Job) {
			pr.Skills, pr.Categories, pr.Reputation, pr.Stake = nil, nil, nil, ether(10)
		}, "below the policy's minScore"},
	}
	for _, c := range cases {
		pr, j := base, job
		c.edit(&pr, &j)
		s, err := p.Score(j, &pr)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if c.reason == "" && (!s.Qualified || s.Reason != "") || c.reason != "" && (s.Qualified || !strings.Contains(s.Reason, c.reason)) {
			t.Errorf("%s: %v", c.name, s)
		}
	}
	if _, err := p.Score(Job{Category: "x"}, &base); err == nil || !strings.Contains(err.Error(), "Reward") {
		t.Errorf("job without reward: %v", err)
	}
	if _, err := p.Rank(Job{Category: "weapons", Reward: ether(10)}, []Profile{base}, 1); !errors.Is(err, ErrJobNotEligible) {
		t.Errorf("Rank of a denied job: %v", err)
	}
	if _, err := p.Rank(job, []Profile{base}, 0); err == nil {
		t.Error("k = 0 accepted")
	}
}

// TestRankMatchesSort checks Rank against scoring every profile and sorting.
func TestRankMatchesSort(t *testing.T) {
	p := testPolicy(t)
	job, profiles := benchData(5000, 3)
	for _, k := range []int{1, 10, 100, 6000} {
		got, err := p.Rank(job, profiles, k)
		if err != nil {
			t.Fatal(err)
		}
		type ref struct {
			s   Score
			idx int
		}
		var all []ref
		for i := range profiles {
			s, _ := p.Score(job, &profiles[i])
			if s.Qualified {
				all = append(all, ref{s, i})
			}
		}
		slices.SortStableFunc(all, func(a, b ref) int {
			if a.s.Total != b.s.Total {
				if a.s.Total > b.s.Total {
					return -1
				}
				return 1
			}
			return profiles[a.idx].Address.Cmp(profiles[b.idx].Address)
		})
		want := all[:min(k, len(all))]
		if len(got) != len(want) {
			t.Fatalf("k=%d: %d matches, want %d", k, len(got), len(want))
		}
		for i := range got {
			if got[i].Index != want[i].idx || got[i].Score != want[i].s {
				t.Fatalf("k=%d rank %d: got %d %v, want %d %v", k, i, got[i].Index, got[i].Score, want[i].idx, want[i].s)
			}
		}
	}
}

func TestRankDeterministicTies(t *testing.T) {
	p := testPolicy(t)
	job := Job{Category: "c", Skills: []string{"a"}, Reward: ether(10)}
	var profiles []Profile
	for i := 0; i < 50; i++ {
		profiles = append(profiles, Profile{Address: addr(i), Skills: []string{"a"}, Categories: []string{"c"}, Reputation: big.NewInt(20), Stake: ether(100)})
	}
	r := rand.New(rand.NewPCG(1, 2))
	first, err := p.Rank(job, profiles, 5)
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < 10; n++ {
		r.Shuffle(len(profiles), func(i, j int) { profiles[i], profiles[j] = profiles[j], profiles[i] })
		got, _ := p.Rank(job, profiles, 5)
		for i := range got {
			if got[i].Address != first[i].Address {
				t.Fatalf("shuffle %d: rank %d is %s, want %s", n, i, got[i].Address, first[i].Address)
			}
		}
	}
	for i, m := range first {
		if m.Address != addr(i) {
			t.Fatalf("ties not broken by address: %v", first)
		}
	}
}

var vocabulary = func() []string {
	var v []string
	for i := 0; i < 200; i++ {
		v = append(v, fmt.Sprintf("skill-%03d", i))
	}
	return v
}()

var categories = []string{"data-labelling", "translation", "research", "coding", "design", "audit", "writing", "analysis"}

// benchData returns a job and n profiles with 3-8 skills, 1-3 categories,
// and random reputation, stake and price.
func benchData(n int, seed uint64) (Job, []Profile) {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	job := Job{Category: "coding", Skills: []string{"Skill-001", "skill-017", "skill-042", "skill-099", "skill-150"}, Reward: ether(500), Units: 5, RequiredStake: ether(10)}
	profiles := make([]Profile, n)
	for i := range profiles {
		var a common.Address
		for j := range a {
			a[j] = byte(r.Uint32())
		}
		pr := Profile{Address: a}
		for range 3 + r.IntN(6) {
			pr.Skills = append(pr.Skills, vocabulary[r.IntN(40)*5%len(vocabulary)])
		}
		for range 1 + r.IntN(3) {
			pr.Categories = append(pr.Categories, categories[r.IntN(len(categories))])
		}
		pr.Reputation = big.NewInt(int64(r.IntN(40)))
		pr.Stake = new(big.Int).Mul(big.NewInt(int64(r.IntN(200))), big.NewInt(1e18))
		pr.Price = new(big.Int).Mul(big.NewInt(int64(r.IntN(120))), big.NewInt(1e18))
		profiles[i] = pr
	}
	return job, profiles
}

// BenchmarkRank100k ranks 100,000 profiles for one job, k = 10.
// Run with -cpu 1 for the single-core figure.
func BenchmarkRank100k(b *testing.B) {
	p := testPolicy(b)
	job, profiles := benchData(100_000, 42)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		m, err := p.Rank(job, profiles, 10)
		if err != nil || len(m) != 10 {
			b.Fatal(err, len(m))
		}
	}
}
