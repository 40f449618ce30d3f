package escrow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/input"
)

// BuildSelectValidators returns the selectValidatorsWithHeader call that
// draws job id's committee. header is the RLP encoding of the round's
// selection block (Round.SelectionBlock), as Client.HeaderRLP returns it:
// the draw's seed is that block's PREVRANDAO, proven by the header hashing
// to the block's hash. Anyone may send the call once the head is past the
// selection block; every sender gets the same committee. When the
// selection block has fallen out of the EVM's 256-block hash window the
// call re-arms the round instead, once (a SelectionRearmed event, no
// committee), and must be sent again with the header of the new selection
// block; Validator.SelectValidators does all of this.
func (c *Client) BuildSelectValidators(id *big.Int, header []byte) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildSelectValidators", c.addrs.ValidationModule, func() string { return fmt.Sprintf("selectValidators %v", id) },
		func() ([]byte, error) { return c.vm.TryPackSelectValidatorsWithHeader(id, header) }, jobIDArg("id", id))
}

// BuildCommit returns the commitValidation call of v with the validator's
// identity.
func (c *Client) BuildCommit(v Vote, id Identity) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildCommit", c.addrs.ValidationModule, func() string { return fmt.Sprintf("commitValidation %v", v.JobID) },
		func() ([]byte, error) {
			return c.vm.TryPackCommitValidation(v.JobID, v.CommitHash, id.Subdomain, words(id.Proof))
		}, jobIDArg("v.JobID", v.JobID))
}

// BuildReveal returns the revealValidation call of v.
func (c *Client) BuildReveal(v Vote, id Identity) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildReveal", c.addrs.ValidationModule, func() string { return fmt.Sprintf("revealValidation %v", v.JobID) },
		func() ([]byte, error) {
			return c.vm.TryPackRevealValidation(v.JobID, v.Approve, v.BurnTxHash, v.Salt, id.Subdomain, words(id.Proof))
		}, jobIDArg("v.JobID", v.JobID))
}

