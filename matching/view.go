package matching

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// view is what the Worker keeps of the chain between jobs: the head, the
// agent's profile, and for the fast path (WorkerConfig.Sender) what an
// application needs besides the job itself. It is read when Run starts
// and refreshed on every new block in the background, so that deciding on
// a new job and sending the application read nothing from the node.
type view struct {
	mu       sync.Mutex
	head     *types.Header
	profile  Profile
	snap     *snapshot
	readAt   uint64              // the block the profile and snapshot were read at
	inflight map[string]*big.Int // stakes of applications sent and not settled, by job id
	applyGas uint64              // learned gas limit of applyForJob; 0 means estimate

	addrs   *protocolAddrs // found from the JobRegistry once
	refresh chan struct{}  // a new head asks for a refresh
}

// protocolAddrs are the contracts the snapshot reads, as the JobRegistry
// names them.
type protocolAddrs struct {
	stakeManager, identityRegistry common.Address
}

// snapshot is the part of the chain that applying depends on besides the
// job: the protocol's limits, the agent's stake and identity, and the
// priority fee.
type snapshot struct {
	minAgentStake *big.Int
	maxActiveJobs uint64
	paused        bool
	stake, locked *big.Int
	activeJobs    uint64
	authorized    bool
	tip           *big.Int // nil when the backend cannot suggest one
}

// applyGasMargin is added to the gas an application used, for the gas
// limit of the next ones: applyForJob's cost varies a little with the
// label, the proof and the storage it touches.
const (
	applyGasPercent = 150
	applyGasExtra   = 30_000
)

func (v *view) setHead(h *types.Header) bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	if h == nil || (v.head != nil && h.Number.Cmp(v.head.Number) <= 0) {
		return false
	}
	v.head = h
	return true
}

func (v *view) headNumber() (uint64, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.head == nil {
		return 0, false
	}
	return v.head.Number.Uint64(), true
}

// headTime is the time of the newest head seen.
func (v *view) headTime() (time.Time, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.head == nil {
		return time.Time{}, false
	}
	return time.Unix(int64(v.head.Time), 0), true
}

func (v *view) currentProfile() Profile {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.profile
}

// fees returns the tip and fee cap of a new transaction priced from the
// newest header (twice its base fee plus the tip, as the Manager prices),
// or nils when the view has no header with a base fee or no tip.
func (v *view) fees() (tip, feeCap *big.Int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.head == nil || v.head.BaseFee == nil || v.snap == nil || v.snap.tip == nil {
		return nil, nil
	}
	tip = new(big.Int).Set(v.snap.tip)
	feeCap = new(big.Int).Add(new(big.Int).Lsh(v.head.BaseFee, 1), tip)
	return tip, feeCap
}

// gas returns the gas limit for the next application; 0 means estimate.
func (v *view) gas() uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.applyGas
}

// learnGas raises the application gas limit to cover used with a margin.
func (v *view) learnGas(used uint64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	v.applyGas = max(v.applyGas, used*applyGasPercent/100+applyGasExtra)
}

// forgetGas makes the next application estimate its gas again.
func (v *view) forgetGas() {
	v.mu.Lock()
	v.applyGas = 0
	v.mu.Unlock()
}

func (v *view) addInflight(id, stake *big.Int) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if stake == nil {
		stake = new(big.Int)
	}
	v.inflight[id.String()] = stake
}

func (v *view) dropInflight(id *big.Int) {
	v.mu.Lock()
	delete(v.inflight, id.String())
	v.mu.Unlock()
	v.askRefresh()
}

func (v *view) askRefresh() {
	select {
	case v.refresh <- struct{}{}:
	default:
	}
}

// refusal says why the snapshot rules out applying for a job of stake
// jobStake, or returns "" when it does not. Applications in flight count
// as locked already.
func (v *view) refusal(jobStake *big.Int) string {
	v.mu.Lock()
	defer v.mu.Unlock()
	s := v.snap
	if s == nil {
		return ""
	}
	switch {
	case s.paused:
		return "the JobRegistry is paused"
	case !s.authorized:
		return "the identity registry does not authorize the agent with its claim"
	case s.minAgentStake != nil && s.stake.Cmp(s.minAgentStake) < 0:
		return fmt.Sprintf("agent stake %v is below the minimum %v", s.stake, s.minAgentStake)
	}
	free := new(big.Int).Sub(s.stake, s.locked)
	for _, st := range v.inflight {
		free.Sub(free, st)
	}
	if jobStake != nil && free.Cmp(jobStake) < 0 {
		return fmt.Sprintf("free agent stake %v does not cover the job's stake %v", free, jobStake)
	}
	if s.maxActiveJobs != 0 && s.activeJobs+uint64(len(v.inflight)) >= s.maxActiveJobs {
		return fmt.Sprintf("the agent holds %d jobs, the most allowed", s.activeJobs+uint64(len(v.inflight)))
	}
	return ""
}

// ethCall is one eth_call of a view read.
type ethCall struct {
	to   common.Address
	data []byte
	set  func([]byte) error
	what string
}

