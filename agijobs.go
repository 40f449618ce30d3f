package agijobs

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/go-playground/validator/v10"

	"github.com/agijobs/agijobs-go/chain"
	"github.com/agijobs/agijobs-go/contracts/bindings/agialphatoken"
	"github.com/agijobs/agijobs-go/contracts/bindings/identityregistry"
	"github.com/agijobs/agijobs-go/contracts/bindings/validationmodule"
	"github.com/agijobs/agijobs-go/contracts/deploy"
	"github.com/agijobs/agijobs-go/deployment"
	"github.com/agijobs/agijobs-go/input"

	"github.com/agijobs/agijobs-go/internal/configcheck"
)

// Addresses are the proxy addresses of the protocol's modules and the
// stake token. JSON keys are the module names of contracts/deploy.
type Addresses struct {
	Token            common.Address `json:"Token" validate:"required"`
	StakeManager     common.Address `json:"StakeManager" validate:"required"`
	JobRegistry      common.Address `json:"JobRegistry" validate:"required"`
	ValidationModule common.Address `json:"ValidationModule" validate:"required"`
	IdentityRegistry common.Address `json:"IdentityRegistry" validate:"required"`
	ReputationEngine common.Address `json:"ReputationEngine" validate:"required"`
	DisputeModule    common.Address `json:"DisputeModule" validate:"required"`
	FeePool          common.Address `json:"FeePool" validate:"required"`
	CertificateNFT   common.Address `json:"CertificateNFT" validate:"required"`
	SystemPause      common.Address `json:"SystemPause" validate:"required"`
}

// AddressesOf returns the addresses of a deployment made by
// contracts/deploy.
func AddressesOf(d *deploy.Deployment) Addresses {
	return Addresses{
		Token:            d.Token,
		StakeManager:     d.Address(deploy.StakeManager),
		JobRegistry:      d.Address(deploy.JobRegistry),
		ValidationModule: d.Address(deploy.ValidationModule),
		IdentityRegistry: d.Address(deploy.IdentityRegistry),
		ReputationEngine: d.Address(deploy.ReputationEngine),
		DisputeModule:    d.Address(deploy.DisputeModule),
		FeePool:          d.Address(deploy.FeePool),
		CertificateNFT:   d.Address(deploy.CertificateNFT),
		SystemPause:      d.Address(deploy.SystemPause),
	}
}

// AddressesFromManifest returns the typed addresses of a deployment
// manifest (deployment.LoadManifest reads and checks one; a module missing
// from m gives a zero address).
func AddressesFromManifest(m *deployment.Manifest) Addresses {
	return Addresses{
		Token:            m.Token(),
		StakeManager:     m.Address(deploy.StakeManager),
		JobRegistry:      m.Address(deploy.JobRegistry),
		ValidationModule: m.Address(deploy.ValidationModule),
		IdentityRegistry: m.Address(deploy.IdentityRegistry),
		ReputationEngine: m.Address(deploy.ReputationEngine),
		DisputeModule:    m.Address(deploy.DisputeModule),
		FeePool:          m.Address(deploy.FeePool),
		CertificateNFT:   m.Address(deploy.CertificateNFT),
		SystemPause:      m.Address(deploy.SystemPause),
	}
}

// loadManifest reads and checks the manifest of Config.ManifestPath,
// reporting its invalid fields as a *ConfigError (fields named
// "Manifest.<JSON path>", e.g. "Manifest.contracts.Token").
func loadManifest(path string) (*deployment.Manifest, error) {
	m, err := deployment.LoadManifest(path)
	var errs input.Errors
	if errors.As(err, &errs) {
		ce := &ConfigError{}
		for _, p := range errs {
			ce.Problems = append(ce.Problems, FieldProblem{Field: "Manifest." + p.Field, Msg: p.Problem + "; " + p.Fix})
		}
		return nil, fmt.Errorf("manifest %s: %w", path, ce)
	}
	return m, err
}

// Config configures New. Check reports every invalid field at once.
type Config struct {
	// RPCURL is the node's JSON-RPC endpoint: http, https, ws or wss.
	RPCURL string `validate:"required,rpcurl"`
	// ChainID is the chain the client must talk to; Dial fails if the node
	// serves another.
	ChainID uint64 `validate:"required"`
	// Signer signs transactions; nil makes a read-only client whose
	// Sender is nil.
	Signer chain.Signer
	// ManifestPath is a deployment manifest (latest-deployment.json).
	// Exactly one of ManifestPath and Addresses must be set.
	ManifestPath string `validate:"required_without=Addresses,excluded_with=Addresses,omitempty,file"`
	// Addresses gives the protocol's addresses directly.
	Addresses *Addresses `validate:"required_without=ManifestPath,excluded_with=ManifestPath,omitempty"`
	// Confirmations is the depth receipts must reach before sends return;
	// 0 means 1 (included in the head block).
	Confirmations uint64 `validate:"lte=128"`
	// JournalDir, if set, makes the transaction manager journal every
	// transaction there (see chain.ManagerConfig.JournalDir).
	JournalDir string
	// Logger receives the SDK's messages; nil is silent.
	Logger *slog.Logger
}

