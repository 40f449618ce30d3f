package escrow

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/jobregistry"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// JobPageSize is how many jobs JobReader.Jobs reads per JSON-RPC batch,
// and so how many jobs Client.Jobs holds at once.
const JobPageSize = 100

// JobReader reads jobs from a JobRegistry: one with Job, many at once with
// Jobs, which sends JSON-RPC batches when the backend can (a *chain.Conn,
// an *ethclient.Client, the embedded chain) and concurrent calls when it
// cannot. It needs only contract calls, so any package holding a
// bind.ContractCaller and the registry address reads jobs the way escrow
// does. It is safe for concurrent use.
type JobReader struct {
	backend  bind.ContractCaller
	batch    rpcbatch.Caller // nil: no batching
	registry common.Address
	jr       *jobregistry.JobRegistry
}

// NewJobReader returns a JobReader of the JobRegistry at registry.
func NewJobReader(backend bind.ContractCaller, registry common.Address) *JobReader {
	return &JobReader{backend: backend, batch: rpcbatch.CallerOf(backend), registry: registry, jr: jobregistry.NewJobRegistry()}
}

// Job reads job id with one eth_call. A job that does not exist returns an
// error wrapping ErrJobNotFound.
func (r *JobReader) Job(ctx context.Context, id *big.Int) (Job, error) {
	if r == nil || r.backend == nil {
		return Job{}, input.Unbuilt("escrow.JobReader", "escrow.NewJobReader with a non-nil backend")
	}
	if err := uintArg("id", id, false, fixJobID); err != nil {
		return Job{}, err
	}
	to := r.registry
	j, err := chain.Read(ctx, r.backend, ethereum.CallMsg{To: &to, Data: r.jr.PackGetJob(id)}, nil, r.jr.UnpackGetJob)
	if err != nil {
		return Job{}, fmt.Errorf("escrow: read job %v: %w", id, err)
	}
	return jobOf(id, j)
}

