package escrow

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/reverts"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/units"
)

// Sentinel errors. Rejected input is an *input.Error (or input.Errors),
// which matches input.ErrInvalid.
var (
	// ErrJobNotFound means no job has the id.
	ErrJobNotFound = errors.New("job not found")
	// ErrJobEnded is matched by the *JobEndedError of WaitForState: the
	// job reached a terminal state it was not waited for.
	ErrJobEnded = errors.New("escrow: job ended")
	// ErrNoVote means the vote store holds no vote for the job: this
	// validator did not commit through this store.
	ErrNoVote = errors.New("escrow: no stored vote for this job")
	// ErrNoStore means the Client has no document store; set Config.Store.
	ErrNoStore = errors.New("escrow: no document store configured; set Config.Store")
	// ErrPaused is matched by the *UnavailableError of a call refused
	// before sending because a module it needs is paused.
	ErrPaused = errors.New("paused")
	// ErrEscrowFrozen is matched by the *UnavailableError of a call
	// refused before sending because governance froze escrow.
	ErrEscrowFrozen = errors.New("escrow frozen")
	// ErrJobDisputed is matched by the error of WaitAndFinalize when the
	// validators rejected the job or a party disputed it: the moderators
	// decide how it is paid, not the employer.
	ErrJobDisputed = errors.New("escrow: job disputed")
)

// UnavailableError means that the protocol's state, not the caller's
// input, refuses a call for now: a module the call needs is paused
// (errors.Is(err, ErrPaused)), or governance froze escrow
// (errors.Is(err, ErrEscrowFrozen)). It is returned before anything is
// sent, so nothing needs undoing; the same call succeeds once the
// protocol's owner lifted the state.
type UnavailableError struct {
	// Action is the refused call, e.g. "PostJob".
	Action string
	// Module names the contract in that state, e.g. "JobRegistry", and
	// Address is where it is.
	Module  string
	Address common.Address
	// Reason is ErrPaused or ErrEscrowFrozen.
	Reason error
}

// Error reads "escrow: PostJob: the JobRegistry 0x... is paused; nothing
// was sent; ...", with what lifts the state.
func (e *UnavailableError) Error() string {
	if e == nil {
		return "<nil>"
	}
	fix := "the protocol's owner unpauses it (governance.EmergencyPlan with pause false, i.e. SystemPause.unpauseAll); retry then"
	if errors.Is(e.Reason, ErrEscrowFrozen) {
		fix = "the protocol's owner re-enables escrow (governance.EmergencyPlan with pause false, i.e. JobRegistry.setEscrowStatus(true)); retry then"
	}
	return fmt.Sprintf("escrow: %s: the %s %s is %v; nothing was sent: %s", e.Action, e.Module, e.Address.Hex(), e.Reason, fix)
}

// Unwrap returns Reason.
func (e *UnavailableError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Reason
}

// specErrors prefixes the fields of a document's rejected fields (an
// input.Errors from package storage) with the parameter that holds the
// document, e.g. "Spec.title"; any other error is returned unchanged.
func specErrors(prefix string, err error) error {
	var doc input.Errors
	if !errors.As(err, &doc) {
		return err
	}
	es := make(input.Errors, len(doc))
	for i, f := range doc {
		es[i] = &input.Error{Field: prefix + "." + f.Field, Problem: f.Problem, Fix: f.Fix, Err: f}
	}
	return es
}

// Error is a failed transaction of this package: the action and its cause.
// When the cause is a revert, errors.As reaches the *chain.RevertError and
// its decoded reason (for example *reverts.InvalidStateError), and the
// revert's Hint holds this package's remedy where it knows one, in place
// of the contract's.
type Error struct {
	// Action is the candidate's label, e.g. "createJob".
	Action string
	// Err is the error from the Sender.
	Err error
}

// Error reads "escrow: action: cause", naming the action once: a
// *chain.RevertError already starts with it.
func (e *Error) Error() string {
	if e == nil {
		return "<nil>"
	}
	var re *chain.RevertError
	if errors.As(e.Err, &re) && re.Label == e.Action {
		return "escrow: " + e.Err.Error()
	}
	return fmt.Sprintf("escrow: %s: %v", e.Action, e.Err)
}

// Unwrap returns the Sender's error.
func (e *Error) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// wrap wraps a Sender's error in an *Error. A revert the Sender returned
// as is (the Manager does) is copied with this package's remedy as its
// Hint, so the message carries one remedy.
func wrap(action string, err error) error {
	if err == nil {
		return nil
	}
	if re, ok := err.(*chain.RevertError); ok {
		if h := hint(re.Reason); h != "" {
			withHint := *re
			withHint.Hint = h
			err = &withHint
		}
	}
	return &Error{Action: action, Err: err}
}

// hint returns this package's remedy for a decoded revert (the Reason of
// a *chain.RevertError), or "" when the contract's own hint is as good.
func hint(reason error) string {
	if h := jobHint(reason); h != "" {
		return h
	}
	return stakeAndVoteHint(reason)
}