// BuildTally returns the ValidationModule finalize call that counts job
// id's votes and reports the outcome to the JobRegistry.
func (c *Client) BuildTally(id *big.Int) (chain.TxCandidate, error) {
	if c == nil || c.jr == nil {
		return chain.TxCandidate{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	return build("BuildTally", c.addrs.ValidationModule, func() string { return fmt.Sprintf("tally %v", id) },
		func() ([]byte, error) { return c.vm.TryPackFinalize(id) }, jobIDArg("id", id))
}

// NewVote prepares validator's vote on job id's current round: it reads
// the round nonce and the spec hash, draws a random salt and computes the
// commit hash. Persist the vote before sending BuildCommit's call.
func (c *Client) NewVote(ctx context.Context, id *big.Int, validator common.Address, approve bool, burnTxHash common.Hash) (Vote, error) {
	if c == nil || c.backend == nil {
		return Vote{}, input.Unbuilt("escrow.Client", "escrow.New")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return Vote{}, err
	}
	nonce, err := call(ctx, c, c.addrs.ValidationModule, c.vm.PackJobNonce(id), c.vm.UnpackJobNonce)
	if err != nil {
		return Vote{}, fmt.Errorf("escrow: read nonce of job %v: %w", id, err)
	}
	spec, err := call(ctx, c, c.addrs.JobRegistry, c.jr.PackJobSpecHash(id), c.jr.UnpackJobSpecHash)
	if err != nil {
		return Vote{}, fmt.Errorf("escrow: read spec hash of job %v: %w", id, err)
	}
	salt, err := NewSalt()
	if err != nil {
		return Vote{}, err
	}
	v := Vote{ChainID: c.ChainID(), ValidationModule: c.addrs.ValidationModule, Validator: validator, JobID: new(big.Int).Set(id), Nonce: nonce,
		SpecHash: spec, Approve: approve, BurnTxHash: burnTxHash, Salt: salt}
	v.CommitHash = CommitHash(v.JobID, v.Nonce, v.SpecHash, v.Approve, v.BurnTxHash, v.Salt, validator, c.addrs.ValidationModule, c.chainID)
	return v, nil
}

// ValidatorOptions configure Client.Validator.
type ValidatorOptions struct {
	// Identity is the validator's label and Merkle proof (empty for
	// allowlisted validators).
	Identity Identity
	// Votes keeps salts and votes between commit and reveal. Required:
	// use NewFileVoteStore in production so that a restarted process can
	// still reveal.
	Votes VoteStore
}

// Validator votes on results for one account: it stakes, triggers the
// committee draw, commits, reveals and tallies. Make one with
// Client.Validator. It is safe for concurrent use.
type Validator struct {
	c     *Client
	s     Sender
	id    Identity
	votes VoteStore
}

// Validator returns the validator client of the account that s signs for.
func (c *Client) Validator(s Sender, opts ValidatorOptions) (*Validator, error) {
	if s == nil {
		return nil, input.New("escrow.Client.Validator: s", "is nil", "pass the validator's chain.Manager")
	}
	if opts.Votes == nil {
		return nil, &input.Error{Field: "ValidatorOptions.Votes", Problem: "is nil", Fix: "pass escrow.NewFileVoteStore(dir) so that votes survive a restart"}
	}
	return &Validator{c: c, s: s, id: opts.Identity, votes: opts.Votes}, nil
}

// Address returns the validator's account.
func (v *Validator) Address() common.Address {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return common.Address{}
	}
	return v.s.Address()
}

// Stake deposits amount of validator stake, approving the StakeManager
// first if the allowance is short.
func (v *Validator) Stake(ctx context.Context, amount *big.Int) (*StakeResult, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	return v.c.stake(ctx, v.s, RoleValidator, amount)
}

// EnsureStake tops the validator stake up to at least target; it sends
// nothing (and returns nil) when the stake already suffices.
func (v *Validator) EnsureStake(ctx context.Context, target *big.Int) (*StakeResult, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	return v.c.ensureStake(ctx, v.s, RoleValidator, target)
}

// RequestWithdraw starts unbonding amount of validator stake. It fails
// while a committee lock holds the stake.
func (v *Validator) RequestWithdraw(ctx context.Context, amount *big.Int) (*types.Receipt, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	return v.c.requestWithdraw(ctx, v.s, RoleValidator, amount)
}

// FinalizeWithdraw pays out the validator stake whose unbonding ended.
func (v *Validator) FinalizeWithdraw(ctx context.Context) (*types.Receipt, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	return v.c.finalizeWithdraw(ctx, v.s, RoleValidator)
}

// WithdrawCredit pays the validator what the StakeManager credited to it
// in token (zero means the stake token) because a payment to it failed;
// see Client.Credits. It fails with an *input.Error when nothing is
// credited. The credit is paid to the validator's own account, so a token
// that still refuses transfers to it makes the call revert and the credit
// stays.
func (v *Validator) WithdrawCredit(ctx context.Context, token common.Address) (*CreditWithdrawal, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	return v.c.withdrawCredit(ctx, v.s, token)
}

// SelectValidators draws job id's committee and returns it with the
// receipt of the drawing transaction.
//
// The draw is seeded by the round's selection block R (Round.SelectionBlock,
// Params.SelectionDelay blocks after the submission): SelectValidators
// waits until the head is past R, fetches R's header (Client.HeaderRLP, which
// checks that the node's header encodes to the hash the node reports) and
// sends selectValidatorsWithHeader. On chains that mine only on demand
// (the embedded chain, anvil without a block time) something must produce
// the blocks up to R+1.
//
// If R fell out of the EVM's 256-block hash window before the call was
// mined, the contract re-arms the round with a new R a few blocks ahead
// (SelectionRearmed) instead of drawing; SelectValidators then waits for
// the new R and sends again. The receipt returned is that of the
// transaction that drew the committee. A round re-arms only once: if the
// new R expires too, the draw fails for good with a
// *reverts.SelectionExpiredError, and the job's employer or agent can
// dispute it at once.
//
// maxWait bounds the time spent waiting for blocks, across re-arms; it
// must be positive. When it runs out before the head passes R the call
// returns a *wait.TimeoutError (errors.Is(err, wait.ErrTimeout)). ctx
// bounds the whole call, the sends included.
//
// If the committee is already drawn, by a competitor or earlier, it
// returns the committee and a nil receipt. A job without a result under
// validation is an *input.Error.
func (v *Validator) SelectValidators(ctx context.Context, id *big.Int, maxWait time.Duration) ([]common.Address, *types.Receipt, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	if err := jobIDArg("id", id); err != nil {
		return nil, nil, err
	}
	if maxWait <= 0 {
		return nil, nil, input.New("maxWait", fmt.Sprintf("%v is not positive", maxWait), "pass how long to wait for the selection block at most, e.g. 2*time.Minute")
	}
	c := v.c
	deadline := time.Now().Add(maxWait)
	for {
		r, err := c.Round(ctx, id)
		if err != nil {
			return nil, nil, err
		}
		switch r.Status {
		case RoundVoting, RoundTallied:
			m, err := c.Committee(ctx, id)
			if err == nil && len(m) == 0 {
				return nil, nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v's validation round ended without a committee: its draw stalled and the job was disputed", id),
					Fix: "nothing to draw; the moderators resolve the job"}
			}
			return m, nil, err
		case RoundNone:
			return nil, nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v has no result under validation", id), Fix: "wait until the agent submitted (WaitForState StateSubmitted)"}
		}
		if err := c.waitPast(ctx, r.SelectionBlock, time.Until(deadline), fmt.Sprintf("the selection block of job %v", id)); err != nil {
			return nil, nil, err
		}
		header, err := c.HeaderRLP(ctx, r.SelectionBlock)
		if err != nil {
			return nil, nil, err
		}
		cand, err := c.BuildSelectValidators(id, header)
		if err != nil {
			return nil, nil, err
		}
		rcpt, err := send(ctx, v.s, cand)
		if err != nil {
			var (
				ir    *reverts.InvalidRoundError
				early *reverts.SelectionTooEarlyError
				bad   *reverts.InvalidHeaderError
			)
			switch {
			case errors.As(err, &ir):
				// A competitor drew the committee first.
				if m, cerr := c.Committee(ctx, id); cerr == nil && len(m) > 0 {
					return m, nil, nil
				}
			case errors.As(err, &early), errors.As(err, &bad):
				// A competitor re-armed the round after we read it: its
				// selection block moved, so draw again for the new one.
				if now, rerr := c.Round(ctx, id); rerr == nil && now.Status == RoundPending && now.SelectionBlock != r.SelectionBlock {
					c.log.Info("escrow: the selection block moved under this draw; drawing again", "job", id, "was", r.SelectionBlock, "now", now.SelectionBlock)
					continue
				}
			}
			return nil, rcpt, err
		}
		if next, ok := c.rearmed(rcpt, id); ok {
			c.log.Info("escrow: the selection block left the 256-block hash window; the round was re-armed, drawing again",
				"job", id, "was", r.SelectionBlock, "now", next, "tx", rcpt.TxHash)
			continue
		}
		m, err := c.Committee(ctx, id)
		return m, rcpt, err
	}
}

