package escrow

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/identity"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/storage"
)

// BuildDepositStake returns the depositStake call of amount in role. The
// staker must have approved the StakeManager for amount of the stake token.
func (c *Client) BuildDepositStake(role Role, amount *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildDepositStake", c.addrs.StakeManager, func() string { return "depositStake " + role.String() },
		func() ([]byte, error) { return c.sm.TryPackDepositStake(uint8(role), amount) },
		roleArg(role), uintArg("amount", amount, true, fixAmount))
}

// BuildRequestWithdraw returns the requestWithdraw call that starts
// unbonding amount of role stake.
func (c *Client) BuildRequestWithdraw(role Role, amount *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildRequestWithdraw", c.addrs.StakeManager, func() string { return "requestWithdraw " + role.String() },
		func() ([]byte, error) { return c.sm.TryPackRequestWithdraw(uint8(role), amount) },
		roleArg(role), uintArg("amount", amount, true, fixAmount))
}

// BuildFinalizeWithdraw returns the finalizeWithdraw call that pays out an
// unbonded withdrawal.
func (c *Client) BuildFinalizeWithdraw(role Role) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildFinalizeWithdraw", c.addrs.StakeManager, func() string { return "finalizeWithdraw " + role.String() },
		func() ([]byte, error) { return c.sm.TryPackFinalizeWithdraw(uint8(role)) }, roleArg(role))
}

// BuildApply returns the applyForJob call of job id with the agent's
// identity label (subdomain) and Merkle proof (nil when allowlisted or
// attested).
func (c *Client) BuildApply(id *big.Int, subdomain string, proof []common.Hash) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildApply", "applyForJob", id, func() ([]byte, error) { return c.jr.TryPackApplyForJob(id, subdomain, words(proof)) })
}

// BuildSubmit returns the submit call of job id's result.
func (c *Client) BuildSubmit(id *big.Int, resultHash common.Hash, resultURI, subdomain string, proof []common.Hash) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return c.jrCall("BuildSubmit", "submit", id, func() ([]byte, error) {
		return c.jr.TryPackSubmit(id, resultHash, resultURI, subdomain, words(proof))
	})
}

// roleArg checks a staking role.
func roleArg(r Role) *input.Error {
	if r > RolePlatform {
		return input.New("role", fmt.Sprintf("%s is not a staking role", r), "pass RoleAgent, RoleValidator or RolePlatform")
	}
	return nil
}

func words(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// Identity is how an agent or validator proves the right to act: its label
// under agent.agi.eth / club.agi.eth and, for a Merkle membership, the
// proof (the identity package builds both). Allowlisted and attested
// accounts pass an empty proof.
type Identity struct {
	// Subdomain is the label, e.g. "alice".
	Subdomain string
	// Proof is the Merkle proof of (address, label), or nil.
	Proof []common.Hash
}

// StakeResult holds the receipts of a stake deposit.
type StakeResult struct {
	// Approve is nil when the allowance already covered the amount.
	Approve *types.Receipt
	// Deposit is the depositStake receipt.
	Deposit *types.Receipt
}

func (c *Client) stake(ctx context.Context, s Sender, role Role, amount *big.Int) (*StakeResult, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, &input.Error{Field: "amount", Problem: "is not positive", Fix: "stake a positive amount of AGIALPHA"}
	}
	bal, err := c.Balance(ctx, c.addrs.Token, s.Address())
	if err != nil {
		return nil, err
	}
	if bal.Cmp(amount) < 0 {
		return nil, &input.Error{Field: "amount", Problem: fmt.Sprintf("%v exceeds the account's balance %v", amount, bal), Fix: "fund the account with AGIALPHA or stake less"}
	}
	res := &StakeResult{}
	allowance, err := call(ctx, c, c.addrs.Token, c.tok.PackAllowance(s.Address(), c.addrs.StakeManager), c.tok.UnpackAllowance)
	if err != nil {
		return nil, fmt.Errorf("escrow: read allowance: %w", err)
	}
	if allowance.Cmp(amount) < 0 {
		approve, err := c.BuildApprove(c.addrs.Token, amount)
		if err != nil {
			return res, err
		}
		if res.Approve, err = send(ctx, s, approve); err != nil {
			return res, err
		}
	}
	deposit, err := c.BuildDepositStake(role, amount)
	if err != nil {
		return res, err
	}
	res.Deposit, err = send(ctx, s, deposit)
	return res, err
}

