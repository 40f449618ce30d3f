package matching_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/matching"
)

func tokens(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Load the default policy and read its weights.
func ExampleLoadPolicy() {
	p, err := matching.LoadPolicy("../config/policies.default.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("skills %.2f, category %.2f, reputation %.2f, stake %.2f, price %.2f; min score %.2f\n",
		p.Weights.Skills, p.Weights.Category, p.Weights.Reputation, p.Weights.Stake, p.Weights.Price, p.Thresholds.MinScore)
	// Output: skills 0.35, category 0.15, reputation 0.20, stake 0.15, price 0.15; min score 0.50
}

// A bad policy is reported field by field, all at once.
func ExampleParsePolicy() {
	_, err := matching.ParsePolicy([]byte(`{"version": 1, "weights": {"skills": 1}, "thresholds": {"minScore": 2, "minReward": "1.5"}}`))
	fmt.Println(err)
	// Output:
	// matching: invalid policy: 2 invalid inputs:
	//   thresholds.minScore: is 2; it must be at most 1
	//   thresholds.minReward: is "1.5"; write a decimal integer in the token's smallest unit (wei), without sign, decimals, leading zeros or exponent, e.g. "1000000000000000000" for 1 token of 18 decimals
}

// Rank three agents for a coding job and explain the best score.
func ExamplePolicy_Rank() {
	p, err := matching.LoadPolicy("../config/policies.default.json")
	if err != nil {
		fmt.Println(err)
		return
	}
	job := matching.Job{Category: "coding", Skills: []string{"go", "solidity"}, Reward: tokens(100), RequiredStake: tokens(10)}
	profiles := []matching.Profile{
		{Address: common.HexToAddress("0xA1"), Skills: []string{"Go", "Solidity"}, Categories: []string{"coding"}, Reputation: big.NewInt(20), Stake: tokens(100), Price: tokens(40)},
		{Address: common.HexToAddress("0xB2"), Skills: []string{"go"}, Categories: []string{"coding"}, Reputation: big.NewInt(5), Stake: tokens(50), Price: tokens(10)},
		{Address: common.HexToAddress("0xC3"), Skills: []string{"go", "solidity"}, Categories: []string{"coding"}, Reputation: big.NewInt(30), Stake: tokens(5)},
	}
	matches, err := p.Rank(job, profiles, 2)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, m := range matches {
		fmt.Printf("%s %.4f\n", m.Address.Hex(), m.Score.Total)
	}
	fmt.Println(matches[0].Score)
	// The third agent holds less than the job's stake:
	s, _ := p.Score(job, &profiles[2])
	fmt.Println(s.Reason)
	// Output:
	// 0x00000000000000000000000000000000000000A1 0.9400
	// 0x00000000000000000000000000000000000000b2 0.5850
	// 0.9400 = skills 1.00 (+0.3500), category 1.00 (+0.1500), reputation 1.00 (+0.2000), stake 1.00 (+0.1500), price 0.60 (+0.0900)
	// stake 5000000000000000000 is below the job's stake 10000000000000000000
}