// rearmed reports whether rcpt holds the SelectionRearmed event of job id
// and returns the new selection block.
func (c *Client) rearmed(rcpt *types.Receipt, id *big.Int) (uint64, bool) {
	if rcpt == nil {
		return 0, false
	}
	for _, l := range rcpt.Logs {
		if l.Address != c.addrs.ValidationModule || len(l.Topics) == 0 || l.Topics[0] != topicOf(EventSelectionRearmed) {
			continue
		}
		if ev, err := c.vm.UnpackSelectionRearmedEvent(l); err == nil && ev.JobId.Cmp(id) == 0 {
			return ev.SelectionBlock.Uint64(), true
		}
	}
	return 0, false
}

// IsMember reports whether the validator sits on job id's committee.
func (v *Validator) IsMember(ctx context.Context, id *big.Int) (bool, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return false, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return false, err
	}
	m, err := v.c.Committee(ctx, id)
	if err != nil {
		return false, err
	}
	return slices.Contains(m, v.Address()), nil
}

// CommitParams are the inputs of Commit.
type CommitParams struct {
	// JobID is the job.
	JobID *big.Int
	// Approve is the vote.
	Approve bool
	// BurnTxHash is the optional hash of a burn receipt; zero is fine.
	BurnTxHash common.Hash
}