// ensureStake tops the stake of role up to at least target.
func (c *Client) ensureStake(ctx context.Context, s Sender, role Role, target *big.Int) (*StakeResult, error) {
	st, err := c.StakeOf(ctx, s.Address(), role)
	if err != nil {
		return nil, err
	}
	if st.Amount.Cmp(target) >= 0 {
		return nil, nil
	}
	return c.stake(ctx, s, role, new(big.Int).Sub(target, st.Amount))
}

func (c *Client) requestWithdraw(ctx context.Context, s Sender, role Role, amount *big.Int) (*types.Receipt, error) {
	if amount == nil || amount.Sign() <= 0 {
		return nil, &input.Error{Field: "amount", Problem: "is not positive", Fix: "request a positive amount"}
	}
	st, err := c.StakeOf(ctx, s.Address(), role)
	if err != nil {
		return nil, err
	}
	if free := new(big.Int).Sub(st.Amount, st.Locked); free.Cmp(amount) < 0 {
		return nil, &input.Error{Field: "amount", Problem: fmt.Sprintf("%v exceeds the unlocked %s stake %v", amount, role, free), Fix: "request at most the unlocked stake; job stakes unlock when the job ends"}
	}
	cand, err := c.BuildRequestWithdraw(role, amount)
	if err != nil {
		return nil, err
	}
	return send(ctx, s, cand)
}

func (c *Client) finalizeWithdraw(ctx context.Context, s Sender, role Role) (*types.Receipt, error) {
	st, err := c.StakeOf(ctx, s.Address(), role)
	if err != nil {
		return nil, err
	}
	if st.Pending.Sign() == 0 {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s has no pending %s withdrawal", s.Address().Hex(), role), Fix: "call RequestWithdraw first"}
	}
	now, _, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if now.Before(st.UnlockAt) {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("the withdrawal unlocks at %s, the chain's time is %s", st.UnlockAt.Format(time.RFC3339), now.Format(time.RFC3339)), Fix: "wait for the unbonding period"}
	}
	cand, err := c.BuildFinalizeWithdraw(role)
	if err != nil {
		return nil, err
	}
	return send(ctx, s, cand)
}

// Agent takes jobs for one account: it stakes, applies and submits
// results. Make one with Client.Agent. It is safe for concurrent use.
type Agent struct {
	c  *Client
	s  Sender
	id Identity
}

// Agent returns the agent client of the account that s signs for, proving
// its identity with id. With a nil s (or on a nil Client) every method of
// the Agent returns an *input.Error.
func (c *Client) Agent(s Sender, id Identity) *Agent { return &Agent{c: c, s: s, id: id} }

// Address returns the agent's account.
func (a *Agent) Address() common.Address {
	if a == nil || a.c == nil || a.s == nil {
		return common.Address{}
	}
	return a.s.Address()
}

// Stake deposits amount of agent stake, approving the StakeManager first if
// the allowance is short.
func (a *Agent) Stake(ctx context.Context, amount *big.Int) (*StakeResult, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	return a.c.stake(ctx, a.s, RoleAgent, amount)
}

// EnsureStake tops the agent stake up to at least target; it sends nothing
// (and returns nil) when the stake already suffices.
func (a *Agent) EnsureStake(ctx context.Context, target *big.Int) (*StakeResult, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	return a.c.ensureStake(ctx, a.s, RoleAgent, target)
}