// callAll makes calls at block (nil: latest): as one JSON-RPC batch when
// the backend can batch, else one by one, concurrently.
func callAll(ctx context.Context, b Backend, batch rpcbatch.Caller, block *big.Int, calls []ethCall) error {
	if batch == nil {
		return rpcbatch.Parallel(ctx, len(calls), 8, func(ctx context.Context, i int) error {
			c := &calls[i]
			out, err := chain.Call(ctx, b, ethereum.CallMsg{To: &c.to, Data: c.data}, block)
			if err != nil {
				return fmt.Errorf("matching: %s: %w", c.what, err)
			}
			return c.decode(out)
		})
	}
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	elems := make([]rpc.BatchElem, len(calls))
	results := make([]hexutil.Bytes, len(calls))
	for i, c := range calls {
		elems[i] = rpc.BatchElem{Method: "eth_call", Result: &results[i],
			Args: []any{map[string]any{"to": c.to, "input": hexutil.Bytes(c.data)}, tag}}
	}
	if err := batch.BatchCallContext(ctx, elems); err != nil {
		return fmt.Errorf("matching: batch of %d reads: %w", len(calls), chain.CallError(err))
	}
	for i := range calls {
		if elems[i].Error != nil {
			return callError(calls[i].what, elems[i].Error)
		}
		if err := calls[i].decode(results[i]); err != nil {
			return err
		}
	}
	return nil
}

func (c *ethCall) decode(out []byte) error {
	if err := c.set(out); err != nil {
		if len(out) == 0 {
			return fmt.Errorf("matching: %s: empty answer from %s; is the JobRegistry address right?", c.what, c.to.Hex())
		}
		return fmt.Errorf("matching: %s: decode: %w", c.what, err)
	}
	return nil
}

// tipSuggester is a backend that suggests a priority fee
// (eth_maxPriorityFeePerGas); chain.Backend is one.
type tipSuggester interface {
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// readAddrs finds the contracts the snapshot reads from the JobRegistry.
func (w *Worker) readAddrs(ctx context.Context) (*protocolAddrs, error) {
	a := &protocolAddrs{}
	jr, reg := w.jr, w.cfg.JobRegistry
	err := callAll(ctx, w.cfg.Backend, w.batch, nil, []ethCall{
		{reg, jr.PackStakeManager(), func(b []byte) (err error) { a.stakeManager, err = jr.UnpackStakeManager(b); return }, "JobRegistry.stakeManager"},
		{reg, jr.PackIdentityRegistry(), func(b []byte) (err error) { a.identityRegistry, err = jr.UnpackIdentityRegistry(b); return }, "JobRegistry.identityRegistry"},
	})
	return a, err
}

// readSnapshot reads the snapshot at block.
func (w *Worker) readSnapshot(ctx context.Context, a *protocolAddrs, block *big.Int) (*snapshot, error) {
	s := &snapshot{}
	jr, reg, agent := w.jr, w.cfg.JobRegistry, w.cfg.Profile.Address
	sm, ir := stakemanager.NewStakeManager(), identityregistry.NewIdentityRegistry()
	calls := []ethCall{
		{reg, jr.PackMinAgentStake(), func(b []byte) (err error) { s.minAgentStake, err = jr.UnpackMinAgentStake(b); return }, "JobRegistry.minAgentStake"},
		{reg, jr.PackMaxActiveJobsPerAgent(), func(b []byte) error {
			n, err := jr.UnpackMaxActiveJobsPerAgent(b)
			if err == nil {
				s.maxActiveJobs = n.Uint64()
			}
			return err
		}, "JobRegistry.maxActiveJobsPerAgent"},
		{reg, jr.PackPaused(), func(b []byte) (err error) { s.paused, err = jr.UnpackPaused(b); return }, "JobRegistry.paused"},
		{a.stakeManager, sm.PackStakeInfo(agent, 0), func(b []byte) error {
			si, err := sm.UnpackStakeInfo(b)
			if err == nil {
				s.stake, s.locked, s.activeJobs = si.Amount, si.Locked, si.ActiveJobs.Uint64()
			}
			return err
		}, "agent stake of " + agent.Hex()},
		{a.identityRegistry, ir.PackIsAuthorizedAgent(agent, w.cfg.Claim.Label, proofWords(w.cfg.Claim.Proof)), func(b []byte) (err error) {
			s.authorized, err = ir.UnpackIsAuthorizedAgent(b)
			return
		}, "identity of " + agent.Hex()},
	}
	errc := make(chan error, 1)
	go func() { errc <- callAll(ctx, w.cfg.Backend, w.batch, block, calls) }()
	var tipErr error
	if ts, ok := w.cfg.Backend.(tipSuggester); ok {
		s.tip, tipErr = ts.SuggestGasTipCap(ctx)
		if tipErr != nil {
			tipErr = fmt.Errorf("matching: priority fee: %w", chain.CallError(tipErr))
		}
	}
	return s, errors.Join(<-errc, tipErr)
}

func proofWords(p []common.Hash) [][32]byte {
	out := make([][32]byte, len(p))
	for i, h := range p {
		out[i] = h
	}
	return out
}

// refreshView reads the profile (with WorkerConfig.Reader) and, on the
// fast path, the snapshot at block head. On error the view keeps what it
// had.
func (w *Worker) refreshView(ctx context.Context, head uint64) error {
	block := new(big.Int).SetUint64(head)
	var (
		wg         sync.WaitGroup
		profile    = w.cfg.Profile
		profileErr error
	)
	if w.cfg.Reader != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ps := []Profile{profile}
			if profileErr = w.cfg.Reader.LoadAt(ctx, head, ps); profileErr == nil {
				profile = ps[0]
			}
		}()
	}
	var (
		snap    *snapshot
		snapErr error
	)
	if w.cfg.Sender != nil {
		w.view.mu.Lock()
		a := w.view.addrs
		w.view.mu.Unlock()
		if a == nil {
			if a, snapErr = w.readAddrs(ctx); snapErr == nil {
				w.view.mu.Lock()
				w.view.addrs = a
				w.view.mu.Unlock()
			}
		}
		if snapErr == nil {
			snap, snapErr = w.readSnapshot(ctx, a, block)
		}
	}
	wg.Wait()
	if err := errors.Join(profileErr, snapErr); err != nil {
		return err
	}
	w.view.mu.Lock()
	defer w.view.mu.Unlock()
	if head < w.view.readAt {
		return nil // a newer refresh won
	}
	w.view.readAt, w.view.profile = head, profile
	if snap != nil {
		w.view.snap = snap
	}
	return nil
}

