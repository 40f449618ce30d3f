package governance

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"
	"github.com/agijobs/agijobs-go/internal/units"
)

// DeployOptions configure Deploy. The zero value is valid.
type DeployOptions struct {
	// StatePath overrides the config's output.state path of the progress
	// record.
	StatePath string
	// ManifestPath overrides the config's output.manifest path.
	ManifestPath string
	// EnvPath overrides the config's output.env path ("" in both: no env
	// file is written).
	EnvPath string
	// Progress, if set, is called after every phase, once the phase is
	// recorded in the state file.
	Progress func(Step)
	// Logger receives progress messages; nil is silent.
	Logger *slog.Logger
}

// The phases Deploy records after those of contracts/deploy.
const (
	// PhaseLaunch applies the identity roots, the guardian and the pause
	// on launch.
	PhaseLaunch = "launch"
	// PhaseManifest writes the manifest and the env file.
	PhaseManifest = "manifest"
)

// DeploySteps is the number of phases a complete deployment records: those
// of contracts/deploy, then PhaseLaunch and PhaseManifest.
var DeploySteps = len(deploy.Phases) + 2

// Step is one recorded phase of a deployment.
type Step struct {
	// N is the phase's place among the DeploySteps phases, 1 to Total: a
	// resumed run goes on where the interrupted one stopped, and a phase
	// is never counted twice.
	N int
	// Total is DeploySteps.
	Total int
	// Phase is a deploy.Phase, PhaseLaunch or PhaseManifest.
	Phase string
	// Sent is the number of transactions the phase sent.
	Sent int
}

// DeployResult is what Deploy produced.
type DeployResult struct {
	// Manifest is the written manifest.
	Manifest *deployment.Manifest
	// ManifestPath and StatePath are where the files went.
	ManifestPath, StatePath string
	// Acceptance is the plan governance must execute to accept ownership
	// (Ownable2Step) of every module and of the dev token; nil when the
	// deployer itself governs.
	Acceptance *Plan
	// Resumed reports that an earlier, interrupted run was continued.
	Resumed bool
}

// StateMismatchError is returned when the state file belongs to another
// chain or deployment. Nothing has been sent.
type StateMismatchError struct {
	// Path is the state file.
	Path string
	// What differs: "chain id", "genesis" (another chain with the same
	// id, such as a restarted dev node), "contracts" (recorded contracts
	// without code on this chain), "deployer" or "config".
	What string
	// Detail gives both sides.
	Detail string
}

// Error describes the problem and what to do about it.
func (e *StateMismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	switch e.What {
	case "chain id", "genesis", "contracts":
		return fmt.Sprintf("governance: the state file %s is from another chain (%s); delete it, or pass another state path "+
			"(DeployOptions.StatePath, -state in examples/deploy) to deploy afresh on this one", e.Path, e.Detail)
	}
	return fmt.Sprintf("governance: the state file %s belongs to another deployment (%s differs: %s); finish that one with its own "+
		"config, or delete the file or pass another state path (DeployOptions.StatePath, -state in examples/deploy) to start afresh", e.Path, e.What, e.Detail)
}

// ChainMismatchError is returned when the node's chain is not the config's.
type ChainMismatchError struct {
	Want, Got uint64
}

// Error describes the problem and what to do about it.
func (e *ChainMismatchError) Error() string {
	if e == nil {
		return "<nil>"
	}
	return fmt.Sprintf("governance: the config is for chain %d but the node serves chain %d; check the RPC URL", e.Want, e.Got)
}

// Deploy installs the protocol described by cfg from the account of m, the
// caller's transaction manager (the one Manager of the deployer's account).
// It is resumable and exactly once: the state file records every contract
// creation (with the address its nonce gives it) before it is sent and
// every phase when it is done, and when that file exists Deploy continues
// the interrupted run, finding on chain what it sent instead of sending it
// again (see contracts/deploy). A state file is taken only on the chain it
// was written on: same chain id and genesis block, and code at every
// contract it records; otherwise Deploy fails with a *StateMismatchError
// before anything is sent. After the phases of contracts/deploy it applies
// the identity roots, the guardian and the pause on launch, writes the
// manifest (and the env file when asked) once every address in it holds
// code, and returns governance's acceptance plan when governance is not
// the deployer.
func Deploy(ctx context.Context, m *chain.Manager, cfg *DeployerConfig, opts DeployOptions) (*DeployResult, error) {
	r, err := startDeploy(ctx, m, cfg, opts)
	if err != nil {
		return nil, err
	}
	if r.res.Resumed {
		// What the interrupted run sent is mined before anything is read.
		if err := deploy.Settle(ctx, m, 0); err != nil {
			return nil, err
		}
	}
	if r.st.Done {
		if man, err := deployment.LoadManifest(r.res.ManifestPath); err == nil && r.matches(man) {
			r.res.Manifest = man
			r.res.Acceptance, err = acceptancePlan(ctx, r.backend, man, cfg.Governance.Kind)
			return r.res, err
		}
		r.st.Done = false // manifest lost or not this deployment's: write it again
	}
	d, err := r.contracts(ctx)
	if err != nil {
		return nil, err
	}
	if err := r.launch(ctx, d); err != nil {
		return nil, err
	}
	return r.finish(ctx, d)
}