// RequestWithdraw starts unbonding amount of unlocked agent stake.
func (a *Agent) RequestWithdraw(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	return a.c.requestWithdraw(ctx, a.s, RoleAgent, amount)
}

// FinalizeWithdraw pays out the agent stake whose unbonding period ended.
func (a *Agent) FinalizeWithdraw(ctx context.Context) (*types.Receipt, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	return a.c.finalizeWithdraw(ctx, a.s, RoleAgent)
}

// WithdrawCredit pays the agent what the StakeManager credited to it in
// token (zero means the stake token) because a payment to it failed; see
// Client.Credits. It fails with an *input.Error when nothing is credited.
// The credit is paid to the agent's own account, so a token that still
// refuses transfers to it makes the call revert and the credit stays.
func (a *Agent) WithdrawCredit(ctx context.Context, token common.Address) (*CreditWithdrawal, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	return a.c.withdrawCredit(ctx, a.s, token)
}

// Apply applies for (and is assigned) job id. It checks first that the job
// is open (Created, before its deadline, not the agent's own), that the
// identity registry authorizes the agent with its Identity, and that the
// agent's stake covers the minimum agent stake and, in its free (unlocked)
// part, the job's stake (Job.Stake, fixed when the job was created: a
// share of the reward, never below Params.JobStake). A shortfall is an
// *input.Error that says how much more to stake.
//
// Cost before the send (TestReadCosts counts it): 20 requests, 19
// eth_calls (the job, the identity check, the protocol parameters and the
// agent's stake) and the head block's header.
func (a *Agent) Apply(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	if err := jobIDArg("id", id); err != nil {
		return nil, err
	}
	c := a.c
	j, err := c.Job(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := checkState(j, "Apply", StateCreated); err != nil {
		return nil, err
	}
	if j.Employer == a.Address() {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is the employer of job %v", a.Address().Hex(), id), Fix: "apply from another account"}
	}
	now, _, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if now.After(j.Deadline) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v's deadline %s has passed", id, j.Deadline.Format(time.RFC3339)), Fix: "pick an open job"}
	}
	ok, err := call(ctx, c, c.addrs.IdentityRegistry, c.idr.PackIsAuthorizedAgent(a.Address(), a.id.Subdomain, words(a.id.Proof)), c.idr.UnpackIsAuthorizedAgent)
	if err != nil {
		return nil, fmt.Errorf("escrow: check agent identity: %w", err)
	}
	if !ok {
		return nil, &input.Error{Field: "Identity", Problem: fmt.Sprintf("%s is not authorized as an agent with label %q", a.Address().Hex(), a.id.Subdomain),
			Fix: "get on the agent allowlist, or pass the label and Merkle proof of the published agent tree"}
	}
	prm, err := c.Params(ctx)
	if err != nil {
		return nil, err
	}
	st, err := c.StakeOf(ctx, a.Address(), RoleAgent)
	if err != nil {
		return nil, err
	}
	if err := stakeCovers(st, j, prm); err != nil {
		return nil, err
	}
	cand, err := c.BuildApply(id, a.id.Subdomain, a.id.Proof)
	if err != nil {
		return nil, err
	}
	return send(ctx, a.s, cand)
}

