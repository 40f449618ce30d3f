package governance

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
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
	Manifest *deployment.Manifest
	// Modules holds one entry per module of deploy.Modules.
	Modules map[deploy.Module]*ModuleState
	// Tokens holds every token read: the stake token, the committed
	// allowlist's tokens of this chain, the tokens the desired config names
	// and every FeePool fee token.
	Tokens map[common.Address]*EscrowToken
	// FeeTokens are the FeePool's fee-token slots in order (nil when the
	// read failed).
	FeeTokens []common.Address
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
	// Kind is the module's moduleKind() answer: its own name when the
	// address holds that module, "" when it answers none (no code, or not a
	// module).
	Kind string
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
	if ms == nil {
		return nil, input.New("governance.ModuleState", "is nil", "take it from the State that governance.ReadState returned")
	}
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
	if ms == nil {
		return nil, input.New("governance.ModuleState", "is nil", "take it from the State that governance.ReadState returned")
	}
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
	if ms == nil {
		return common.Address{}, input.New("governance.ModuleState", "is nil", "take it from the State that governance.ReadState returned")
	}
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
	if ms == nil {
		return false, input.New("governance.ModuleState", "is nil", "take it from the State that governance.ReadState returned")
	}
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

// MaxFeeTokens is FeePool.MAX_FEE_TOKENS: the fee-token slots there are.
const MaxFeeTokens = 16

// EscrowToken is one token as ReadState saw it: its allowlist flag and
// config in JobRegistry, its FeePool slot, burn bucket and stray balance,
// and its own decimals.
type EscrowToken struct {
	Address common.Address
	// Stake is true for the stake token (the default escrow token).
	Stake bool
	// Allowed is JobRegistry.isTokenAllowed.
	Allowed bool
	// Config is JobRegistry.tokenConfig: all zero for a token never
	// allowlisted.
	Config TokenParams
	// Decimals is the token's own decimals() answer; nil when it does not
	// answer (JobRegistry cannot allowlist such a token).
	Decimals *uint8
	// FeeToken reports that the token holds a FeePool fee-token slot.
	FeeToken bool
	// Burnable is FeePool.burnable: set aside for burning, not burnt yet.
	Burnable *big.Int
	// Stray is the FeePool's own balance of the token: tokens sent to it
	// directly, which governance shares with FeePool.distribute.
	Stray *big.Int
	// Err is the first read about the token that failed, if any; the fields
	// it would have filled are zero.
	Err error
}

// TokenParams is JobRegistry.tokenConfig of one token: the decimals it
// recorded, the reward range in the token's smallest units and the agent
// job stake per reward in basis points.
type TokenParams struct {
	Decimals                       uint8
	MinReward, MaxReward, StakeBps *big.Int
}

// Configured reports whether JobRegistry has limits for the token: its
// floor is never zero once recorded.
func (c TokenParams) Configured() bool { return c.MinReward != nil && c.MinReward.Sign() > 0 }

// Token returns what was read of token t, or nil when it was not read.
func (st *State) Token(t common.Address) *EscrowToken {
	if st == nil {
		return nil
	}
	return st.Tokens[t]
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
	deploy.FeePool:          {"burnPct", "stakeManager", "jobRegistry", "feeTokens"},
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
	// token, when set, files the answer under that token (decoded with the
	// ERC-20 ABI) instead of under module.
	token *common.Address

	raw hexutil.Bytes
	err error
}

// argReads lists the membership reads a desired config needs: moderators
// and reputation callers.
func argReads(m *deployment.Manifest, desired *ModuleConfigs) []read {
	var out []read
	add := func(mod deploy.Module, method string, a common.Address) {
		out = append(out, read{module: mod, key: argKey(method, a), method: method, to: m.Address(mod), data: mustPack(mod, method, a)})
	}
	add(deploy.ReputationEngine, "isCaller", m.Address(deploy.JobRegistry))
	add(deploy.ReputationEngine, "isCaller", m.Address(deploy.ValidationModule))
	if desired != nil && desired.DisputeModule != nil {
		for _, a := range sortedAddrs(desired.DisputeModule.Moderators) {
			add(deploy.DisputeModule, "isModerator", a)
		}
	}
	return out
}

