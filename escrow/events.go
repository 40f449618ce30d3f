package escrow

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
)

// EventKind names a lifecycle event.
type EventKind string

// The lifecycle events of the JobRegistry and the ValidationModule.
const (
	EventJobCreated         EventKind = "JobCreated"
	EventAgentAssigned      EventKind = "AgentAssigned"
	EventResultSubmitted    EventKind = "ResultSubmitted"
	EventValidatorsSelected EventKind = "ValidatorsSelected"
	EventValidationCommit   EventKind = "ValidationCommitted"
	EventValidationReveal   EventKind = "ValidationRevealed"
	EventValidationTallied  EventKind = "ValidationTallied"
	EventSelectionRearmed   EventKind = "SelectionRearmed"
	EventValidationAborted  EventKind = "ValidationAborted"
	EventJobCompleted       EventKind = "JobCompleted"
	EventJobDisputed        EventKind = "JobDisputed"
	EventDisputeResolved    EventKind = "DisputeResolved"
	EventJobFinalized       EventKind = "JobFinalized"
	EventJobCancelled       EventKind = "JobCancelled"
	EventJobTimedOut        EventKind = "JobTimedOut"
)

var (
	jrABI = mustABI(jobregistry.JobRegistryMetaData.ParseABI)
	vmABI = mustABI(validationmodule.ValidationModuleMetaData.ParseABI)

	jrKinds = []EventKind{EventJobCreated, EventAgentAssigned, EventResultSubmitted, EventJobCompleted,
		EventJobDisputed, EventDisputeResolved, EventJobFinalized, EventJobCancelled, EventJobTimedOut}
	vmKinds = []EventKind{EventValidatorsSelected, EventValidationCommit, EventValidationReveal, EventValidationTallied,
		EventSelectionRearmed, EventValidationAborted}
)

func mustABI(parse func() (*abi.ABI, error)) *abi.ABI {
	a, err := parse()
	if err != nil {
		panic("escrow: generated ABI does not parse: " + err.Error())
	}
	return a
}

func topicOf(k EventKind) common.Hash {
	if ev, ok := jrABI.Events[string(k)]; ok {
		return ev.ID
	}
	return vmABI.Events[string(k)].ID
}

// JobEvent is one lifecycle event, decoded. Fields that the event does not
// carry are zero.
type JobEvent struct {
	// Kind names the event.
	Kind EventKind
	// JobID is the job the event is about.
	JobID *big.Int
	// Actor is the account the event names: the employer (JobCreated), the
	// agent (AgentAssigned, ResultSubmitted, JobFinalized), the validator
	// (ValidationCommitted/Revealed) or the caller (JobDisputed,
	// JobTimedOut).
	Actor common.Address
	// Success is the outcome of JobCompleted and ValidationTallied; Approve
	// the vote of ValidationRevealed; EmployerWins the ruling of
	// DisputeResolved.
	Success, Approve, EmployerWins bool
	// Reward, Fee and Stake come with JobCreated; Stake is the agent stake
	// the job locks at application, fixed at creation.
	Reward, Fee, Stake *big.Int
	// SelectionBlock is the new selection block of SelectionRearmed: the
	// old one left the 256-block hash window before the committee was
	// drawn, and the draw must be sent again once the head is past this
	// block.
	SelectionBlock uint64
	// Hash is the specHash (JobCreated), resultHash (ResultSubmitted) or
	// commitHash (ValidationCommitted); URI the spec or result URI.
	Hash common.Hash
	URI  string
	// Validators is the committee of ValidatorsSelected.
	Validators []common.Address
	// Value is the binding's typed event (e.g.
	// *jobregistry.JobRegistryJobCreated), for fields not copied here.
	Value any
	// Log is the raw log.
	Log types.Log
	// Removed is set by Watch when a reorg removed an event it had
	// delivered: undo what its delivery did.
	Removed bool
}