// stakeCovers checks that agent stake st may take job j: at least the
// minimum agent stake, the job's stake free, and a free job slot. The
// problem names the amount missing.
func stakeCovers(st Stake, j Job, prm Params) error {
	free := new(big.Int).Sub(st.Amount, st.Locked)
	jobStake := j.Stake
	if jobStake == nil {
		jobStake = new(big.Int)
	}
	// The stake needed in total: the minimum, and the job's stake on top of
	// what other jobs already lock.
	need := new(big.Int).Add(st.Locked, jobStake)
	if prm.MinAgentStake != nil && prm.MinAgentStake.Cmp(need) > 0 {
		need = new(big.Int).Set(prm.MinAgentStake)
	}
	if missing := new(big.Int).Sub(need, st.Amount); missing.Sign() > 0 {
		return &input.Error{Field: "Sender", Problem: fmt.Sprintf("agent stake %s (%s locked by other jobs, %s free) is %s short: job %v locks %s and applying needs at least %s staked in all",
			tokens(st.Amount), tokens(st.Locked), tokens(free), tokens(missing), j.ID, tokens(jobStake), tokens(need)),
			Fix: fmt.Sprintf("stake %s wei more with Agent.Stake, or call Agent.EnsureStake with %s wei", missing, need)}
	}
	if prm.MaxActiveJobsPerAgent != 0 && st.ActiveJobs >= prm.MaxActiveJobsPerAgent {
		return &input.Error{Field: "Sender", Problem: fmt.Sprintf("the agent already holds %d jobs, the most an agent may hold at once", st.ActiveJobs),
			Fix: "submit or finish a job first"}
	}
	return nil
}

// Dispute raises the agent's dispute on its job: a Completed job, a job
// the validators rejected (Disputed), or a Submitted job whose validation
// stalled. Like Employer.Dispute, it refuses with an *input.Error, before
// sending, a Submitted job whose validation is still running, naming from
// when the job can be disputed.
func (a *Agent) Dispute(ctx context.Context, p DisputeParams) (*types.Receipt, error) {
	if p.JobID == nil || p.JobID.Sign() <= 0 {
		return nil, &input.Error{Field: "JobID", Problem: "is not a positive job id", Fix: "take the id from the AgentAssigned or JobCreated event"}
	}
	if err := jobIDArg("JobID", p.JobID); err != nil {
		return nil, err
	}
	j, err := a.c.Job(ctx, p.JobID)
	if err != nil {
		return nil, err
	}
	if j.Agent != a.Address() {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is not the agent of job %v (%s)", a.Address().Hex(), p.JobID, j.Agent.Hex()), Fix: "dispute from the assigned agent's or the employer's account"}
	}
	if err := checkState(j, "Dispute", StateSubmitted, StateCompleted, StateDisputed); err != nil {
		return nil, err
	}
	return a.c.dispute(ctx, a.s, j, p)
}

// SubmitParams are the inputs of Submit.
type SubmitParams struct {
	// JobID is the job.
	JobID *big.Int
	// Result is the result document. Its JobID, SpecHash, Agent, Version
	// and CompletedAt fields may be left empty: Submit fills them in.
	Result *storage.JobResult
}

// SubmitResult is what Submit did.
type SubmitResult struct {
	// Result is the document as stored.
	Result storage.JobResult
	// ResultHash and URI are what submit recorded.
	ResultHash common.Hash
	URI        string
	// Receipt is the submit transaction's receipt.
	Receipt *types.Receipt
}