// jobHint covers the reverts of posting, applying, submitting and
// settling jobs.
func jobHint(reason error) string {
	switch r := reason.(type) {
	case *reverts.InvalidStateError:
		return "the job's state does not allow this call: read it with Client.Job, or wait for the state the call needs with WaitForState"
	case *reverts.NotAllowedError:
		return fmt.Sprintf("only %s may make this call on this job; send from that account", r.Expected.Hex())
	case *reverts.NotAuthorizedAgentError:
		return "the agent is not authorized; get on the agent allowlist or pass a valid Merkle proof with the right subdomain"
	case *reverts.InvalidDeadlineError:
		return "pick a deadline in the future and within the job duration limit"
	case *reverts.DeadlinePassedError:
		return "the job's deadline has passed; it can no longer be applied for or submitted"
	case *reverts.TokenNotAllowedError:
		return "use an allowlisted token (Client.ChooseToken)"
	case *reverts.EscrowFrozenError:
		return "governance froze escrow; retry once it is re-enabled"
	case *reverts.EnforcedPauseError:
		return "the protocol is paused; retry once governance unpauses it"
	case *reverts.ValidationPendingError:
		return fmt.Sprintf("a running validation is never cut short: wait for the tally (WaitForState), or dispute from %s on if the validation is still stalled then", unixString(r.DisputableAt))
	case *reverts.BlacklistedError:
		return blacklistFix
	case *reverts.RewardTooLowError:
		return fmt.Sprintf("raise the reward to at least %v in the token's smallest unit (Client.TokenConfig gives the token's limits)", r.Min)
	case *reverts.RewardTooHighError:
		return fmt.Sprintf("lower the reward to at most %v in the token's smallest unit (Client.TokenConfig gives the token's limits)", r.Max)
	case *reverts.NoCreditError:
		return "nothing is credited to this account in the token; read Client.Credits before withdrawing"
	case *reverts.TooManyActiveJobsError:
		return "the agent holds as many jobs as it may; submit or finish one first"
	case *reverts.AlreadyDisputedError:
		return "the job was already disputed once; wait for the moderators' ruling"
	case *reverts.TimeoutNotReachedError:
		return "wait until the deadline plus the grace period has passed"
	case *reverts.JobNotFoundError:
		return "check the job id: ids come from PostJob and the JobCreated event"
	case *reverts.ERC20InsufficientAllowanceError:
		return "approve the StakeManager for the amount first"
	case *reverts.ERC20InsufficientBalanceError:
		return "fund the account with the token first"
	}
	return ""
}

// stakeAndVoteHint covers the reverts of staking, the committee draw and
// voting.
func stakeAndVoteHint(reason error) string {
	switch r := reason.(type) {
	case *reverts.InsufficientStakeError:
		return "stake more first (Agent.Stake or Validator.Stake)"
	case *reverts.WithdrawalLockedError, *reverts.StakeLockedError:
		return "wait until the unbonding period or committee lock ends"
	case *reverts.NotAuthorizedValidatorError:
		return "the validator is not authorized; get on the validator allowlist or pass a valid Merkle proof"
	case *reverts.SelectionTooEarlyError:
		return fmt.Sprintf("the draw can be sent once the head is past block %v; Validator.SelectValidators waits for it", r.SelectionBlock)
	case *reverts.HeaderRequiredError:
		return fmt.Sprintf("the draw needs the RLP header of block %v: send selectValidatorsWithHeader (Validator.SelectValidators, or BuildSelectValidators with Client.HeaderRLP)", r.SelectionBlock)
	case *reverts.InvalidHeaderError:
		return fmt.Sprintf("the header sent is not block %v's: encode it with Client.HeaderRLP, which also detects a node whose headers go-ethereum cannot reproduce", r.SelectionBlock)
	case *reverts.SelectionExpiredError:
		return "the selection block expired again after its one re-arm, so this committee can never be drawn; the job is stalled and its employer or agent can dispute it now (Employer.Dispute, Agent.Dispute)"
	case *reverts.NotEnoughValidatorsError:
		return "the draw counts validator stake as it stood at the end of the block before the job's submission, so stakes added since do not count for this job; " +
			"a job whose committee cannot be drawn stalls, and can be disputed after its deadline plus the grace period"
	case *reverts.RevealPhaseNotOpenError:
		return "reveal after the commit deadline"
	case *reverts.CommitPhaseClosedError, *reverts.RevealPhaseClosedError:
		return "the voting phase is over"
	case *reverts.RevealPhaseNotOverError:
		return "tally after the reveal deadline or once every member revealed"
	case *reverts.NotCommitteeMemberError:
		return "this account is not on the job's committee"
	case *reverts.InvalidRevealError:
		return "the revealed vote or salt differs from the commitment; reveal from the vote store that committed"
	}
	return ""
}

// blacklistFix is the advice for an account the identity registry
// blacklisted.
const blacklistFix = "a blacklisted agent can neither submit nor be paid (its share of a finished job goes to the employer, its job stake is released); " +
	"if the blacklisting is a mistake, ask the protocol's owner to lift it (ReputationEngine.setBlacklist)"

// unixString formats a Solidity timestamp in seconds as RFC 3339.
func unixString(secs *big.Int) string {
	if secs == nil || !secs.IsInt64() {
		return fmt.Sprint(secs)
	}
	return time.Unix(secs.Int64(), 0).UTC().Format(time.RFC3339)
}

// maxDeadline is the latest deadline the JobRegistry stores (40 bits of
// seconds); a later one is refused, never truncated.
const maxDeadline = 1<<40 - 1

// units formats v, an amount in the smallest unit of a token with the
// given decimals, in whole tokens, exactly: inTokens(1500000000000000000, 18)
// is "1.5 tokens".
func inTokens(v *big.Int, decimals uint8) string {
	if v == nil {
		v = new(big.Int)
	}
	s := units.Format(v, decimals)
	if s == "1" {
		return "1 token"
	}
	return s + " tokens"
}

// tokens formats v, an amount of the 18-decimal stake token, exactly.
func tokens(v *big.Int) string {
	if v == nil {
		v = new(big.Int)
	}
	return units.Format(v, 18) + " AGIALPHA"
}
