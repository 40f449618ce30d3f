package escrow

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/input"
)

// EventKind names a lifecycle event as the contracts' ABI does.
type EventKind string

// The lifecycle events of the JobRegistry and the ValidationModule.
const (
	EventJobCreated          EventKind = "JobCreated"
	EventAgentAssigned       EventKind = "AgentAssigned"
	EventResultSubmitted     EventKind = "ResultSubmitted"
	EventValidatorsSelected  EventKind = "ValidatorsSelected"
	EventValidationCommitted EventKind = "ValidationCommitted"
	EventValidationRevealed  EventKind = "ValidationRevealed"
	EventValidationTallied   EventKind = "ValidationTallied"
	EventSelectionRearmed    EventKind = "SelectionRearmed"
	EventValidationAborted   EventKind = "ValidationAborted"
	EventJobCompleted        EventKind = "JobCompleted"
	EventJobDisputed         EventKind = "JobDisputed"
	EventDisputeResolved     EventKind = "DisputeResolved"
	EventJobFinalized        EventKind = "JobFinalized"
	EventJobCancelled        EventKind = "JobCancelled"
	EventJobTimedOut         EventKind = "JobTimedOut"
)

// Event is one decoded lifecycle event. Its dynamic type is one of the
// pointer types below, one per kind; switch on it:
//
//	switch ev := ev.(type) {
//	case *escrow.JobCreated:
//		fmt.Println("job", ev.JobID, "reward", ev.Reward)
//	case *escrow.JobCancelled:
//		...
//	}
//
// The set is closed: the unexported method keeps other packages' types
// out, so a switch over this package's types sees every event.
type Event interface {
	// Kind names the event, e.g. EventJobCreated.
	Kind() EventKind
	// Info returns what every event carries: the job, where its log sits
	// and whether a reorg removed it.
	Info() *EventInfo
	sealed()
}

// EventInfo is what every event carries besides its own fields. Every
// event type embeds it, so ev.JobID and ev.Block read directly.
type EventInfo struct {
	// JobID is the job the event is about.
	JobID *big.Int
	// Block and BlockHash are the block of the log; TxHash and TxIndex its
	// transaction; Index its position in the block. Block and Index order
	// events (a resume point is the last Block and Index handled).
	Block     uint64
	BlockHash common.Hash
	TxHash    common.Hash
	TxIndex   uint
	Index     uint
	// Removed is set by Watch when a reorg removed an event it had
	// delivered: undo what its delivery did.
	Removed bool
}

// Info returns i itself, so that a generic Event can be read and marked.
func (i *EventInfo) Info() *EventInfo { return i }

func (*EventInfo) sealed() {}

// JobCreated: an employer posted a job and escrowed its reward and fee.
type JobCreated struct {
	EventInfo
	// Employer posted the job.
	Employer common.Address
	// Reward and Fee are escrowed; Stake is the agent stake an application
	// locks, fixed now.
	Reward, Fee, Stake *big.Int
	// SpecHash is keccak256 of the spec document; URI where it lives.
	SpecHash common.Hash
	URI      string
}

// AgentAssigned: Agent applied and was assigned the job.
type AgentAssigned struct {
	EventInfo
	// Agent took the job with its identity label Subdomain.
	Agent     common.Address
	Subdomain string
}

// ResultSubmitted: the job's Agent submitted a result.
type ResultSubmitted struct {
	EventInfo
	// Agent submitted, with its identity label Subdomain.
	Agent common.Address
	// ResultHash is keccak256 of the result document; ResultURI where it
	// lives.
	ResultHash common.Hash
	ResultURI  string
	Subdomain  string
}

// ValidatorsSelected: the committee was drawn.
type ValidatorsSelected struct {
	EventInfo
	// Validators are the committee's members.
	Validators []common.Address
}

// ValidationCommitted: a committee member committed a hidden vote.
type ValidationCommitted struct {
	EventInfo
	// Validator committed CommitHash with its identity label Subdomain.
	Validator  common.Address
	CommitHash common.Hash
	Subdomain  string
}

// ValidationRevealed: a committee member revealed its vote.
type ValidationRevealed struct {
	EventInfo
	// Validator revealed its vote Approve, the burn receipt it named, and
	// its identity label Subdomain.
	Validator  common.Address
	Approve    bool
	BurnTxHash common.Hash
	Subdomain  string
}

// ValidationTallied: the votes were counted.
type ValidationTallied struct {
	EventInfo
	// Success is the outcome; Approvals and Rejections the votes counted.
	Success               bool
	Approvals, Rejections *big.Int
}

