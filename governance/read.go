package governance

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/contracts/deploy"

	"github.com/agijobs/agijobs-go/internal/rpcbatch"
)

// ImplementationSlot is the ERC-1967 storage slot holding a proxy's
// implementation address.
var ImplementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// Reader is what ReadState needs from a node: calls and the chain id.
// client.Backend, *client.Conn and *ethclient.Client satisfy it. When the
// value also has StorageAt, implementation addresses are read; when it has
// Client() *rpc.Client (as *ethclient.Client and *client.Conn do), every
// read goes into one JSON-RPC batch.
type Reader interface {
	bind.ContractCaller
	ethereum.ChainIDReader
}

// BatchCaller sends JSON-RPC batches; *rpc.Client implements it.
type BatchCaller interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

type storageReader interface {
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// ReadOptions configure ReadState. The zero value is valid.
type ReadOptions struct {
	// RPC sends the reads as one JSON-RPC batch. Nil takes the backend's
	// own RPC client when it exposes one, else every read is its own
	// request.
	RPC BatchCaller
	// MaxBatch caps the requests of one batch (some providers limit it);
	// 0 means 1000.
	MaxBatch int
	// Logger receives debug messages; nil is silent.
	Logger *slog.Logger
}

// State is what ReadState saw on chain: every module's ownership, version,
// implementation, pause state and governable parameters.
type State struct {
	// ChainID is the node's chain id.
	ChainID *big.Int
	// Block is the head block number when the batch was read (0 when read
	// without a batch).
	Block uint64
	// Manifest is the deployment the state was read for.
	Manifest *Manifest
	// Modules holds one entry per module of deploy.Modules.
	Modules map[deploy.Module]*ModuleState
	// RoundTrips is the number of requests made to the node.
	RoundTrips int
	// Reads is the number of individual reads (calls and storage reads).
	Reads int
}

// ModuleState is one module as read from chain.
type ModuleState struct {
	Module         deploy.Module
	Address        common.Address
	Implementation common.Address
	Owner          common.Address
	PendingOwner   common.Address
	// Version is the module's version() answer, nil when the call failed
	// (no code at the address, or not a module).
	Version *big.Int
	// Paused is the module's pause flag, nil for modules without one.
	Paused *bool
	// Pauser is the account allowed to pause besides the owner.
	Pauser common.Address

	values map[string][]any
	errs   map[string]error
}

// Value returns the decoded outputs of a getter read, by key: the getter's
// name ("feePct") or, for getters with an argument, name and argument
// ("isTokenAllowed(0x...)").
func (ms *ModuleState) Value(key string) ([]any, error) {
	if err, ok := ms.errs[key]; ok {
		return nil, err
	}
	v, ok := ms.values[key]
	if !ok {
		return nil, fmt.Errorf("governance: %s.%s was not read", ms.Module, key)
	}
	return v, nil
}

// Uint returns a getter's first output as a *big.Int.
func (ms *ModuleState) Uint(key string) (*big.Int, error) {
	v, err := ms.Value(key)
	if err != nil {
		return nil, err
	}
	b, ok := v[0].(*big.Int)
	if !ok {
		return nil, fmt.Errorf("governance: %s.%s is %T, not a number", ms.Module, key, v[0])
	}
	return b, nil
}

// AddressValue returns a getter's first output as an address.
func (ms *ModuleState) AddressValue(key string) (common.Address, error) {
	v, err := ms.Value(key)
	if err != nil {
		return common.Address{}, err
	}
	a, ok := v[0].(common.Address)
	if !ok {
		return common.Address{}, fmt.Errorf("governance: %s.%s is %T, not an address", ms.Module, key, v[0])
	}
	return a, nil
}

// Bool returns a getter's first output as a bool.
func (ms *ModuleState) Bool(key string) (bool, error) {
	v, err := ms.Value(key)
	if err != nil {
		return false, err
	}
	b, ok := v[0].(bool)
	if !ok {
		return false, fmt.Errorf("governance: %s.%s is %T, not a bool", ms.Module, key, v[0])
	}
	return b, nil
}

// getters are the argument-free views read for every module, besides
// owner, pendingOwner and version.
var getters = map[deploy.Module][]string{
	deploy.JobRegistry: {"feePct", "validatorRewardPct", "jobStake", "minAgentStake", "maxJobReward",
		"jobDurationLimit", "expirationGracePeriod", "maxActiveJobsPerAgent", "escrowEnabled", "defaultToken",
		"stakeManager", "validationModule", "identityRegistry", "reputationEngine", "disputeModule",
		"certificateNFT", "feePool"},
	deploy.StakeManager: {"unbondingPeriod", "token", "jobRegistry", "validationModule", "feePool"},
	deploy.ValidationModule: {"commitWindow", "revealWindow", "validatorsPerJob", "approvalThreshold",
		"validatorSlashingPct", "revealQuorum", "minValidatorStake", "validatorPool", "jobRegistry",
		"stakeManager", "identityRegistry", "reputationEngine"},
	deploy.IdentityRegistry: {"reputationEngine", "agentMerkleRoot", "validatorMerkleRoot", "agentRootNode", "clubRootNode"},
	deploy.ReputationEngine: {"identityRegistry", "premiumThreshold"},
	deploy.DisputeModule:    {"jobRegistry"},
	deploy.FeePool:          {"burnPct", "stakeManager", "jobRegistry"},
	deploy.CertificateNFT:   {"jobRegistry"},
	deploy.SystemPause:      {"modules", "guardian", "allPaused"},
}

// read is one eth_call or storage read.
type read struct {
	module deploy.Module
	key    string
	method string
	to     common.Address
	data   []byte
	slot   *common.Hash

	raw hexutil.Bytes
	err error
}

// argReads lists the membership reads a desired config needs: allowlisted
// tokens, moderators and reputation callers.
func argReads(m *Manifest, desired *ModuleConfigs) []read {
	var out []read
	add := func(mod deploy.Module, method string, a common.Address) {
		out = append(out, read{module: mod, key: argKey(method, a), method: method, to: m.Address(mod), data: mustPack(mod, method, a)})
	}
	add(deploy.ReputationEngine, "isCaller", m.Address(deploy.JobRegistry))
	add(deploy.ReputationEngine, "isCaller", m.Address(deploy.ValidationModule))
	add(deploy.JobRegistry, "isTokenAllowed", m.Token())
	if desired != nil && desired.JobRegistry != nil {
		for _, t := range sortedAddrs(desired.JobRegistry.AllowedTokens) {
			if t != m.Token() {
				add(deploy.JobRegistry, "isTokenAllowed", t)
			}
		}
	}
	if desired != nil && desired.DisputeModule != nil {
		for _, a := range sortedAddrs(desired.DisputeModule.Moderators) {
			add(deploy.DisputeModule, "isModerator", a)
		}
	}
	return out
}

func argKey(method string, a common.Address) string { return method + "(" + a.Hex() + ")" }

func mustPack(m deploy.Module, method string, args ...any) []byte {
	data, err := pack(m, method, args...)
	if err != nil {
		panic(err) // fixed method names and argument types: cannot happen
	}
	return data
}

// ReadState reads every governable parameter of every module of the
// deployment m: owners, versions, implementations, pause flags, wiring,
// parameters and the memberships desired (nil reads none but the
// defaults) refers to. With a JSON-RPC batch (see ReadOptions.RPC) it takes
// one round trip; State.RoundTrips says how many it took.
func ReadState(ctx context.Context, backend Reader, m *Manifest, desired *ModuleConfigs, opts ReadOptions) (*State, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var reads []read
	for _, mod := range deploy.Modules {
		to := m.Address(mod)
		names := append([]string{"owner", "pendingOwner", "version"}, getters[mod]...)
		if isPausable(mod) {
			names = append(names, "paused", "pauser")
		}
		for _, name := range names {
			reads = append(reads, read{module: mod, key: name, method: name, to: to, data: mustPack(mod, name)})
		}
		slot := ImplementationSlot
		reads = append(reads, read{module: mod, key: "implementation", to: to, slot: &slot})
	}
	reads = append(reads, argReads(m, desired)...)

	st := &State{Manifest: m, Modules: map[deploy.Module]*ModuleState{}, Reads: len(reads)}
	batch := opts.RPC
	if batch == nil {
		batch = batchCallerOf(backend)
	}
	if batch != nil {
		if err := st.readBatch(ctx, batch, reads, opts.MaxBatch); err != nil {
			return nil, err
		}
	} else {
		id, err := backend.ChainID(ctx)
		if err != nil {
			return nil, fmt.Errorf("governance: reading chain id: %w", err)
		}
		st.ChainID = id
		st.RoundTrips++
		sr, _ := backend.(storageReader)
		for i := range reads {
			r := &reads[i]
			if r.slot != nil {
				if sr == nil {
					r.err = errors.New("the backend cannot read storage")
					continue
				}
				r.raw, r.err = sr.StorageAt(ctx, r.to, *r.slot, nil)
			} else {
				to := r.to
				r.raw, r.err = backend.CallContract(ctx, ethereum.CallMsg{To: &to, Data: r.data}, nil)
			}
			st.RoundTrips++
			if ctx.Err() != nil {
				return nil, ctx.Err()
			}
		}
	}
	log.Debug("governance: state read", "reads", st.Reads, "roundTrips", st.RoundTrips, "block", st.Block)
	st.decode(reads)
	return st, nil
}

func (st *State) readBatch(ctx context.Context, bc BatchCaller, reads []read, max int) error {
	if max <= 0 {
		max = 1000
	}
	var chainID hexutil.Big
	var block hexutil.Uint64
	elems := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &chainID},
		{Method: "eth_blockNumber", Result: &block},
	}
	for i := range reads {
		r := &reads[i]
		if r.slot != nil {
			elems = append(elems, rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{r.to, r.slot.Hex(), "latest"}, Result: &r.raw})
		} else {
			elems = append(elems, rpc.BatchElem{Method: "eth_call", Args: []any{map[string]any{"to": r.to, "data": hexutil.Bytes(r.data)}, "latest"}, Result: &r.raw})
		}
	}
	if err := rpcbatch.Send(ctx, bc, elems, max, 1, func(_ int, err error) error {
		return fmt.Errorf("governance: reading state: %w", err)
	}); err != nil {
		return err
	}
	st.RoundTrips += (len(elems) + max - 1) / max
	if elems[0].Error != nil {
		return fmt.Errorf("governance: reading chain id: %w", elems[0].Error)
	}
	st.ChainID = chainID.ToInt()
	st.Block = uint64(block)
	for i := range reads {
		reads[i].err = elems[i+2].Error
	}
	return nil
}

