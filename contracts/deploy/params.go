package deploy

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/internal/units"
)

// Params are the economic and safety parameters applied at deployment. The
// zero value is not meaningful: start from DefaultParams.
type Params struct {
	FeePct                uint64        // protocol fee, % of the reward, paid on top of it
	ValidatorRewardPct    uint64        // % of the reward shared by the validators who voted with the tally
	JobStake              *big.Int      // floor of the agent stake locked per job (wei of the stake token)
	MinAgentStake         *big.Int      // agent stake needed to apply (wei)
	MaxJobReward          *big.Int      // largest reward a job in the default token may escrow (wei)
	JobDurationLimit      time.Duration // longest time from creation to deadline
	ExpirationGracePeriod time.Duration // wait after a deadline (timeout) or completion (anyone finalizes)
	MaxActiveJobsPerAgent uint64        // 0 = unlimited
	UnbondingPeriod       time.Duration // wait between requestWithdraw and finalizeWithdraw
	CommitWindow          time.Duration
	RevealWindow          time.Duration
	ValidatorsPerJob      uint64 // committee size, 1..16 (production >= 3)
	ApprovalThreshold     uint64 // % of reveals that must approve
	ValidatorSlashingPct  uint64 // % of stake slashed from a non-revealing or minority validator
	RevealQuorumPct       uint64 // % of the committee that must reveal
	RevealQuorumMin       uint64 // minimum number of reveals
	MinValidatorStake     *big.Int
	BurnPct               uint64 // % of every fee set aside for burning (FeePool.burn)

	// MinJobReward is the smallest reward a job in the default token may
	// escrow (wei): the dust floor. It must pay every committee seat
	// (SeatPay above zero); the contract's default is one whole token.
	MinJobReward *big.Int
	// JobStakeBps is the agent job stake per reward in basis points (500 =
	// 5%) of the reward scaled to 18 decimals: a job locks
	// max(JobStake, reward * JobStakeBps / 10000) of the agent's stake. It
	// applies to the default token and to every allowed token whose
	// TokenLimits give no StakeBps; 0..10000 (DefaultStakeBps = 500).
	JobStakeBps uint64
	// TokenLimits are the reward limits and stake fraction of allowed
	// escrow tokens other than the default one, by token address. Each field
	// set overrides the token's contracts/tokens/allowlist.json entry (when
	// the committed allowlist is applied); what neither sets takes the
	// contract defaults (a floor of one whole token, no ceiling) and
	// JobStakeBps. Every key must be an allowed token.
	TokenLimits map[common.Address]TokenLimits
}

// TokenLimits are the limits of one escrow token, applied with
// JobRegistry.setTokenConfig right after JobRegistry.setTokenAllowed.
// Amounts are decimal strings of whole tokens ("1", "0.5"), converted with
// the decimals the token reports on chain.
type TokenLimits struct {
	// MinReward is the smallest reward a job in the token may escrow; ""
	// means one whole token (the contract default). It must pay every
	// committee seat.
	MinReward string
	// MaxReward is the largest reward; "" means no limit (MaxReward
	// smallest units).
	MaxReward string
	// StakeBps is the agent job stake per reward in basis points; nil
	// means Params.JobStakeBps.
	StakeBps *uint64
}

// DefaultParams returns the parameters of a development deployment.
func DefaultParams() Params {
	return Params{
		FeePct:                5,
		ValidatorRewardPct:    10,
		JobStake:              Ether(10),
		MinAgentStake:         Ether(10),
		MaxJobReward:          Ether(1_000_000),
		JobDurationLimit:      30 * 24 * time.Hour,
		ExpirationGracePeriod: 24 * time.Hour,
		MaxActiveJobsPerAgent: 10,
		UnbondingPeriod:       7 * 24 * time.Hour,
		CommitWindow:          time.Hour,
		RevealWindow:          time.Hour,
		ValidatorsPerJob:      3,
		ApprovalThreshold:     51,
		ValidatorSlashingPct:  10,
		RevealQuorumPct:       50,
		RevealQuorumMin:       1,
		MinValidatorStake:     Ether(100),
		BurnPct:               10,
		MinJobReward:          Ether(1),
		JobStakeBps:           DefaultStakeBps,
	}
}

// Ether returns n tokens of 18 decimals in wei.
func Ether(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
}

