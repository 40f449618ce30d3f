package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// CreateJobCall is the createJob (or createJobWithToken) call that
// BuildCreateJob packs.
type CreateJobCall struct {
	// Token is the escrow token; zero means the default token (createJob).
	Token common.Address
	// Reward is the reward in the token's smallest unit.
	Reward *big.Int
	// Deadline is when the result is due.
	Deadline time.Time
	// SpecHash is keccak256 of the canonical spec; URI is where it lives.
	SpecHash common.Hash
	URI      string
}

// BuildApprove returns the ERC-20 approve of amount of token to the
// StakeManager, which pulls escrow and stakes. A zero amount revokes the
// approval.
func (c *Client) BuildApprove(token common.Address, amount *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildApprove", token, func() string { return "approve StakeManager" },
		func() ([]byte, error) { return c.tok.TryPackApprove(c.addrs.StakeManager, amount) },
		uintArg("amount", amount, false, fixAmount))
}

// BuildCreateJob returns the createJob call, or createJobWithToken when
// call.Token is set. The employer must have approved the StakeManager for
// reward plus fee. PostJob checks the reward and deadline against the
// token's and the registry's limits; this checks only what the call can
// carry.
func (c *Client) BuildCreateJob(call CreateJobCall) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	var deadline *input.Error
	if call.Deadline.Unix() <= 0 || call.Deadline.Unix() > maxDeadline {
		deadline = input.New("call.Deadline", fmt.Sprintf("%s is unset or outside what the JobRegistry stores", call.Deadline.UTC().Format(time.RFC3339)), "set the time the result is due")
	}
	dl := uint64(max(call.Deadline.Unix(), 0))
	reward := uintArg("call.Reward", call.Reward, true, "pass the reward in the token's smallest unit")
	if call.Token == (common.Address{}) {
		return build("BuildCreateJob", c.addrs.JobRegistry, func() string { return "createJob" },
			func() ([]byte, error) { return c.jr.TryPackCreateJob(call.Reward, dl, call.SpecHash, call.URI) }, reward, deadline)
	}
	return build("BuildCreateJob", c.addrs.JobRegistry, func() string { return "createJobWithToken" },
		func() ([]byte, error) {
			return c.jr.TryPackCreateJobWithToken(call.Token, call.Reward, dl, call.SpecHash, call.URI)
		}, reward, deadline)
}

// BuildCancel returns the cancelJob call of job id (employer, state Created).
func (c *Client) BuildCancel(id *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildCancel", "cancelJob", id, func() ([]byte, error) { return c.jr.TryPackCancelJob(id) })
}

// BuildFinalize returns the JobRegistry finalize call that pays out a
// Completed job.
func (c *Client) BuildFinalize(id *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildFinalize", "finalize", id, func() ([]byte, error) { return c.jr.TryPackFinalize(id) })
}

// BuildDispute returns the dispute call of job id with the keccak256 hash
// of the evidence and a short reason.
func (c *Client) BuildDispute(id *big.Int, evidenceHash common.Hash, reason string) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildDispute", "dispute", id, func() ([]byte, error) { return c.jr.TryPackDispute(id, evidenceHash, reason) })
}

// BuildClaimTimeout returns the claimTimeout call of job id (employer,
// state Applied, after the deadline plus the grace period).
func (c *Client) BuildClaimTimeout(id *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildClaimTimeout", "claimTimeout", id, func() ([]byte, error) { return c.jr.TryPackClaimTimeout(id) })
}

// Employer posts and settles jobs for one account. Make one with
// Client.Employer. It is safe for concurrent use, but two PostJob calls
// for the same spec at once may both create a job.
type Employer struct {
	c *Client
	s Sender
}

// Employer returns the employer client of the account that s signs for.
// With a nil s (or on a nil Client) every method of the Employer returns
// an *input.Error.
func (c *Client) Employer(s Sender) *Employer { return &Employer{c: c, s: s} }

// Address returns the employer's account.
func (e *Employer) Address() common.Address {
	if e == nil || e.c == nil || e.s == nil {
		return common.Address{}
	}
	return e.s.Address()
}