// EventQuery selects lifecycle events.
type EventQuery struct {
	// FromBlock and ToBlock bound the scan; ToBlock 0 means the head.
	FromBlock, ToBlock uint64
	// Kinds restricts the events; empty means every kind.
	Kinds []EventKind
	// JobID restricts the events to one job; nil means all.
	JobID *big.Int
	// Employer restricts JobCreated events to this employer (other kinds
	// are not filtered by it); zero means any. JobsCreated uses it as a
	// topic filter.
	Employer common.Address
}

func (c *Client) decode(l *types.Log) (JobEvent, error) {
	ev := JobEvent{Log: *l}
	if len(l.Topics) == 0 {
		return ev, errors.New("escrow: anonymous log")
	}
	var err error
	switch l.Topics[0] {
	case topicOf(EventJobCreated):
		var v *jobregistry.JobRegistryJobCreated
		if v, err = c.jr.UnpackJobCreatedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Reward, ev.Fee, ev.Stake, ev.Hash, ev.URI, ev.Value = EventJobCreated, v.JobId, v.Employer, v.Reward, v.Fee, v.Stake, v.SpecHash, v.Uri, v
		}
	case topicOf(EventAgentAssigned):
		var v *jobregistry.JobRegistryAgentAssigned
		if v, err = c.jr.UnpackAgentAssignedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Value = EventAgentAssigned, v.JobId, v.Agent, v
		}
	case topicOf(EventResultSubmitted):
		var v *jobregistry.JobRegistryResultSubmitted
		if v, err = c.jr.UnpackResultSubmittedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Hash, ev.URI, ev.Value = EventResultSubmitted, v.JobId, v.Worker, v.ResultHash, v.ResultURI, v
		}
	case topicOf(EventJobCompleted):
		var v *jobregistry.JobRegistryJobCompleted
		if v, err = c.jr.UnpackJobCompletedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Success, ev.Value = EventJobCompleted, v.JobId, v.Success, v
		}
	case topicOf(EventJobDisputed):
		var v *jobregistry.JobRegistryJobDisputed
		if v, err = c.jr.UnpackJobDisputedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Value = EventJobDisputed, v.JobId, v.Caller, v
		}
	case topicOf(EventDisputeResolved):
		var v *jobregistry.JobRegistryDisputeResolved
		if v, err = c.jr.UnpackDisputeResolvedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.EmployerWins, ev.Value = EventDisputeResolved, v.JobId, v.EmployerWins, v
		}
	case topicOf(EventJobFinalized):
		var v *jobregistry.JobRegistryJobFinalized
		if v, err = c.jr.UnpackJobFinalizedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Value = EventJobFinalized, v.JobId, v.Worker, v
		}
	case topicOf(EventJobCancelled):
		var v *jobregistry.JobRegistryJobCancelled
		if v, err = c.jr.UnpackJobCancelledEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Value = EventJobCancelled, v.JobId, v
		}
	case topicOf(EventJobTimedOut):
		var v *jobregistry.JobRegistryJobTimedOut
		if v, err = c.jr.UnpackJobTimedOutEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Value = EventJobTimedOut, v.JobId, v.Caller, v
		}
	case topicOf(EventValidatorsSelected):
		var v *validationmodule.ValidationModuleValidatorsSelected
		if v, err = c.vm.UnpackValidatorsSelectedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Validators, ev.Value = EventValidatorsSelected, v.JobId, v.Validators, v
		}
	case topicOf(EventValidationCommit):
		var v *validationmodule.ValidationModuleValidationCommitted
		if v, err = c.vm.UnpackValidationCommittedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Hash, ev.Value = EventValidationCommit, v.JobId, v.Validator, v.CommitHash, v
		}
	case topicOf(EventValidationReveal):
		var v *validationmodule.ValidationModuleValidationRevealed
		if v, err = c.vm.UnpackValidationRevealedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Actor, ev.Approve, ev.Value = EventValidationReveal, v.JobId, v.Validator, v.Approve, v
		}
	case topicOf(EventValidationTallied):
		var v *validationmodule.ValidationModuleValidationTallied
		if v, err = c.vm.UnpackValidationTalliedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Success, ev.Value = EventValidationTallied, v.JobId, v.Success, v
		}
	case topicOf(EventSelectionRearmed):
		var v *validationmodule.ValidationModuleSelectionRearmed
		if v, err = c.vm.UnpackSelectionRearmedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.SelectionBlock, ev.Value = EventSelectionRearmed, v.JobId, v.SelectionBlock.Uint64(), v
		}
	case topicOf(EventValidationAborted):
		var v *validationmodule.ValidationModuleValidationAborted
		if v, err = c.vm.UnpackValidationAbortedEvent(l); err == nil {
			ev.Kind, ev.JobID, ev.Value = EventValidationAborted, v.JobId, v
		}
	default:
		return ev, fmt.Errorf("escrow: log with unknown topic %s", l.Topics[0].Hex())
	}
	if err != nil {
		return ev, fmt.Errorf("escrow: decode log %s/%d: %w", l.TxHash.Hex(), l.Index, err)
	}
	return ev, nil
}

