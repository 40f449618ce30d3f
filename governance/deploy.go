package governance

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/deploy"
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
	// Progress, if set, is called for every step: each contract creation
	// and phase (Checkpoint true: recorded in the state file before the
	// call) and each configuration transaction sent (Checkpoint false).
	Progress func(Step)
	// PollInterval is how often receipts are polled; zero means 50ms.
	PollInterval time.Duration
	// SettleTimeout bounds the wait, when resuming, for the deployer's
	// transactions sent by the interrupted run; zero means 2 minutes.
	SettleTimeout time.Duration
	// Logger receives progress messages; nil is silent.
	Logger *slog.Logger
}

// Step is one step of a deployment.
type Step struct {
	// N counts checkpoints since the first run of this deployment; it does
	// not move for non-checkpoint steps.
	N int
	// Total is the number of checkpoints a complete deployment records.
	Total int
	// Phase is "implementations", "proxies", "configure", "ownership",
	// "identity", "guardian", "pause" or "manifest".
	Phase string
	// Name says what happened, e.g. "JobRegistry proxy" or "phase done".
	Name string
	// Checkpoint reports that the step was recorded in the state file.
	Checkpoint bool
	// Resumed reports that the step was found done by an earlier run.
	Resumed bool
}

// DeployResult is what Deploy produced.
type DeployResult struct {
	// Manifest is the written manifest.
	Manifest *Manifest
	// ManifestPath and StatePath are where the files went.
	ManifestPath, StatePath string
	// Acceptance is the plan governance must execute to accept ownership
	// (Ownable2Step) of every module and of the dev token; nil when the
	// deployer itself governs.
	Acceptance *Plan
	// Resumed reports that an earlier, interrupted run was continued.
	Resumed bool
}

// DeployState is the progress record of a deployment (the state file): the
// addresses of the contracts already created and the phases completed, so
// that a killed run restarted with the same config deploys nothing twice.
type DeployState struct {
	ChainID    uint64         `json:"chainId"`
	Deployer   common.Address `json:"deployer"`
	Governance common.Address `json:"governance"`
	// ConfigHash fingerprints the config the deployment started with.
	ConfigHash common.Hash `json:"configHash"`
	// Contracts maps "Token", "<Module>.implementation" and
	// "<Module>.proxy" to the address and creation nonce of each contract
	// sent so far.
	Contracts map[string]StateContract `json:"contracts"`
	// Phases lists the completed phases in order.
	Phases []string `json:"phases"`
	// Checkpoints counts recorded steps.
	Checkpoints int `json:"checkpoints"`
	// Done is set when the manifest has been written.
	Done      bool      `json:"done"`
	UpdatedAt time.Time `json:"updatedAt"`
}

// StateContract is a contract creation recorded in the state file.
type StateContract struct {
	Address common.Address `json:"address"`
	Nonce   uint64         `json:"nonce"`
}

func (s *DeployState) phaseDone(p string) bool {
	for _, q := range s.Phases {
		if q == p {
			return true
		}
	}
	return false
}

// StateMismatchError is returned when the state file belongs to another
// deployment (chain, deployer or config).
type StateMismatchError struct {
	Path, What string
}

// Error describes the problem and what to do about it.
func (e *StateMismatchError) Error() string {
	return fmt.Sprintf("governance: the state file %s belongs to another deployment (%s differs); "+
		"finish that one with its own config, or move the file away to start afresh", e.Path, e.What)
}

// ChainMismatchError is returned when the node's chain is not the config's.
type ChainMismatchError struct {
	Want, Got uint64
}

// Error describes the problem and what to do about it.
func (e *ChainMismatchError) Error() string {
	return fmt.Sprintf("governance: the config is for chain %d but the node serves chain %d; check the RPC URL", e.Want, e.Got)
}

