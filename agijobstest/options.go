package agijobstest

import (
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// Option configures New and Start.
type Option func(*settings)

type settings struct {
	employers, agents, validators int
	params                        deploy.Params
	tokens                        *big.Int
	agentStake, validatorStake    *big.Int
	store                         storage.Store
	blockInterval                 time.Duration
	logger                        *slog.Logger
	rpcURL                        string
	rpcSigners                    []chain.Signer
}

// WithEmployers sets how many employer accounts the fixture funds; the
// default is 1.
func WithEmployers(n int) Option { return func(s *settings) { s.employers = n } }

// WithAgents sets how many agent accounts the fixture funds, allowlists
// and stakes; the default is 2.
func WithAgents(n int) Option { return func(s *settings) { s.agents = n } }

// WithValidators sets how many validator accounts the fixture funds,
// allowlists, puts in the committee pool and stakes; the default is 3,
// the default committee size.
func WithValidators(n int) Option { return func(s *settings) { s.validators = n } }

// WithParams deploys the protocol with p instead of deploy.DefaultParams.
func WithParams(p deploy.Params) Option { return func(s *settings) { s.params = p } }

// WithTokens sets the AGIALPHA (in wei) minted to every role account; the
// default is 1,000,000 tokens.
func WithTokens(amount *big.Int) Option { return func(s *settings) { s.tokens = amount } }

// WithStakes sets what each agent and each validator stakes during setup;
// the defaults are 100 and 1,000 tokens. Zero leaves that role unstaked,
// for tests of staking itself.
func WithStakes(agent, validator *big.Int) Option {
	return func(s *settings) { s.agentStake, s.validatorStake = agent, validator }
}

// WithStore keeps job documents in st instead of a fresh
// storage.NewMemory; the fixture does not close it.
func WithStore(st storage.Store) Option { return func(s *settings) { s.store = st } }

// WithBlockInterval makes the embedded chain mine on this interval instead
// of after every transaction (see chain.EmbeddedConfig.BlockInterval).
func WithBlockInterval(d time.Duration) Option { return func(s *settings) { s.blockInterval = d } }

// WithLogger sends the SDK's messages to l; the default is silent.
func WithLogger(l *slog.Logger) Option { return func(s *settings) { s.logger = l } }

// WithRPC runs the fixture on the node at url instead of an embedded
// chain. The owner is signers[0], then come the employers, agents and
// validators in that order; missing signers are the dev accounts of
// chain.DevSigner (anvil's own for the first ten). Accounts without ETH
// get 10 ETH from the owner. Mine and AdvanceTime call the node's
// evm_mine and evm_increaseTime, so the node must be a dev node (anvil,
// hardhat) for them.
func WithRPC(url string, signers ...chain.Signer) Option {
	return func(s *settings) { s.rpcURL, s.rpcSigners = url, signers }
}

func newSettings(opts []Option) (*settings, error) {
	s := &settings{
		employers: 1, agents: 2, validators: 3,
		params:     deploy.DefaultParams(),
		tokens:     deploy.Ether(1_000_000),
		agentStake: deploy.Ether(100), validatorStake: deploy.Ether(1000),
	}
	for _, o := range opts {
		o(s)
	}
	var errs input.Errors
	for _, c := range []struct {
		name string
		n    int
	}{{"WithEmployers", s.employers}, {"WithAgents", s.agents}, {"WithValidators", s.validators}} {
		if c.n < 0 {
			errs.Add(c.name, fmt.Sprintf("%d accounts", c.n), "pass 0 or more")
		}
	}
	for _, a := range []struct {
		name string
		v    *big.Int
	}{{"WithTokens", s.tokens}, {"WithStakes(agent)", s.agentStake}, {"WithStakes(validator)", s.validatorStake}} {
		if a.v == nil || a.v.Sign() < 0 {
			errs.Add(a.name, "nil or negative", "pass an amount in wei, such as deploy.Ether(100)")
		}
	}
	if s.blockInterval < 0 {
		errs.Add("WithBlockInterval", "negative", "pass 0 to mine after every transaction, or a positive interval")
	}
	if s.logger == nil {
		s.logger = slog.New(slog.DiscardHandler)
	}
	return s, errs.Err()
}

// accounts is how many role accounts s asks for, the owner included.
func (s *settings) accounts() int { return 1 + s.employers + s.agents + s.validators }
