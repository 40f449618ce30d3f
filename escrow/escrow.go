package escrow

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
	"github.com/agijobs/agijobs-go/wait"
)

// Sender sends one transaction and waits for its receipt. A
// *chain.Manager satisfies it; tests may pass a fake. A reverted
// transaction must be reported as an error (the Manager returns a
// *chain.RevertError).
type Sender interface {
	// Address is the account that signs the transactions.
	Address() common.Address
	// Send sends c and returns its receipt once it is confirmed.
	Send(ctx context.Context, c chain.TxCandidate) (*types.Receipt, error)
}

var _ Sender = (*chain.Manager)(nil)

// Addresses are the protocol contracts this package talks to.
type Addresses struct {
	// Token is the stake token (AGIALPHA), also the default escrow token.
	Token common.Address
	// JobRegistry holds the jobs and their escrow accounting.
	JobRegistry common.Address
	// StakeManager holds stakes and escrowed funds; it is the spender that
	// employers and stakers approve.
	StakeManager common.Address
	// ValidationModule runs committees and commit/reveal voting.
	ValidationModule common.Address
	// IdentityRegistry answers who may act as agent or validator.
	IdentityRegistry common.Address
}

// Config configures New. Check reports every invalid field at once.
type Config struct {
	// Backend is the chain connection. Required.
	Backend chain.Backend
	// Addresses are the protocol's contracts. Every field is required.
	Addresses Addresses
	// Store keeps job specs and results (an embedded store, Kubo, a
	// replicated store). Required for PostJob and Submit; reads that fetch
	// documents use it too.
	Store storage.Store
	// ChainID is the chain id, used in commit hashes; nil means ask
	// Backend once in New.
	ChainID *big.Int
	// Wait is the backoff of the waiters (WaitForState, WaitForCommittee,
	// WaitForBlock) and of the waits inside PostJob and SelectValidators;
	// the zero value means wait's defaults (50ms doubling to 2s).
	Wait wait.Backoff
	// DuplicateWindow is how far back in chain time PostJob looks for a
	// job this employer already created with the same spec before
	// creating it again; 0 means DefaultDuplicateWindow. Chain time, not a
	// block count, so the window means the same on a 12-second chain and
	// a 250-millisecond one, and mining blocks cannot shrink it.
	DuplicateWindow time.Duration
	// Logger receives the package's messages; nil is silent.
	Logger *slog.Logger
}

// DefaultDuplicateWindow is the duplicate window PostJob uses by default:
// 24 hours, as long as Stripe keeps an idempotency key, so that a retry
// after a crash, an overnight outage or a job queue's redelivery still
// finds the job it would duplicate. Searching it costs about
// log2(blocks per day) requests for the JobCreated logs and as many header
// reads to find where the window starts (see PostJob); a job with the same
// spec posted after the window is a new job on purpose.
const DefaultDuplicateWindow = 24 * time.Hour

// Check reports every invalid field of c, each with the fix.
func (c *Config) Check() error {
	if c == nil {
		return input.New("escrow.Config", "is nil", "pass the Config to check")
	}
	var errs input.Errors
	if c.Backend == nil {
		errs.Add("escrow.Config.Backend", "is nil", "pass a *chain.Conn from chain.Dial or an embedded chain's Backend()")
	}
	zero := common.Address{}
	for _, f := range []struct {
		name string
		a    common.Address
	}{
		{"Token", c.Addresses.Token}, {"JobRegistry", c.Addresses.JobRegistry},
		{"StakeManager", c.Addresses.StakeManager}, {"ValidationModule", c.Addresses.ValidationModule},
		{"IdentityRegistry", c.Addresses.IdentityRegistry},
	} {
		if f.a == zero {
			errs.Add("escrow.Config.Addresses."+f.name, "is the zero address", "take it from the deployment manifest")
		}
	}
	if c.DuplicateWindow < 0 {
		errs.Add("escrow.Config.DuplicateWindow", fmt.Sprintf("%v is negative", c.DuplicateWindow), "use 0 for the default of 24h or a positive duration")
	}
	var bad *input.Error
	if errors.As(c.Wait.Check("escrow.Config.Wait"), &bad) {
		errs = append(errs, bad)
	}
	return errs.Err()
}