// deployRun is one call of Deploy.
type deployRun struct {
	m       *chain.Manager
	backend chain.Backend
	cfg     *DeployerConfig
	opts    DeployOptions
	log     *slog.Logger
	res     *DeployResult
	st      *deployment.State
	envPath string
}

// startDeploy checks cfg against the chain and loads (or starts) the state
// file; nothing is sent.
func startDeploy(ctx context.Context, m *chain.Manager, cfg *DeployerConfig, opts DeployOptions) (*deployRun, error) {
	var errs input.Errors
	if m == nil {
		errs.Add("governance.Deploy: m", "is nil", "pass the chain.Manager of the deployer's account (chain.NewManager)")
	}
	if cfg == nil {
		errs.Add("governance.Deploy: cfg", "is nil", "load it with LoadDeployerConfig or start from DefaultDeployerConfig")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	r := &deployRun{m: m, backend: m.Backend(), cfg: cfg, opts: opts, log: opts.Logger}
	if r.log == nil {
		r.log = slog.New(slog.DiscardHandler)
	}
	chainID := m.ChainID().Uint64()
	if cfg.ChainID != 0 && chainID != cfg.ChainID {
		return nil, &ChainMismatchError{Want: cfg.ChainID, Got: chainID}
	}
	if err := cfg.checkTokens(ctx, r.backend); err != nil {
		return nil, err
	}
	genesis, err := r.backend.HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		return nil, fmt.Errorf("governance: reading the genesis block: %w", err)
	}
	manifest := firstNonEmpty(opts.ManifestPath, firstNonEmpty(cfg.Output.Manifest, deployment.DefaultManifestPath))
	r.res = &DeployResult{ManifestPath: manifest, StatePath: firstNonEmpty(opts.StatePath, firstNonEmpty(cfg.Output.State, deployment.StatePath(manifest)))}
	r.envPath = firstNonEmpty(opts.EnvPath, cfg.Output.Env)
	cfgJSON, _ := json.Marshal(cfg)
	r.st = &deployment.State{ChainID: chainID, Genesis: genesis.Hash(), Deployer: m.Address(), Governance: cfg.Governance.Address,
		ConfigHash: crypto.Keccak256Hash(cfgJSON), Contracts: map[string]common.Address{}}
	prev, err := deployment.LoadState(r.res.StatePath)
	if err != nil {
		return nil, err
	}
	if prev == nil {
		// Recorded before anything is sent, so that a crash in the first
		// phase is resumed too (see deploy.Options.Resume).
		return r, r.save()
	}
	if err := r.sameChain(ctx, prev); err != nil {
		return nil, err
	}
	switch {
	case prev.Deployer != r.st.Deployer:
		return nil, &StateMismatchError{r.res.StatePath, "deployer", fmt.Sprintf("the file's is %s, this one is %s", prev.Deployer.Hex(), r.st.Deployer.Hex())}
	case prev.ConfigHash != r.st.ConfigHash:
		return nil, &StateMismatchError{r.res.StatePath, "config", "the config was changed since the deployment started"}
	}
	prev.Genesis = r.st.Genesis // files from before genesis hashes were kept
	r.st, r.res.Resumed = prev, true
	r.log.Info("resuming deployment", "state", r.res.StatePath, "checkpoints", r.st.Checkpoints)
	return r, nil
}