func (st *State) decode(reads []read) {
	m := st.Manifest
	for _, mod := range deploy.Modules {
		st.Modules[mod] = &ModuleState{Module: mod, Address: m.Address(mod), values: map[string][]any{}, errs: map[string]error{}}
	}
	for _, r := range reads {
		ms := st.Modules[r.module]
		if r.err != nil {
			ms.errs[r.key] = fmt.Errorf("governance: reading %s.%s: %w", r.module, r.key, r.err)
			continue
		}
		if r.slot != nil {
			ms.Implementation = common.BytesToAddress(r.raw)
			continue
		}
		out, err := moduleABI(r.module).Unpack(r.method, r.raw)
		if err != nil {
			ms.errs[r.key] = fmt.Errorf("governance: decoding %s.%s: %w (no contract or not a module at %s?)", r.module, r.key, err, r.to.Hex())
			continue
		}
		ms.values[r.key] = out
	}
	for _, ms := range st.Modules {
		ms.Owner, _ = ms.AddressValue("owner")
		ms.PendingOwner, _ = ms.AddressValue("pendingOwner")
		if v, err := ms.Uint("version"); err == nil {
			ms.Version = v
		}
		if p, err := ms.Bool("paused"); err == nil {
			ms.Paused = &p
		}
		ms.Pauser, _ = ms.AddressValue("pauser")
	}
}

// batchCallerOf finds the JSON-RPC client behind a backend (see
// rpcbatch.ClientOf), or nil.
func batchCallerOf(backend any) BatchCaller {
	if rc := rpcbatch.ClientOf(backend); rc != nil {
		return rc
	}
	return nil
}