// Client reads the job lifecycle and builds the transactions of every
// role. It holds no key: the role clients made by Employer, Agent and
// Validator send through a Sender. It is safe for concurrent use.
type Client struct {
	backend chain.Backend
	addrs   Addresses
	store   storage.Store
	chainID *big.Int
	wait    wait.Backoff
	dupWin  time.Duration
	log     *slog.Logger

	jobs *JobReader
	jr   *jobregistry.JobRegistry
	sm   *stakemanager.StakeManager
	vm   *validationmodule.ValidationModule
	tok  *agialphatoken.AGIALPHAToken
	idr  *identityregistry.IdentityRegistry
}

// New checks cfg and returns a Client. It reads the chain id from the
// backend when cfg.ChainID is nil.
func New(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	c := &Client{
		backend: cfg.Backend, addrs: cfg.Addresses, store: cfg.Store, wait: cfg.Wait, log: cfg.Logger,
		jr: jobregistry.NewJobRegistry(), sm: stakemanager.NewStakeManager(), vm: validationmodule.NewValidationModule(),
		tok: agialphatoken.NewAGIALPHAToken(), idr: identityregistry.NewIdentityRegistry(),
		jobs: NewJobReader(cfg.Backend, cfg.Addresses.JobRegistry),
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}
	if c.dupWin = cfg.DuplicateWindow; c.dupWin == 0 {
		c.dupWin = DefaultDuplicateWindow
	}
	if cfg.ChainID != nil {
		c.chainID = new(big.Int).Set(cfg.ChainID)
	} else {
		id, err := cfg.Backend.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("escrow: read chain id: %w", err)
		}
		c.chainID = id
	}
	return c, nil
}

// Addresses returns the contracts the Client talks to.
func (c *Client) Addresses() Addresses {
	if c == nil || c.backend == nil {
		return Addresses{}
	}
	return c.addrs
}

// Backend returns the chain connection.
func (c *Client) Backend() chain.Backend {
	if c == nil || c.backend == nil {
		return nil
	}
	return c.backend
}

// Store returns the document store, or nil if none was configured.
func (c *Client) Store() storage.Store {
	if c == nil || c.backend == nil {
		return nil
	}
	return c.store
}

// ChainID returns the chain id.
func (c *Client) ChainID() *big.Int {
	if c == nil || c.backend == nil {
		return nil
	}
	return new(big.Int).Set(c.chainID)
}

// call runs a read-only call and unpacks its result; a revert is a
// *chain.RevertError with its reason decoded.
func call[T any](ctx context.Context, c *Client, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return chain.Read(ctx, c.backend, ethereum.CallMsg{To: &to, Data: data}, nil, unpack)
}

// Role is a staking role of the StakeManager.
type Role uint8

// The staking roles, numbered as in the StakeManager.
const (
	RoleAgent     Role = 0
	RoleValidator Role = 1
	RolePlatform  Role = 2
)

// String returns the role's name.
func (r Role) String() string {
	switch r {
	case RoleAgent:
		return "Agent"
	case RoleValidator:
		return "Validator"
	case RolePlatform:
		return "Platform"
	}
	return fmt.Sprintf("Role(%d)", uint8(r))
}

// State is the state of a job in the JobRegistry, numbered as in AGI Jobs v2.
type State uint8

// The job states.
const (
	StateNone State = iota
	StateCreated
	StateApplied
	StateSubmitted
	StateCompleted
	StateDisputed
	StateFinalized
	StateCancelled
)

var stateNames = [...]string{"None", "Created", "Applied", "Submitted", "Completed", "Disputed", "Finalized", "Cancelled"}

// String returns the state's name, e.g. "Finalized".
func (s State) String() string {
	if int(s) < len(stateNames) {
		return stateNames[s]
	}
	return fmt.Sprintf("State(%d)", uint8(s))
}

// ParseState returns the state named name ("Created", "finalized"...),
// compared without regard to case.
func ParseState(name string) (State, error) {
	for i, n := range stateNames {
		if strings.EqualFold(n, name) {
			return State(i), nil
		}
	}
	return 0, input.New("State", fmt.Sprintf("%q is no job state", name), "use one of "+strings.Join(stateNames[:], ", "))
}