// ConfigError lists every invalid field of a Config or of its manifest,
// each with the fix.
type ConfigError struct {
	Problems []FieldProblem
}

// FieldProblem is one invalid field.
type FieldProblem struct {
	Field string // e.g. "Config.RPCURL"
	Msg   string // what is wrong and what to do
}

// Error lists the problems, one per line.
func (e *ConfigError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d invalid field(s):", len(e.Problems))
	for _, p := range e.Problems {
		fmt.Fprintf(&b, "\n  %s: %s", p.Field, p.Msg)
	}
	return b.String()
}

// Check validates c and returns a *ConfigError naming every bad field.
func (c *Config) Check() error {
	ce := &ConfigError{}
	add := func(err error) error {
		var sub *ConfigError
		if errors.As(err, &sub) {
			ce.Problems = append(ce.Problems, sub.Problems...)
			return nil
		}
		return err
	}
	if err := add(validateStruct("Config", c)); err != nil {
		return err
	}
	if c.Addresses != nil {
		// Validated on its own so that its fields are reported even when
		// the Addresses field itself is also wrong.
		seen := map[string]bool{}
		for _, p := range ce.Problems {
			seen[p.Field] = true
		}
		var sub *ConfigError
		if errors.As(validateStruct("Config.Addresses", c.Addresses), &sub) {
			for _, p := range sub.Problems {
				if !seen[p.Field] {
					ce.Problems = append(ce.Problems, p)
				}
			}
		}
	}
	if len(ce.Problems) == 0 {
		return nil
	}
	return ce
}

func newValidator() *validator.Validate {
	v := configcheck.NewValidator(false)
	_ = v.RegisterValidation("rpcurl", func(fl validator.FieldLevel) bool {
		u, err := url.Parse(fl.Field().String())
		if err != nil || u.Host == "" {
			return false
		}
		switch u.Scheme {
		case "http", "https", "ws", "wss":
			return true
		}
		return false
	})
	return v
}

// validateStruct validates s, naming its fields under name (e.g.
// "Config.RPCURL"), and returns a *ConfigError or nil.
func validateStruct(name string, s any) error {
	probs, err := configcheck.Check(newValidator(), s, fixFor)
	if err != nil || len(probs) == 0 {
		return err
	}
	ce := &ConfigError{}
	for _, p := range probs {
		ce.Problems = append(ce.Problems, FieldProblem{Field: name + "." + p.Field, Msg: p.Problem})
	}
	return ce
}

func fixFor(fe validator.FieldError) string {
	switch fe.Tag() {
	case "rpcurl":
		return fmt.Sprintf("%q is not a node URL; use http(s)://host:port or ws(s)://host:port", fe.Value())
	case "required":
		switch fe.Field() {
		case "RPCURL":
			return "missing; set the node's JSON-RPC URL (http, https, ws or wss)"
		case "ChainID":
			return "missing; set the chain id of the network (1 mainnet, 11155111 Sepolia, 31337 anvil)"
		}
		if strings.Contains(fe.Namespace(), "Addresses.") {
			return "missing or zero address; take it from the deployment manifest"
		}
		return "missing; set it"
	case "required_without":
		return "set either ManifestPath or Addresses"
	case "excluded_with":
		return "set only one of ManifestPath and Addresses"
	case "file":
		return fmt.Sprintf("%q is not a readable file; point it at latest-deployment.json", fe.Value())
	case "lte":
		return fmt.Sprintf("%v is too large; use at most %s", fe.Value(), fe.Param())
	}
	return fmt.Sprintf("fails %q", fe.Tag())
}

// Client is a connection to the AGI Jobs protocol on one chain: the
// backend, the transaction manager of the configured signer and the
// protocol's addresses. Role clients (escrow, identity, governance,
// matching) are built on it. It is safe for concurrent use.
type Client struct {
	backend chain.Backend
	conn    *chain.Conn
	sender  *chain.Manager
	addrs   Addresses
	chainID *big.Int
	log     *slog.Logger
}

