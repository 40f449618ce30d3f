package matching

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/reputationengine"
	"github.com/agijobs/agijobs-go/contracts/bindings/stakemanager"
	_ "github.com/agijobs/agijobs-go/contracts/reverts" // typed reverts for every *chain.RevertError
	"github.com/agijobs/agijobs-go/input"

	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// Backend is what this package needs from a node: contract calls, the head
// block, headers and logs. chain.Backend, *chain.Conn and
// *ethclient.Client implement it.
type Backend interface {
	bind.ContractCaller
	chain.HeaderLogReader
}

var _ Backend = chain.Backend(nil)

// ReaderConfig configures a Reader.
type ReaderConfig struct {
	// Backend is the node to read from. Required. When a JSON-RPC client
	// is behind it (*chain.Conn, *ethclient.Client, or a Client() or
	// RPC() *rpc.Client method), or when the backend has a
	// BatchCallContext method of its own (the embedded chain), reads go
	// out as JSON-RPC batches.
	Backend Backend
	// ReputationEngine is the ReputationEngine proxy address. Required.
	ReputationEngine common.Address
	// StakeManager is the StakeManager proxy address. Required.
	StakeManager common.Address
	// BatchSize is the number of eth_call requests per JSON-RPC batch; 0
	// means 200 (two per profile).
	BatchSize int
	// Concurrency bounds the batches or calls in flight; 0 means 8.
	Concurrency int
	// Logger receives debug messages; nil is silent.
	Logger *slog.Logger
}

// Check reports every missing or invalid field of c.
func (c *ReaderConfig) Check() error {
	if c == nil {
		return input.New("matching.ReaderConfig", "is nil", "pass the ReaderConfig to check")
	}
	var errs input.Errors
	if c.Backend == nil {
		errs.Add("matching.ReaderConfig.Backend", "is nil", "pass a chain.Backend")
	}
	if c.ReputationEngine == (common.Address{}) {
		errs.Add("matching.ReaderConfig.ReputationEngine", "is the zero address", "pass the ReputationEngine proxy from the deployment manifest")
	}
	if c.StakeManager == (common.Address{}) {
		errs.Add("matching.ReaderConfig.StakeManager", "is the zero address", "pass the StakeManager proxy from the deployment manifest")
	}
	if c.BatchSize < 0 {
		errs.Add("matching.ReaderConfig.BatchSize", fmt.Sprintf("is %d", c.BatchSize), "use 0 for the default or a positive size")
	}
	if c.Concurrency < 0 {
		errs.Add("matching.ReaderConfig.Concurrency", fmt.Sprintf("is %d", c.Concurrency), "use 0 for the default or a positive number")
	}
	return errs.Err()
}

// Reader reads the on-chain part of agent profiles: reputation
// (ReputationEngine.reputation) and agent stake (StakeManager.stakeOf(agent,
// 0)). It is safe for concurrent use.
type Reader struct {
	cfg ReaderConfig
	rpc rpcbatch.Caller // nil: no batching
	re  *reputationengine.ReputationEngine
	sm  *stakemanager.StakeManager
	log *slog.Logger
}

// NewReader checks cfg and returns a Reader.
func NewReader(cfg ReaderConfig) (*Reader, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	if cfg.BatchSize == 0 {
		cfg.BatchSize = 200
	}
	if cfg.Concurrency == 0 {
		cfg.Concurrency = 8
	}
	r := &Reader{cfg: cfg, re: reputationengine.NewReputationEngine(), sm: stakemanager.NewStakeManager(), log: cfg.Logger}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	r.rpc = rpcbatch.CallerOf(cfg.Backend)
	return r, nil
}

// read is one eth_call of a Load.
type read struct {
	to     common.Address
	data   []byte
	target **big.Int
	unpack func([]byte) (*big.Int, error)
	what   string
}

// Load sets Reputation and Stake of every profile, all read at the same
// block (the head when Load starts). With a batching backend it sends
// len(profiles)*2/BatchSize JSON-RPC requests, Concurrency at a time;
// otherwise it makes the calls one by one, Concurrency at a time. On error
// some profiles may have been updated.
func (r *Reader) Load(ctx context.Context, profiles []Profile) error {
	if len(profiles) == 0 {
		return nil
	}
	head, err := r.cfg.Backend.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("matching: Load: head block: %w", err)
	}
	return r.LoadAt(ctx, head, profiles)
}

// LoadAt is Load at block head, for a caller that follows the chain's
// head already: it saves Load's read of the head.
func (r *Reader) LoadAt(ctx context.Context, head uint64, profiles []Profile) error {
	if len(profiles) == 0 {
		return nil
	}
	var err error
	reads := make([]read, 0, 2*len(profiles))
	for i := range profiles {
		pr := &profiles[i]
		reads = append(reads,
			read{r.cfg.ReputationEngine, r.re.PackReputation(pr.Address), &pr.Reputation, r.re.UnpackReputation, "reputation of " + pr.Address.Hex()},
			read{r.cfg.StakeManager, r.sm.PackStakeOf(pr.Address, 0), &pr.Stake, r.sm.UnpackStakeOf, "stake of " + pr.Address.Hex()})
	}
	if r.rpc != nil {
		err = r.loadBatched(ctx, head, reads)
	} else {
		err = r.loadCalls(ctx, head, reads)
	}
	r.log.Debug("matching: profiles loaded", "profiles", len(profiles), "block", head, "batched", r.rpc != nil, "err", err)
	return err
}

func (r *Reader) loadCalls(ctx context.Context, head uint64, reads []read) error {
	block := new(big.Int).SetUint64(head)
	return rpcbatch.Parallel(ctx, len(reads), r.cfg.Concurrency, func(ctx context.Context, i int) error {
		rd := &reads[i]
		to := rd.to
		out, err := chain.Call(ctx, r.cfg.Backend, ethereum.CallMsg{To: &to, Data: rd.data}, block)
		if err != nil {
			return fmt.Errorf("matching: %s: %w", rd.what, err)
		}
		return rd.set(out)
	})
}

func (rd *read) set(out []byte) error {
	v, err := rd.unpack(out)
	if err != nil {
		if len(out) == 0 {
			return fmt.Errorf("matching: %s: empty answer from %s; check the ReaderConfig addresses", rd.what, rd.to.Hex())
		}
		return fmt.Errorf("matching: %s: decode: %w", rd.what, err)
	}
	*rd.target = v
	return nil
}

// callError classifies the error of a batched eth_call as chain.Call does:
// a revert is a *chain.RevertError with its reason decoded.
func callError(what string, err error) error {
	return fmt.Errorf("matching: %s: %w", what, chain.CallError(err))
}

func (r *Reader) loadBatched(ctx context.Context, head uint64, reads []read) error {
	block := hexutil.EncodeUint64(head)
	elems := make([]rpc.BatchElem, len(reads))
	results := make([]hexutil.Bytes, len(reads))
	for i := range reads {
		elems[i] = rpc.BatchElem{
			Method: "eth_call",
			Args:   []any{map[string]any{"to": reads[i].to, "input": hexutil.Bytes(reads[i].data)}, block},
			Result: &results[i],
		}
	}
	if err := rpcbatch.Send(ctx, r.rpc, elems, r.cfg.BatchSize, r.cfg.Concurrency, func(n int, err error) error {
		return fmt.Errorf("matching: batch of %d reads: %w", n, err)
	}); err != nil {
		return err
	}
	for i := range reads {
		if elems[i].Error != nil {
			return callError(reads[i].what, elems[i].Error)
		}
		if err := reads[i].set(results[i]); err != nil {
			return err
		}
	}
	return nil
}