// deploySteps is the number of checkpoints of a complete deployment: 9
// implementations, 9 proxies, the dev token, 4 deployer phases and 4 of
// ours.
func deploySteps(devToken bool) int {
	n := 2*len(deploy.Modules) + 4 + 4
	if devToken {
		n++
	}
	return n
}

// Deploy installs the protocol described by cfg with signer's account,
// resumably: it records every contract creation and completed phase in the
// state file, and when that file exists it continues the interrupted run
// (after waiting for the transactions that run left in flight) instead of
// deploying again. After the contracts/deploy phases it applies the
// identity roots, the guardian and the pause on launch, writes the
// manifest (and the env file when asked), and returns governance's
// acceptance plan when governance is not the deployer.
func Deploy(ctx context.Context, backend chain.Backend, signer chain.Signer, cfg *DeployerConfig, opts DeployOptions) (*DeployResult, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	poll := opts.PollInterval
	if poll == 0 {
		poll = 50 * time.Millisecond
	}
	chainID, err := backend.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("governance: reading chain id: %w", err)
	}
	if cfg.ChainID != 0 && chainID.Uint64() != cfg.ChainID {
		return nil, &ChainMismatchError{Want: cfg.ChainID, Got: chainID.Uint64()}
	}
	if err := cfg.checkTokens(ctx, backend); err != nil {
		return nil, err
	}
	from := signer.Address()
	res := &DeployResult{ManifestPath: firstNonEmpty(opts.ManifestPath, cfg.Output.manifestPath())}
	res.StatePath = firstNonEmpty(opts.StatePath, cfg.Output.State)
	if res.StatePath == "" {
		res.StatePath = OutputPaths{Manifest: res.ManifestPath}.statePath()
	}
	envPath := firstNonEmpty(opts.EnvPath, cfg.Output.Env)
	cfgJSON, _ := json.Marshal(cfg)
	st := &DeployState{ChainID: chainID.Uint64(), Deployer: from, Governance: cfg.Governance.Address,
		ConfigHash: crypto.Keccak256Hash(cfgJSON), Contracts: map[string]StateContract{}}
	prev, err := loadState(res.StatePath)
	if err != nil {
		return nil, err
	}
	if prev != nil {
		switch {
		case prev.ChainID != st.ChainID:
			return nil, &StateMismatchError{res.StatePath, "chain id"}
		case prev.Deployer != st.Deployer:
			return nil, &StateMismatchError{res.StatePath, "deployer"}
		case prev.ConfigHash != st.ConfigHash:
			return nil, &StateMismatchError{res.StatePath, "config"}
		}
		st, res.Resumed = prev, true
		log.Info("resuming deployment", "state", res.StatePath, "checkpoints", st.Checkpoints)
	}
	total := deploySteps(cfg.Token.DeployDevToken)
	report := func(s Step) {
		s.Total = total
		if opts.Progress != nil {
			opts.Progress(s)
		}
	}
	checkpoint := func(phase, name string) error {
		st.Checkpoints++
		st.UpdatedAt = time.Now().UTC()
		if err := saveState(res.StatePath, st); err != nil {
			return err
		}
		log.Info("deploy step", "n", st.Checkpoints, "phase", phase, "step", name)
		report(Step{N: st.Checkpoints, Phase: phase, Name: name, Checkpoint: true})
		return nil
	}
	if st.Done {
		m, err := LoadManifest(res.ManifestPath)
		if err == nil {
			res.Manifest = m
			res.Acceptance, err = acceptancePlan(ctx, backend, m, cfg.Governance.Kind)
			return res, err
		}
		st.Done = false // manifest lost: write it again below
	}

	if res.Resumed {
		if err := settle(ctx, backend, from, poll, firstDuration(opts.SettleTimeout, 2*time.Minute)); err != nil {
			return nil, err
		}
	}
	var d *deploy.Deployment
	if !st.phaseDone("ownership") || !st.phaseDone("configure") {
		dopts := cfg.Options()
		dopts.PollInterval = poll
		dopts.Resume = st.resume()
		n0, err := backend.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, fmt.Errorf("governance: reading nonce: %w", err)
		}
		sent := uint64(0)
		var cbErr error
		dopts.Progress = func(ev deploy.Event) {
			if cbErr != nil {
				return
			}
			if ev.Done {
				if !st.phaseDone(ev.Phase) {
					st.Phases = append(st.Phases, ev.Phase)
					cbErr = checkpoint(ev.Phase, "phase done")
				}
				return
			}
			nonce := n0 + sent
			sent++
			if key, ok := creationKey(ev.Step); ok {
				st.Contracts[key] = StateContract{Address: crypto.CreateAddress(from, nonce), Nonce: nonce}
				cbErr = checkpoint(ev.Phase, ev.Step)
				return
			}
			report(Step{N: st.Checkpoints, Phase: ev.Phase, Name: ev.Step})
		}
		d, err = deploy.Deploy(ctx, backend, chain.TransactOpts(ctx, signer, chainID), dopts)
		if cbErr != nil {
			return nil, cbErr
		}
		if err != nil {
			return nil, fmt.Errorf("governance: deploying (progress kept in %s; run again to resume): %w", res.StatePath, err)
		}
		if !st.phaseDone("ownership") { // the deployer skips the phase when governance is the deployer
			st.Phases = append(st.Phases, "ownership")
			if err := checkpoint("ownership", "phase done"); err != nil {
				return nil, err
			}
		}
	} else {
		d = st.resume()
		d.ChainID = chainID
		d.Owner = from
		if cfg.Governance.Address != from {
			d.PendingOwner = cfg.Governance.Address
		}
	}

	mgr, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: backend, Signer: signer, ChainID: chainID, PollInterval: poll, Logger: log})
	if err != nil {
		return nil, err
	}
	defer mgr.Close()
	m := ManifestOf(d, from, cfg.Governance.Kind, nil)
	post := []struct {
		phase string
		run   func() error
	}{
		{"identity", func() error { return applyIdentity(ctx, backend, mgr, m, cfg.Identity) }},
		{"guardian", func() error { return applyGuardian(ctx, backend, mgr, m, cfg.Governance.Guardian) }},
		{"pause", func() error {
			if !cfg.SecureDefaults.PauseOnLaunch {
				return nil
			}
			return pauseOnLaunch(ctx, backend, mgr, m)
		}},
	}
	for _, p := range post {
		if st.phaseDone(p.phase) {
			continue
		}
		if err := p.run(); err != nil {
			return nil, fmt.Errorf("governance: %s (progress kept in %s; run again to resume): %w", p.phase, res.StatePath, err)
		}
		st.Phases = append(st.Phases, p.phase)
		if err := checkpoint(p.phase, "phase done"); err != nil {
			return nil, err
		}
	}

	versions := map[deploy.Module]uint64{}
	state, err := ReadState(ctx, backend, m, nil, ReadOptions{Logger: log})
	if err != nil {
		return nil, err
	}
	for mod, ms := range state.Modules {
		if ms.Version != nil {
			versions[mod] = ms.Version.Uint64()
		}
	}
	m = ManifestOf(d, from, cfg.Governance.Kind, versions)
	if m.Block == 0 {
		if b, err := backend.BlockNumber(ctx); err == nil {
			m.Block = b
		}
	}
	if err := WriteManifest(res.ManifestPath, m); err != nil {
		return nil, err
	}
	if envPath != "" {
		if err := WriteEnvFile(envPath, m); err != nil {
			return nil, err
		}
	}
	st.Done = true
	st.Phases = append(st.Phases, "manifest")
	if err := checkpoint("manifest", "manifest written to "+res.ManifestPath); err != nil {
		return nil, err
	}
	res.Manifest = m
	res.Acceptance, err = acceptancePlan(ctx, backend, m, cfg.Governance.Kind)
	return res, err
}

