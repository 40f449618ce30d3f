package matching

import (
	"errors"
	"strings"
	"testing"

	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/inputtest"
)

func TestSamplePolicy(t *testing.T) {
	p := testPolicy(t)
	if p.Weights.Skills <= 0 || p.Thresholds.MinScore <= 0 {
		t.Fatalf("sample policy %+v", p)
	}
}

func TestPolicyReportsEveryProblem(t *testing.T) {
	bad := `{
	  "version": 3,
	  "weights": {"skills": -1, "category": 0, "reputation": 0, "stake": 0, "price": 0, "speed": 1},
	  "reputationTarget": "1e3",
	  "stakeTarget": "-5",
	  "thresholds": {
	    "minScore": 1.5,
	    "minReputation": "007",
	    "allowedCategories": ["coding", ""],
	    "deniedCategories": ["Coding"],
	    "minReward": "100",
	    "maxReward": "10",
	    "maxPricePerUnit": "1.5"
	  },
	  "color": "red"
	}`
	_, err := ParsePolicy([]byte(bad))
	want := map[string]string{
		"color":                           "not a known field",
		"weights.speed":                   "not a known field",
		"version":                         "set it to 1",
		"weights.skills":                  "at least 0",
		"reputationTarget":                "decimal integer",
		"stakeTarget":                     "decimal integer",
		"thresholds.minScore":             "at most 1",
		"thresholds.minReputation":        "leading zeros",
		"thresholds.allowedCategories[1]": "required",
		"thresholds.allowedCategories[0]": "also denied",
		"thresholds.maxReward":            "below minReward",
		"thresholds.maxPricePerUnit":      "decimal integer",
		"weights":                         "all zero",
	}
	inputtest.Require(t, err, want)
	if _, err := ParsePolicy([]byte(`{"version": 1, "weights": {"skills": "high"}}`)); err == nil || !strings.Contains(err.Error(), "weights.skills") {
		t.Errorf("wrong JSON type: %v", err)
	}
	if _, err := ParsePolicy([]byte(`{`)); err == nil || !strings.Contains(err.Error(), "malformed JSON") {
		t.Errorf("malformed: %v", err)
	}
	if _, err := LoadPolicy("testdata/missing.json"); err == nil {
		t.Error("missing file loaded")
	}
	// Rank refuses an invalid policy built in code, with the same report.
	p := testPolicy(t)
	p.Weights = Weights{}
	if _, err := p.Rank(Job{Reward: ether(1)}, nil, 1); !errors.Is(err, input.ErrInvalid) {
		t.Errorf("Rank with zero weights: %v", err)
	}
}