// PostJobParams are the inputs of PostJob.
type PostJobParams struct {
	// Spec is the job's description. Its Reward, Token, Deadline and
	// Version fields may be left empty: PostJob fills them from the
	// parameters below; when set they must agree with them.
	Spec *storage.JobSpec
	// Reward is the reward in the token's smallest unit. It must lie
	// within the token's reward limits (Client.TokenConfig: by default at
	// least one whole token). The fee (Params.FeePct of it) is charged on
	// top. The job's agent stake follows from it (Client.JobStakeFor).
	Reward *big.Int
	// Deadline is when the result is due: at least DeadlineMargin after
	// the next block's time and within the job duration limit. Take the
	// time from the chain (the head block), not the wall clock: a dev
	// chain's clock may be far ahead of it.
	Deadline time.Time
	// Token is the escrow token; zero means the default token (AGIALPHA).
	// It must be on the allowlist (see Client.ChooseToken).
	Token common.Address
	// AllowDuplicate skips the search for a job this employer already
	// created with the same spec (Config.DuplicateWindow), so that the
	// same spec may be posted twice on purpose.
	AllowDuplicate bool
}

// DeadlineMargin is how much later than the next block's time PostJob
// requires a deadline to be. createJob is mined some blocks after the
// check (an approve may go first, a busy node may hold the transaction), and
// a deadline passed by then makes it revert after the approve was paid
// for.
const DeadlineMargin = 5 * time.Minute

// PostJobResult is what PostJob did.
type PostJobResult struct {
	// JobID is the id read from the JobCreated event.
	JobID *big.Int
	// Spec is the spec as stored (with the filled-in fields).
	Spec storage.JobSpec
	// SpecHash and URI are what createJob recorded.
	SpecHash common.Hash
	URI      string
	// Fee is the fee escrowed on top of the reward.
	Fee *big.Int
	// Stake is the agent stake the job locks at application, fixed at
	// creation (the JobCreated event's stake).
	Stake *big.Int
	// Approve is the receipt of the approve transaction, nil when the
	// allowance was already sufficient. Create is the receipt of createJob,
	// nil when Existing.
	Approve, Create *types.Receipt
	// Existing is true when an earlier attempt had already created the
	// job: PostJob found its JobCreated event and sent nothing.
	Existing bool
}