// loadView reads the head and the view before the Worker follows jobs,
// retrying transient failures under the retry policy.
func (w *Worker) loadView(ctx context.Context) error {
	h, err := retry(ctx, w, "reading the head block", func(ctx context.Context) (*types.Header, error) {
		h, err := w.cfg.Backend.HeaderByNumber(ctx, nil)
		if err == nil && h == nil {
			err = errors.New("the node returned no head block")
		}
		return h, chain.CallError(err)
	})
	if err != nil {
		return fmt.Errorf("matching: worker: %w", err)
	}
	w.view.setHead(h)
	w.startHead = h.Number.Uint64()
	if err := retryErr(ctx, w, "reading the agent's profile and the protocol's limits", func(ctx context.Context) error {
		return w.refreshView(ctx, h.Number.Uint64())
	}); err != nil {
		return fmt.Errorf("matching: worker: %w", err)
	}
	return nil
}

// headSubscriber is a backend that pushes new heads (a node over
// WebSocket, the embedded chain).
type headSubscriber interface {
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

// followHeads keeps the view's head current, by subscription when the
// backend pushes heads, else by polling, and asks for a refresh on every
// new head. It returns when ctx ends.
func (w *Worker) followHeads(ctx context.Context) {
	if hs, ok := w.cfg.Backend.(headSubscriber); ok {
		ch := make(chan *types.Header, 16)
		if sub, err := hs.SubscribeNewHead(ctx, ch); err == nil {
			w.log.Debug("matching worker: following heads by subscription")
			if w.subscribedHeads(ctx, hs, sub, ch) {
				return
			}
		} else {
			w.log.Debug("matching worker: no head subscription, polling", "err", err)
		}
	}
	t := time.NewTicker(w.cfg.PollInterval)
	defer t.Stop()
	for {
		h, err := w.cfg.Backend.HeaderByNumber(ctx, nil)
		if err == nil && w.view.setHead(h) {
			w.view.askRefresh()
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// subscribedHeads reads heads from sub, subscribing again after a drop;
// it returns false when subscribing again fails so that the caller polls.
func (w *Worker) subscribedHeads(ctx context.Context, hs headSubscriber, sub ethereum.Subscription, ch chan *types.Header) bool {
	defer func() { sub.Unsubscribe() }()
	for {
		select {
		case <-ctx.Done():
			return true
		case h := <-ch:
			if w.view.setHead(h) {
				w.view.askRefresh()
			}
		case err := <-sub.Err():
			w.log.Warn("matching worker: head subscription dropped; subscribing again", "err", err)
			var serr error
			sub, serr = retry(ctx, w, "subscribing to new heads", func(ctx context.Context) (ethereum.Subscription, error) {
				s, err := hs.SubscribeNewHead(ctx, ch)
				return s, chain.CallError(err)
			})
			if serr != nil {
				if ctx.Err() != nil {
					return true
				}
				w.log.Warn("matching worker: cannot subscribe to heads again; polling", "err", serr)
				sub = noSub{}
				return false
			}
		}
	}
}

// noSub is a subscription that is already over.
type noSub struct{}

func (noSub) Unsubscribe()      {}
func (noSub) Err() <-chan error { return nil }

// refresher refreshes the view when a new head asks for it, at most once
// per block. It returns when ctx ends.
func (w *Worker) refresher(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.view.refresh:
		}
		head, ok := w.view.headNumber()
		if !ok {
			continue
		}
		if err := w.refreshView(ctx, head); err != nil && ctx.Err() == nil {
			w.log.Debug("matching worker: refresh failed; keeping the previous view", "block", head, "err", err)
		}
	}
}