// sameChain checks that the state file prev was written on this chain:
// its chain id, its genesis block, and code at every contract it records
// as created.
func (r *deployRun) sameChain(ctx context.Context, prev *deployment.State) error {
	path := r.res.StatePath
	if prev.ChainID != r.st.ChainID {
		return &StateMismatchError{path, "chain id", fmt.Sprintf("written on chain %d, the node serves chain %d", prev.ChainID, r.st.ChainID)}
	}
	if prev.Genesis != (common.Hash{}) && prev.Genesis != r.st.Genesis {
		return &StateMismatchError{path, "genesis", fmt.Sprintf("chain %d with genesis block %s, the node's is %s: a different or restarted node", prev.ChainID, prev.Genesis.Hex(), r.st.Genesis.Hex())}
	}
	names := slices.Sorted(maps.Keys(prev.Contracts))
	var missing []string
	for _, name := range names {
		a := prev.Contracts[name]
		code, err := r.backend.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("governance: checking the code at %s (%s in %s): %w", a.Hex(), name, path, err)
		}
		if len(code) == 0 {
			missing = append(missing, name+" "+a.Hex())
		}
	}
	if len(missing) > 0 {
		return &StateMismatchError{path, "contracts", fmt.Sprintf("no contract at %d of its %d recorded addresses on chain %d: %s", len(missing), len(names), r.st.ChainID, firstOf(missing, 3))}
	}
	return nil
}

// matches reports whether the manifest m on disk is the one this state
// file's deployment wrote: same chain and contracts.
func (r *deployRun) matches(m *deployment.Manifest) bool {
	if m.ChainID != r.st.ChainID {
		return false
	}
	for _, mod := range deploy.Modules {
		if m.Address(mod) != r.st.Contracts[deploy.ProxyContract(mod)] {
			return false
		}
	}
	t, ok := r.st.Contracts[deploy.TokenContract]
	return !ok || m.Token() == t
}

func (r *deployRun) save() error {
	r.st.UpdatedAt = time.Now().UTC()
	return deployment.SaveState(r.res.StatePath, r.st)
}

// checkpoint records a finished phase in the state file and reports it;
// a phase recorded by an earlier run is not reported again.
func (r *deployRun) checkpoint(phase string, sent int) error {
	if r.st.PhaseDone(phase) {
		return r.save()
	}
	r.st.Phases = append(r.st.Phases, phase)
	r.st.Checkpoints = len(r.st.Phases)
	if err := r.save(); err != nil {
		return err
	}
	n := stepNumber(phase)
	r.log.Info("deploy phase done", "n", n, "phase", phase, "sent", sent)
	if r.opts.Progress != nil {
		r.opts.Progress(Step{N: n, Total: DeploySteps, Phase: phase, Sent: sent})
	}
	return nil
}

// stepNumber is the place of phase among the DeploySteps phases, from 1.
func stepNumber(phase string) int {
	for i, p := range deploy.Phases {
		if string(p) == phase {
			return i + 1
		}
	}
	if phase == PhaseLaunch {
		return len(deploy.Phases) + 1
	}
	return DeploySteps
}

// contracts runs the phases of contracts/deploy through the Manager,
// recording each in the state file, unless an earlier run finished them.
func (r *deployRun) contracts(ctx context.Context) (*deploy.Deployment, error) {
	from, gov := r.m.Address(), r.cfg.Governance.Address
	if r.st.PhaseDone(string(deploy.PhaseOwnership)) {
		d := r.st.Deployment()
		d.ChainID, d.Owner = r.m.ChainID(), from
		if gov != from {
			d.PendingOwner = gov
		}
		return d, nil
	}
	dopts := r.cfg.Options()
	if r.res.Resumed {
		dopts.Resume = r.st.Deployment()
	}
	dopts.Sending = func(c deploy.Creation) error {
		r.st.RecordSending(c)
		return r.save()
	}
	dopts.Checkpoint = func(cp deploy.Checkpoint) error {
		r.st.Record(cp.Deployment)
		return r.checkpoint(string(cp.Phase), len(cp.Steps))
	}
	dopts.Logger = r.log
	d, err := deploy.Deploy(ctx, r.m, dopts)
	if err != nil {
		if d != nil {
			r.st.Record(d)
			_ = r.save() // best effort: keep the contracts a failed phase created
		}
		return nil, fmt.Errorf("governance: deploying (progress kept in %s; run again to resume): %w", r.res.StatePath, err)
	}
	return d, nil
}