// PostJob validates the inputs and the spec, stores the spec, approves the
// StakeManager for exactly reward plus fee if the allowance is short,
// creates the job and returns the id read from the JobCreated event of the
// creating transaction.
//
// Everything that can make createJob revert is checked before anything
// is stored or sent, so that no approve is paid for a job that cannot be
// created. A paused JobRegistry or frozen escrow is an *UnavailableError
// (errors.Is(err, ErrPaused), errors.Is(err, ErrEscrowFrozen)), returned
// alone since no input can fix it. The inputs come next: the reward
// against the token's floor and ceiling (Client.TokenConfig) and the
// employer's balance of reward plus fee, the token against the allowlist,
// the deadline against the time of the next block (the pending block's,
// which on a node that mines on demand can be well after the head's) plus
// DeadlineMargin and against the duration limit, and the spec; the
// problems come back together as input.Errors (errors.As finds each
// *input.Error). Whether some agent has the stake the job will lock is
// the agents' concern, checked when one applies.
//
// The approve is sent only when the allowance is short of reward plus fee.
// If createJob still fails after it (the protocol was paused in between,
// a node error), the allowance stays, and a retry of PostJob uses it
// instead of approving again.
//
// PostJob is safe to retry when the fate of an earlier attempt is unknown
// (a timeout, a crash): unless AllowDuplicate is set, it first waits until
// the employer has no transaction in flight (pending nonce equals the mined
// nonce; at most 5 minutes, then a *wait.TimeoutError, since a transaction
// stuck that long needs a fee bump, not a second job), then looks for a
// job this employer created with the same spec hash within
// Config.DuplicateWindow of chain time (24 hours by default) before the
// head, and returns that job (Existing) instead of creating a second one.
// The window is chain time, not blocks: mining blocks does not move a job
// out of it. Cancelled jobs are not reused.
//
// Cost before anything is sent (TestReadCosts counts it): 20 eth_calls
// (the protocol parameters, the pause flag, the token's allowlist entry,
// configuration, balance and allowance), 2 nonce reads, 4 + log2(head)
// header reads (the head's and the pending block's time, and
// chain.BlockAtTime's binary search for the window's first block), the
// window's eth_getLogs in chunks that start at 8 blocks and double (about
// log2(blocks in the window / 8)), and one JSON-RPC batch per 100 jobs the
// employer created in the window. A new job on the embedded fixture: 38
// requests.
func (e *Employer) PostJob(ctx context.Context, p PostJobParams) (*PostJobResult, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	c := e.c
	if c.store == nil {
		return nil, ErrNoStore
	}
	spec, prm, err := e.checkPost(ctx, &p)
	if err != nil {
		return nil, err
	}
	pub, err := storage.PublishJobSpec(ctx, c.store, spec)
	if err != nil {
		return nil, fmt.Errorf("escrow: store the job spec: %w", err)
	}
	res := &PostJobResult{Spec: *spec, SpecHash: pub.Hash, URI: pub.URI, Fee: Fee(p.Reward, prm.FeePct)}
	if !p.AllowDuplicate {
		j, err := e.findPosted(ctx, pub.Hash)
		if err != nil {
			return nil, err
		}
		if j != nil {
			res.JobID, res.Existing, res.Stake = j.ID, true, j.Stake
			c.log.Info("escrow: job already posted; not creating it again", "job", j.ID, "specHash", pub.Hash)
			return res, nil
		}
	}
	token := p.Token
	if token == (common.Address{}) {
		token = prm.DefaultToken
	}
	total := new(big.Int).Add(p.Reward, res.Fee)
	allowance, err := call(ctx, c, token, c.tok.PackAllowance(e.Address(), c.addrs.StakeManager), c.tok.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("escrow: read allowance: %w", err)
	}
	if allowance.Cmp(total) < 0 {
		approve, err := c.BuildApprove(token, total)
		if err != nil {
			return res, err
		}
		if res.Approve, err = send(ctx, e.s, approve); err != nil {
			return res, err
		}
	}
	callToken := p.Token
	if callToken == prm.DefaultToken {
		callToken = common.Address{}
	}
	cand, err := c.BuildCreateJob(CreateJobCall{Token: callToken, Reward: p.Reward, Deadline: p.Deadline, SpecHash: pub.Hash, URI: pub.URI})
	if err != nil {
		return res, err
	}
	if res.Create, err = send(ctx, e.s, cand); err != nil {
		return res, err
	}
	for _, l := range res.Create.Logs {
		if l.Address != c.addrs.JobRegistry {
			continue
		}
		if ev, err := c.jr.UnpackJobCreatedEvent(l); err == nil {
			res.JobID, res.Stake = ev.JobId, ev.Stake
			return res, nil
		}
	}
	return res, fmt.Errorf("escrow: createJob receipt %s holds no JobCreated event", res.Create.TxHash.Hex())
}