// New checks cfg, loads the manifest if given, dials the node (checking the
// chain id), verifies that every address holds a contract and starts the
// signer's transaction manager.
func New(ctx context.Context, cfg Config) (*Client, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	var addrs Addresses
	if cfg.ManifestPath != "" {
		m, err := loadManifest(cfg.ManifestPath)
		if err != nil {
			return nil, err
		}
		if m.ChainID != cfg.ChainID {
			return nil, &ConfigError{Problems: []FieldProblem{{Field: "Config.ManifestPath",
				Msg: fmt.Sprintf("the manifest is for chain %d but Config.ChainID is %d; use the manifest of this network", m.ChainID, cfg.ChainID)}}}
		}
		addrs = AddressesFromManifest(m)
	} else {
		addrs = *cfg.Addresses
	}
	conn, err := chain.Dial(ctx, cfg.RPCURL, chain.DialOptions{ChainID: cfg.ChainID, Logger: log})
	if err != nil {
		return nil, err
	}
	c := &Client{backend: conn, conn: conn, addrs: addrs, chainID: new(big.Int).SetUint64(cfg.ChainID), log: log}
	if err := c.checkCode(ctx); err != nil {
		conn.Close()
		return nil, err
	}
	if cfg.Signer != nil {
		c.sender, err = chain.NewManager(ctx, chain.ManagerConfig{
			Backend: conn, Signer: cfg.Signer, ChainID: c.chainID,
			Confirmations: cfg.Confirmations, JournalDir: cfg.JournalDir, Logger: log,
		})
		if err != nil {
			conn.Close()
			return nil, err
		}
	}
	return c, nil
}

// checkCode verifies that every configured address holds a contract.
func (c *Client) checkCode(ctx context.Context) error {
	v := reflect.ValueOf(c.addrs)
	ce := &ConfigError{}
	for i := range v.NumField() {
		a := v.Field(i).Interface().(common.Address)
		code, err := c.backend.CodeAt(ctx, a, nil)
		if err != nil {
			return fmt.Errorf("check contract code: %w", err)
		}
		if len(code) == 0 {
			ce.Problems = append(ce.Problems, FieldProblem{Field: "Addresses." + v.Type().Field(i).Name,
				Msg: fmt.Sprintf("%s has no contract code on chain %v; check that the manifest belongs to this network", a.Hex(), c.chainID)})
		}
	}
	if len(ce.Problems) > 0 {
		return ce
	}
	return nil
}

// Backend returns the chain backend, for calls the SDK does not wrap.
func (c *Client) Backend() chain.Backend { return c.backend }

// Sender returns the transaction manager of the configured signer, or nil
// for a read-only chain.
func (c *Client) Sender() *chain.Manager { return c.sender }

// Addresses returns the protocol's addresses.
func (c *Client) Addresses() Addresses { return c.addrs }

// ChainID returns the chain id.
func (c *Client) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// Close stops the transaction manager and closes the connection.
func (c *Client) Close() error {
	var err error
	if c.sender != nil {
		err = c.sender.Close()
	}
	if c.conn != nil {
		c.conn.Close()
	}
	return err
}

// EmbeddedConfig configures NewEmbedded. The zero value is valid.
type EmbeddedConfig struct {
	// Params are the protocol parameters; nil means deploy.DefaultParams.
	Params *deploy.Params
	// Employers, Agents and Validators are how many role accounts to fund;
	// 0 means 1, 2 and 3.
	Employers, Agents, Validators int
	// Tokens is the AGIALPHA minted to every role account; nil means
	// 1,000,000 tokens.
	Tokens *big.Int
	// BlockInterval, when positive, mines on this interval instead of after
	// every transaction (see chain.EmbeddedConfig).
	BlockInterval time.Duration
	// Logger receives the SDK's messages; nil is silent.
	Logger *slog.Logger
}

// Roles are the funded accounts of an embedded deployment. Every account
// holds ETH and AGIALPHA; agents and validators are on the identity
// registry's allowlists and the validators form the committee pool. Staking
// is left to the caller.
type Roles struct {
	// Owner deployed the protocol and owns every module and the token.
	Owner chain.KeySigner
	// Employers post jobs.
	Employers []chain.KeySigner
	// Agents take jobs.
	Agents []chain.KeySigner
	// Validators vote on results.
	Validators []chain.KeySigner
}

// Embedded is a Client on an in-process chain with the whole protocol
// deployed: the SDK's equivalent of httptest.NewServer. Close it when done.
type Embedded struct {
	*Client
	chain  *chain.Embedded
	roles  Roles
	deploy *deploy.Deployment

	mu       sync.Mutex
	managers map[common.Address]*chain.Manager
}