// SelectionRearmed: the selection block left the 256-block hash window
// before the committee was drawn; the draw must be sent again once the
// head is past SelectionBlock.
type SelectionRearmed struct {
	EventInfo
	// SelectionBlock is the new selection block.
	SelectionBlock uint64
}

// ValidationAborted: the round ended without a tally (the job was
// disputed).
type ValidationAborted struct{ EventInfo }

// JobCompleted: the job reached Completed with the validators' outcome.
type JobCompleted struct {
	EventInfo
	// Success is the validators' verdict on the result.
	Success bool
}

// JobDisputed: Caller raised a dispute.
type JobDisputed struct {
	EventInfo
	// Caller is the employer or agent who disputed.
	Caller common.Address
}

// DisputeResolved: the moderators ruled.
type DisputeResolved struct {
	EventInfo
	// EmployerWins is the ruling: true refunds the employer.
	EmployerWins bool
}

// JobFinalized: the job was paid out; Agent is the job's agent.
type JobFinalized struct {
	EventInfo
	// Agent is the job's agent.
	Agent common.Address
}

// JobCancelled: the employer cancelled the job and was refunded.
type JobCancelled struct{ EventInfo }

// JobTimedOut: Caller claimed the job after its agent missed the deadline.
type JobTimedOut struct {
	EventInfo
	// Caller claimed the timeout.
	Caller common.Address
}

// Kind returns EventJobCreated.
func (*JobCreated) Kind() EventKind { return EventJobCreated }

// Kind returns EventAgentAssigned.
func (*AgentAssigned) Kind() EventKind { return EventAgentAssigned }

// Kind returns EventResultSubmitted.
func (*ResultSubmitted) Kind() EventKind { return EventResultSubmitted }

// Kind returns EventValidatorsSelected.
func (*ValidatorsSelected) Kind() EventKind { return EventValidatorsSelected }

// Kind returns EventValidationCommitted.
func (*ValidationCommitted) Kind() EventKind { return EventValidationCommitted }

// Kind returns EventValidationRevealed.
func (*ValidationRevealed) Kind() EventKind { return EventValidationRevealed }

// Kind returns EventValidationTallied.
func (*ValidationTallied) Kind() EventKind { return EventValidationTallied }

// Kind returns EventSelectionRearmed.
func (*SelectionRearmed) Kind() EventKind { return EventSelectionRearmed }

// Kind returns EventValidationAborted.
func (*ValidationAborted) Kind() EventKind { return EventValidationAborted }

// Kind returns EventJobCompleted.
func (*JobCompleted) Kind() EventKind { return EventJobCompleted }

// Kind returns EventJobDisputed.
func (*JobDisputed) Kind() EventKind { return EventJobDisputed }

// Kind returns EventDisputeResolved.
func (*DisputeResolved) Kind() EventKind { return EventDisputeResolved }

// Kind returns EventJobFinalized.
func (*JobFinalized) Kind() EventKind { return EventJobFinalized }

// Kind returns EventJobCancelled.
func (*JobCancelled) Kind() EventKind { return EventJobCancelled }

// Kind returns EventJobTimedOut.
func (*JobTimedOut) Kind() EventKind { return EventJobTimedOut }

// decoder turns one kind's log into its Event with the binding's unpacker.
type decoder struct {
	kind     EventKind
	topic    common.Hash
	registry bool // emitted by the JobRegistry, else by the ValidationModule
	decode   func(*types.Log) (Event, error)
}

// on builds the decoder of one kind from the binding's unpacker and a
// conversion of its typed event; the position is filled in for all.
func on[B any](kind EventKind, registry bool, unpack func(*types.Log) (*B, error), conv func(*B, EventInfo) Event) decoder {
	return decoder{kind: kind, registry: registry, decode: func(l *types.Log) (Event, error) {
		v, err := unpack(l)
		if err != nil {
			return nil, err
		}
		var id *big.Int
		if len(l.Topics) > 1 {
			id = new(big.Int).SetBytes(l.Topics[1][:])
		}
		return conv(v, EventInfo{JobID: id, Block: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, TxIndex: l.TxIndex, Index: l.Index, Removed: l.Removed}), nil
	}}
}