// checkPost validates p and returns the completed spec.
func (e *Employer) checkPost(ctx context.Context, p *PostJobParams) (*storage.JobSpec, Params, error) {
	c := e.c
	prm, err := c.Params(ctx)
	if err != nil {
		return nil, Params{}, err
	}
	// What the caller cannot fix comes first and alone: createJob reverts
	// on a paused registry or frozen escrow whatever the inputs.
	paused, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackPaused(), c.jr.UnpackPaused)
	if err != nil {
		return nil, prm, fmt.Errorf("escrow: read whether the JobRegistry is paused: %w", err)
	}
	switch {
	case paused:
		return nil, prm, &UnavailableError{Action: "PostJob", Module: "JobRegistry", Address: c.addrs.JobRegistry, Reason: ErrPaused}
	case !prm.EscrowEnabled:
		return nil, prm, &UnavailableError{Action: "PostJob", Module: "JobRegistry", Address: c.addrs.JobRegistry, Reason: ErrEscrowFrozen}
	}
	head, next, err := c.nextBlockTime(ctx)
	if err != nil {
		return nil, prm, err
	}
	var es input.Errors
	add := func(field, problem, fix string) {
		es = append(es, &input.Error{Field: field, Problem: problem, Fix: fix})
	}
	rewardOK := false
	switch {
	case p.Reward == nil || p.Reward.Sign() == 0:
		add("Reward", "is zero", "set a positive reward in the token's smallest unit (deploy.Ether(100) is 100 tokens)")
	case p.Reward.Sign() < 0:
		add("Reward", fmt.Sprintf("%v is negative", p.Reward), "set a positive reward")
	default:
		rewardOK = true
	}
	// createJob is mined after the check, in a block at least as late as
	// the next one: the deadline must clear that block's time by
	// DeadlineMargin, and the duration limit counts from the head, the
	// earliest time the limit can start from.
	earliest, latest := next.Add(DeadlineMargin), head.Add(prm.JobDurationLimit)
	switch {
	case p.Deadline.IsZero():
		add("Deadline", "is not set", "set a time after the chain's current time, e.g. time.Now().Add(24*time.Hour)")
	case p.Deadline.Before(earliest):
		add("Deadline", fmt.Sprintf("%s is not at least %s after the time of the next block, %s", p.Deadline.UTC().Format(time.RFC3339), DeadlineMargin, next.Format(time.RFC3339)),
			fmt.Sprintf("set a deadline from %s on; read the chain's time with the head block, not the wall clock", earliest.Format(time.RFC3339)))
	case p.Deadline.After(latest):
		add("Deadline", fmt.Sprintf("%s is beyond the job duration limit (%s, latest %s)", p.Deadline.UTC().Format(time.RFC3339), prm.JobDurationLimit, latest.Format(time.RFC3339)), "set an earlier deadline")
	case p.Deadline.Unix() > maxDeadline:
		add("Deadline", fmt.Sprintf("%s is beyond the latest deadline the JobRegistry stores (%s)", p.Deadline.UTC().Format(time.RFC3339), time.Unix(maxDeadline, 0).UTC().Format(time.RFC3339)), "set an earlier deadline")
	}
	token := p.Token
	if token == (common.Address{}) {
		token = prm.DefaultToken
	}
	ok, err := c.TokenAllowed(ctx, token)
	if err != nil {
		return nil, prm, err
	}
	if !ok {
		add("Token", fmt.Sprintf("%s is not on the escrow token allowlist", token.Hex()), "leave Token zero for the default token, pick one with Client.ChooseToken, or ask governance to allow it")
	} else if rewardOK {
		tc, err := c.TokenConfig(ctx, token)
		if err != nil {
			return nil, prm, err
		}
		switch {
		case p.Reward.Cmp(tc.MinReward) < 0:
			add("Reward", fmt.Sprintf("%s is below the token's minimum reward of %s (%v in the smallest unit)",
				inTokens(p.Reward, tc.Decimals), inTokens(tc.MinReward, tc.Decimals), tc.MinReward),
				fmt.Sprintf("raise the reward to at least %s, or ask governance to lower the floor with setTokenConfig", inTokens(tc.MinReward, tc.Decimals)))
		case p.Reward.Cmp(tc.MaxReward) > 0:
			add("Reward", fmt.Sprintf("%s is above the token's maximum reward of %s (%v in the smallest unit)",
				inTokens(p.Reward, tc.Decimals), inTokens(tc.MaxReward, tc.Decimals), tc.MaxReward),
				fmt.Sprintf("lower the reward to at most %s, or ask governance to raise the ceiling with setTokenConfig", inTokens(tc.MaxReward, tc.Decimals)))
		}
		total := new(big.Int).Add(p.Reward, Fee(p.Reward, prm.FeePct))
		bal, err := c.Balance(ctx, token, e.Address())
		if err != nil {
			return nil, prm, err
		}
		if bal.Cmp(total) < 0 {
			add("Reward", fmt.Sprintf("the employer %s holds %s of the token but reward plus fee is %s", e.Address().Hex(), inTokens(bal, tc.Decimals), inTokens(total, tc.Decimals)), "fund the employer account or lower the reward")
		}
	}
	if p.Spec == nil {
		add("Spec", "is nil", "describe the job in a storage.JobSpec")
		return nil, prm, es
	}
	spec := *p.Spec
	if spec.Version == 0 {
		spec.Version = storage.DocumentVersion
	}
	if rewardOK {
		switch {
		case spec.Reward == "":
			spec.Reward = p.Reward.String()
		case spec.Reward != p.Reward.String():
			add("Spec.reward", fmt.Sprintf("%q differs from Reward %v", spec.Reward, p.Reward), "leave it empty or make both equal")
		}
	}
	switch {
	case spec.Token == (common.Address{}):
		spec.Token = token
	case spec.Token != token:
		add("Spec.token", fmt.Sprintf("%s differs from the escrow token %s", spec.Token.Hex(), token.Hex()), "leave it empty or make both equal")
	}
	if !p.Deadline.IsZero() {
		switch {
		case spec.Deadline == 0:
			spec.Deadline = p.Deadline.Unix()
		case spec.Deadline != p.Deadline.Unix():
			add("Spec.deadline", fmt.Sprintf("%d differs from Deadline %d", spec.Deadline, p.Deadline.Unix()), "leave it zero or make both equal")
		}
	}
	if err := spec.Validate(); err != nil {
		var sub input.Errors
		if errors.As(specErrors("Spec", err), &sub) {
			// A spec field filled from a bad parameter is reported once,
			// on the parameter.
			reported := map[string]bool{}
			for _, e := range es {
				reported["Spec."+strings.ToLower(e.Field)] = true
			}
			for _, e := range sub {
				if !reported[e.Field] {
					es = append(es, e)
				}
			}
		} else {
			return nil, prm, err
		}
	}
	if len(es) > 0 {
		return nil, prm, es
	}
	return &spec, prm, nil
}