// filter returns the addresses and topics selecting q.
func (q EventQuery) filter(c *Client) ([]common.Address, [][]common.Hash) {
	kinds := q.Kinds
	if len(kinds) == 0 {
		kinds = append(append([]EventKind{}, jrKinds...), vmKinds...)
	}
	var topics []common.Hash
	var jr, vm bool
	for _, k := range kinds {
		topics = append(topics, topicOf(k))
		if _, ok := jrABI.Events[string(k)]; ok {
			jr = true
		} else {
			vm = true
		}
	}
	var addrs []common.Address
	if jr {
		addrs = append(addrs, c.addrs.JobRegistry)
	}
	if vm {
		addrs = append(addrs, c.addrs.ValidationModule)
	}
	t := [][]common.Hash{topics}
	if q.JobID != nil {
		t = append(t, []common.Hash{common.BigToHash(q.JobID)})
	}
	if q.Employer != (common.Address{}) && len(kinds) == 1 && kinds[0] == EventJobCreated {
		if len(t) == 1 {
			t = append(t, nil)
		}
		t = append(t, []common.Hash{common.BytesToHash(q.Employer.Bytes())})
	}
	return addrs, t
}

func (q EventQuery) keep(ev JobEvent) bool {
	return q.Employer == (common.Address{}) || ev.Kind != EventJobCreated || ev.Actor == q.Employer
}

// Events returns the lifecycle events selected by q in chain order, paging
// through the block range in adaptive chunks (see chain.Events).
func (c *Client) Events(ctx context.Context, q EventQuery) iter.Seq2[JobEvent, error] {
	addrs, topics := q.filter(c)
	return func(yield func(JobEvent, error) bool) {
		for ev, err := range chain.Events(ctx, c.backend, chain.LogQuery{Addresses: addrs, Topics: topics, FromBlock: q.FromBlock, ToBlock: q.ToBlock}, c.decode) {
			if err == nil && !q.keep(ev) {
				continue
			}
			if !yield(ev, err) {
				return
			}
		}
	}
}

// JobsCreated returns the JobCreated events selected by q (Kinds is
// ignored; Employer and JobID filter by topic), as the binding's typed
// events.
func (c *Client) JobsCreated(ctx context.Context, q EventQuery) iter.Seq2[*jobregistry.JobRegistryJobCreated, error] {
	q.Kinds = []EventKind{EventJobCreated}
	return func(yield func(*jobregistry.JobRegistryJobCreated, error) bool) {
		for ev, err := range c.Events(ctx, q) {
			v, _ := ev.Value.(*jobregistry.JobRegistryJobCreated)
			if !yield(v, err) {
				return
			}
		}
	}
}