// MarshalText returns the state's name, so that JSON shows "Finalized".
func (s State) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads a state's name (see ParseState).
func (s *State) UnmarshalText(b []byte) error {
	v, err := ParseState(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// Terminal reports whether no transition leaves s (Finalized, Cancelled).
func (s State) Terminal() bool { return s == StateFinalized || s == StateCancelled }

// Job is a job as the JobRegistry records it.
type Job struct {
	// ID is the job id.
	ID *big.Int
	// Employer posted the job; Agent took it (zero before Applied).
	Employer, Agent common.Address
	// Token is the escrow token.
	Token common.Address
	// Reward is escrowed for the agent and validators; Fee goes to the fee
	// pool on success; Stake is the agent stake an application locks,
	// fixed when the job was created.
	Reward, Fee, Stake *big.Int
	// Deadline is when the result is due; AssignedAt when the agent was
	// assigned; CompletedAt when the job reached Completed. Zero times mean
	// not yet.
	Deadline, AssignedAt, CompletedAt time.Time
	// State is the lifecycle state.
	State State
	// Success is the outcome once Completed (or Finalized).
	Success bool
	// SpecHash and ResultHash are the keccak256 hashes of the spec and
	// result documents; URIHash is keccak256 of the spec URI.
	SpecHash, ResultHash, URIHash common.Hash
}

func unixTime(s uint64) time.Time {
	if s == 0 {
		return time.Time{}
	}
	return time.Unix(int64(s), 0).UTC()
}

// Job reads job id with one eth_call. A job that does not exist returns
// an error wrapping ErrJobNotFound.
func (c *Client) Job(ctx context.Context, id *big.Int) (Job, error) {
	if c == nil || c.backend == nil {
		return Job{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jobs.Job(ctx, id)
}

// Params are the protocol parameters that the role clients check inputs
// against.
type Params struct {
	// FeePct is the fee in percent of the reward, paid on top of it.
	FeePct uint64
	// ValidatorRewardPct is the share of the reward paid to validators.
	ValidatorRewardPct uint64
	// JobStake is the floor of the agent stake a job locks: a job locks
	// max(JobStake, reward scaled to 18 decimals * the token's StakeBps /
	// 10000), fixed when the job is created (read it as Job.Stake or with
	// Client.JobStakeFor). MinAgentStake is the agent stake needed to apply;
	// MinValidatorStake the validator stake needed to be drawn into a
	// committee.
	JobStake, MinAgentStake, MinValidatorStake *big.Int
	// MaxJobReward is the largest reward a job in the default token may
	// escrow; other tokens have their own limits (Client.TokenConfig).
	MaxJobReward *big.Int
	// MaxActiveJobsPerAgent is how many jobs an agent may hold at once; 0
	// means no limit.
	MaxActiveJobsPerAgent uint64
	// SelectionDelay is the number of blocks between a submission and the
	// selection block of its committee draw (the ValidationModule's
	// TARGET_DELAY); the draw can be sent once the head is past it.
	SelectionDelay uint64
	// JobDurationLimit is the longest time from creation to deadline.
	JobDurationLimit time.Duration
	// GracePeriod is the wait after a deadline before a timeout can be
	// claimed, and after completion before anyone may finalize.
	GracePeriod time.Duration
	// CommitWindow and RevealWindow are the voting windows.
	CommitWindow, RevealWindow time.Duration
	// UnbondingPeriod is the wait between requesting and finalizing a stake
	// withdrawal.
	UnbondingPeriod time.Duration
	// DefaultToken is the always-allowed escrow token.
	DefaultToken common.Address
	// EscrowEnabled is false while governance froze escrow.
	EscrowEnabled bool
}

// Params reads the protocol parameters (about a dozen calls). The reward
// limits and job stake of each escrow token come from TokenConfig.
func (c *Client) Params(ctx context.Context) (Params, error) {
	if c == nil || c.backend == nil {
		return Params{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	var p Params
	var errs []error
	num := func(to common.Address, data []byte, unpack func([]byte) (*big.Int, error)) *big.Int {
		v, err := call(ctx, c, to, data, unpack)
		if err != nil {
			errs = append(errs, err)
			return new(big.Int)
		}
		return v
	}
	secs := func(v *big.Int) time.Duration { return time.Duration(v.Uint64()) * time.Second }
	jr, vm, sm := c.addrs.JobRegistry, c.addrs.ValidationModule, c.addrs.StakeManager
	p.FeePct = num(jr, c.jr.PackFeePct(), c.jr.UnpackFeePct).Uint64()
	p.ValidatorRewardPct = num(jr, c.jr.PackValidatorRewardPct(), c.jr.UnpackValidatorRewardPct).Uint64()
	p.JobStake = num(jr, c.jr.PackJobStake(), c.jr.UnpackJobStake)
	p.MinAgentStake = num(jr, c.jr.PackMinAgentStake(), c.jr.UnpackMinAgentStake)
	p.MaxJobReward = num(jr, c.jr.PackMaxJobReward(), c.jr.UnpackMaxJobReward)
	p.MaxActiveJobsPerAgent = num(jr, c.jr.PackMaxActiveJobsPerAgent(), c.jr.UnpackMaxActiveJobsPerAgent).Uint64()
	p.JobDurationLimit = secs(num(jr, c.jr.PackJobDurationLimit(), c.jr.UnpackJobDurationLimit))
	p.GracePeriod = secs(num(jr, c.jr.PackExpirationGracePeriod(), c.jr.UnpackExpirationGracePeriod))
	p.SelectionDelay = num(vm, c.vm.PackTARGETDELAY(), c.vm.UnpackTARGETDELAY).Uint64()
	p.MinValidatorStake = num(vm, c.vm.PackMinValidatorStake(), c.vm.UnpackMinValidatorStake)
	p.CommitWindow = secs(num(vm, c.vm.PackCommitWindow(), c.vm.UnpackCommitWindow))
	p.RevealWindow = secs(num(vm, c.vm.PackRevealWindow(), c.vm.UnpackRevealWindow))
	p.UnbondingPeriod = secs(num(sm, c.sm.PackUnbondingPeriod(), c.sm.UnpackUnbondingPeriod))
	var err error
	if p.DefaultToken, err = call(ctx, c, jr, c.jr.PackDefaultToken(), c.jr.UnpackDefaultToken); err != nil {
		errs = append(errs, err)
	}
	if p.EscrowEnabled, err = call(ctx, c, jr, c.jr.PackEscrowEnabled(), c.jr.UnpackEscrowEnabled); err != nil {
		errs = append(errs, err)
	}
	if err := errors.Join(errs...); err != nil {
		return Params{}, fmt.Errorf("escrow: read parameters: %w", err)
	}
	return p, nil
}

// Fee returns the fee charged on top of reward at the given fee percentage,
// as the JobRegistry computes it. A nil reward counts as zero.
func Fee(reward *big.Int, feePct uint64) *big.Int {
	if reward == nil {
		return new(big.Int)
	}
	f := new(big.Int).Mul(reward, new(big.Int).SetUint64(feePct))
	return f.Div(f, big.NewInt(100))
}

// TokenConfig is how the JobRegistry treats one escrow token, recorded when
// governance allowlisted it. Amounts are in the token's smallest unit.
type TokenConfig struct {
	// Decimals are the token's decimals, read from the token.
	Decimals uint8
	// MinReward and MaxReward bound a job's reward in this token; the
	// default floor is one whole token (10^Decimals).
	MinReward, MaxReward *big.Int
	// StakeBps is the agent job stake per reward in basis points (500 =
	// 5%) of the reward scaled to 18 decimals; the job stake is never
	// below Params.JobStake.
	StakeBps uint64
}

// TokenConfig reads the configuration of escrow token token; zero means
// the default token. A token that was never allowlisted reads as all zero.
func (c *Client) TokenConfig(ctx context.Context, token common.Address) (TokenConfig, error) {
	if c == nil || c.backend == nil {
		return TokenConfig{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if token == (common.Address{}) {
		t, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackDefaultToken(), c.jr.UnpackDefaultToken)
		if err != nil {
			return TokenConfig{}, fmt.Errorf("escrow: read default token: %w", err)
		}
		token = t
	}
	tc, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackTokenConfig(token), c.jr.UnpackTokenConfig)
	if err != nil {
		return TokenConfig{}, fmt.Errorf("escrow: read the configuration of token %s: %w", token.Hex(), err)
	}
	return TokenConfig{Decimals: tc.Decimals, MinReward: tc.MinReward, MaxReward: tc.MaxReward, StakeBps: tc.StakeBps.Uint64()}, nil
}

// JobStakeFor returns the agent stake that a job escrowing reward of token
// (zero means the default token) would lock if it were created now. A
// created job keeps the stake fixed at its creation: read Job.Stake.
func (c *Client) JobStakeFor(ctx context.Context, token common.Address, reward *big.Int) (*big.Int, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if token == (common.Address{}) {
		t, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackDefaultToken(), c.jr.UnpackDefaultToken)
		if err != nil {
			return nil, fmt.Errorf("escrow: read default token: %w", err)
		}
		token = t
	}
	v, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackJobStakeFor(token, reward), c.jr.UnpackJobStakeFor)
	if err != nil {
		return nil, fmt.Errorf("escrow: read the job stake for reward %v: %w", reward, err)
	}
	return v, nil
}

// TokenAllowed reports whether token may be used for a job's escrow.
func (c *Client) TokenAllowed(ctx context.Context, token common.Address) (bool, error) {
	if c == nil || c.backend == nil {
		return false, input.Unbuilt("escrow.Client", "escrow.New")
	}
	ok, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackIsTokenAllowed(token), c.jr.UnpackIsTokenAllowed)
	if err != nil {
		return false, fmt.Errorf("escrow: read token allowlist: %w", err)
	}
	return ok, nil
}

// ChooseToken returns the escrow token to use: the default token when
// preferred is empty, else the first preferred token that is on the
// allowlist. It fails with an *input.Error when none is allowed.
func (c *Client) ChooseToken(ctx context.Context, preferred ...common.Address) (common.Address, error) {
	if c == nil || c.backend == nil {
		return common.Address{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if len(preferred) == 0 {
		t, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackDefaultToken(), c.jr.UnpackDefaultToken)
		if err != nil {
			return common.Address{}, fmt.Errorf("escrow: read default token: %w", err)
		}
		return t, nil
	}
	for _, t := range preferred {
		ok, err := c.TokenAllowed(ctx, t)
		if err != nil {
			return common.Address{}, err
		}
		if ok {
			return t, nil
		}
	}
	return common.Address{}, &input.Error{Field: "Token", Problem: fmt.Sprintf("none of the %d preferred tokens is on the escrow allowlist", len(preferred)),
		Fix: "use the default token (leave Token zero) or ask governance to allow one with setTokenAllowed"}
}

// Balance returns the token balance of account.
func (c *Client) Balance(ctx context.Context, token, account common.Address) (*big.Int, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	b, err := call(ctx, c, token, c.tok.PackBalanceOf(account), c.tok.UnpackBalanceOf)
	if err != nil {
		return nil, fmt.Errorf("escrow: read balance of %s: %w", account.Hex(), err)
	}
	return b, nil
}

// Credits returns what the StakeManager holds for account in token because
// a payment to it failed (a token that refused the transfer, for example
// an issuer's blocklist): the protocol pays everyone else and credits the
// failed payee, who pulls the credit with WithdrawCredit on a role chain.
// Zero token means the stake token.
func (c *Client) Credits(ctx context.Context, token, account common.Address) (*big.Int, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if token == (common.Address{}) {
		token = c.addrs.Token
	}
	v, err := call(ctx, c, c.addrs.StakeManager, c.sm.PackCredits(token, account), c.sm.UnpackCredits)
	if err != nil {
		return nil, fmt.Errorf("escrow: read credits of %s in %s: %w", account.Hex(), token.Hex(), err)
	}
	return v, nil
}

// BuildWithdrawCredit returns the StakeManager withdrawCredit call that
// pays the sender everything credited to it in token.
func (c *Client) BuildWithdrawCredit(token common.Address) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildWithdrawCredit", c.addrs.StakeManager, func() string { return "withdrawCredit " + token.Hex() },
		func() ([]byte, error) { return c.sm.TryPackWithdrawCredit(token) })
}

// CreditWithdrawal is what WithdrawCredit did.
type CreditWithdrawal struct {
	// Token is the token paid out.
	Token common.Address
	// Amount is the credit paid to the sender.
	Amount *big.Int
	// Receipt is the withdrawCredit receipt.
	Receipt *types.Receipt
}

// withdrawCredit pulls the credit of s's account in token.
func (c *Client) withdrawCredit(ctx context.Context, s Sender, token common.Address) (*CreditWithdrawal, error) {
	if token == (common.Address{}) {
		token = c.addrs.Token
	}
	amount, err := c.Credits(ctx, token, s.Address())
	if err != nil {
		return nil, err
	}
	if amount.Sign() == 0 {
		return nil, &input.Error{Field: "token", Problem: fmt.Sprintf("nothing is credited to %s in token %s", s.Address().Hex(), token.Hex()),
			Fix: "only payments that failed are credited; read Client.Credits first"}
	}
	cand, err := c.BuildWithdrawCredit(token)
	if err != nil {
		return nil, err
	}
	rcpt, err := send(ctx, s, cand)
	if err != nil {
		return nil, err
	}
	for _, l := range rcpt.Logs {
		if l.Address != c.addrs.StakeManager {
			continue
		}
		if ev, err := c.sm.UnpackCreditWithdrawnEvent(l); err == nil && ev.User == s.Address() {
			amount = ev.Amount
			break
		}
	}
	return &CreditWithdrawal{Token: token, Amount: amount, Receipt: rcpt}, nil
}

// Stake describes an account's stake in one role.
type Stake struct {
	// Amount is the active stake; Locked the part locked by jobs.
	Amount, Locked *big.Int
	// LockedUntil is the end of a validator committee lock (zero if none).
	LockedUntil time.Time
	// ActiveJobs counts the agent's jobs in progress.
	ActiveJobs uint64
	// Pending is the amount waiting to be withdrawn, unlocked at UnlockAt.
	Pending  *big.Int
	UnlockAt time.Time
}

// StakeOf reads account's stake in role.
func (c *Client) StakeOf(ctx context.Context, account common.Address, role Role) (Stake, error) {
	if c == nil || c.backend == nil {
		return Stake{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	si, err := call(ctx, c, c.addrs.StakeManager, c.sm.PackStakeInfo(account, uint8(role)), c.sm.UnpackStakeInfo)
	if err != nil {
		return Stake{}, fmt.Errorf("escrow: read stake of %s: %w", account.Hex(), err)
	}
	pw, err := call(ctx, c, c.addrs.StakeManager, c.sm.PackPendingWithdrawal(account, uint8(role)), c.sm.UnpackPendingWithdrawal)
	if err != nil {
		return Stake{}, fmt.Errorf("escrow: read pending withdrawal of %s: %w", account.Hex(), err)
	}
	return Stake{Amount: si.Amount, Locked: si.Locked, LockedUntil: unixTime(si.LockedUntil), ActiveJobs: si.ActiveJobs.Uint64(),
		Pending: pw.Amount, UnlockAt: unixTime(pw.UnlockAt)}, nil
}

// Round is the validation round of a job.
type Round struct {
	// Status is the round's phase.
	Status RoundStatus
	// SelectionBlock is the target block R of the committee draw,
	// Params.SelectionDelay blocks after the submission's block S: the draw
	// is seeded by R's PREVRANDAO, proven by R's RLP header
	// (Client.HeaderRLP), and by the hash of S, and weighs the validators
	// by their stake at the end of block S-1, before the submission. The
	// draw can be sent once the head is past R; if S falls out of the
	// 256-block hash window first, the draw re-arms R SelectionDelay blocks
	// ahead of the re-arming block instead, once per round
	// (Validator.SelectValidators handles both); a second expiry stalls the
	// round for good.
	SelectionBlock uint64
	// CommitDeadline and RevealDeadline end the two voting phases.
	CommitDeadline, RevealDeadline time.Time
	// Commits, Reveals and Approvals count the votes so far.
	Commits, Reveals, Approvals uint64
	// Success and Quorum are the tally's outcome (Status RoundTallied).
	Success, Quorum bool
	// Nonce is the round number that goes into the commit hash.
	Nonce *big.Int
}

// RoundStatus is the phase of a validation round.
type RoundStatus uint8

// The round phases.
const (
	RoundNone    RoundStatus = iota // no result submitted
	RoundPending                    // waiting for the committee draw
	RoundVoting                     // committee drawn, commit/reveal running
	RoundTallied                    // votes counted
)

// String returns the phase's name.
func (s RoundStatus) String() string {
	switch s {
	case RoundNone:
		return "None"
	case RoundPending:
		return "Pending"
	case RoundVoting:
		return "Voting"
	case RoundTallied:
		return "Tallied"
	}
	return fmt.Sprintf("RoundStatus(%d)", uint8(s))
}

// Round reads the validation round of job id.
func (c *Client) Round(ctx context.Context, id *big.Int) (Round, error) {
	if c == nil || c.backend == nil {
		return Round{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return Round{}, err
	}
	r, err := call(ctx, c, c.addrs.ValidationModule, c.vm.PackRound(id), c.vm.UnpackRound)
	if err != nil {
		return Round{}, fmt.Errorf("escrow: read round of job %v: %w", id, err)
	}
	n, err := call(ctx, c, c.addrs.ValidationModule, c.vm.PackJobNonce(id), c.vm.UnpackJobNonce)
	if err != nil {
		return Round{}, fmt.Errorf("escrow: read nonce of job %v: %w", id, err)
	}
	return Round{
		Status: RoundStatus(r.Status), SelectionBlock: r.SelectionBlock.Uint64(),
		CommitDeadline: unixTime(r.CommitDeadline.Uint64()), RevealDeadline: unixTime(r.RevealDeadline.Uint64()),
		Commits: r.Commits.Uint64(), Reveals: r.Reveals.Uint64(), Approvals: r.Approvals.Uint64(),
		Success: r.Success, Quorum: r.Quorum, Nonce: n,
	}, nil
}

// Committee returns the committee of job id, empty before selection.
func (c *Client) Committee(ctx context.Context, id *big.Int) ([]common.Address, error) {
	if c == nil || c.backend == nil {
		return nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return nil, err
	}
	v, err := call(ctx, c, c.addrs.ValidationModule, c.vm.PackValidators(id), c.vm.UnpackValidators)
	if err != nil {
		return nil, fmt.Errorf("escrow: read committee of job %v: %w", id, err)
	}
	return v, nil
}

// headTime returns the timestamp of the head block, the "now" of the chain.
func (c *Client) headTime(ctx context.Context) (time.Time, uint64, error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, 0, fmt.Errorf("escrow: read head block: %w", err)
	}
	return time.Unix(int64(h.Time), 0).UTC(), h.Number.Uint64(), nil
}

// nextBlockTime returns the head block's time and the earliest time the
// next block can carry: the pending block's time where the node reports
// one (anvil's follows the wall clock while the head may be minutes old),
// and never before the head's time plus a second. A node that serves no
// pending block is not an error: the head's time plus a second stands.
func (c *Client) nextBlockTime(ctx context.Context) (head, next time.Time, err error) {
	h, err := c.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return time.Time{}, time.Time{}, fmt.Errorf("escrow: read head block: %w", err)
	}
	n := h.Time + 1
	if p, err := c.backend.HeaderByNumber(ctx, big.NewInt(int64(rpc.PendingBlockNumber))); err == nil && p != nil && p.Time > n {
		n = p.Time
	}
	return time.Unix(int64(h.Time), 0).UTC(), time.Unix(int64(n), 0).UTC(), nil
}

// send sends c through s and wraps reverts with the action's hint.
func send(ctx context.Context, s Sender, cand chain.TxCandidate) (*types.Receipt, error) {
	r, err := s.Send(ctx, cand)
	if err != nil {
		return r, wrap(cand.Label, err)
	}
	return r, nil
}