// checkTokens reads the decimals of every allowed token and checks the
// token limits in its units, so that a limit the contracts would refuse, or
// a floor that pays a committee seat nothing, is reported by its field
// before anything is sent, as input.Errors.
func (c *DeployerConfig) checkTokens(ctx context.Context, r Reader) error {
	var probs input.Errors
	decimals := map[common.Address]uint8{}
	for i, t := range c.AllowedTokens {
		d, err := deploy.TokenDecimals(ctx, r, t)
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
			if d, err = deploy.TokenDecimals(ctx, r, t); err != nil {
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

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func firstDuration(a, b time.Duration) time.Duration {
	if a > 0 {
		return a
	}
	return b
}

// creationKey maps a contracts/deploy step name to the state key of the
// contract it creates.
func creationKey(step string) (string, bool) {
	switch {
	case strings.HasPrefix(step, "AGIALPHAToken ("):
		return "Token", true
	case strings.HasSuffix(step, " implementation"):
		return strings.TrimSuffix(step, " implementation") + ".implementation", true
	case strings.HasSuffix(step, " proxy"):
		return strings.TrimSuffix(step, " proxy") + ".proxy", true
	}
	return "", false
}

// resume converts the recorded creations into a contracts/deploy Resume.
func (s *DeployState) resume() *deploy.Deployment {
	d := &deploy.Deployment{Proxies: map[deploy.Module]common.Address{}, Implementations: map[deploy.Module]common.Address{}}
	if t, ok := s.Contracts["Token"]; ok {
		d.Token, d.TokenDeployed = t.Address, true
	}
	for _, m := range deploy.Modules {
		if c, ok := s.Contracts[string(m)+".implementation"]; ok {
			d.Implementations[m] = c.Address
		}
		if c, ok := s.Contracts[string(m)+".proxy"]; ok {
			d.Proxies[m] = c.Address
		}
	}
	return d
}

func loadState(path string) (*DeployState, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("governance: state file: %w", err)
	}
	var s DeployState
	if err := json.Unmarshal(raw, &s); err != nil {
		return nil, fmt.Errorf("governance: state file %s is damaged (%v); move it away to start afresh", path, err)
	}
	if s.Contracts == nil {
		s.Contracts = map[string]StateContract{}
	}
	return &s, nil
}

func saveState(path string, s *DeployState) error {
	raw, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		return err
	}
	return writeFileAtomic(path, append(raw, '\n'))
}

// settle waits until every transaction the deployer sent is mined (latest
// nonce = pending nonce), so that a resumed run sees their contracts.
func settle(ctx context.Context, b chain.Backend, from common.Address, poll, timeout time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	for {
		pending, err := b.PendingNonceAt(ctx, from)
		if err != nil {
			return fmt.Errorf("governance: reading pending nonce: %w", err)
		}
		mined, err := b.NonceAt(ctx, from, nil)
		if err != nil {
			return fmt.Errorf("governance: reading nonce: %w", err)
		}
		if mined >= pending {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("governance: %d transaction(s) of %s sent by the interrupted run are still pending; wait for them (or replace them) and run again: %w",
				pending-mined, from.Hex(), ctx.Err())
		case <-time.After(poll):
		}
	}
}

func call(ctx context.Context, r Reader, m deploy.Module, to common.Address, method string, args ...any) ([]any, error) {
	data, err := pack(m, method, args...)
	if err != nil {
		return nil, err
	}
	out, err := chain.Call(ctx, r, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("governance: %s.%s: %w", m, method, err)
	}
	return moduleABI(m).Unpack(method, out)
}

func send(ctx context.Context, s Sender, m deploy.Module, to common.Address, method string, args ...any) error {
	data, err := pack(m, method, args...)
	if err != nil {
		return err
	}
	_, err = s.Send(ctx, chain.TxCandidate{To: &to, Data: data, Label: string(m) + "." + method})
	return err
}

func applyIdentity(ctx context.Context, r Reader, s Sender, m *Manifest, id IdentitySettings) error {
	ir := m.Address(deploy.IdentityRegistry)
	want := map[string][32]byte{}
	if id.AgentRootName != "" {
		want["AgentRootNode"] = deploy.Namehash(id.AgentRootName)
	}
	if id.ClubRootName != "" {
		want["ClubRootNode"] = deploy.Namehash(id.ClubRootName)
	}
	if id.AgentMerkleRoot != (common.Hash{}) {
		want["AgentMerkleRoot"] = id.AgentMerkleRoot
	}
	if id.ValidatorMerkleRoot != (common.Hash{}) {
		want["ValidatorMerkleRoot"] = id.ValidatorMerkleRoot
	}
	for _, name := range []string{"AgentRootNode", "ClubRootNode", "AgentMerkleRoot", "ValidatorMerkleRoot"} {
		w, ok := want[name]
		if !ok {
			continue
		}
		getter := strings.ToLower(name[:1]) + name[1:]
		cur, err := call(ctx, r, deploy.IdentityRegistry, ir, getter)
		if err != nil {
			return err
		}
		if cur[0].([32]byte) == w {
			continue
		}
		if err := send(ctx, s, deploy.IdentityRegistry, ir, "set"+name, w); err != nil {
			return err
		}
	}
	return nil
}

func applyGuardian(ctx context.Context, r Reader, s Sender, m *Manifest, guardian common.Address) error {
	if guardian == (common.Address{}) {
		return nil
	}
	sp := m.Address(deploy.SystemPause)
	cur, err := call(ctx, r, deploy.SystemPause, sp, "guardian")
	if err != nil {
		return err
	}
	if cur[0].(common.Address) == guardian {
		return nil
	}
	return send(ctx, s, deploy.SystemPause, sp, "setGuardian", guardian)
}

func pauseOnLaunch(ctx context.Context, r Reader, s Sender, m *Manifest) error {
	sp := m.Address(deploy.SystemPause)
	cur, err := call(ctx, r, deploy.SystemPause, sp, "allPaused")
	if err != nil {
		return err
	}
	if cur[0].(bool) {
		return nil
	}
	return send(ctx, s, deploy.SystemPause, sp, "pauseAll")
}

// AcceptancePlan returns the plan in which governance accepts ownership of
// every module (and of the dev token) offered at deployment; it is empty
// when nothing is pending.
func AcceptancePlan(ctx context.Context, r Reader, m *Manifest, kind Kind) (*Plan, error) {
	p, err := acceptancePlan(ctx, r, m, kind)
	if err != nil {
		return nil, err
	}
	if p == nil {
		return &Plan{Name: "Accept ownership", Governance: m.Governance, Kind: kind}, nil
	}
	return p, nil
}

func acceptancePlan(ctx context.Context, r Reader, m *Manifest, kind Kind) (*Plan, error) {
	if !m.PendingAcceptance {
		return nil, nil
	}
	st, err := ReadState(ctx, r, m, nil, ReadOptions{})
	if err != nil {
		return nil, err
	}
	p, err := NewPlan(st, &ModuleConfigs{OwnerControl: &OwnerControl{Governance: m.Governance, Kind: kind}})
	if err != nil {
		return nil, err
	}
	p.Name = "Accept ownership of the AGI Jobs modules"
	p.Description = "Governance accepts the two-step ownership transfer started by the deployer"
	if m.TokenDeployed {
		pending, err := call(ctx, r, tokenModule, m.Token(), "pendingOwner")
		if err == nil && pending[0].(common.Address) == m.Governance {
			a, err := NewAction(tokenModule, m.Token(), "acceptOwnership", nil, "owner", m.Deployer.Hex(), m.Governance.Hex(),
				"governance accepts ownership of the dev token")
			if err != nil {
				return nil, err
			}
			p.Actions = append(p.Actions, a)
		}
	}
	return p, nil
}