// CommitResult is what Commit did.
type CommitResult struct {
	// Vote is the persisted vote.
	Vote Vote
	// Receipt is the commit's receipt; nil when the vote was already
	// committed on chain (a retry).
	Receipt *types.Receipt
}

// Commit commits the validator's vote on job id. It checks that the round
// is in its commit phase and that the validator is on the committee, then
// prepares the vote (random salt, v2 commit hash), saves it in the vote
// store and only then sends the commit, so that a restarted process can
// still reveal. Retrying is safe: a stored, not yet committed vote for the
// same round is sent again with its salt, and a vote already committed on
// chain is returned without sending.
func (v *Validator) Commit(ctx context.Context, p CommitParams) (*CommitResult, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	if err := jobIDArg("JobID", p.JobID); err != nil {
		return nil, err
	}
	c := v.c
	if p.JobID == nil || p.JobID.Sign() <= 0 {
		return nil, &input.Error{Field: "JobID", Problem: "is not a positive job id", Fix: "take the id from the ValidatorsSelected or JobCreated event"}
	}
	r, err := c.Round(ctx, p.JobID)
	if err != nil {
		return nil, err
	}
	if r.Status != RoundVoting {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v's validation round is %s, not Voting", p.JobID, r.Status), Fix: "commit after the committee is drawn (WaitForCommittee)"}
	}
	now, _, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if now.After(r.CommitDeadline) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("the commit phase of job %v ended at %s", p.JobID, r.CommitDeadline.Format(time.RFC3339)), Fix: "nothing to do: the round goes on without this vote"}
	}
	member, err := v.IsMember(ctx, p.JobID)
	if err != nil {
		return nil, err
	}
	if !member {
		return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s is not on the committee of job %v", v.Address().Hex(), p.JobID), Fix: "only committee members vote"}
	}
	key := VoteKey{ChainID: c.chainID.Uint64(), ValidationModule: c.addrs.ValidationModule, Validator: v.Address(), JobID: p.JobID.String(), Nonce: r.Nonce.String()}
	vote, ok, err := v.votes.Load(key)
	if err != nil {
		return nil, err
	}
	onChain, err := call(ctx, c, c.addrs.ValidationModule, c.vm.PackCommitments(p.JobID, v.Address()), c.vm.UnpackCommitments)
	if err != nil {
		return nil, fmt.Errorf("escrow: read commitment: %w", err)
	}
	if ok {
		if vote.Approve != p.Approve || vote.BurnTxHash != p.BurnTxHash {
			return nil, &input.Error{Field: "Approve", Problem: fmt.Sprintf("a different vote (approve=%v) is already stored for job %v round %v", vote.Approve, p.JobID, r.Nonce),
				Fix: "a commit may be in flight with it; keep that vote"}
		}
		if onChain == vote.CommitHash {
			return &CommitResult{Vote: vote}, nil
		}
	} else {
		if onChain != (common.Hash{}) {
			return nil, &input.Error{Field: "Sender", Problem: fmt.Sprintf("%s already committed on job %v but this vote store has no vote for it", v.Address().Hex(), p.JobID),
				Fix: "reveal from the vote store that committed"}
		}
		if vote, err = c.NewVote(ctx, p.JobID, v.Address(), p.Approve, p.BurnTxHash); err != nil {
			return nil, err
		}
		if err := v.votes.Save(vote); err != nil {
			return nil, fmt.Errorf("escrow: persist the vote before committing: %w", err)
		}
	}
	cand, err := c.BuildCommit(vote, v.id)
	if err != nil {
		return nil, err
	}
	rcpt, err := send(ctx, v.s, cand)
	if err != nil {
		return nil, err
	}
	return &CommitResult{Vote: vote, Receipt: rcpt}, nil
}