// findPosted waits until the employer has nothing in flight and returns
// the newest non-cancelled job it created with specHash within the
// Client's duplicate window of chain time, or nil.
func (e *Employer) findPosted(ctx context.Context, specHash common.Hash) (*Job, error) {
	c := e.c
	if err := c.waitNoneInFlight(ctx, e.Address()); err != nil {
		return nil, err
	}
	now, head, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	from, err := chain.BlockAtTime(ctx, c.backend, now.Add(-c.dupWin))
	if err != nil {
		return nil, fmt.Errorf("escrow: find the start of the duplicate window: %w", err)
	}
	var found *Job
	for j, err := range c.Jobs(ctx, JobQuery{Employer: e.Address(), FromBlock: from, ToBlock: head}) {
		if err != nil {
			return nil, err
		}
		if j.SpecHash == specHash && j.State != StateCancelled {
			found = &j
		}
	}
	return found, nil
}

// Cancel cancels a job nobody applied for and refunds the escrow. Only the
// employer may, in state Created; both are checked before sending.
func (e *Employer) Cancel(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	if _, err := e.own(ctx, id, "Cancel", StateCreated); err != nil {
		return nil, err
	}
	cand, err := e.c.BuildCancel(id)
	if err != nil {
		return nil, err
	}
	return send(ctx, e.s, cand)
}

// Finalize pays out a Completed job: the agent (on success) or the
// employer (on failure), the validators who voted with the tally, and the
// fee pool.
func (e *Employer) Finalize(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	if _, err := e.own(ctx, id, "Finalize", StateCompleted); err != nil {
		return nil, err
	}
	cand, err := e.c.BuildFinalize(id)
	if err != nil {
		return nil, err
	}
	return send(ctx, e.s, cand)
}

// FinalizeResult is what WaitAndFinalize found and did.
type FinalizeResult struct {
	// Job is the job as last read: Finalized once paid out, with Success
	// telling whether the agent was paid or the employer refunded.
	Job Job
	// Receipt is the finalize receipt; nil when someone else had already
	// finalized the job (the owner, or anyone once the grace period after
	// completion passed).
	Receipt *types.Receipt
}

