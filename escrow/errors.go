package escrow

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/internal/units"
	"github.com/agijobs/agijobs-go/storage"
)

// Sentinel errors.
var (
	// ErrJobNotFound means no job has the id.
	ErrJobNotFound = errors.New("job not found")
	// ErrWaitTimeout is returned by the waiters when maxWait elapsed
	// before the condition held; they also return the last value seen.
	ErrWaitTimeout = errors.New("escrow: wait timed out")
	// ErrInvalidInput is wrapped by every *InputError.
	ErrInvalidInput = errors.New("escrow: invalid input")
	// ErrNoVote means the vote store holds no vote for the job: this
	// validator did not commit through this store.
	ErrNoVote = errors.New("escrow: no stored vote for this job")
	// ErrNoStore means the Client has no document store; set Config.Store.
	ErrNoStore = errors.New("escrow: no document store configured; set Config.Store")
)

// InputError is an input rejected before any transaction was sent: a
// parameter, a document field or the caller's role. It wraps
// ErrInvalidInput and, for documents, the storage *ValidationError.
type InputError struct {
	// Field names the input, e.g. "Reward", "Spec.title" or "Sender".
	Field string
	// Problem says what is wrong.
	Problem string
	// Fix says what to do.
	Fix string
	// Err is the underlying error, if any (a *storage.ValidationError for
	// a malformed document).
	Err error
}

// Error names the field, the problem and the fix.
func (e *InputError) Error() string {
	s := fmt.Sprintf("escrow: %s: %s", e.Field, e.Problem)
	if e.Fix != "" {
		s += "; " + e.Fix
	}
	return s
}

// Unwrap returns ErrInvalidInput and the underlying error.
func (e *InputError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidInput}
	}
	return []error{ErrInvalidInput, e.Err}
}

// InputErrors lists several rejected inputs, reported at once.
type InputErrors []*InputError

// Error lists the problems, one per line.
func (es InputErrors) Error() string {
	if len(es) == 1 {
		return es[0].Error()
	}
	var b strings.Builder
	fmt.Fprintf(&b, "escrow: %d invalid inputs:", len(es))
	for _, e := range es {
		b.WriteString("\n  ")
		b.WriteString(strings.TrimPrefix(e.Error(), "escrow: "))
	}
	return b.String()
}

// Unwrap returns the individual errors, so errors.As finds an *InputError
// and errors.Is finds ErrInvalidInput.
func (es InputErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

func specErrors(prefix string, err error) error {
	var ve *storage.ValidationError
	if !errors.As(err, &ve) {
		return err
	}
	var es InputErrors
	for _, f := range ve.Fields {
		es = append(es, &InputError{Field: prefix + "." + f.Field, Problem: f.Problem, Err: ve})
	}
	return es
}

// Error is a failed transaction of this package: the action, the revert
// decoded by the chain package and what to do about it. errors.As reaches
// the client's *chain.RevertError and its decoded custom error (for
// example *chain.InvalidStateError).
type Error struct {
	// Action is the candidate's label, e.g. "createJob".
	Action string
	// Hint says what to do, when known.
	Hint string
	// Err is the error from the Sender.
	Err error
}

// Error returns the action, the cause and the hint.
func (e *Error) Error() string {
	if e.Hint == "" {
		return fmt.Sprintf("escrow: %s: %v", e.Action, e.Err)
	}
	return fmt.Sprintf("escrow: %s: %v; %s", e.Action, e.Err, e.Hint)
}

// Unwrap returns the Sender's error.
func (e *Error) Unwrap() error { return e.Err }

// wrap adds the hint for the decoded revert, if any.
func wrap(action string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Action: action, Hint: hint(err), Err: err}
}