// WatchQuery selects the events Watch delivers.
type WatchQuery struct {
	// FromBlock is the first block delivered; 0 means the head when Watch
	// starts.
	FromBlock uint64
	// Kinds and JobID filter as in EventQuery.
	Kinds []EventKind
	JobID *big.Int
	// Confirmations is the depth a block must reach before its events are
	// delivered; 0 means 1 (the head block).
	Confirmations uint64
	// PollInterval is the time between polls; 0 means 1s.
	PollInterval time.Duration
}

// Watch follows lifecycle events live from q.FromBlock until ctx ends or
// the loop stops. After a reorg it delivers the events it had delivered
// from the dropped blocks again with Removed set. Transport failures are
// retried; other errors are yielded and watching goes on if the loop
// continues.
func (c *Client) Watch(ctx context.Context, q WatchQuery) iter.Seq2[JobEvent, error] {
	addrs, topics := EventQuery{Kinds: q.Kinds, JobID: q.JobID}.filter(c)
	return func(yield func(JobEvent, error) bool) {
		from := q.FromBlock
		if from == 0 {
			head, err := c.backend.BlockNumber(ctx)
			if err != nil {
				yield(JobEvent{}, fmt.Errorf("escrow: read head: %w", err))
				return
			}
			from = head
		}
		fq := chain.FollowQuery{Addresses: addrs, Topics: topics, FromBlock: from, Confirmations: q.Confirmations, PollInterval: q.PollInterval}
		for ev, err := range chain.Follow(ctx, c.backend, fq, c.decode) {
			v := ev.Value
			v.Removed = ev.Removed
			if !yield(v, err) {
				return
			}
		}
	}
}

// JobFilter selects jobs for Jobs.
type JobFilter struct {
	// Employer and Agent restrict the jobs to these parties; zero means
	// any.
	Employer, Agent common.Address
	// State restricts the jobs to those now in this state; StateNone
	// means any.
	State State
	// FromBlock and ToBlock bound the blocks in which the jobs were
	// created (or, with Agent, assigned); ToBlock 0 means the head.
	FromBlock, ToBlock uint64
}

// Jobs returns the jobs selected by f, in creation order (assignment order
// when filtering by Agent), each read at the head. It scans JobCreated (or
// AgentAssigned) events in adaptive chunks and reads each job once.
func (c *Client) Jobs(ctx context.Context, f JobFilter) iter.Seq2[Job, error] {
	return func(yield func(Job, error) bool) {
		q := EventQuery{FromBlock: f.FromBlock, ToBlock: f.ToBlock, Kinds: []EventKind{EventJobCreated}, Employer: f.Employer}
		if f.Agent != (common.Address{}) {
			q.Kinds, q.Employer = []EventKind{EventAgentAssigned}, common.Address{}
		}
		addrs, topics := q.filter(c)
		if f.Agent != (common.Address{}) {
			topics = append(topics, nil, []common.Hash{common.BytesToHash(f.Agent.Bytes())})
		}
		seen := map[string]bool{}
		lq := chain.LogQuery{Addresses: addrs, Topics: topics, FromBlock: f.FromBlock, ToBlock: f.ToBlock}
		for ev, err := range chain.Events(ctx, c.backend, lq, c.decode) {
			if err != nil {
				if !yield(Job{}, err) {
					return
				}
				continue
			}
			if seen[ev.JobID.String()] {
				continue
			}
			seen[ev.JobID.String()] = true
			j, err := c.Job(ctx, ev.JobID)
			if err != nil {
				if !yield(Job{}, err) {
					return
				}
				continue
			}
			if f.State != StateNone && j.State != f.State {
				continue
			}
			if f.Employer != (common.Address{}) && j.Employer != f.Employer {
				continue
			}
			if f.Agent != (common.Address{}) && j.Agent != f.Agent {
				continue
			}
			if !yield(j, nil) {
				return
			}
		}
	}
}