// namedTokens are the tokens read before the FeePool's list is known: the
// stake token, the committed allowlist's tokens of the manifest's chain and
// every token the desired config names.
func namedTokens(m *deployment.Manifest, desired *ModuleConfigs) []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	add := func(t common.Address) {
		if t != (common.Address{}) && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	add(m.Token())
	for _, t := range contracts.DefaultAllowlist(new(big.Int).SetUint64(m.ChainID)) {
		add(t)
	}
	if desired != nil && desired.JobRegistry != nil {
		for _, t := range sortedAddrs(desired.JobRegistry.AllowedTokens) {
			add(t)
		}
		for _, t := range sortedAddrs(desired.JobRegistry.TokenLimits) {
			add(t)
		}
	}
	if desired != nil && desired.FeePool != nil {
		for _, t := range desired.FeePool.FeeTokens {
			add(t)
		}
	}
	return out
}

// tokenReads lists the reads of one token: JobRegistry's allowlist flag and
// config, the FeePool's burn bucket, and the token's decimals and the
// FeePool's balance of it.
func tokenReads(m *deployment.Manifest, t common.Address) []read {
	jr, fp := m.Address(deploy.JobRegistry), m.Address(deploy.FeePool)
	tok := t
	return []read{
		{module: deploy.JobRegistry, key: argKey("isTokenAllowed", t), method: "isTokenAllowed", to: jr, data: mustPack(deploy.JobRegistry, "isTokenAllowed", t)},
		{module: deploy.JobRegistry, key: argKey("tokenConfig", t), method: "tokenConfig", to: jr, data: mustPack(deploy.JobRegistry, "tokenConfig", t)},
		{module: deploy.FeePool, key: argKey("burnable", t), method: "burnable", to: fp, data: mustPack(deploy.FeePool, "burnable", t)},
		{module: tokenModule, key: "decimals", method: "decimals", to: t, data: mustPack(tokenModule, "decimals"), token: &tok},
		{module: tokenModule, key: "balanceOf(FeePool)", method: "balanceOf", to: t, data: mustPack(tokenModule, "balanceOf", fp), token: &tok},
	}
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
// parameters, the memberships desired (nil reads none but the defaults)
// refers to, and every token it knows of (see State.Tokens). With a
// JSON-RPC batch (see ReadOptions.RPC) it takes one round trip, two when
// the FeePool lists fee tokens nothing else named; State.RoundTrips says
// how many it took.
func ReadState(ctx context.Context, backend Reader, m *deployment.Manifest, desired *ModuleConfigs, opts ReadOptions) (*State, error) {
	if err := checkReadArgs("governance.ReadState", backend, m); err != nil {
		return nil, err
	}
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
		names := append([]string{"owner", "pendingOwner", "version", "moduleKind"}, getters[mod]...)
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
	named := namedTokens(m, desired)
	for _, t := range named {
		reads = append(reads, tokenReads(m, t)...)
	}

	st := &State{Manifest: m, Modules: map[deploy.Module]*ModuleState{}, Tokens: map[common.Address]*EscrowToken{}}
	for _, mod := range deploy.Modules {
		st.Modules[mod] = &ModuleState{Module: mod, Address: m.Address(mod), values: map[string][]any{}, errs: map[string]error{}}
	}
	tokenVals := map[common.Address]*ModuleState{}
	batch := opts.RPC
	if batch == nil {
		batch = batchCallerOf(backend)
	}
	if err := st.run(ctx, backend, batch, reads, opts.MaxBatch, true); err != nil {
		return nil, err
	}
	st.decode(reads, tokenVals)
	// Fee tokens nobody named are read in a second round.
	if v, err := st.Modules[deploy.FeePool].Value("feeTokens"); err == nil {
		st.FeeTokens = v[0].([]common.Address)
		known := map[common.Address]bool{}
		for _, t := range named {
			known[t] = true
		}
		var more []read
		for _, t := range st.FeeTokens {
			if !known[t] {
				known[t] = true
				named = append(named, t)
				more = append(more, tokenReads(m, t)...)
			}
		}
		if len(more) > 0 {
			if err := st.run(ctx, backend, batch, more, opts.MaxBatch, false); err != nil {
				return nil, err
			}
			st.decode(more, tokenVals)
		}
	}
	st.tokens(named, tokenVals)
	log.Debug("governance: state read", "reads", st.Reads, "roundTrips", st.RoundTrips, "block", st.Block)
	return st, nil
}

// run performs reads, in batches when bc is set (with the chain id and
// head block when first), else one request each.
func (st *State) run(ctx context.Context, backend Reader, bc BatchCaller, reads []read, max int, first bool) error {
	st.Reads += len(reads)
	if bc != nil {
		return st.readBatch(ctx, bc, reads, max, first)
	}
	if first {
		id, err := backend.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("governance: reading chain id: %w", err)
		}
		st.ChainID = id
		st.RoundTrips++
	}
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
			r.raw, r.err = chain.Call(ctx, backend, ethereum.CallMsg{To: &to, Data: r.data}, nil)
		}
		st.RoundTrips++
		if ctx.Err() != nil {
			return ctx.Err()
		}
	}
	return nil
}