// WaitAndFinalize is the employer's last step after PostJob: it waits
// until the validators have decided job id and pays the job out, so that
// posting a job and seeing it through takes two calls.
//
// It waits like WaitForState, backing off as Config.Wait says, for at
// most maxWait (which must be positive), and then:
//   - Completed: it sends finalize (Finalize) and returns the Finalized
//     job with the receipt.
//   - Finalized already: it returns the job with a nil Receipt.
//   - Disputed (the validators rejected the result, or a party
//     disputed): it returns the job and an error matching ErrJobDisputed,
//     since the moderators decide how a disputed job is paid.
//   - Cancelled: it returns the job and a *JobEndedError (ErrJobEnded).
//   - maxWait elapsed: it returns the last job read and a
//     *wait.TimeoutError (wait.ErrTimeout). A job still Applied after its
//     deadline plus the grace period is one whose agent gave up: take the
//     escrow back with ClaimTimeout.
//
// Only the job's employer may call it; another account, or an id that is
// not positive, is an *input.Error before any wait. A job that does not
// exist yet is waited for.
func (e *Employer) WaitAndFinalize(ctx context.Context, id *big.Int, maxWait time.Duration) (*FinalizeResult, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return nil, err
	}
	if err := jobIDArg("id", id); err != nil {
		return nil, err
	}
	if maxWait <= 0 {
		return nil, input.New("maxWait", fmt.Sprintf("%v is not positive", maxWait), "pass how long to wait at most, e.g. 10*time.Minute")
	}
	j, err := e.c.Job(ctx, id)
	switch {
	case errors.Is(err, ErrJobNotFound):
	case err != nil:
		return nil, err
	case j.Employer != e.Address():
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is not the employer of job %v (%s)", e.Address().Hex(), id, j.Employer.Hex()),
			Fix: "wait and finalize from the employer's account, or wait with Client.WaitForState"}
	}
	deadline := time.Now().Add(maxWait)
	for {
		j, err = e.c.WaitForState(ctx, id, max(time.Until(deadline), time.Millisecond), StateCompleted, StateDisputed, StateFinalized)
		res := &FinalizeResult{Job: j}
		if err != nil {
			return res, err
		}
		switch j.State {
		case StateFinalized:
			return res, nil
		case StateDisputed:
			return res, fmt.Errorf("escrow: job %v was disputed; the moderators resolve it (DisputeModule.resolve), then wait for StateFinalized with Client.WaitForState: %w", id, ErrJobDisputed)
		}
		rcpt, err := e.Finalize(ctx, id)
		if err != nil {
			now, rerr := e.c.Job(ctx, id)
			switch {
			case rerr != nil:
				return res, err
			case now.State == StateFinalized:
				// Someone else finalized it since the read: it is paid
				// out all the same.
				res.Job = now
				return res, nil
			case now.State < StateCompleted && time.Now().Before(deadline):
				// A node behind a load balancer answered from a backend
				// that has not seen the tally yet: wait again.
				continue
			}
			return res, err
		}
		res.Receipt = rcpt
		if res.Job, err = e.c.Job(ctx, id); err != nil {
			return res, err
		}
		return res, nil
	}
}

// ClaimTimeout takes back a job whose agent missed the deadline: the
// escrow returns to the employer with the agent's slashed job stake. It is
// allowed in state Applied once the deadline plus the grace period passed.
func (e *Employer) ClaimTimeout(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	j, err := e.own(ctx, id, "ClaimTimeout", StateApplied)
	if err != nil {
		return nil, err
	}
	prm, err := e.c.Params(ctx)
	if err != nil {
		return nil, err
	}
	now, _, err := e.c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if due := j.Deadline.Add(prm.GracePeriod); !now.After(due) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v can be timed out after %s (deadline plus grace period), the chain's time is %s", id, due.Format(time.RFC3339), now.Format(time.RFC3339)), Fix: "wait"}
	}
	cand, err := e.c.BuildClaimTimeout(id)
	if err != nil {
		return nil, err
	}
	return send(ctx, e.s, cand)
}

// DisputeParams are the inputs of Dispute.
type DisputeParams struct {
	// JobID is the job.
	JobID *big.Int
	// Evidence is keccak256 of the evidence document (e.g. a
	// storage.Published hash); may be zero.
	Evidence common.Hash
	// Reason is a short explanation for the moderators.
	Reason string
}

// Dispute raises a dispute on job id for the moderators to resolve: a
// Completed job, a job the validators rejected (Disputed), or a Submitted
// job whose validation stalled. A job can be disputed once.
//
// A running validation is never cut short: a Submitted job can be disputed
// only when its committee was still not drawn after the deadline plus the
// grace period (or can never be drawn, its selection block having expired
// twice), or its votes were still not tallied after the reveal deadline
// plus the grace period (the dispute then tallies them). Dispute checks
// this before sending (Client.DisputableAt) and otherwise returns an
// *input.Error saying from when the job can be disputed; wait for the tally
// (WaitForState) instead.
func (e *Employer) Dispute(ctx context.Context, p DisputeParams) (*types.Receipt, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	if err := jobIDArg("JobID", p.JobID); err != nil {
		return nil, err
	}
	j, err := e.own(ctx, p.JobID, "Dispute", StateSubmitted, StateCompleted, StateDisputed)
	if err != nil {
		return nil, err
	}
	return e.c.dispute(ctx, e.s, j, p)
}

// dispute checks that a Submitted job's validation stalled, then sends
// the dispute.
func (c *Client) dispute(ctx context.Context, s Sender, j Job, p DisputeParams) (*types.Receipt, error) {
	if j.State == StateSubmitted {
		at, stage, err := c.DisputableAt(ctx, j)
		if err != nil {
			return nil, err
		}
		now, _, err := c.headTime(ctx)
		if err != nil {
			return nil, err
		}
		if now.Before(at) {
			return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v is under validation (%s); it can be disputed only if validation stalls, from %s on (the chain's time is %s)",
				j.ID, stage, at.Format(time.RFC3339), now.Format(time.RFC3339)),
				Fix: "wait for the tally with WaitForState(StateCompleted, StateDisputed), and dispute its outcome if needed"}
		}
	}
	cand, err := c.BuildDispute(p.JobID, p.Evidence, p.Reason)
	if err != nil {
		return nil, err
	}
	return send(ctx, s, cand)
}