// decoders is the table of every lifecycle event, in the order Events
// lists kinds when none is asked for. The bindings are stateless, so one
// pair serves every Client.
var decoders = func() []decoder {
	jr, vm := jobregistry.NewJobRegistry(), validationmodule.NewValidationModule()
	type (
		jrCreated   = jobregistry.JobRegistryJobCreated
		jrAssigned  = jobregistry.JobRegistryAgentAssigned
		jrSubmitted = jobregistry.JobRegistryResultSubmitted
		vmSelected  = validationmodule.ValidationModuleValidatorsSelected
		vmCommitted = validationmodule.ValidationModuleValidationCommitted
		vmRevealed  = validationmodule.ValidationModuleValidationRevealed
		vmTallied   = validationmodule.ValidationModuleValidationTallied
	)
	ds := []decoder{
		on(EventJobCreated, true, jr.UnpackJobCreatedEvent, func(v *jrCreated, i EventInfo) Event {
			return &JobCreated{i, v.Employer, v.Reward, v.Fee, v.Stake, v.SpecHash, v.Uri}
		}),
		on(EventAgentAssigned, true, jr.UnpackAgentAssignedEvent, func(v *jrAssigned, i EventInfo) Event { return &AgentAssigned{i, v.Agent, v.Subdomain} }),
		on(EventResultSubmitted, true, jr.UnpackResultSubmittedEvent, func(v *jrSubmitted, i EventInfo) Event {
			return &ResultSubmitted{i, v.Worker, v.ResultHash, v.ResultURI, v.Subdomain}
		}),
		on(EventJobCompleted, true, jr.UnpackJobCompletedEvent, func(v *jobregistry.JobRegistryJobCompleted, i EventInfo) Event { return &JobCompleted{i, v.Success} }),
		on(EventJobDisputed, true, jr.UnpackJobDisputedEvent, func(v *jobregistry.JobRegistryJobDisputed, i EventInfo) Event { return &JobDisputed{i, v.Caller} }),
		on(EventDisputeResolved, true, jr.UnpackDisputeResolvedEvent, func(v *jobregistry.JobRegistryDisputeResolved, i EventInfo) Event {
			return &DisputeResolved{i, v.EmployerWins}
		}),
		on(EventJobFinalized, true, jr.UnpackJobFinalizedEvent, func(v *jobregistry.JobRegistryJobFinalized, i EventInfo) Event { return &JobFinalized{i, v.Worker} }),
		on(EventJobCancelled, true, jr.UnpackJobCancelledEvent, func(_ *jobregistry.JobRegistryJobCancelled, i EventInfo) Event { return &JobCancelled{i} }),
		on(EventJobTimedOut, true, jr.UnpackJobTimedOutEvent, func(v *jobregistry.JobRegistryJobTimedOut, i EventInfo) Event { return &JobTimedOut{i, v.Caller} }),
		on(EventValidatorsSelected, false, vm.UnpackValidatorsSelectedEvent, func(v *vmSelected, i EventInfo) Event { return &ValidatorsSelected{i, v.Validators} }),
		on(EventValidationCommitted, false, vm.UnpackValidationCommittedEvent, func(v *vmCommitted, i EventInfo) Event {
			return &ValidationCommitted{i, v.Validator, v.CommitHash, v.Subdomain}
		}),
		on(EventValidationRevealed, false, vm.UnpackValidationRevealedEvent, func(v *vmRevealed, i EventInfo) Event {
			return &ValidationRevealed{i, v.Validator, v.Approve, v.BurnTxHash, v.Subdomain}
		}),
		on(EventValidationTallied, false, vm.UnpackValidationTalliedEvent, func(v *vmTallied, i EventInfo) Event {
			return &ValidationTallied{i, v.Success, v.Approvals, v.Rejections}
		}),
		on(EventSelectionRearmed, false, vm.UnpackSelectionRearmedEvent, func(v *validationmodule.ValidationModuleSelectionRearmed, i EventInfo) Event {
			return &SelectionRearmed{i, v.SelectionBlock.Uint64()}
		}),
		on(EventValidationAborted, false, vm.UnpackValidationAbortedEvent, func(_ *validationmodule.ValidationModuleValidationAborted, i EventInfo) Event {
			return &ValidationAborted{i}
		}),
	}
	for i := range ds {
		a := vm.GetABI()
		if ds[i].registry {
			a = jr.GetABI()
		}
		ds[i].topic = a.Events[string(ds[i].kind)].ID
	}
	return ds
}()

// decoderOf returns the decoder of kind k.
func decoderOf(k EventKind) (decoder, bool) {
	for _, d := range decoders {
		if d.kind == k {
			return d, true
		}
	}
	return decoder{}, false
}

func topicOf(k EventKind) common.Hash {
	d, _ := decoderOf(k)
	return d.topic
}