func (st *State) readBatch(ctx context.Context, bc BatchCaller, reads []read, max int, first bool) error {
	if max <= 0 {
		max = 1000
	}
	var chainID hexutil.Big
	var block hexutil.Uint64
	var elems []rpc.BatchElem
	if first {
		elems = append(elems,
			rpc.BatchElem{Method: "eth_chainId", Result: &chainID},
			rpc.BatchElem{Method: "eth_blockNumber", Result: &block})
	}
	head := len(elems)
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
	if first {
		if elems[0].Error != nil {
			return fmt.Errorf("governance: reading chain id: %w", elems[0].Error)
		}
		st.ChainID = chainID.ToInt()
		st.Block = uint64(block)
	}
	for i := range reads {
		reads[i].err = elems[head+i].Error
		if reads[i].slot == nil {
			reads[i].err = chain.CallError(reads[i].err) // a revert decoded, as chain.Call does
		}
	}
	return nil
}

// decode files every answer under its module (or token, in tokenVals).
func (st *State) decode(reads []read, tokenVals map[common.Address]*ModuleState) {
	for _, r := range reads {
		ms := st.Modules[r.module]
		if r.token != nil {
			if ms = tokenVals[*r.token]; ms == nil {
				ms = &ModuleState{Module: tokenModule, Address: *r.token, values: map[string][]any{}, errs: map[string]error{}}
				tokenVals[*r.token] = ms
			}
		}
		if r.err != nil {
			ms.errs[r.key] = fmt.Errorf("governance: reading %s.%s at %s: %w", r.module, r.key, r.to.Hex(), r.err)
			continue
		}
		if r.slot != nil {
			ms.Implementation = common.BytesToAddress(r.raw)
			continue
		}
		if len(r.raw) == 0 {
			ms.errs[r.key] = fmt.Errorf("governance: %s.%s: nothing answers at %s: no contract there on this chain (is the manifest for another chain?): %w", r.module, r.key, r.to.Hex(), bind.ErrNoCode)
			continue
		}
		out, err := unpack(r.module, r.method, r.raw)
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
		if v, err := ms.Value("moduleKind"); err == nil {
			if k, ok := v[0].([32]byte); ok {
				ms.Kind = strings.TrimRight(string(k[:]), "\x00")
			}
		}
		if p, err := ms.Bool("paused"); err == nil {
			ms.Paused = &p
		}
		ms.Pauser, _ = ms.AddressValue("pauser")
	}
}

// tokens assembles State.Tokens from the per-token reads.
func (st *State) tokens(named []common.Address, tokenVals map[common.Address]*ModuleState) {
	jr, fp := st.Modules[deploy.JobRegistry], st.Modules[deploy.FeePool]
	fee := map[common.Address]bool{}
	for _, t := range st.FeeTokens {
		fee[t] = true
	}
	for _, t := range named {
		et := &EscrowToken{Address: t, Stake: t == st.Manifest.Token(), FeeToken: fee[t]}
		fail := func(err error) {
			if et.Err == nil {
				et.Err = err
			}
		}
		if v, err := jr.Bool(argKey("isTokenAllowed", t)); err == nil {
			et.Allowed = v
		} else {
			fail(err)
		}
		if v, err := jr.Value(argKey("tokenConfig", t)); err == nil {
			et.Config = TokenParams{Decimals: v[0].(uint8), MinReward: v[1].(*big.Int), MaxReward: v[2].(*big.Int), StakeBps: v[3].(*big.Int)}
		} else {
			fail(err)
		}
		if v, err := fp.Uint(argKey("burnable", t)); err == nil {
			et.Burnable = v
		} else {
			fail(err)
		}
		if tv := tokenVals[t]; tv != nil {
			if v, err := tv.Value("decimals"); err == nil {
				d := v[0].(uint8)
				et.Decimals = &d
			}
			if v, err := tv.Uint("balanceOf(FeePool)"); err == nil {
				et.Stray = v
			}
		}
		st.Tokens[t] = et
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

// checkReadArgs rejects the nil reader or manifest of a function that
// reads the chain's state.
func checkReadArgs(fn string, r Reader, m *deployment.Manifest) error {
	if r == nil {
		return input.New(fn+": r", "is nil", "pass the chain's Backend")
	}
	if m == nil {
		return input.New(fn+": m", "is nil", "load the manifest with deployment.LoadManifest")
	}
	return nil
}