// DisputableAt returns from when Submitted job j can be disputed, and a
// description of the validation stage it waits on. The JobRegistry
// decides: a round still awaiting its committee draw stalls after the
// deadline plus the grace period, or at once when its selection block
// expired with no re-arm left (SelectionExpired); a vote stalls when it is
// not tallied by the reveal deadline plus the grace period. DisputableAt
// asks the contract itself, by simulating the employer's dispute with
// eth_call: a validation still running answers ValidationPending with the
// time, and a stalled one is disputable now (the head block's time is
// returned). Other reverts, such as a paused registry, are returned as
// errors.
func (c *Client) DisputableAt(ctx context.Context, j Job) (time.Time, string, error) {
	if c == nil || c.backend == nil {
		return time.Time{}, "", input.Unbuilt("escrow.Client", "escrow.New")
	}
	if j.State != StateSubmitted {
		return time.Time{}, "", &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v is %s, not Submitted", j.ID, j.State), Fix: "only a Submitted job waits on its validation"}
	}
	r, err := c.Round(ctx, j.ID)
	if err != nil {
		return time.Time{}, "", err
	}
	stage := fmt.Sprintf("validation round %s", r.Status)
	switch r.Status {
	case RoundPending:
		stage = fmt.Sprintf("the committee is not drawn yet (selection block %d)", r.SelectionBlock)
	case RoundVoting:
		stage = fmt.Sprintf("voting until %s", r.RevealDeadline.Format(time.RFC3339))
	}
	jr := c.addrs.JobRegistry
	_, err = chain.Call(ctx, c.backend, ethereum.CallMsg{From: j.Employer, To: &jr, Data: c.jr.PackDispute(j.ID, common.Hash{}, "")}, nil)
	if err == nil {
		now, _, err := c.headTime(ctx)
		if err != nil {
			return time.Time{}, "", err
		}
		return now, stage + "; stalled", nil
	}
	var vp *reverts.ValidationPendingError
	if errors.As(err, &vp) && vp.DisputableAt.IsInt64() {
		return time.Unix(vp.DisputableAt.Int64(), 0).UTC(), stage, nil
	}
	return time.Time{}, "", fmt.Errorf("escrow: simulate the dispute of job %v: %w", j.ID, err)
}

// WithdrawCredit pays the employer what the StakeManager credited to it in
// token (zero means the stake token) because a payment to it failed, such
// as a refund the token refused; see Client.Credits. It fails with an
// *input.Error when nothing is credited. The credit is paid to the
// employer's own account, so a token that still refuses transfers to it
// makes the call revert and the credit stays.
func (e *Employer) WithdrawCredit(ctx context.Context, token common.Address) (*CreditWithdrawal, error) {
	if e == nil || e.c == nil || e.s == nil {
		return nil, input.Unbuilt("escrow.Employer", "escrow.Client.Employer with a non-nil Sender")
	}
	return e.c.withdrawCredit(ctx, e.s, token)
}

// own checks that the sender is the job's employer and that the job is in
// one of states.
func (e *Employer) own(ctx context.Context, id *big.Int, action string, states ...State) (Job, error) {
	if id == nil || id.Sign() <= 0 {
		return Job{}, &input.Error{Field: "JobID", Problem: "is not a positive job id", Fix: "take the id from PostJob or the JobCreated event"}
	}
	j, err := e.c.Job(ctx, id)
	if err != nil {
		return Job{}, err
	}
	if j.Employer != e.Address() {
		return j, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is not the employer of job %v (%s)", e.Address().Hex(), id, j.Employer.Hex()),
			Fix: action + " from the employer's account"}
	}
	return j, checkState(j, action, states...)
}

func checkState(j Job, action string, states ...State) error {
	for _, s := range states {
		if j.State == s {
			return nil
		}
	}
	return &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v is %s; %s needs %v", j.ID, j.State, action, states),
		Fix: "wait for the right state with Client.WaitForState"}
}