// Submit validates and stores the result document, then submits its hash
// and URI for job id. The agent must be the job's assigned agent, not
// blacklisted by the identity registry, and the job Applied and before its
// deadline; validation starts on success.
func (a *Agent) Submit(ctx context.Context, p SubmitParams) (*SubmitResult, error) {
	if a == nil || a.c == nil || a.s == nil {
		return nil, input.Unbuilt("escrow.Agent", "escrow.Client.Agent with a non-nil Sender")
	}
	if err := jobIDArg("JobID", p.JobID); err != nil {
		return nil, err
	}
	c := a.c
	if c.store == nil {
		return nil, ErrNoStore
	}
	if p.Result == nil {
		return nil, &input.Error{Field: "Result", Problem: "is nil", Fix: "describe the delivery in a storage.JobResult"}
	}
	j, err := c.Job(ctx, p.JobID)
	if err != nil {
		return nil, err
	}
	if j.Agent != a.Address() {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is not the agent of job %v (%s)", a.Address().Hex(), p.JobID, j.Agent.Hex()), Fix: "submit from the assigned agent's account"}
	}
	if err := checkState(j, "Submit", StateApplied); err != nil {
		return nil, err
	}
	banned, err := call(ctx, c, c.addrs.IdentityRegistry, c.idr.PackIsBlacklisted(a.Address()), c.idr.UnpackIsBlacklisted)
	if err != nil {
		return nil, fmt.Errorf("escrow: read the blacklist: %w", err)
	}
	if banned {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is blacklisted by the identity registry", a.Address().Hex()),
			Fix: blacklistFix}
	}
	r := *p.Result
	if r.Version == 0 {
		r.Version = storage.DocumentVersion
	}
	if r.JobID == "" {
		r.JobID = p.JobID.String()
	}
	if r.SpecHash == (common.Hash{}) {
		r.SpecHash = j.SpecHash
	}
	if r.Agent == (common.Address{}) {
		r.Agent = a.Address()
	}
	if r.CompletedAt == 0 {
		now, _, err := c.headTime(ctx)
		if err != nil {
			return nil, err
		}
		r.CompletedAt = now.Unix()
	}
	var es input.Errors
	if r.JobID != p.JobID.String() {
		es = append(es, &input.Error{Field: "Result.jobId", Problem: fmt.Sprintf("%q differs from JobID %v", r.JobID, p.JobID), Fix: "leave it empty"})
	}
	if r.SpecHash != j.SpecHash {
		es = append(es, &input.Error{Field: "Result.specHash", Problem: fmt.Sprintf("%s is not the job's spec hash %s", r.SpecHash.Hex(), common.Hash(j.SpecHash).Hex()), Fix: "leave it empty"})
	}
	if err := r.Validate(); err != nil {
		if sub, ok := specErrors("Result", err).(input.Errors); ok {
			es = append(es, sub...)
		} else {
			return nil, err
		}
	}
	if len(es) > 0 {
		return nil, es
	}
	pub, err := storage.PublishJobResult(ctx, c.store, &r)
	if err != nil {
		return nil, fmt.Errorf("escrow: store the job result: %w", err)
	}
	cand, err := c.BuildSubmit(p.JobID, pub.Hash, pub.URI, a.id.Subdomain, a.id.Proof)
	if err != nil {
		return nil, err
	}
	rcpt, err := send(ctx, a.s, cand)
	if err != nil {
		return nil, err
	}
	return &SubmitResult{Result: r, ResultHash: pub.Hash, URI: pub.URI, Receipt: rcpt}, nil
}

// WorkerApplier adapts an Agent to the matching package's Applier
// interface, so that a matching.Worker applies and submits through it. The
// claim passed by the Worker replaces the Agent's Identity for each call.
type WorkerApplier struct {
	agent *Agent
}

// WorkerApplier returns the Agent as a matching.Applier.
func (a *Agent) WorkerApplier() WorkerApplier { return WorkerApplier{agent: a} }

func (a *Agent) with(claim identity.Claim) *Agent {
	if claim.Label == "" && len(claim.Proof) == 0 {
		return a
	}
	return &Agent{c: a.c, s: a.s, id: Identity{Subdomain: claim.Label, Proof: claim.Proof}}
}

// Apply applies for job jobID with the claim (see Agent.Apply) and returns
// once the application is mined.
func (w WorkerApplier) Apply(ctx context.Context, jobID *big.Int, claim identity.Claim) error {
	_, err := w.agent.with(claim).Apply(ctx, jobID)
	return err
}

// Submit stores result and submits it for jobID with the claim (see
// Agent.Submit) and returns once the submission is mined.
func (w WorkerApplier) Submit(ctx context.Context, jobID *big.Int, result *storage.JobResult, claim identity.Claim) error {
	_, err := w.agent.with(claim).Submit(ctx, SubmitParams{JobID: jobID, Result: result})
	return err
}