// Check reports the first parameter outside the range the contracts accept,
// or a reward floor that would pay a committee seat nothing. Per-token
// limits are checked by Deploy, which reads each token's decimals.
func (p Params) Check() error {
	pct := map[string]uint64{
		"FeePct": p.FeePct, "ValidatorRewardPct": p.ValidatorRewardPct, "ValidatorSlashingPct": p.ValidatorSlashingPct,
		"RevealQuorumPct": p.RevealQuorumPct, "BurnPct": p.BurnPct,
	}
	for _, name := range []string{"FeePct", "ValidatorRewardPct", "ValidatorSlashingPct", "RevealQuorumPct", "BurnPct"} {
		if pct[name] > 100 {
			return fmt.Errorf("deploy: Params.%s = %d is above 100; give a percentage 0..100", name, pct[name])
		}
	}
	switch {
	case p.ApprovalThreshold < 1 || p.ApprovalThreshold > 100:
		return fmt.Errorf("deploy: Params.ApprovalThreshold = %d; give a percentage 1..100", p.ApprovalThreshold)
	case p.ValidatorsPerJob < 1 || p.ValidatorsPerJob > 16:
		return fmt.Errorf("deploy: Params.ValidatorsPerJob = %d; give 1..16 (3 or more in production)", p.ValidatorsPerJob)
	case p.RevealQuorumMin > 16:
		return fmt.Errorf("deploy: Params.RevealQuorumMin = %d; give 0..16", p.RevealQuorumMin)
	case p.CommitWindow < time.Minute || p.RevealWindow < time.Minute:
		return errors.New("deploy: Params.CommitWindow and RevealWindow must each be at least one minute")
	case p.CommitWindow > 30*24*time.Hour || p.RevealWindow > 30*24*time.Hour:
		return errors.New("deploy: Params.CommitWindow and RevealWindow must each be at most 30 days")
	case p.JobDurationLimit <= 0:
		return errors.New("deploy: Params.JobDurationLimit must be positive, e.g. 720h")
	case p.JobStakeBps > 10_000:
		return fmt.Errorf("deploy: Params.JobStakeBps = %d is above 10000 (100%%); give basis points 0..10000 (default %d)", p.JobStakeBps, DefaultStakeBps)
	}
	for _, f := range []struct {
		name string
		v    *big.Int
	}{{"JobStake", p.JobStake}, {"MinAgentStake", p.MinAgentStake}, {"MaxJobReward", p.MaxJobReward}, {"MinValidatorStake", p.MinValidatorStake}, {"MinJobReward", p.MinJobReward}} {
		if f.v == nil || f.v.Sign() < 0 {
			return fmt.Errorf("deploy: Params.%s must be set and not negative (wei)", f.name)
		}
	}
	if p.JobStake.BitLen() > 96 {
		return errors.New("deploy: Params.JobStake does not fit in uint96")
	}
	if p.MaxJobReward.Cmp(MaxReward) > 0 {
		return fmt.Errorf("deploy: Params.MaxJobReward is above 2^104-1 wei (about 2e13 tokens), the most JobRegistry stores; lower it")
	}
	return checkLimits("Params.MinJobReward", "Params.MaxJobReward", p.MinJobReward, p.MaxJobReward, 18, p)
}

// checkLimits checks one token's reward range against the contract's rules
// and the committee seat pay at the floor; names are the fields reported.
func checkLimits(minName, maxName string, minR, maxR *big.Int, decimals uint8, p Params) error {
	switch {
	case minR.Sign() == 0:
		return fmt.Errorf("deploy: %s is 0; JobRegistry refuses a zero reward floor (InvalidTokenConfig): give at least one smallest unit, e.g. one whole token", minName)
	case minR.Cmp(maxR) > 0:
		return fmt.Errorf("deploy: %s (%s) is above %s (%s); lower the floor or raise the ceiling",
			minName, units.Format(minR, decimals), maxName, units.Format(maxR, decimals))
	}
	if SeatPay(minR, p.ValidatorRewardPct, p.ValidatorsPerJob).Sign() == 0 {
		need := MinRewardForSeatPay(p.ValidatorRewardPct, p.ValidatorsPerJob)
		if need == nil {
			return fmt.Errorf("deploy: Params.ValidatorRewardPct is 0: no job pays its committee, yet a member who skips a vote is slashed; give 1..100")
		}
		return fmt.Errorf("deploy: %s = %s pays each of the %d committee seats 0 at %d%% validator reward; raise it to at least %s",
			minName, units.Format(minR, decimals), p.ValidatorsPerJob, p.ValidatorRewardPct, units.Format(need, decimals))
	}
	return nil
}

// tokenPlan is one allowed escrow token and the config Deploy gives it.
type tokenPlan struct {
	token              common.Address
	decimals           uint8
	min, max, stakeBps *big.Int
}

// tokenSource is an allowed token, the limits its allowlist entry gives it
// and where they come from (for error messages).
type tokenSource struct {
	token  common.Address
	limits TokenLimits
	from   string
}