// decodeEvent decodes a log of any lifecycle event.
func decodeEvent(l *types.Log) (Event, error) {
	if len(l.Topics) > 0 {
		for _, d := range decoders {
			if d.topic == l.Topics[0] {
				ev, err := d.decode(l)
				if err != nil {
					return nil, fmt.Errorf("escrow: decode %s log %s/%d: %w", d.kind, l.TxHash.Hex(), l.Index, err)
				}
				return ev, nil
			}
		}
	}
	return nil, fmt.Errorf("escrow: log %s/%d is no lifecycle event", l.TxHash.Hex(), l.Index)
}

// EventQuery selects past lifecycle events for Events.
type EventQuery struct {
	// FromBlock and ToBlock bound the scan; ToBlock 0 means the head.
	FromBlock, ToBlock uint64
	// Kinds restricts the events; empty means every kind.
	Kinds []EventKind
	// JobID restricts the events to one job; nil means all.
	JobID *big.Int
}

// WatchQuery selects the events Watch delivers as they are mined.
type WatchQuery struct {
	// FromBlock is the first block delivered; 0 means the head when Watch
	// starts.
	FromBlock uint64
	// Kinds restricts the events; empty means every kind.
	Kinds []EventKind
	// JobID restricts the events to one job; nil means all.
	JobID *big.Int
	// Confirmations is the depth a block must reach before its events are
	// delivered; 0 means 1 (the head block).
	Confirmations uint64
	// PollInterval is the time between polls; 0 means 1s.
	PollInterval time.Duration
}

// filter returns the addresses and topics that select kinds (every kind
// when empty) of job id (every job when nil). An unknown kind is an
// *input.Error.
func (c *Client) filter(kinds []EventKind, id *big.Int) ([]common.Address, [][]common.Hash, error) {
	if c == nil || c.backend == nil {
		return nil, nil, input.Unbuilt("escrow.Client", "escrow.New")
	}
	for _, k := range kinds {
		if _, ok := decoderOf(k); !ok {
			return nil, nil, input.New("Kinds", fmt.Sprintf("%q is no lifecycle event", k), "use the Event* constants of package escrow")
		}
	}
	var topics []common.Hash
	var jr, vm bool
	for _, d := range decoders {
		if len(kinds) == 0 || containsKind(kinds, d.kind) {
			topics = append(topics, d.topic)
			jr, vm = jr || d.registry, vm || !d.registry
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
	if id != nil {
		t = append(t, []common.Hash{common.BigToHash(id)})
	}
	return addrs, t, nil
}

func containsKind(ks []EventKind, k EventKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// Events returns the past lifecycle events selected by q in chain order,
// paging through the block range in adaptive chunks (see chain.Events).
func (c *Client) Events(ctx context.Context, q EventQuery) iter.Seq2[Event, error] {
	addrs, topics, err := c.filter(q.Kinds, q.JobID)
	if err != nil {
		return func(yield func(Event, error) bool) { yield(nil, err) }
	}
	return chain.Events(ctx, c.backend, chain.LogQuery{Addresses: addrs, Topics: topics, FromBlock: q.FromBlock, ToBlock: q.ToBlock}, decodeEvent)
}

// Watch follows lifecycle events live from q.FromBlock until ctx ends or
// the loop stops. After a reorg it delivers the events it had delivered
// from the dropped blocks again with Info().Removed set. Transport
// failures are retried; other errors, and a failed read of the head that
// FromBlock 0 starts from, are yielded and watching goes on (the head is
// read again after PollInterval) if the loop continues.
func (c *Client) Watch(ctx context.Context, q WatchQuery) iter.Seq2[Event, error] {
	addrs, topics, err := c.filter(q.Kinds, q.JobID)
	return func(yield func(Event, error) bool) {
		if err != nil {
			yield(nil, err)
			return
		}
		from := q.FromBlock
		for from == 0 {
			head, err := c.backend.BlockNumber(ctx)
			if err == nil {
				from = head
				break
			}
			if ctx.Err() != nil {
				return
			}
			// Like the failures of chain.Follow below: yielded, and
			// tried again after a poll interval if the loop goes on.
			if !yield(nil, fmt.Errorf("escrow: watch: read the head block to start from: %w", err)) {
				return
			}
			t := time.NewTimer(cmp.Or(q.PollInterval, time.Second))
			select {
			case <-ctx.Done():
				t.Stop()
				return
			case <-t.C:
			}
		}
		fq := chain.FollowQuery{Addresses: addrs, Topics: topics, FromBlock: from, Confirmations: q.Confirmations, PollInterval: q.PollInterval}
		for ev, err := range chain.Follow(ctx, c.backend, fq, decodeEvent) {
			v := ev.Value
			if v != nil {
				v.Info().Removed = ev.Removed
			}
			if !yield(v, err) {
				return
			}
		}
	}
}