// Reveal reveals the stored vote of job id's current round. It checks that
// the reveal phase is open (after the commit deadline, before the reveal
// deadline) and marks the vote revealed in the store once mined. It returns
// an error wrapping ErrNoVote when this store has no vote for the round.
//
// Retrying is safe: a vote marked revealed, or one the chain already holds
// revealed (an earlier attempt was mined but the process stopped before
// marking it), returns a nil receipt without sending.
func (v *Validator) Reveal(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	if err := jobIDArg("id", id); err != nil {
		return nil, err
	}
	c := v.c
	r, err := c.Round(ctx, id)
	if err != nil {
		return nil, err
	}
	key := VoteKey{ChainID: c.chainID.Uint64(), ValidationModule: c.addrs.ValidationModule, Validator: v.Address(), JobID: id.String(), Nonce: r.Nonce.String()}
	vote, ok, err := v.votes.Load(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, fmt.Errorf("escrow: reveal job %v round %v by %s: %w", id, r.Nonce, v.Address().Hex(), ErrNoVote)
	}
	if vote.Revealed {
		return nil, nil
	}
	if r.Status != RoundVoting {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v's validation round is %s, not Voting", id, r.Status), Fix: "nothing to reveal"}
	}
	now, _, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if !now.After(r.CommitDeadline) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("the reveal phase of job %v opens after %s; the chain's time is %s", id, r.CommitDeadline.Format(time.RFC3339), now.Format(time.RFC3339)),
			Fix: "wait for the commit deadline (Round.CommitDeadline)"}
	}
	if now.After(r.RevealDeadline) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("the reveal phase of job %v ended at %s", id, r.RevealDeadline.Format(time.RFC3339)), Fix: "too late: the vote counts as not revealed"}
	}
	cand, err := c.BuildReveal(vote, v.id)
	if err != nil {
		return nil, err
	}
	rcpt, err := send(ctx, v.s, cand)
	var again *reverts.AlreadyRevealedError
	switch {
	case errors.As(err, &again):
		// An earlier attempt's reveal was mined, and the process stopped
		// (or lost the answer) before the vote was marked: it is revealed.
		rcpt = nil
	case err != nil:
		return nil, err
	}
	vote.Revealed = true
	if err := v.votes.Save(vote); err != nil {
		c.log.Warn("escrow: could not mark the vote revealed", "job", id, "err", err)
	}
	return rcpt, nil
}

// Unrevealed returns the stored votes of this validator on this deployment
// that were committed and not yet revealed: what a restarted process must
// reveal.
func (v *Validator) Unrevealed() ([]Vote, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	all, err := v.votes.List()
	if err != nil {
		return nil, err
	}
	var out []Vote
	for _, vote := range all {
		if !vote.Revealed && vote.Validator == v.Address() && vote.ValidationModule == v.c.addrs.ValidationModule && vote.ChainID.Cmp(v.c.chainID) == 0 {
			out = append(out, vote)
		}
	}
	return out, nil
}

// Tally counts job id's votes (ValidationModule.finalize) once the reveal
// phase is over or every member revealed; the job becomes Completed on
// approval or Disputed on rejection or a missed quorum. Anyone may call.
func (v *Validator) Tally(ctx context.Context, id *big.Int) (*types.Receipt, error) {
	if v == nil || v.c == nil || v.s == nil || v.votes == nil {
		return nil, input.Unbuilt("escrow.Validator", "escrow.Client.Validator with a non-nil Sender")
	}
	if err := jobIDArg("id", id); err != nil {
		return nil, err
	}
	c := v.c
	r, err := c.Round(ctx, id)
	if err != nil {
		return nil, err
	}
	if r.Status != RoundVoting {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("job %v's validation round is %s, not Voting", id, r.Status), Fix: "nothing to tally"}
	}
	m, err := c.Committee(ctx, id)
	if err != nil {
		return nil, err
	}
	now, _, err := c.headTime(ctx)
	if err != nil {
		return nil, err
	}
	if r.Reveals < uint64(len(m)) && !now.After(r.RevealDeadline) {
		return nil, &input.Error{Field: "JobID", Problem: fmt.Sprintf("%d of %d members revealed and the reveal phase of job %v runs until %s", r.Reveals, len(m), id, r.RevealDeadline.Format(time.RFC3339)),
			Fix: "wait for the remaining reveals or the reveal deadline"}
	}
	cand, err := c.BuildTally(id)
	if err != nil {
		return nil, err
	}
	return send(ctx, v.s, cand)
}