// tokenPlans resolves the allowed tokens and their limits: Params.TokenLimits
// first, then the committed allowlist entry, then the contract defaults. It
// reads every token's decimals before anything is sent.
func tokenPlans(ctx context.Context, c ethereum.ContractCaller, opts Options, p Params, chainID *big.Int, stakeToken common.Address) ([]tokenPlan, error) {
	list := allowedSources(opts, chainID)
	listed := map[common.Address]bool{}
	for _, s := range list {
		listed[s.token] = true
	}
	for t := range p.TokenLimits {
		switch {
		case t == stakeToken:
			return nil, fmt.Errorf("deploy: Params.TokenLimits[%s] is the default token; set its limits with MinJobReward, MaxJobReward and JobStakeBps", t.Hex())
		case !listed[t]:
			return nil, fmt.Errorf("deploy: Params.TokenLimits[%s] names a token that is not allowed; add it to Options.AllowedTokens or drop the entry", t.Hex())
		}
	}
	var out []tokenPlan
	for _, s := range list {
		if s.token == stakeToken || s.token == (common.Address{}) {
			continue // always allowed, configured by MinJobReward/MaxJobReward/JobStakeBps
		}
		tp, err := planToken(ctx, c, p, s)
		if err != nil {
			return nil, err
		}
		out = append(out, tp)
	}
	return out, nil
}

// allowedSources lists the allowed tokens once each: Options.AllowedTokens,
// or the committed allowlist's entries for the chain when it is nil.
func allowedSources(opts Options, chainID *big.Int) []tokenSource {
	var list []tokenSource
	if opts.AllowedTokens == nil {
		for _, e := range contracts.DefaultAllowlistEntries(chainID) {
			list = append(list, tokenSource{e.Address, TokenLimits{MinReward: e.MinReward, MaxReward: e.MaxReward, StakeBps: e.StakeBps},
				fmt.Sprintf("contracts/tokens/allowlist.json entry %s (chain %d)", e.Symbol, e.ChainID)})
		}
	} else {
		for _, t := range opts.AllowedTokens {
			list = append(list, tokenSource{token: t})
		}
	}
	seen := map[common.Address]bool{}
	uniq := list[:0]
	for _, s := range list {
		if !seen[s.token] {
			uniq = append(uniq, s)
		}
		seen[s.token] = true
	}
	return uniq
}

// planToken reads one token's decimals and resolves its limits:
// Params.TokenLimits fields override the allowlist entry's, one by one.
func planToken(ctx context.Context, c ethereum.ContractCaller, p Params, s tokenSource) (tokenPlan, error) {
	name := fmt.Sprintf("Params.TokenLimits[%s]", s.token.Hex())
	lim := s.limits
	if over, ok := p.TokenLimits[s.token]; ok {
		if over.MinReward != "" {
			lim.MinReward = over.MinReward
		}
		if over.MaxReward != "" {
			lim.MaxReward = over.MaxReward
		}
		if over.StakeBps != nil {
			lim.StakeBps = over.StakeBps
		}
	} else if s.from != "" {
		name = s.from
	}
	dec, err := TokenDecimals(ctx, c, s.token)
	if err != nil {
		return tokenPlan{}, fmt.Errorf("deploy: allowed token %s: %w; JobRegistry cannot allowlist it (TokenDecimalsUnavailable): remove it from the allowed tokens", s.token.Hex(), err)
	}
	tp := tokenPlan{token: s.token, decimals: dec, max: new(big.Int).Set(MaxReward), stakeBps: new(big.Int).SetUint64(p.JobStakeBps)}
	tp.min = new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(dec)), nil)
	if lim.MinReward != "" {
		if tp.min, err = units.Parse(lim.MinReward, dec); err != nil {
			return tokenPlan{}, fmt.Errorf("deploy: %s.MinReward: %w", name, err)
		}
	}
	if lim.MaxReward != "" {
		if tp.max, err = units.Parse(lim.MaxReward, dec); err != nil {
			return tokenPlan{}, fmt.Errorf("deploy: %s.MaxReward: %w", name, err)
		}
		if tp.max.Cmp(MaxReward) > 0 {
			return tokenPlan{}, fmt.Errorf("deploy: %s.MaxReward %s is above the %s tokens JobRegistry stores; lower it or leave it empty (no limit)", name, lim.MaxReward, units.Format(MaxReward, dec))
		}
	}
	if lim.StakeBps != nil {
		if *lim.StakeBps > 10_000 {
			return tokenPlan{}, fmt.Errorf("deploy: %s.StakeBps = %d is above 10000 (100%%); give basis points 0..10000", name, *lim.StakeBps)
		}
		tp.stakeBps.SetUint64(*lim.StakeBps)
	}
	if err := checkLimits(name+".MinReward", name+".MaxReward", tp.min, tp.max, dec, p); err != nil {
		return tokenPlan{}, err
	}
	return tp, nil
}