// finish reads the modules' versions, writes the manifest (and the env
// file) and returns the result with the acceptance plan.
func (r *deployRun) finish(ctx context.Context, d *deploy.Deployment) (*DeployResult, error) {
	from, kind := r.m.Address(), r.cfg.Governance.Kind
	if err := r.checkCode(ctx, d); err != nil {
		return nil, err
	}
	state, err := ReadState(ctx, r.backend, deployment.ManifestOf(d, from, kind, nil), nil, ReadOptions{Logger: r.log})
	if err != nil {
		return nil, err
	}
	versions := map[deploy.Module]uint64{}
	for mod, ms := range state.Modules {
		if ms.Version != nil {
			versions[mod] = ms.Version.Uint64()
		}
	}
	man := deployment.ManifestOf(d, from, kind, versions)
	if man.Block == 0 {
		if b, err := r.backend.BlockNumber(ctx); err == nil {
			man.Block = b
		}
	}
	if err := deployment.WriteManifest(r.res.ManifestPath, man); err != nil {
		return nil, err
	}
	if r.envPath != "" {
		if err := deployment.WriteEnvFile(r.envPath, man); err != nil {
			return nil, err
		}
	}
	r.st.Done = true
	if err := r.checkpoint(PhaseManifest, 0); err != nil {
		return nil, err
	}
	r.res.Manifest = man
	r.res.Acceptance, err = acceptancePlan(ctx, r.backend, man, kind)
	return r.res, err
}

// checkCode checks that every address the manifest of d will name holds
// code, so that no manifest sends its readers to an empty address.
func (r *deployRun) checkCode(ctx context.Context, d *deploy.Deployment) error {
	named := map[string]common.Address{"Token": d.Token}
	for _, mod := range deploy.Modules {
		named[string(mod)] = d.Proxies[mod]
		named[string(mod)+" implementation"] = d.Implementations[mod]
	}
	var missing []string
	for _, name := range slices.Sorted(maps.Keys(named)) {
		a := named[name]
		code, err := r.backend.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("governance: checking the code at %s (%s) before writing the manifest: %w", a.Hex(), name, err)
		}
		if len(code) == 0 {
			missing = append(missing, name+" "+a.Hex())
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("governance: not writing the manifest %s: no contract at %s on chain %d (%w); delete the state file %s and deploy again",
			r.res.ManifestPath, firstOf(missing, 3), r.st.ChainID, bind.ErrNoCode, r.res.StatePath)
	}
	return nil
}

// checkTokens reads the decimals of every allowed token and checks the
// token limits in its units, so that a limit the contracts would refuse, or
// a floor that pays a committee seat nothing, is reported by its field
// before anything is sent, as input.Errors.
func (c *DeployerConfig) checkTokens(ctx context.Context, r Reader) error {
	var probs input.Errors
	decimals := map[common.Address]uint8{}
	decimalsOf := func(t common.Address) (uint8, error) {
		return deploy.TokenDecimals(ctx, r, t)
	}
	for i, t := range c.AllowedTokens {
		d, err := decimalsOf(t)
		if err != nil {
			probs = append(probs, problem(fmt.Sprintf("allowedTokens[%d]", i), fmt.Sprintf("%v; JobRegistry cannot allowlist it: remove it or fix the address", err)))
			continue
		}
		decimals[t] = d
	}
	for _, t := range sortedAddrs(c.TokenLimits) {
		field := "tokenLimits." + t.Hex()
		d, ok := decimals[t]
		if !ok {
			var err error
			if d, err = decimalsOf(t); err != nil {
				probs = append(probs, problem(field, fmt.Sprintf("%v; JobRegistry cannot allowlist it", err)))
				continue
			}
		}
		l := c.TokenLimits[t]
		minR := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil)
		if l.MinReward.IsSet() {
			v, err := l.MinReward.Base(d)
			if err != nil {
				probs = append(probs, problem(field+".minReward", err.Error()))
				continue
			}
			minR = v
		}
		if l.MaxReward.IsSet() {
			v, err := l.MaxReward.Base(d)
			if err != nil {
				probs = append(probs, problem(field+".maxReward", err.Error()))
				continue
			}
			if v.Cmp(deploy.MaxReward) > 0 {
				probs = append(probs, problem(field+".maxReward", fmt.Sprintf("%s is above the %s tokens JobRegistry stores for a token of %d decimals; lower it or leave it out (no limit)", l.MaxReward, units.Format(deploy.MaxReward, d), d)))
				continue
			}
		}
		if minR.Sign() > 0 {
			if p, ok := seatPayProblem(field+".minReward", "economics.validatorRewardPct", minR, d, c.Economics.ValidatorRewardPct, c.Validation.ValidatorsPerJob); !ok {
				probs = append(probs, p)
			}
		}
	}
	return probs.Err()
}

// firstOf lists the first n items and how many more there are.
func firstOf(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
