// Package escrow drives the AGI Jobs job lifecycle for each role: the
// employer who posts and pays for a job, the agent who stakes, applies and
// delivers, and the validator who stakes, commits and reveals a vote.
//
// Every write follows the SDK's "build, then send" rule: a Build method of
// [Client] returns the [chain.TxCandidate] (target, calldata, label), or an
// [*input.Error] for an argument it cannot carry (a nil amount, a zero job
// id), and the role clients ([Employer], [Agent], [Validator]) send it
// through a [Sender], which a [*chain.Manager] satisfies. A candidate can
// therefore also be listed in a governance plan, exported to a Safe bundle
// or simulated instead of sent.
//
// Inputs are checked before any transaction is sent: a malformed job spec,
// a reward outside the token's floor and ceiling ([Client.TokenConfig]), a
// past deadline, a token outside the allowlist, an agent stake short of
// the job's stake, a dispute of a validation still running or a caller in
// the wrong role each return an [*input.Error] (several at once as
// [input.Errors]) naming the field and the fix. Reverts that still happen
// surface as the protocol's typed errors (for example
// [*reverts.InvalidStateError]) in a [*chain.RevertError] wrapped in an
// [*Error]; errors.As reaches all three. The message names the action
// once and gives one remedy, this package's where it knows a better one
// than the contract's:
//
//	escrow: cancelJob 1: execution reverted: invalid state (jobID=1, state=Applied): the job's state does not allow this call: read it with Client.Job, or wait for the state the call needs with WaitForState
//
// Reads decode reverts the same way (through chain.Read).
//
// Reads return typed values: [Client.Job] gives a [Job] whose [State]
// prints its name, [Client.Jobs] and [Client.Events] are iterators over the
// chain's history, [Client.Watch] follows new events live, and the waiters
// [Client.WaitForState] and [Client.WaitForCommittee] poll with backoff.
// An employer sees a posted job through with [Employer.WaitAndFinalize],
// which waits for the validators' verdict and pays the job out.
//
// The committee of a submitted job is drawn from a selection block a few
// blocks after the submission: the draw carries that block's RLP header
// ([Client.HeaderRLP]), whose PREVRANDAO seeds it. [Validator.SelectValidators]
// waits until the head is past the block, sends the header and, if the
// block left the 256-block hash window first and the round was re-armed,
// draws again at the new block.
//
// A payment the token refuses (an issuer's blocklist, for example) does not
// block the others: the StakeManager credits the payee ([Client.Credits]),
// who pulls it later with WithdrawCredit on its role client.
//
// A validator's salt and vote are written to a [VoteStore] (by default a
// small fsync'd file store, see [NewFileVoteStore]) before its commit
// transaction is sent, so that a process that restarts between commit and
// reveal can still reveal.
package escrow