// NewEmbedded starts an embedded chain, deploys the protocol from the owner
// account, mints AGIALPHA to every role account, allowlists the agents and
// validators, makes the validators the committee pool, and returns a Client
// whose Sender signs for the owner.
func NewEmbedded(ctx context.Context, cfg EmbeddedConfig) (*Embedded, error) {
	nE, nA, nV := max(cfg.Employers, 1), cfg.Agents, cfg.Validators
	if nA == 0 {
		nA = 2
	}
	if nV == 0 {
		nV = 3
	}
	if nE < 0 || nA < 0 || nV < 0 {
		return nil, errors.New("embedded: role counts must not be negative")
	}
	ch, err := chain.NewEmbedded(chain.EmbeddedConfig{Accounts: 1 + nE + nA + nV, BlockInterval: cfg.BlockInterval})
	if err != nil {
		return nil, err
	}
	fail := func(err error) (*Embedded, error) {
		_ = ch.Close()
		return nil, err
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	accts := ch.Accounts()
	roles := Roles{Owner: accts[0], Employers: accts[1 : 1+nE], Agents: accts[1+nE : 1+nE+nA], Validators: accts[1+nE+nA:]}
	e := &Embedded{
		Client:   &Client{backend: ch.Backend(), chainID: ch.ChainID(), log: log},
		chain:    ch,
		roles:    roles,
		managers: map[common.Address]*chain.Manager{},
	}
	owner, err := e.Manager(ctx, roles.Owner)
	if err != nil {
		return fail(err)
	}
	d, err := deploy.Deploy(ctx, owner, deploy.Options{Params: cfg.Params})
	if err != nil {
		_ = e.Close()
		return nil, fmt.Errorf("embedded: deploy the protocol: %w", err)
	}
	e.addrs, e.deploy, e.sender = AddressesOf(d), d, owner
	tokens := cfg.Tokens
	if tokens == nil {
		tokens = deploy.Ether(1_000_000)
	}
	tok, idr := agialphatoken.NewAGIALPHAToken(), identityregistry.NewIdentityRegistry()
	var cs []chain.TxCandidate
	mint := func(s chain.KeySigner, role string) {
		cs = append(cs, chain.TxCandidate{To: &e.addrs.Token, Data: tok.PackMint(s.Address(), tokens), GasLimit: 100_000, Label: "mint AGIALPHA to " + role})
	}
	for _, s := range roles.Employers {
		mint(s, "employer")
	}
	for _, s := range roles.Agents {
		mint(s, "agent")
		cs = append(cs, chain.TxCandidate{To: &e.addrs.IdentityRegistry, Data: idr.PackAddAdditionalAgent(s.Address()), GasLimit: 150_000, Label: "allowlist agent"})
	}
	pool := make([]common.Address, 0, len(roles.Validators))
	for _, s := range roles.Validators {
		mint(s, "validator")
		cs = append(cs, chain.TxCandidate{To: &e.addrs.IdentityRegistry, Data: idr.PackAddAdditionalValidator(s.Address()), GasLimit: 150_000, Label: "allowlist validator"})
		pool = append(pool, s.Address())
	}
	// The validators form the committee pool; they still have to stake
	// (a role action) before they can be drawn.
	cs = append(cs, chain.TxCandidate{To: &e.addrs.ValidationModule, Data: validationmodule.NewValidationModule().PackSetValidatorPool(pool), GasLimit: 100_000 + 30_000*uint64(len(pool)), Label: "set validator pool"})
	ps, err := owner.SendBatch(ctx, cs)
	if err == nil {
		_, err = chain.WaitAll(ctx, ps)
	}
	if err != nil {
		_ = e.Close()
		return nil, fmt.Errorf("embedded: fund role accounts: %w", err)
	}
	return e, nil
}

// Chain returns the embedded chain, for time travel (AdvanceTime), manual
// mining and reorg tests.
func (e *Embedded) Chain() *chain.Embedded { return e.chain }

// Roles returns the funded role accounts.
func (e *Embedded) Roles() Roles { return e.roles }

// Deployment returns what the deployer installed.
func (e *Embedded) Deployment() *deploy.Deployment { return e.deploy }

// Manager returns the transaction manager of s on the embedded chain,
// creating it on first use; one per signer.
func (e *Embedded) Manager(ctx context.Context, s chain.Signer) (*chain.Manager, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if m, ok := e.managers[s.Address()]; ok {
		return m, nil
	}
	m, err := chain.NewManager(ctx, chain.ManagerConfig{Backend: e.chain.Backend(), Signer: s, ChainID: e.chainID, PollInterval: 2 * time.Millisecond, Logger: e.log})
	if err != nil {
		return nil, err
	}
	e.managers[s.Address()] = m
	return m, nil
}

// Close stops every transaction manager and the ch.
func (e *Embedded) Close() error {
	e.mu.Lock()
	var errs []error
	for _, m := range e.managers {
		errs = append(errs, m.Close())
	}
	e.managers = map[common.Address]*chain.Manager{}
	e.mu.Unlock()
	errs = append(errs, e.chain.Close())
	return errors.Join(errs...)
}