func hint(err error) string {
	var (
		invState   *chain.InvalidStateError
		notAllowed *chain.NotAllowedError
		notAgent   *chain.NotAuthorizedAgentError
		notVal     *chain.NotAuthorizedValidatorError
		stake      *chain.InsufficientStakeError
		deadline   *chain.InvalidDeadlineError
		passed     *chain.DeadlinePassedError
		token      *chain.TokenNotAllowedError
		frozen     *chain.EscrowFrozenError
		paused     *chain.EnforcedPauseError
		early      *chain.SelectionTooEarlyError
		notOpen    *chain.RevealPhaseNotOpenError
		closed     *chain.CommitPhaseClosedError
		rclosed    *chain.RevealPhaseClosedError
		notOver    *chain.RevealPhaseNotOverError
		member     *chain.NotCommitteeMemberError
		badReveal  *chain.InvalidRevealError
		timeout    *chain.TimeoutNotReachedError
		allowance  *chain.ERC20InsufficientAllowanceError
		balance    *chain.ERC20InsufficientBalanceError
		locked     *chain.WithdrawalLockedError
		stLocked   *chain.StakeLockedError
		notFound   *chain.JobNotFoundError
		enough     *chain.NotEnoughValidatorsError
		hdrReq     *chain.HeaderRequiredError
		badHdr     *chain.InvalidHeaderError
		pending    *chain.ValidationPendingError
		banned     *chain.BlacklistedError
		low        *chain.RewardTooLowError
		high       *chain.RewardTooHighError
		noCredit   *chain.NoCreditError
		tooMany    *chain.TooManyActiveJobsError
		disputed   *chain.AlreadyDisputedError
		expired    *chain.SelectionExpiredError
	)
	switch {
	case errors.As(err, &invState):
		return fmt.Sprintf("the job is %s; read it with Client.Job and wait for the right state with WaitForState", State(invState.State))
	case errors.As(err, &notAllowed):
		return fmt.Sprintf("only %s may do this now; send from that account", notAllowed.Expected.Hex())
	case errors.As(err, &notAgent):
		return "the agent is not authorized; get on the agent allowlist or pass a valid Merkle proof with the right subdomain"
	case errors.As(err, &notVal):
		return "the validator is not authorized; get on the validator allowlist or pass a valid Merkle proof"
	case errors.As(err, &stake):
		return "stake more first (Agent.Stake or Validator.Stake)"
	case errors.As(err, &deadline):
		return "pick a deadline in the future and within the job duration limit"
	case errors.As(err, &passed):
		return "the job's deadline has passed; it can no longer be applied for or submitted"
	case errors.As(err, &token):
		return "use an allowlisted token (Client.ChooseToken)"
	case errors.As(err, &frozen):
		return "governance froze escrow; retry once it is re-enabled"
	case errors.As(err, &paused):
		return "the protocol is paused; retry once governance unpauses it"
	case errors.As(err, &early):
		return fmt.Sprintf("the draw can be sent once the head is past block %v; Validator.SelectValidators waits for it", early.SelectionBlock)
	case errors.As(err, &hdrReq):
		return fmt.Sprintf("the draw needs the RLP header of block %v: send selectValidatorsWithHeader (Validator.SelectValidators, or BuildSelectValidators with Client.HeaderRLP)", hdrReq.SelectionBlock)
	case errors.As(err, &badHdr):
		return fmt.Sprintf("the header sent is not block %v's: encode it with Client.HeaderRLP, which also detects a node whose headers go-ethereum cannot reproduce", badHdr.SelectionBlock)
	case errors.As(err, &expired):
		return "the selection block expired again after its one re-arm, so this committee can never be drawn; the job is stalled and its employer or agent can dispute it now (Employer.Dispute, Agent.Dispute)"
	case errors.As(err, &pending):
		return fmt.Sprintf("a running validation is never cut short: wait for the tally (WaitForState), or dispute from %s on if the validation is still stalled then", unixString(pending.DisputableAt))
	case errors.As(err, &banned):
		return blacklistFix
	case errors.As(err, &low):
		return fmt.Sprintf("raise the reward to at least %v in the token's smallest unit (Client.TokenConfig gives the token's limits)", low.Min)
	case errors.As(err, &high):
		return fmt.Sprintf("lower the reward to at most %v in the token's smallest unit (Client.TokenConfig gives the token's limits)", high.Max)
	case errors.As(err, &noCredit):
		return "nothing is credited to this account in the token; read Client.Credits before withdrawing"
	case errors.As(err, &tooMany):
		return "the agent holds as many jobs as it may; submit or finish one first"
	case errors.As(err, &disputed):
		return "the job was already disputed once; wait for the moderators' ruling"
	case errors.As(err, &notOpen):
		return "reveal after the commit deadline"
	case errors.As(err, &closed), errors.As(err, &rclosed):
		return "the voting phase is over"
	case errors.As(err, &notOver):
		return "tally after the reveal deadline or once every member revealed"
	case errors.As(err, &member):
		return "this account is not on the job's committee"
	case errors.As(err, &badReveal):
		return "the revealed vote or salt differs from the commitment; reveal from the vote store that committed"
	case errors.As(err, &timeout):
		return "wait until the deadline plus the grace period has passed"
	case errors.As(err, &allowance):
		return "approve the StakeManager for the amount first"
	case errors.As(err, &balance):
		return "fund the account with the token first"
	case errors.As(err, &locked), errors.As(err, &stLocked):
		return "wait until the unbonding period or committee lock ends"
	case errors.As(err, &notFound):
		return "check the job id; ids come from the JobCreated event"
	case errors.As(err, &enough):
		return "the draw counts validator stake as it stood at the end of the block before the job's submission, so stakes added since do not count for this job; " +
			"a job whose committee cannot be drawn stalls, and can be disputed after its deadline plus the grace period"
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