// Jobs reads the jobs ids, in their order: one JSON-RPC batch per
// JobPageSize ids with a batching backend, else one eth_call per id, eight
// at a time. A missing job fails the whole read with an error wrapping
// ErrJobNotFound.
func (r *JobReader) Jobs(ctx context.Context, ids []*big.Int) ([]Job, error) {
	if r == nil || r.backend == nil {
		return nil, input.Unbuilt("escrow.JobReader", "escrow.NewJobReader with a non-nil backend")
	}
	for i, id := range ids {
		if err := uintArg(fmt.Sprintf("ids[%d]", i), id, false, fixJobID); err != nil {
			return nil, err
		}
	}
	out := make([]Job, len(ids))
	if r.batch == nil {
		err := rpcbatch.Parallel(ctx, len(ids), 8, func(ctx context.Context, i int) error {
			var err error
			out[i], err = r.Job(ctx, ids[i])
			return err
		})
		return out, err
	}
	elems := make([]rpc.BatchElem, len(ids))
	results := make([]hexutil.Bytes, len(ids))
	for i, id := range ids {
		elems[i] = rpc.BatchElem{Method: "eth_call", Result: &results[i],
			Args: []any{map[string]any{"to": r.registry, "input": hexutil.Bytes(r.jr.PackGetJob(id))}, "latest"}}
	}
	if err := rpcbatch.Send(ctx, r.batch, elems, JobPageSize, 1, func(n int, err error) error {
		return fmt.Errorf("escrow: read a batch of %d jobs: %w", n, err)
	}); err != nil {
		return nil, err
	}
	for i, id := range ids {
		if elems[i].Error != nil {
			return nil, fmt.Errorf("escrow: read job %v: %w", id, chain.CallError(elems[i].Error))
		}
		j, err := r.jr.UnpackGetJob(results[i])
		if err != nil {
			return nil, fmt.Errorf("escrow: decode job %v: %w", id, err)
		}
		if out[i], err = jobOf(id, j); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// jobOf converts the binding's job; a zero employer means no such job.
func jobOf(id *big.Int, j jobregistry.IJobRegistryJob) (Job, error) {
	if j.Employer == (common.Address{}) {
		return Job{}, fmt.Errorf("escrow: job %v: %w", id, ErrJobNotFound)
	}
	return Job{
		ID: new(big.Int).Set(id), Employer: j.Employer, Agent: j.Agent, Token: j.Token,
		Reward: j.Reward, Fee: j.Fee, Stake: j.Stake,
		Deadline: unixTime(j.Deadline), AssignedAt: unixTime(j.AssignedAt), CompletedAt: unixTime(j.CompletedAt),
		State: State(j.State), Success: j.Success,
		SpecHash: j.SpecHash, ResultHash: j.ResultHash, URIHash: j.UriHash,
	}, nil
}

// JobQuery selects jobs for Jobs.
type JobQuery struct {
	// Employer and Agent restrict the jobs to these parties; zero means
	// any. Agent selects by assignment, so it finds only jobs that were
	// applied for.
	Employer, Agent common.Address
	// State restricts the jobs to those now in this state; StateNone
	// means any.
	State State
	// FromBlock and ToBlock bound the blocks in which the jobs were
	// created (or, with Agent, assigned); ToBlock 0 means the head.
	FromBlock, ToBlock uint64
}

// Jobs returns the jobs selected by q, in creation order (assignment order
// with Agent), each read at the head when its page is read.
//
// It scans the JobCreated (or, with Agent, AgentAssigned) events of the
// range in adaptive chunks, filtered by employer (or agent) on the node,
// and reads the jobs JobPageSize at a time (JobReader.Jobs): with a
// batching backend, about one eth_getLogs per chunk plus one batch per
// JobPageSize jobs. It holds one page of jobs at a time, so memory does
// not grow with the number of jobs scanned. A job is created and assigned
// once, so over a range no reorg touches each job comes once.
func (c *Client) Jobs(ctx context.Context, q JobQuery) iter.Seq2[Job, error] {
	if c == nil || c.backend == nil {
		return func(yield func(Job, error) bool) { yield(Job{}, input.Unbuilt("escrow.Client", "escrow.New")) }
	}
	kind, party := EventJobCreated, q.Employer
	if q.Agent != (common.Address{}) {
		kind, party = EventAgentAssigned, q.Agent
	}
	d, _ := decoderOf(kind)
	addrs, topics := []common.Address{c.addrs.JobRegistry}, [][]common.Hash{{d.topic}}
	if party != (common.Address{}) {
		// The employer and the agent are each the second indexed
		// argument of their event.
		topics = append(topics, nil, []common.Hash{common.BytesToHash(party.Bytes())})
	}
	lq := chain.LogQuery{Addresses: addrs, Topics: topics, FromBlock: q.FromBlock, ToBlock: q.ToBlock}
	return func(yield func(Job, error) bool) {
		page := make([]*big.Int, 0, JobPageSize)
		flush := func() bool {
			jobs, err := c.jobs.Jobs(ctx, page)
			page = page[:0]
			if err != nil {
				return yield(Job{}, err)
			}
			for _, j := range jobs {
				if q.keep(j) && !yield(j, nil) {
					return false
				}
			}
			return true
		}
		for id, err := range chain.Events(ctx, c.backend, lq, jobIDOf) {
			if err != nil {
				if !yield(Job{}, err) {
					return
				}
				continue
			}
			if page = append(page, id); len(page) == JobPageSize && !flush() {
				return
			}
		}
		if len(page) > 0 {
			flush()
		}
	}
}

// keep reports whether j, read now, still matches q: its state may have
// moved on, and its agent changed only by assignment.
func (q JobQuery) keep(j Job) bool {
	return (q.State == StateNone || j.State == q.State) &&
		(q.Employer == (common.Address{}) || j.Employer == q.Employer) &&
		(q.Agent == (common.Address{}) || j.Agent == q.Agent)
}

// jobIDOf reads the job id of a JobCreated or AgentAssigned log, its
// first indexed argument, without decoding the rest.
func jobIDOf(l *types.Log) (*big.Int, error) {
	if len(l.Topics) < 2 {
		return nil, errors.New("escrow: job event without a job id topic")
	}
	return new(big.Int).SetBytes(l.Topics[1][:]), nil
}
